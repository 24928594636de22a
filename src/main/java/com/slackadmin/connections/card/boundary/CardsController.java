package com.slackadmin.connections.card.boundary;

import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.connection.control.ConnectionChoices;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.mvc.Controller;
import jakarta.mvc.Models;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** The Action cards page: every card, what it does and what it asks for, each leading to its own page. */
@Controller
@Path("cards")
@RequestScoped
public class CardsController {

  @Inject
  ConnectionChoices choices;

  @Inject
  CurrentUser currentUser;

  @Inject
  Models models;

  @GET
  public String catalogue() {
    models.put("cards", Card.values());
    models.put("anyUsableConnection", choices.anyUsable(currentUser.get()));
    return "card/catalogue.jsp";
  }
}
