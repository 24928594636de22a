package com.slackadmin.connections.connection.boundary;

import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.connection.control.ConnectionSearch;
import com.slackadmin.connections.connection.control.ConnectionService;
import com.slackadmin.connections.connection.control.Page;
import com.slackadmin.connections.connection.entity.SlackConnection;
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

/** Reading connections: the same list and the same visibility as the console's Connections page. */
@Path("connections")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Connections")
@APIResponse(responseCode = "401", description = "No API token, or an invalid or revoked one (code unauthorized)",
    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class ConnectionsResource {

  @Inject
  CurrentUser currentUser;

  @Inject
  ConnectionService connections;

  @GET
  @Operation(summary = "List your connections",
      description = "The connections you own (view=mine), those shared with you (view=shared) or, for an ADMIN,"
          + " all of them (view=all); 50 a page, like the console's Connections page.")
  @APIResponse(responseCode = "200", description = "A page of connections",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = ConnectionPage.class)))
  @APIResponse(responseCode = "400", description = "An unknown view, sort or status, or a page that is no number",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "403", description = "view=all by someone who is not an ADMIN (code forbidden)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public PageJson<ConnectionJson> list(
      @Parameter(description = "mine (default), shared, or all (ADMIN)",
          schema = @Schema(type = SchemaType.STRING, enumeration = {"mine", "shared", "all"}))
      @QueryParam("view") String view,
      @Parameter(description = "Page number, from 1") @QueryParam("page") String page,
      @Parameter(description = "nickname (default) or lastUsed",
          schema = @Schema(type = SchemaType.STRING, enumeration = {"nickname", "lastUsed"}))
      @QueryParam("sort") String sort,
      @Parameter(description = "Only connections of this status",
          schema = @Schema(type = SchemaType.STRING,
              enumeration = {"ACTIVE", "PERMISSION_LOST", "REAUTHORIZATION_REQUIRED"}))
      @QueryParam("status") String status,
      @Parameter(description = "Only connections whose nickname, Slack organisation or workspace, or authorising"
          + " account's name or email holds these words, ignoring case (as the console's search)")
      @QueryParam("q") String q) {
    Page<SlackConnection> found = connections.list(currentUser.get(), ConnectionListQuery.parseView(view),
        ConnectionListQuery.parseStatus(status), ConnectionSearch.clean(q).orElse(null),
        ConnectionListQuery.parseSort(sort), PageJson.requested(page), Long.MAX_VALUE);
    return new PageJson<>(found.items().stream().map(ConnectionJson::of).toList(), found.number(), found.size(),
        found.total(), found.getLastNumber());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read one connection")
  @APIResponse(responseCode = "200", description = "The connection",
      content = @Content(mediaType = MediaType.APPLICATION_JSON,
          schema = @Schema(implementation = ConnectionJson.class)))
  @APIResponse(responseCode = "404", description = "No such connection, or not yours (code not_found)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public ConnectionJson read(@PathParam("id") long id) {
    return ConnectionJson.of(connections.visible(currentUser.get(), id));
  }

  /** Only for the OpenAPI document: a page of connections, since generic types do not show there. */
  @Schema(name = "ConnectionPage")
  static final class ConnectionPage {
    @Schema(type = SchemaType.ARRAY, implementation = ConnectionJson.class)
    public List<ConnectionJson> items;
    public int page;
    public int pageSize;
    public long total;
    public int lastPage;
  }
}
