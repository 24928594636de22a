package com.slackadmin.connections.card.boundary;

import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.card.control.CardRunner;
import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.connection.control.ConnectionService;
import com.slackadmin.connections.connection.entity.InstallLevel;
import com.slackadmin.connections.connection.entity.SlackConnection;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.mvc.security.CsrfProtected;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.Map;

/**
 * An action card's page for one connection: its form, and the run's output (a table and Slack's JSON) or
 * why it did not run. The form comes back with the inputs kept whatever the outcome.
 */
@Controller
@Path("connections/{id: [0-9]+}/cards/{card}")
@RequestScoped
public class CardController {

  @Inject
  CardRunner runner;

  @Inject
  ConnectionService connections;

  @Inject
  CurrentUser currentUser;

  @Inject
  Models models;

  @PathParam("id")
  long id;

  @PathParam("card")
  String cardName;

  @GET
  public String form() {
    show(card(), Map.of());
    return "card/run.jsp";
  }

  @POST
  @CsrfProtected
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public String run(MultivaluedMap<String, String> form) {
    Card card = card();
    Map<String, String> inputs = CardForm.inputs(card, form);
    show(card, inputs);
    if (CardForm.mayRun(card, form)) {
      CardForm.run(models, () -> runner.run(currentUser.get(), id, card, inputs));
    } else {
      CardForm.askToConfirm(models, () -> runner.confirmation(currentUser.get(), id, card, inputs));
    }
    return "card/run.jsp";
  }

  private void show(Card card, Map<String, String> values) {
    SlackConnection connection = connections.visible(currentUser.get(), id);
    models.put("connection", connection);
    models.put("card", card);
    models.put("cards", Card.values());
    models.put("values", values);
    models.put("errors", Map.of());
    models.put("scope", connection.getInstallLevel() == InstallLevel.ORG
        ? "the whole organisation " + connection.getSlackOrganisation() + ": its users and groups are org-wide"
        : "the workspace " + connection.getSlackOrganisation() + ": its users and groups only");
  }

  private Card card() {
    return Card.named(cardName).orElseThrow(NotFoundException::new);
  }
}
