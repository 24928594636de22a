package com.slackadmin.connections.bulk.boundary;

import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.bulk.control.BulkRuns;
import com.slackadmin.connections.bulk.control.CsvException;
import com.slackadmin.connections.bulk.control.CsvTable;
import com.slackadmin.connections.bulk.entity.BulkRun;
import com.slackadmin.connections.card.entity.Card;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Starting a bulk run from the JSON API, with a connection: the CSV is the request body. {@link BulkRunsResource}
 * follows and steers it. The same rules as the console's bulk run pages.
 */
@Path("connections")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Bulk runs")
@APIResponse(responseCode = "401", description = "No API token, or an invalid or revoked one (code unauthorized)",
    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
@APIResponse(responseCode = "404", description = "No such run or connection, or not yours to see (code not_found)",
    content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
public class BulkRunResource {

  @Inject
  CurrentUser currentUser;

  @Inject
  BulkRuns runs;

  @POST
  @Path("{id}/bulk-runs")
  @Consumes({"text/csv", MediaType.TEXT_PLAIN})
  @Operation(summary = "Start a bulk run: one card over every row of a CSV",
      description = "The body is the CSV (UTF-8; a header row of the card's input names, then one row per "
          + "account; deactivate-user, activate-user, read-user, add-user-to-group and remove-user-from-group also "
          + "take an email column instead of userId). The run goes on in the background, paced to Slack's "
          + "published SCIM limits; a dry run checks every row against the rules and changes nothing.")
  @APIResponse(responseCode = "202", description = "The run was stored and has started",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BulkRunJson.class)))
  @APIResponse(responseCode = "403", description = "A VIEWER, or a connection only seen (code forbidden)",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  @APIResponse(responseCode = "422", description = "The CSV or the card is refused (code validation_failed, with "
      + "the line and column of the problem); no run was created",
      content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ApiError.class)))
  public Response start(@PathParam("id") long connectionId,
      @Parameter(description = "The card, e.g. deactivate-user", required = true) @QueryParam("card") String card,
      @Parameter(description = "true: check every row, change nothing") @QueryParam("dryRun") boolean dryRun,
      InputStream body) throws IOException {
    byte[] csv = body == null ? new byte[0] : body.readNBytes(CsvTable.MAX_BYTES + 1);
    if (csv.length > CsvTable.MAX_BYTES) {
      // refused below without holding it all; the rest is read and dropped so that the client, still sending,
      // gets the answer instead of a closed connection
      body.transferTo(OutputStream.nullOutputStream());
    }
    Card named = bulkCard(card);
    CsvTable table;
    try {
      table = runs.parse(named, csv);
    } catch (CsvException refused) {
      Map<String, Object> details = new HashMap<>();
      details.put("line", refused.line());
      if (refused.column() > 0) {
        details.put("column", refused.column());
      }
      details.put("columns", runs.columns(named));
      throw new ApiException(ErrorCode.VALIDATION_FAILED, refused.getMessage(), details);
    }
    BulkRun run = runs.start(currentUser.get(), connectionId, named, table, dryRun);
    return Response.status(Response.Status.ACCEPTED)
        .entity(BulkRunJson.of(runs.progress(currentUser.get(), run.getId()))).build();
  }

  private static Card bulkCard(String card) {
    if (card == null || card.isBlank()) {
      throw ApiException.malformed("Say which card to run: ?card=deactivate-user, for example.",
          Map.of("parameter", "card"));
    }
    return Card.named(card).orElseThrow(() -> new ApiException(ErrorCode.VALIDATION_FAILED,
        "There is no action card called '" + card + "'. Cards: "
            + Arrays.stream(Card.values()).map(Card::getName).toList() + ".",
        Map.of("parameter", "card")));
  }

}
