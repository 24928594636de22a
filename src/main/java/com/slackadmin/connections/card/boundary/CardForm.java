package com.slackadmin.connections.card.boundary;

import com.slackadmin.connections.card.control.CardRunner;
import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.card.entity.CardInput;
import com.slackadmin.connections.card.entity.CardResult;
import com.slackadmin.connections.connection.control.UseRefusal;
import jakarta.mvc.Models;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * What both card pages (from a connection, and from the card) do with a submitted card form: read the card's
 * inputs, run it, and put its output, or why it did not run, in the page's model.
 */
final class CardForm {

  private CardForm() {}

  /** The card's inputs as typed, in the card's order; a field left out is null. */
  static Map<String, String> inputs(Card card, MultivaluedMap<String, String> form) {
    Map<String, String> inputs = new LinkedHashMap<>();
    for (CardInput input : card.getInputs()) {
      inputs.put(input.name(), form.getFirst(input.name()));
    }
    return inputs;
  }

  /** The field a confirmation's form sends, so that the run goes ahead. */
  static final String CONFIRMED = "confirmed";

  /**
   * Whether the run may go ahead: at once for most cards; for a card that {@link Card#asksToConfirm()}, only from
   * the confirmation's own form.
   */
  static boolean mayRun(Card card, MultivaluedMap<String, String> form) {
    return !card.asksToConfirm() || "yes".equals(form.getFirst(CONFIRMED));
  }

  /** Reads the account the card would change and asks to confirm, or says why it cannot. */
  static void askToConfirm(Models models, Supplier<CardRunner.Confirmation> confirmation) {
    try {
      models.put("confirmation", confirmation.get());
    } catch (UseRefusal failed) {
      models.put("failure", failed);
      models.put("errors", failed.fieldErrors());
    }
  }

  static void run(Models models, Supplier<CardResult> run) {
    try {
      CardResult result = run.get();
      models.put("result", result);
      models.put("outputJson", JsonText.pretty(result.output()));
      models.put("scimJson", JsonText.pretty(result.scim()));
    } catch (UseRefusal failed) {
      models.put("failure", failed);
      models.put("errors", failed.fieldErrors());
    }
  }
}
