package com.slackadmin.connections.connection.boundary;

import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.connection.control.ConnectionService;
import com.slackadmin.connections.connection.control.UseRefusal;
import com.slackadmin.connections.connection.entity.SlackConnection;
import com.slackadmin.connections.platform.api.ApiError;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The Test action of the JSON API, as in the console: the check before every use, recorded in the audit
 * trail. A connection that needs attention is an answer (its status), not an error; Slack failing is an error.
 */
@Path("connections")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Using connections")
@APIResponse(responseCode = "401", description = "No API token, or an invalid or revoked one (code unauthorized)",
    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "403", description = "A VIEWER cannot test connections (code forbidden)",
    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "404", description = "No such connection, or not yours (code not_found)",
    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "429", description = "Slack's rate limit (code rate_limited, with Retry-After)",
    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "503", description = "Slack unreachable, failing or answering nonsense "
    + "(code slack_unavailable)",
    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class ConnectionTestResource {

  @Inject
  CurrentUser currentUser;

  @Inject
  ConnectionService connections;

  @POST
  @Path("{id}/test")
  @Operation(summary = "Test a connection against Slack",
      description = "Checks that Slack accepts the token and that the authorising account is still an Owner or "
          + "Admin, and updates the connection's status.")
  @APIResponse(responseCode = "200", description = "The connection's status after the test",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = ConnectionTestJson.class)))
  public ConnectionTestJson test(@PathParam("id") long id) {
    SlackConnection after;
    try {
      after = connections.test(currentUser.get(), id).connection();
    } catch (UseRefusal refused) {
      if (!refused.reason().marksConnection()) {
        throw refused;
      }
      after = connections.reread(id);
    }
    return new ConnectionTestJson(after.getId(), after.getStatus().name(), after.getStatusReason(),
        after.getLastVerifiedAt());
  }
}
