package com.slackadmin.connections.connection.boundary;

import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.connection.control.ConnectionException;
import com.slackadmin.connections.connection.control.OwnershipTransfer;
import com.slackadmin.connections.platform.Flash;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;

/**
 * The Teammates page's transfer form: every connection of a disabled teammate goes to another enabled
 * BUILDER or ADMIN, all or none ({@link OwnershipTransfer}). Here rather than in the account feature, which
 * knows nothing of connections.
 */
@Controller
@Path("teammates/{id: [0-9]+}/transfer")
@RequestScoped
public class TeammateConnectionsController {

  @Inject
  OwnershipTransfer transfers;

  @Inject
  CurrentUser currentUser;

  @Inject
  Flash flash;

  @POST
  @CsrfProtected
  public String transferAll(@PathParam("id") long id, @FormParam("newOwnerId") long newOwnerId) {
    try {
      int moved = transfers.transferAll(currentUser.get(), id, newOwnerId);
      flash.notice("Transferred " + moved + " connection" + (moved == 1 ? "" : "s") + ".");
    } catch (ConnectionException refused) {
      flash.error(refused.getMessage());
    }
    return "redirect:/teammates";
  }
}
