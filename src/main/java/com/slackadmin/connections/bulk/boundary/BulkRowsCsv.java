package com.slackadmin.connections.bulk.boundary;

import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.bulk.control.BulkCards;
import com.slackadmin.connections.bulk.control.BulkRuns;
import com.slackadmin.connections.bulk.control.Progress;
import com.slackadmin.connections.bulk.entity.BulkRow;
import com.slackadmin.connections.card.entity.Card;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A run's rows with their outcomes as a CSV download: the inputs' columns as the run took them, then what
 * happened. Written a thousand rows at a time, so a 50,000-row run is not held in memory.
 */
@Path("bulk-runs/{id: [0-9]+}/rows.csv")
@RequestScoped
public class BulkRowsCsv {

  static final int CHUNK = 1000;

  @Inject
  BulkRuns runs;

  @Inject
  CurrentUser currentUser;

  @GET
  @Produces("text/csv; charset=UTF-8")
  public Response download(@PathParam("id") long id) {
    ConsoleUser user = currentUser.get();
    Progress progress = runs.progress(user, id);
    List<String> inputs = BulkCards.columns(Card.named(progress.run().getCard()).orElseThrow());
    StreamingOutput body = out -> {
      Writer csv = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      List<String> header = new ArrayList<>(List.of("line"));
      header.addAll(inputs);
      header.addAll(List.of("target", "state", "outcome", "message", "attempts", "finishedAt"));
      CsvCells.line(csv, header);
      for (int first = 0;; first += CHUNK) {
        List<BulkRow> rows = runs.rows(user, id, null, first, CHUNK);
        for (BulkRow row : rows) {
          CsvCells.line(csv, CsvCells.of(row, inputs));
        }
        if (rows.size() < CHUNK) {
          break;
        }
      }
      csv.flush();
    };
    return Response.ok(body)
        .header("Content-Disposition", "attachment; filename=\"bulk-run-" + id + "-rows.csv\"")
        .build();
  }
}
