package com.slackadmin.connections.notification.boundary;

import com.slackadmin.connections.account.control.ConsoleAccess;
import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.notification.control.Inbox;
import com.slackadmin.connections.platform.Flash;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;

/** A person's notifications, newest first, unread ones marked; and marking them all read. */
@Controller
@Path("notifications")
@RequestScoped
public class NotificationsController {

  @Inject
  Inbox inbox;

  @Inject
  CurrentUser currentUser;

  @Inject
  Models models;

  @Inject
  Flash flash;

  @GET
  public String list(@QueryParam("page") @DefaultValue("1") int page) {
    models.put("inbox", inbox.of(currentUser.get(), page));
    models.put("unread", inbox.unread(currentUser.get()));
    models.put("mayManageWebhooks", ConsoleAccess.mayManageWebhooks(currentUser.get()));
    return "notification/notifications.jsp";
  }

  @POST
  @Path("read")
  @CsrfProtected
  public String markAllRead() {
    int marked = inbox.markAllRead(currentUser.get());
    flash.notice(marked == 0 ? "Nothing was unread." : "Marked " + marked + " notification"
        + (marked == 1 ? "" : "s") + " read.");
    return "redirect:/notifications";
  }
}
