package com.slackadmin.connections.connection.boundary;

import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.audit.control.AuditTrail;
import com.slackadmin.connections.connection.control.ConnectionService;
import com.slackadmin.connections.connection.entity.SlackConnection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

/**
 * A connection's audit trail as a console page, for whoever may see the connection. The table itself is
 * the {@code auditTrail} tag, which the connection's detail page shows too.
 */
@Controller
@Path("connections/{id}/audit")
@RequestScoped
public class ConnectionAuditController {

  @Inject
  AuditTrail trail;

  @Inject
  ConnectionService connections;

  @Inject
  CurrentUser currentUser;

  @Inject
  Models models;

  @GET
  public String show(@PathParam("id") long id, @QueryParam("page") @DefaultValue("1") int page) {
    SlackConnection connection = connections.visible(currentUser.get(), id);
    models.put("connection", connection);
    models.put("audit", trail.ofConnection(connection.getId(), page));
    return "connection/audit.jsp";
  }
}
