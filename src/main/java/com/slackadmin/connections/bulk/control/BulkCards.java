package com.slackadmin.connections.bulk.control;

import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.card.entity.CardInput;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The cards a bulk run takes, and the columns of their CSV. Pure. A card that acts on one account named by its
 * user id also takes an {@code email} column instead (the console's "one id or email per line"): the run finds
 * the account by its email in the roster it reads from Slack anyway for the hierarchy rule.
 */
public final class BulkCards {

  public static final Set<Card> CARDS = EnumSet.of(Card.DEACTIVATE_USER, Card.ACTIVATE_USER, Card.UPDATE_USER,
      Card.ADD_USER_TO_GROUP, Card.REMOVE_USER_FROM_GROUP, Card.READ_USER, Card.CREATE_USER);

  /** The column that names an account by email, for cards whose inputs have no email of their own. */
  public static final String EMAIL = "email";
  static final String USER_ID = "userId";

  private BulkCards() {}

  public static boolean takes(Card card) {
    return CARDS.contains(card);
  }

  public static List<Card> all() {
    return List.copyOf(CARDS);
  }

  /** Whether rows may name the account by email instead of its user id. */
  public static boolean findsByEmail(Card card) {
    List<String> names = card.getInputs().stream().map(CardInput::getName).toList();
    return names.contains(USER_ID) && !names.contains(EMAIL);
  }

  /** The CSV columns the card takes, in its inputs' order. */
  public static List<String> columns(Card card) {
    List<String> columns = new ArrayList<>(card.getInputs().stream().map(CardInput::getName).toList());
    if (findsByEmail(card)) {
      columns.add(columns.indexOf(USER_ID) + 1, EMAIL);
    }
    return columns;
  }

  /**
   * The columns the header must have: the card's required inputs, except that {@code userId} may be replaced
   * by {@code email} (which one a row gives is checked per row).
   */
  public static Set<String> requiredColumns(Card card) {
    Set<String> required = new LinkedHashSet<>();
    card.getInputs().stream().filter(CardInput::isRequired).map(CardInput::getName).forEach(required::add);
    if (findsByEmail(card)) {
      required.remove(USER_ID);
    }
    return required;
  }
}
