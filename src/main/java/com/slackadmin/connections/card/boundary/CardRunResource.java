package com.slackadmin.connections.card.boundary;

import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.card.control.CardRunner;
import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.card.entity.CardResult;
import com.slackadmin.connections.platform.api.ApiError;
import com.slackadmin.connections.platform.api.ApiException;
import com.slackadmin.connections.platform.api.ErrorCode;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Running an action card with a connection from the JSON API. The runner's refusals carry their own API code
 * ({@code UseRefusal}), so this class only reads the request and writes the answer.
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
    + "(code slack_unavailable); nothing was changed",
    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "504", description = "A change was sent to Slack but no usable answer came back "
    + "(code outcome_unknown): Slack may have made it; look before running the card again",
    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class CardRunResource {

  @Inject
  CurrentUser currentUser;

  @Inject
  CardRunner runner;

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
          + "custom-api-action {method, path (/Users... or /Groups...), query, headers, body}. A userId may be "
          + "the account's email: it is looked up in the connection's organisation (validation_failed when no "
          + "account has it).")
      @PathParam("card") String card,
      @RequestBody(description = "The card's inputs, a JSON object",
          content = @Content(mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(type = SchemaType.OBJECT))) String body) {
    Card named = Card.named(card).orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND,
        "There is no action card called '" + card + "'. Cards: " + CardInputsJson.names() + "."));
    CardResult result = runner.run(currentUser.get(), id, named, CardInputsJson.toInputs(CardInputsJson.parse(body)));
    return new CardRunJson(id, named.getName(), result.output(), result.durationMs());
  }
}
