package com.slackadmin.connections.bulk.boundary;

import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.bulk.control.RowRetentionSettings;
import com.slackadmin.connections.platform.Flash;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** An ADMIN sets, on the Bulk runs page, how long finished runs' rows are kept. */
@Controller
@Path("bulk-runs/retention")
@RequestScoped
public class RowRetentionController {

  @Inject
  RowRetentionSettings retention;

  @Inject
  CurrentUser currentUser;

  @Inject
  Flash flash;

  @POST
  @CsrfProtected
  public String change(@FormParam("days") String days) {
    try {
      int kept = retention.change(currentUser.get(), days);
      flash.notice("Finished bulk runs' rows are now kept for " + kept + (kept == 1 ? " day" : " days")
          + "; rows of runs finished longer ago are deleted within the hour, and their counts stay.");
    } catch (IllegalArgumentException refused) {
      flash.error(refused.getMessage());
      flash.keep("retentionDays", days);
    }
    return "redirect:/bulk-runs#retention";
  }
}
