package com.slackadmin.connections.bulk.boundary;

import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.bulk.control.BulkRuns;
import com.slackadmin.connections.platform.api.ApiError;
import com.slackadmin.connections.platform.api.ApiException;
import com.slackadmin.connections.platform.api.ErrorCode;
import com.slackadmin.connections.platform.api.PageJson;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Following and steering bulk runs from the JSON API: a run, its rows, pause, resume, cancel. The same rules and
 * visibility as the console's bulk run pages.
 */
@Path("bulk-runs")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Bulk runs")
@APIResponse(responseCode = "401", description = "No API token, or an invalid or revoked one (code unauthorized)",
    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "404", description = "No such run or connection, or not yours to see (code not_found)",
    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class BulkRunsResource {

  static final int ROWS_PAGE = 100;

  @Inject
  CurrentUser currentUser;

  @Inject
  BulkRuns runs;

  @GET
  @Operation(summary = "The bulk runs you may see, newest first (at most 200)")
  public List<BulkRunJson> list() {
    return runs.list(currentUser.get()).stream().map(BulkRunJson::of).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "A bulk run: its state, counts, rate per minute and time left")
  public BulkRunJson read(@PathParam("id") long id) {
    return BulkRunJson.of(runs.progress(currentUser.get(), id));
  }

  @GET
  @Path("{id}/rows")
  @Operation(summary = "A bulk run's rows in CSV order, 100 a page, optionally of one state")
  public List<BulkRowJson> rows(@PathParam("id") long id,
      @Parameter(description = "PENDING, IN_FLIGHT, DONE, REFUSED, FAILED or SKIPPED")
      @QueryParam("state") String state,
      @Parameter(description = "Page number, from 1") @QueryParam("page") String page) {
    int number = PageJson.requested(page);
    return runs.rows(currentUser.get(), id, BulkQuery.state(state), (number - 1) * ROWS_PAGE, ROWS_PAGE).stream()
        .map(BulkRowJson::of).toList();
  }

  @POST
  @Path("{id}/pause")
  @Operation(summary = "Pause a running bulk run; the row in flight finishes first")
  @APIResponse(responseCode = "409", description = "The run is not running (code conflict)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public BulkRunJson pause(@PathParam("id") long id) {
    return steered(id, runs.pause(currentUser.get(), id), "The run is not running.");
  }

  @POST
  @Path("{id}/resume")
  @Operation(summary = "Resume a paused bulk run where it stopped")
  @APIResponse(responseCode = "409", description = "The run is not paused (code conflict)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public BulkRunJson resume(@PathParam("id") long id) {
    return steered(id, runs.resume(currentUser.get(), id), "The run is not paused.");
  }

  @POST
  @Path("{id}/cancel")
  @Operation(summary = "Cancel a bulk run: rows not yet done are skipped")
  @APIResponse(responseCode = "409", description = "The run is over already (code conflict)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public BulkRunJson cancel(@PathParam("id") long id) {
    return steered(id, runs.cancel(currentUser.get(), id), "The run is over already.");
  }

  private BulkRunJson steered(long id, boolean moved, String otherwise) {
    BulkRunJson now = BulkRunJson.of(runs.progress(currentUser.get(), id));
    if (!moved) {
      throw new ApiException(ErrorCode.CONFLICT, otherwise + " It is " + now.state() + ".",
          Map.of("state", now.state()));
    }
    return now;
  }

}
