package com.slackadmin.connections.card.boundary;

import com.slackadmin.connections.account.control.CurrentUser;
import com.slackadmin.connections.card.control.CardRunner;
import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.connection.control.ConnectionChoices;
import com.slackadmin.connections.connection.control.ConnectionChoices.Choices;
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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;

/**
 * An action card started from the card, as the product's spec has it: the card's form asks which connection to
 * use, or leads into New Connection, which comes back here with the new connection chosen and the inputs as they
 * were typed ({@link CardDrafts}). The run itself is the same as from a connection's page: {@link CardRunner},
 * through the use gate.
 */
@Controller
@Path("cards/{card}")
@RequestScoped
public class CardFirstController {

  static final String NEW_CONNECTION = "new-connection";

  @Inject
  CardRunner runner;

  @Inject
  ConnectionChoices choices;

  @Inject
  CardDrafts drafts;

  @Inject
  CurrentUser currentUser;

  @Inject
  Clock clock;

  @Inject
  Models models;

  @Context
  UriInfo uriInfo;

  @PathParam("card")
  String cardName;

  /**
   * @param connection the connection to choose, as New Connection's return names it
   * @param draft the key of the inputs kept when the person left for New Connection
   */
  @GET
  public String form(@QueryParam("connection") Long connection, @QueryParam("draft") String draft) {
    Card card = card();
    show(card, drafts.find(draft, card.getName(), clock.instant()).orElse(Map.of()), connection);
    return "card/choose.jsp";
  }

  /** Run with the chosen connection, or keep the inputs and go to New Connection. */
  @POST
  @CsrfProtected
  @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
  public Response submit(MultivaluedMap<String, String> form) {
    Card card = card();
    Map<String, String> inputs = CardForm.inputs(card, form);
    if (NEW_CONNECTION.equals(form.getFirst("intent"))) {
      String key = drafts.keep(card.getName(), inputs, clock.instant());
      String back = "/cards/" + card.getName() + "?draft=" + key;
      return Response.seeOther(uriInfo.getBaseUriBuilder().path("connections/new")
          .replaceQuery("next=" + URLEncoder.encode(back, StandardCharsets.UTF_8)).build()).build();
    }
    Long connectionId = parseId(form.getFirst("connection"));
    if (connectionId == null) {
      show(card, inputs, null);
      models.put("errors", Map.of("connection", "Choose the connection to run the card with."));
      return Response.status(Response.Status.BAD_REQUEST).entity("card/choose.jsp").build();
    }
    if (CardForm.mayRun(card, form)) {
      CardForm.run(models, () -> runner.run(currentUser.get(), connectionId, card, inputs));
    } else {
      CardForm.askToConfirm(models, () -> runner.confirmation(currentUser.get(), connectionId, card, inputs));
    }
    // the connections are listed after the run, as it left them: a run refused for a lost role has just marked
    // its connection, which must not still be offered as Active
    show(card, inputs, connectionId);
    return Response.ok("card/choose.jsp").build();
  }

  private void show(Card card, Map<String, String> values, Long chosen) {
    Choices offered = choices.of(currentUser.get(), chosen);
    models.put("card", card);
    models.put("values", values);
    if (models.get("errors") == null) {
      models.put("errors", Map.of());
    }
    models.put("choices", offered);
    models.put("chosen", chosen != null ? chosen
        : offered.usable().size() == 1 ? offered.usable().get(0).connection().getId() : null);
  }

  private static Long parseId(String value) {
    try {
      return value == null || value.isBlank() ? null : Long.valueOf(value.trim());
    } catch (NumberFormatException notAnId) {
      return null;
    }
  }

  private Card card() {
    return Card.named(cardName).orElseThrow(NotFoundException::new);
  }
}
