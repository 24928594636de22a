package com.slackadmin.connections.notification.boundary;

import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.notification.control.DeliveryStore;
import com.slackadmin.connections.notification.control.NotificationException;
import com.slackadmin.connections.notification.control.Notifier;
import com.slackadmin.connections.notification.control.Webhooks;
import com.slackadmin.connections.platform.Flash;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.time.Clock;
import java.util.Map;

/**
 * ADMINs register webhook addresses, send one a test event, remove them, and read the delivery log (emails and webhook calls, with their
 * attempts). A new webhook's secret is shown by the answer to the POST itself, once, as API tokens are.
 */
@Controller
@Path("webhooks")
@RequestScoped
public class WebhooksController {

  @Inject
  Webhooks webhooks;

  @Inject
  DeliveryStore deliveries;

  @Inject
  Notifier notifier;

  @Inject
  Clock clock;

  @Inject
  CurrentUser currentUser;

  @Inject
  Models models;

  @Inject
  Flash flash;

  @GET
  public String list(@QueryParam("page") @DefaultValue("1") int page) {
    return show(page, null, Map.of());
  }

  @POST
  @CsrfProtected
  public String register(@FormParam("url") String url) {
    try {
      Webhooks.Issued issued = webhooks.register(currentUser.get(), url);
      models.put("newWebhook", issued.webhook());
      models.put("newSecret", issued.secret());
      return show(1, null, Map.of());
    } catch (NotificationException refused) {
      return show(1, url, Map.of(refused.getField() == null ? "form" : refused.getField(), refused.getMessage()));
    }
  }

  /** Queues a signed test event for one webhook; its delivery shows in the log like any other. */
  @POST
  @Path("{id}/test")
  @CsrfProtected
  public String test(@PathParam("id") long id) {
    try {
      flash.notice("A test event is on its way to " + notifier.test(currentUser.get(), id, clock.instant()).getUrl()
          + "; the delivery log below shows its answer.");
    } catch (NotificationException refused) {
      flash.error(refused.getMessage());
    }
    return "redirect:/webhooks";
  }

  @POST
  @Path("{id}/remove")
  @CsrfProtected
  public String remove(@PathParam("id") long id) {
    try {
      flash.notice("Removed the webhook " + webhooks.remove(currentUser.get(), id).getUrl()
          + ". Its deliveries stay in the log.");
    } catch (NotificationException refused) {
      flash.error(refused.getMessage());
    }
    return "redirect:/webhooks";
  }

  private String show(int page, String url, Map<String, String> errors) {
    models.put("webhooks", webhooks.list(currentUser.get()));
    long total = deliveries.count();
    int last = (int) Math.max(1, (total + DeliveryStore.LOG_PAGE - 1) / DeliveryStore.LOG_PAGE);
    int number = Math.min(Math.max(1, page), last);
    models.put("deliveries", deliveries.log(number));
    models.put("logPage", number);
    models.put("logLastPage", last);
    models.put("url", url);
    models.put("errors", errors);
    return "notification/webhooks.jsp";
  }
}
