package com.slackadmin.connections.connection.boundary;

import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.connection.control.ConnectionSort;
import com.slackadmin.connections.connection.control.ConnectionStore;
import com.slackadmin.connections.connection.entity.ConnectionStatus;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import java.util.Arrays;

/** The Connections page: the signed-in user's connections, paged, sorted and filtered. */
@Controller
@Path("connections")
@RequestScoped
public class ConnectionsController {

  @Inject
  ConnectionStore store;

  @Inject
  CurrentUser currentUser;

  @Inject
  Models models;

  @GET
  public String list(@QueryParam("page") @DefaultValue("1") int page, @QueryParam("sort") String sort,
      @QueryParam("status") String status) {
    ConnectionStatus filter = parseStatus(status);
    ConnectionSort order = ConnectionSort.parse(sort);
    models.put("page", store.ownedBy(currentUser.get(), filter, order, page));
    models.put("sort", order.getParameter());
    models.put("status", filter == null ? "" : filter.name());
    models.put("statuses", ConnectionStatus.values());
    return "connection/list.jsp";
  }

  @GET
  @Path("new")
  public String newConnection() {
    return "connection/new.jsp";
  }

  private static ConnectionStatus parseStatus(String value) {
    return Arrays.stream(ConnectionStatus.values()).filter(s -> s.name().equals(value)).findFirst().orElse(null);
  }
}
