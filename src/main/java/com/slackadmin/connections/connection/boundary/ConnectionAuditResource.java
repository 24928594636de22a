package com.slackadmin.connections.connection.boundary;

import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.audit.control.AuditPage;
import com.slackadmin.connections.audit.control.AuditTrail;
import com.slackadmin.connections.connection.control.ConnectionService;
import com.slackadmin.connections.platform.api.ApiError;
import com.slackadmin.connections.platform.api.PageJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A connection's audit trail, for whoever may see the connection. */
@Path("connections")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Audit trail")
public class ConnectionAuditResource {

  @Inject
  CurrentUser currentUser;

  @Inject
  ConnectionService connections;

  @Inject
  AuditTrail trail;

  @GET
  @Path("{id}/audit")
  @Operation(summary = "Read a connection's audit trail", description = "Newest first, 50 a page.")
  @APIResponse(responseCode = "200", description = "A page of audit entries",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = AuditPageJson.class)))
  @APIResponse(responseCode = "401", description = "No API token, or an invalid or revoked one (code unauthorized)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "404", description = "No such connection, or not yours (code not_found)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public PageJson<AuditEntryJson> audit(@PathParam("id") long id,
      @Parameter(description = "Page number, from 1") @QueryParam("page") String page) {
    long connectionId = connections.visible(currentUser.get(), id).getId();
    AuditPage found = trail.ofConnection(connectionId, PageJson.requested(page));
    return new PageJson<>(found.entries().stream().map(AuditEntryJson::of).toList(), found.number(), found.size(),
        found.total(), found.getLastNumber());
  }

  /** Only for the OpenAPI document: a page of audit entries, since generic types do not show there. */
  @Schema(name = "AuditPage")
  static final class AuditPageJson {
    @Schema(type = SchemaType.ARRAY, implementation = AuditEntryJson.class)
    public List<AuditEntryJson> items;
    public int page;
    public int pageSize;
    public long total;
    public int lastPage;
  }
}
