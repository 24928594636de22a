package com.slackadmin.connections.connection.boundary;

import com.slackadmin.connections.account.control.ConsoleAccess;
import com.slackadmin.connections.account.control.ConsoleAccess.Action;
import com.slackadmin.connections.account.control.ConsoleUsers;
import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.audit.control.AuditTrail;
import com.slackadmin.connections.connection.control.ConnectionAuthorizations;
import com.slackadmin.connections.connection.control.ConnectionException;
import com.slackadmin.connections.connection.control.ConnectionService;
import com.slackadmin.connections.connection.control.ConnectionSharing;
import com.slackadmin.connections.connection.control.ConnectionStore;
import com.slackadmin.connections.connection.control.ConnectionUsage;
import com.slackadmin.connections.connection.control.OwnershipTransfer;
import com.slackadmin.connections.connection.control.UseRefusal;
import com.slackadmin.connections.connection.control.VerifiedConnection;
import com.slackadmin.connections.connection.entity.ConnectionShare;
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
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * One connection: its detail page (with its action cards and audit trail), and rename, test, reauthorize,
 * share, transfer and delete. Who may do which is {@code ConsoleAccess}'s decision, asked by the services;
 * the page only hides what they refuse.
 */
@Controller
@Path("connections/{id: [0-9]+}")
@RequestScoped
public class ConnectionController {

  @Inject
  ConnectionService connections;

  @Inject
  ConnectionAuthorizations authorizations;

  @Inject
  SlackOAuth oauth;

  @Inject
  CurrentUser currentUser;

  @Inject
  ConnectionSharing sharing;

  @Inject
  OwnershipTransfer transfers;

  @Inject
  ConsoleUsers users;

  @Inject
  BindingResult binding;

  @Inject
  Models models;

  @Inject
  AuditTrail audit;

  @Inject
  ConnectionUsage usage;

  @Inject
  Flash flash;

  @Context
  HttpServletRequest request;

  @Context
  HttpServletResponse response;

  @PathParam("id")
  long id;

  @GET
  public String detail() {
    ConsoleUser user = currentUser.get();
    ConnectionStore.Seen seen = connections.seen(user, id);
    SlackConnection connection = seen.connection();
    Map<String, Boolean> may = MayDo.of(seen.allowed());
    List<ConnectionShare> shares = sharing.sharesOf(connection);
    models.put("connection", connection);
    models.put("may", may);
    models.put("shares", shares);
    models.put("sharedWithMe", shares.stream().anyMatch(share -> share.getUser().getId().equals(user.getId())));
    if (may.get(Action.SHARE.name())) {
      models.put("shareCandidates", sharing.candidates(connection, shares));
      models.put("mayManageTeammates", ConsoleAccess.mayManageTeammates(user));
    }
    if (may.get(Action.TRANSFER.name())) {
      models.put("ownerCandidates", users.possibleOwners().stream()
          .filter(u -> !u.getId().equals(connection.getOwner().getId())).toList());
    }
    models.put("renameValue", flash.getValues().get("nickname"));
    models.put("audit", audit.ofConnection(connection.getId(), 1));
    models.put("activity", ConnectionActivity.chart(connection, usage.lastDays(connection.getId())));
    return "connection/detail.jsp";
  }

  @POST
  @Path("shares")
  @CsrfProtected
  public String share(@FormParam("username") List<String> usernames) {
    // the boxes' values come from the page, but a request may carry anything: the same rule as typed text
    if (usernames != null && !usernames.stream().allMatch(name -> PlainText.Check.isPlain(name, false))) {
      flash.error(PlainText.MESSAGE);
      return "redirect:/connections/" + id;
    }
    return act(() -> "Shared with " + sharing.share(currentUser.get(), id, usernames).stream()
        .map(ConsoleUser::getDisplayName).collect(Collectors.joining(", ")) + ".");
  }

  @POST
  @Path("shares/{userId: [0-9]+}/remove")
  @CsrfProtected
  public String unshare(@PathParam("userId") long userId) {
    return act(() -> {
      sharing.unshare(currentUser.get(), id, userId);
      return "No longer shared with that teammate.";
    });
  }

  @POST
  @Path("transfer")
  @CsrfProtected
  public String transfer(@FormParam("newOwnerId") long newOwnerId) {
    return act(() -> {
      SlackConnection moved = transfers.transfer(currentUser.get(), id, newOwnerId);
      return "\"" + moved.getNickname() + "\" now belongs to " + moved.getOwner().getDisplayName() + ".";
    });
  }

  @POST
  @Path("rename")
  @CsrfProtected
  public String rename(@FormParam("nickname") @MvcBinding @PlainText String nickname) {
    if (binding.isFailed()) {
      return renameRefused(nickname, binding.getAllMessages().iterator().next());
    }
    try {
      SlackConnection renamed = connections.rename(currentUser.get(), id, nickname);
      flash.notice("Renamed to \"" + renamed.getNickname() + "\".");
      return "redirect:/connections/" + id;
    } catch (ConnectionException refused) {
      return renameRefused(nickname, refused.getMessage());
    }
  }

  /** Back to the connection's page, its rename field holding what was typed. */
  private String renameRefused(String nickname, String message) {
    flash.error(message);
    flash.keep("nickname", nickname);
    return "redirect:/connections/" + id;
  }

  /**
   * Runs the retention check now and shows the result: on this connection's page, or on the page it was asked
   * from (a row of the Connections page), naming the connection there.
   *
   * @param next the console page to show the result on, if not this connection's
   */
  @POST
  @Path("test")
  @CsrfProtected
  public String test(@FormParam("next") String next) {
    String back = ReturnPath.checked(next);
    String named = back == null ? "" : "\"" + connections.visible(currentUser.get(), id).getNickname() + "\": ";
    try {
      VerifiedConnection verified = connections.test(currentUser.get(), id);
      flash.notice(named + "The connection works: Slack confirms " + verified.connection().getSlackUserName()
          + " as " + verified.currentRole().label() + ".");
    } catch (UseRefusal refused) {
      flash.error(named + (refused.reason().marksConnection() ? refused.getMessage()
          : "The connection could not be tested: " + refused.getMessage() + " Its status is unchanged."));
    }
    return "redirect:" + (back == null ? "/connections/" + id : back);
  }

  @POST
  @Path("reauthorize")
  @CsrfProtected
  public Response reauthorize() {
    String state = authorizations.startReauthorize(currentUser.get(), id);
    return Response.seeOther(URI.create(oauth.authorizationUrl(request, response, state))).build();
  }

  @GET
  @Path("delete")
  public String confirmDelete() {
    models.put("connection", connections.require(currentUser.get(), id, Action.DELETE));
    return "connection/delete.jsp";
  }

  @POST
  @Path("delete")
  @CsrfProtected
  public String delete() {
    SlackConnection connection = connections.visible(currentUser.get(), id);
    boolean revoked = connections.delete(currentUser.get(), id);
    if (revoked) {
      flash.notice("Deleted \"" + connection.getNickname() + "\" and revoked its token at Slack.");
    } else {
      flash.error("Deleted \"" + connection.getNickname() + "\", but its token could not be revoked at Slack (Slack "
          + "could not be reached). Remove the app's access in Slack's settings if it stays listed.");
    }
    return "redirect:/connections";
  }

  /** Runs a change, then shows its notice, or the refusal, on this connection's page. */
  private String act(Supplier<String> change) {
    try {
      flash.notice(change.get());
    } catch (ConnectionException refused) {
      flash.error(refused.getMessage());
    }
    return "redirect:/connections/" + id;
  }
}
