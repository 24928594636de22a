package com.slackadmin.connections.connection.boundary;

import com.slackadmin.connections.account.control.ConsoleAccess;
import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.connection.control.AuthorizationFailedException;
import com.slackadmin.connections.connection.control.ConnectionAuthorizations;
import com.slackadmin.connections.connection.control.ConnectionAuthorizations.Completed;
import com.slackadmin.connections.connection.control.ConnectionException;
import com.slackadmin.connections.connection.control.ConnectionHealth;
import com.slackadmin.connections.connection.control.ConnectionSearch;
import com.slackadmin.connections.connection.control.ConnectionService;
import com.slackadmin.connections.connection.control.ConnectionSharing;
import com.slackadmin.connections.connection.control.ConnectionSort;
import com.slackadmin.connections.connection.control.ConnectionUsage;
import com.slackadmin.connections.connection.control.ConnectionView;
import com.slackadmin.connections.connection.control.Page;
import com.slackadmin.connections.connection.control.UsageHistory;
import com.slackadmin.connections.connection.entity.ConnectionStatus;
import com.slackadmin.connections.connection.entity.SlackConnection;
import com.slackadmin.connections.platform.Flash;
import com.slackadmin.connections.platform.PlainText;
import com.slackadmin.connections.slack.boundary.SlackOAuth;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.binding.BindingResult;
import jakarta.mvc.binding.MvcBinding;
import jakarta.mvc.security.CsrfProtected;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Connections page and the New Connection flow: nickname, Create, Slack, and back. The rules are the
 * connection service's; this class only turns their answers into pages and redirects.
 */
@Controller
@Path("connections")
@RequestScoped
public class ConnectionsController {

  /**
   * The page counts a view exactly up to this many connections and says "more than" past it: a count reads every
   * connection of the view, the page only its 50 (the JSON API still counts them all).
   */
  static final long COUNTED_UP_TO = 10_000;

  /** The summary lists this many connections needing attention, each with what to do; the filter shows all. */
  static final int ATTENTION_LISTED = 5;

  @Inject
  ConnectionSharing sharing;

  @Inject
  SlackOAuth oauth;

  @Inject
  ConnectionService connections;

  @Inject
  ConnectionAuthorizations authorizations;

  @Inject
  CurrentUser currentUser;

  @Inject
  ConnectionUsage usage;

  @Inject
  ConnectionHealth health;

  @Inject
  BindingResult binding;

  @Inject
  Models models;

  @Inject
  Flash flash;

  @Context
  HttpServletRequest request;

  @Context
  HttpServletResponse response;

  /**
   * The page's reads share one transaction, and one database connection: the page of connections, their uses
   * per day (one query), and who they are shared with.
   */
  @GET
  @Transactional
  public String list(@QueryParam("page") @DefaultValue("1") int page, @QueryParam("sort") String sort,
      @QueryParam("status") String status, @QueryParam("view") String view, @QueryParam("q") String q) {
    ConsoleUser user = currentUser.get();
    ConnectionStatus filter = parseStatus(status);
    ConnectionSort order = ConnectionSort.parse(sort);
    ConnectionView shown = ConnectionView.of(view).orElse(ConnectionView.MINE);
    String search = ConnectionSearch.clean(q).orElse(null);
    Page<SlackConnection> found = connections.list(user, shown, filter, search, order, page, COUNTED_UP_TO);
    if (shown == ConnectionView.MINE && found.total() == 0 && filter == null && search == null) {
      // someone who owns nothing but has connections shared with them: landing on an empty "Mine" would hide them
      Page<SlackConnection> shared = connections.list(user, ConnectionView.SHARED, null, null, order, 1,
          COUNTED_UP_TO);
      if (shared.total() > 0 && view == null && page <= 1) {
        shown = ConnectionView.SHARED;
        found = shared;
        models.put("landedOnShared", true);
      } else {
        models.put("sharedWithMeCount", shared.total());
      }
    }
    List<Long> ids = found.items().stream().map(SlackConnection::getId).toList();
    models.put("page", found);
    models.put("q", search == null ? "" : search);
    // the list as shown, for the links that page it and for coming back to it after a Test in a row
    String shownQuery = ListAddress.query(shown.getParameter(), order.getParameter(),
        filter == null ? "" : filter.name(), search);
    models.put("listQuery", shownQuery);
    models.put("listPath", ListAddress.path(shownQuery, found.number()));
    Set<Long> sharedIds = sharing.idsSharedWith(user, ids);
    models.put("may", MayDo.of(connections.allowedOf(user, found.items(), sharedIds)));
    models.put("view", shown.getParameter());
    models.put("views", ConsoleAccess.maySeeAllConnections(user) ? ConnectionView.values()
        : new ConnectionView[] {ConnectionView.MINE, ConnectionView.SHARED});
    Map<Long, UsageHistory> histories = usage.lastDays(ids);
    Map<Long, ConnectionActivity> activity = new HashMap<>();
    found.items().forEach(c -> activity.put(c.getId(), ConnectionActivity.trend(c, histories.get(c.getId()))));
    models.put("activity", activity);
    Map<ConnectionStatus, Long> attention = connections.needingAttention(user, shown);
    models.put("attention", attention);
    List<SlackConnection> attentionFirst = attention.isEmpty() ? List.of()
        : connections.firstNeedingAttention(user, shown, ATTENTION_LISTED);
    models.put("attentionFirst", attentionFirst);
    models.put("attentionMay", MayDo.of(connections.allowedOf(user, attentionFirst)));
    // sets as maps of ids to true: the page reads a key, where a call of contains() is looked up by reflection
    models.put("dueIds", found.items().stream().filter(health::isDue)
        .collect(Collectors.toMap(SlackConnection::getId, due -> true)));
    models.put("sharedWith", sharing.shareNamesOf(ids));
    models.put("sharedWithMe", sharedIds.stream()
        .collect(Collectors.toMap(Function.identity(), shared -> true)));
    models.put("sort", order.getParameter());
    models.put("status", filter == null ? "" : filter.name());
    models.put("statuses", ConnectionStatus.values());
    models.put("countedUpTo", String.format(Locale.ROOT, "%,d", COUNTED_UP_TO));
    return "connection/list.jsp";
  }

  /**
   * The New Connection form.
   *
   * @param next the console page to return to once the connection exists, when New Connection was started from
   *     one (an action card); kept in the form, and again when the authorization fails
   */
  @GET
  @Path("new")
  public String newConnection(@QueryParam("next") String next) {
    models.put("nickname", flash.getValues().get("nickname"));
    models.put("next", ReturnPath.checked(next != null ? next : flash.getValues().get("next")));
    models.put("error", flash.getError());
    return "connection/new.jsp";
  }

  /** Create: checks the nickname, then sends the browser to Slack to sign in and authorize. */
  @POST
  @CsrfProtected
  public Response create(@FormParam("nickname") @MvcBinding @PlainText String nickname,
      @FormParam("next") String next) {
    String returnTo = ReturnPath.checked(next);
    if (binding.isFailed()) {
      return refused(nickname, returnTo, binding.getAllMessages().iterator().next());
    }
    try {
      String state = authorizations.startCreate(currentUser.get(), nickname, returnTo);
      return Response.seeOther(URI.create(oauth.authorizationUrl(request, response, state))).build();
    } catch (ConnectionException refused) {
      return refused(nickname, returnTo, refused.getMessage());
    }
  }

  /** The New Connection form again, with the nickname as typed and why it was refused. */
  private Response refused(String nickname, String returnTo, String message) {
    models.put("nickname", nickname);
    models.put("next", returnTo);
    models.put("error", message);
    return Response.status(Response.Status.BAD_REQUEST).entity("connection/new.jsp").build();
  }

  /** Slack sends the browser back here, with a code and our state, or with an error. */
  @GET
  @Path("callback")
  public String callback(@QueryParam("state") String state, @QueryParam("code") String code,
      @QueryParam("error") String error) {
    try {
      Completed completed = authorizations.complete(currentUser.get(), state, code, error,
          slackCode -> oauth.exchange(slackCode, request, response));
      SlackConnection connection = completed.connection();
      flash.notice("Connection \"" + connection.getNickname() + "\" is ready: it acts as "
          + connection.getSlackUserName() + " (" + connection.getSlackUserRole() + ") in "
          + connection.getSlackOrganisation() + ".");
      return completed.returnTo() == null ? "redirect:/connections/" + connection.getId()
          : "redirect:" + ReturnPath.withConnection(completed.returnTo(), connection.getId());
    } catch (AuthorizationFailedException failed) {
      flash.error(failed.getMessage());
      if (failed.getReauthorizeConnectionId() != null) {
        return "redirect:/connections/" + failed.getReauthorizeConnectionId();
      }
      if (failed.getNickname() != null) {
        flash.keep("nickname", failed.getNickname());
      }
      if (failed.getReturnTo() != null) {
        flash.keep("next", failed.getReturnTo());
      }
      return "redirect:/connections/new";
    }
  }

  private static ConnectionStatus parseStatus(String value) {
    return Arrays.stream(ConnectionStatus.values()).filter(s -> s.name().equals(value)).findFirst().orElse(null);
  }
}
