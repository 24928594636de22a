package com.slackadmin.connections.bulk.boundary;

import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.bulk.control.BulkCards;
import com.slackadmin.connections.bulk.control.BulkRunRefusedException;
import com.slackadmin.connections.bulk.control.BulkRuns;
import com.slackadmin.connections.bulk.control.CsvException;
import com.slackadmin.connections.bulk.control.CsvTable;
import com.slackadmin.connections.bulk.control.Progress;
import com.slackadmin.connections.bulk.control.RowOutcomes;
import com.slackadmin.connections.bulk.control.RowRetentionSettings;
import com.slackadmin.connections.bulk.entity.BulkRun;
import com.slackadmin.connections.bulk.entity.RowState;
import com.slackadmin.connections.bulk.entity.RunState;
import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.connection.control.ConnectionService;
import com.slackadmin.connections.connection.control.ConnectionSort;
import com.slackadmin.connections.connection.control.ConnectionView;
import com.slackadmin.connections.connection.entity.SlackConnection;
import com.slackadmin.connections.platform.CsvViewEngine;
import com.slackadmin.connections.platform.Flash;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.MvcContext;
import jakarta.mvc.security.CsrfProtected;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityPart;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The console's bulk runs: the list, the New Bulk Run form (a CSV pasted, or one user id or email per line),
 * and each run's page, which refreshes itself while the run goes (a {@code <meta refresh>}: no script) and
 * pauses, resumes or cancels it. A refused CSV shows the form again with the input kept and the line and
 * column of the problem.
 */
@Controller
@Path("bulk-runs")
@RequestScoped
public class BulkRunController {

  static final int ROWS_PAGE = 100;
  static final int REFRESH_SECONDS = 5;
  static final int DOWNLOAD_PAGE = 1000;

  @Inject
  BulkRuns runs;

  @Inject
  ConnectionService connections;

  @Inject
  RowRetentionSettings retention;

  @Inject
  CurrentUser currentUser;

  @Inject
  Models models;

  @Inject
  Flash flash;

  @Inject
  MvcContext mvc;

  @Context
  HttpServletResponse response;

  @GET
  public String list() {
    models.put("runs", runs.list(currentUser.get()));
    models.put("retentionDays", retention.days());
    models.put("mayChangeRetention", retention.mayChange(currentUser.get()));
    models.put("retentionValue", flash.getValues().get("retentionDays"));
    return "bulk/list.jsp";
  }

  @GET
  @Path("new")
  public String form(@QueryParam("connection") Long connectionId, @QueryParam("card") String card) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("connection", connectionId == null ? "" : String.valueOf(connectionId));
    values.put("card", card == null ? Card.DEACTIVATE_USER.getName() : card);
    values.put("mode", "lines");
    showForm(values, null);
    return "bulk/new.jsp";
  }

  @POST
  @Path("new")
  @CsrfProtected
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public String start(@FormParam("connection") String connection, @FormParam("card") String card,
      @FormParam("mode") String mode, @FormParam("csv") String csv, @FormParam("lines") String lines,
      @FormParam("dryRun") String dryRun) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("connection", connection == null ? "" : connection);
    values.put("card", card == null ? "" : card);
    values.put("mode", "csv".equals(mode) ? "csv" : "lines");
    values.put("csv", csv == null ? "" : csv);
    values.put("lines", lines == null ? "" : lines);
    values.put("dryRun", dryRun == null ? "" : "on");
    return startWith(values, chosen -> "csv".equals(values.get("mode"))
        ? runs.parse(chosen, values.get("csv").getBytes(StandardCharsets.UTF_8))
        : CsvTable.oneColumn(values.get("lines"), idColumn(chosen, values.get("lines"))));
  }

  /** Starts the run the form describes with the rows {@code read} finds, or shows the form again with why not. */
  private String startWith(Map<String, String> values, Function<Card, CsvTable> read) {
    Optional<Card> named = Card.named(values.get("card")).filter(BulkCards::takes);
    Long connectionId = parseId(values.get("connection"));
    if (named.isEmpty() || connectionId == null) {
      showForm(values, named.isEmpty() ? "Choose one of the cards a bulk run takes." : "Choose a connection.");
      return "bulk/new.jsp";
    }
    try {
      CsvTable table = read.apply(named.get());
      BulkRun run = runs.start(currentUser.get(), connectionId, named.get(), table,
          !values.get("dryRun").isEmpty());
      flash.notice((run.isDryRun() ? "Dry run " : "Bulk run ") + run.getId() + " started: "
          + Progress.rows(run.getRowCount()) + ".");
      return "redirect:/bulk-runs/" + run.getId();
    } catch (CsvException refused) {
      showForm(values, refused.getMessage());
    } catch (BulkRunRefusedException refused) {
      showForm(values, refused.getMessage());
    }
    return "bulk/new.jsp";
  }

  /**
   * The same form with a CSV file instead of pasted rows ({@code multipart/form-data}). Krazo checks CSRF tokens
   * only in URL-encoded forms, so this one compares the form's token with the session's itself.
   */
  @POST
  @Path("upload")
  @Consumes(MediaType.MULTIPART_FORM_DATA)
  public String upload(List<EntityPart> parts) throws IOException {
    Map<String, EntityPart> byName = new LinkedHashMap<>();
    parts.forEach(part -> byName.putIfAbsent(part.getName(), part));
    if (!sameToken(mvc.getCsrf().getToken(), text(byName.get(mvc.getCsrf().getName())))) {
      throw new ForbiddenException("The form's CSRF token is missing or stale; reload the page and try again.");
    }
    Map<String, String> values = new LinkedHashMap<>();
    values.put("connection", text(byName.get("connection")));
    values.put("card", text(byName.get("card")));
    values.put("mode", "file");
    values.put("dryRun", byName.containsKey("dryRun") ? "on" : "");
    EntityPart file = byName.get("file");
    byte[] csv = file == null ? new byte[0] : file.getContent(InputStream.class).readNBytes(CsvTable.MAX_BYTES + 1);
    return startWith(values, card -> runs.parse(card, csv));
  }

  @GET
  @Path("{id: [0-9]+}")
  public String show(@PathParam("id") long id, @QueryParam("state") String state, @QueryParam("page") String page,
      @QueryParam("follow") boolean follow) {
    Progress progress = runs.progress(currentUser.get(), id);
    RowState shown = parseState(state);
    int number = parsePage(page);
    models.put("progress", progress);
    models.put("maySteer", runs.maySteer(currentUser.get(), progress.run()));
    models.put("rows", runs.rows(currentUser.get(), id, shown, (number - 1) * ROWS_PAGE, ROWS_PAGE + 1)
        .stream().limit(ROWS_PAGE).toList());
    models.put("hasNext", runs.rows(currentUser.get(), id, shown, number * ROWS_PAGE, 1).size() == 1);
    models.put("page", number);
    models.put("state", shown == null ? "" : shown.name());
    models.put("states", RowState.values());
    models.put("outcomeWords", RowOutcomes.WORDS);
    // refreshing on its own only when asked to (a page that reloads by itself while someone reads it is a barrier
    // to some, WCAG 2.2.1), and only while the run goes: a held or finished run has nothing new to show
    boolean running = progress.run().getState() == RunState.RUNNING;
    models.put("running", running);
    models.put("refreshSeconds", running && follow ? REFRESH_SECONDS : null);
    return "bulk/run.jsp";
  }

  /**
   * Every row with its outcome as CSV, read a thousand rows at a time as the download is written (see
   * {@link CsvViewEngine}).
   */
  @GET
  @Path("{id: [0-9]+}/rows.csv")
  @Produces("text/csv")
  public String download(@PathParam("id") long id) {
    ConsoleUser user = currentUser.get();
    Progress progress = runs.progress(user, id);
    List<String> columns = BulkCards.columns(Card.named(progress.run().getCard()).orElseThrow());
    models.put(CsvViewEngine.HEADER, RowCells.header(columns));
    models.put(CsvViewEngine.ROWS, (Iterable<List<String>>) () -> new PagedRows(first -> runs.rows(user, id, null,
        first, DOWNLOAD_PAGE), DOWNLOAD_PAGE).stream().map(row -> RowCells.of(row, columns)).iterator());
    response.setHeader("Content-Disposition", "attachment; filename=\"bulk-run-" + id + "-rows.csv\"");
    return "bulk/rows.csv";
  }

  @POST
  @Path("{id: [0-9]+}/{action: pause|resume|cancel}")
  @CsrfProtected
  public String steer(@PathParam("id") long id, @PathParam("action") String action) {
    ConsoleUser user = currentUser.get();
    try {
      boolean moved = switch (action) {
        case "pause" -> runs.pause(user, id);
        case "resume" -> runs.resume(user, id);
        case "cancel" -> runs.cancel(user, id);
        default -> throw new NotFoundException();
      };
      if (moved) {
        flash.notice(switch (action) {
          case "pause" -> "Paused. The row in flight finishes first.";
          case "resume" -> "Resumed where it stopped.";
          default -> "Cancelled. Rows not yet done are skipped.";
        });
      } else {
        flash.error(
            "Nothing changed: the run is " + runs.progress(user, id).run().getState().name().toLowerCase(Locale.ROOT)
                + ".");
      }
    } catch (BulkRunRefusedException refused) {
      flash.error(refused.getMessage());
    }
    return "redirect:/bulk-runs/" + id;
  }

  private static boolean sameToken(String expected, String given) {
    return expected != null && !given.isEmpty() && MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8),
        given.getBytes(StandardCharsets.UTF_8));
  }

  private static String text(EntityPart part) throws IOException {
    return part == null ? "" : part.getContent(String.class);
  }

  private void showForm(Map<String, String> values, String error) {
    ConsoleUser user = currentUser.get();
    List<SlackConnection> usable = new ArrayList<>();
    usable.addAll(connections.list(user, ConnectionView.MINE, null, ConnectionSort.NICKNAME, 1).items());
    usable.addAll(connections.list(user, ConnectionView.SHARED, null, ConnectionSort.NICKNAME, 1).items());
    models.put("connections", usable);
    models.put("cards", BulkCards.all());
    Map<String, List<String>> columns = new LinkedHashMap<>();
    BulkCards.all().forEach(card -> columns.put(card.getName(), BulkCards.columns(card)));
    models.put("columns", columns);
    models.put("values", values);
    models.put("formError", error);
  }

  /** One id or email a line: the column is {@code email} when the first value looks like one. */
  private static String idColumn(Card card, String lines) {
    String first = lines == null ? "" : lines.strip().lines().findFirst().orElse("");
    return BulkCards.findsByEmail(card) && first.contains("@") ? BulkCards.EMAIL : "userId";
  }

  private static Long parseId(String value) {
    try {
      return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
    } catch (NumberFormatException notNumber) {
      return null;
    }
  }

  private static RowState parseState(String state) {
    try {
      return state == null || state.isBlank() ? null : RowState.valueOf(state);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static int parsePage(String page) {
    try {
      return page == null ? 1 : Math.max(1, Integer.parseInt(page));
    } catch (NumberFormatException notNumber) {
      return 1;
    }
  }
}
