package com.slackadmin.connections.api.boundary;

import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.api.control.ConnectionActions;
import com.slackadmin.connections.api.entity.ApiError;
import com.slackadmin.connections.api.entity.CardRunJson;
import com.slackadmin.connections.api.entity.ConnectionTestJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Using a connection: testing it and running action cards. Everything is decided in
 * {@link ConnectionActions}; this class only speaks HTTP.
 */
@Path("connections")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Using connections")
@APIResponse(responseCode = "401", description = "No API token, or an invalid or revoked one (code unauthorized)",
    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "A VIEWER cannot use connections (code forbidden); the "
    + "connection's Slack account is no longer an Owner or Admin (permission_lost); the card would change an "
    + "account ranked above the connection's (target_outranks_connection)",
    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "404", description = "No such connection, or not yours (code not_found)",
    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "409", description = "Slack no longer accepts the connection's "
    + "token (code reauthorization_required)",
    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "503", description = "Slack unreachable, failing or answering nonsense "
    + "(code slack_unavailable)",
    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class ConnectionActionsResource {

  @Inject
  CurrentUser currentUser;

  @Inject
  ConnectionActions actions;

  @POST
  @Path("{id}/test")
  @Operation(summary = "Test a connection against Slack",
      description = "Checks that Slack accepts the token and that the authorising account is still an Owner or "
          + "Admin, and updates the connection's status.")
  @APIResponse(responseCode = "200", description = "The connection's status after the test",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = ConnectionTestJson.class)))
  public ConnectionTestJson test(@PathParam("id") long id) {
    return actions.test(currentUser.get(), id);
  }

  @POST
  @Path("{id}/cards/{card}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Run a Slack Admin action card with a connection",
      description = "The card's inputs as a JSON object; its outputs come back as a JSON object. Every run is "
          + "recorded in the connection's audit trail, whatever its outcome.")
  @APIResponse(responseCode = "200", description = "The card ran",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CardRunJson.class)))
  @APIResponse(responseCode = "400", description = "The body is no JSON object, or inputs are invalid "
      + "(code validation_failed; 422 when well-formed inputs break a rule)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "429", description = "Slack's rate limit (code rate_limited, with Retry-After)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "502", description = "Slack refused the call (code slack_error)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public CardRunJson runCard(@PathParam("id") long id,
      @Parameter(description = "The card: search-users {email|userName, startIndex, count}, "
          + "read-user {userId}, create-user {userName, email, givenName, familyName, displayName, title}, "
          + "update-user {userId, and any of the create-user attributes}, deactivate-user {userId}, "
          + "activate-user {userId}, search-groups {displayName, startIndex, count}, read-group {groupId}, "
          + "add-user-to-group {groupId, userId}, remove-user-from-group {groupId, userId}, "
          + "custom-api-action {method, path (/Users... or /Groups...), query, headers, body}") @PathParam("card") String card,
      @RequestBody(description = "The card's inputs") JsonObject inputs) {
    return actions.runCard(currentUser.get(), id, card, inputs == null ? JsonObject.EMPTY_JSON_OBJECT : inputs);
  }
}
