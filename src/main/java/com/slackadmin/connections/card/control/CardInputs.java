package com.slackadmin.connections.card.control;

import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.card.entity.CardInput;
import com.slackadmin.connections.connection.control.UseRefusal;
import com.slackadmin.connections.platform.PlainText;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Checks a card's inputs before anything is sent to Slack: required inputs, the form of emails, Slack ids
 * and numbers, and the rules of single cards. Answers the inputs trimmed, without empty ones.
 */
public final class CardInputs {

  static final int MAX_TEXT = 255;
  static final int MAX_MULTILINE = 20_000;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern SLACK_ID = Pattern.compile("[A-Z0-9]{2,32}");

  private CardInputs() {}

  /** @throws UseRefusal {@code validation_failed}, with a message per input */
  public static Map<String, String> validate(Card card, Map<String, String> raw) {
    Map<String, String> errors = new TreeMap<>();
    Map<String, String> clean = new LinkedHashMap<>();
    raw.keySet().stream().filter(name -> card.getInputs().stream().noneMatch(i -> i.name().equals(name)))
        .forEach(name -> errors.put(name, "This is not an input of " + card.getTitle() + "."));
    for (CardInput input : card.getInputs()) {
      String value = raw.get(input.name());
      value = value == null ? null : (input.isMultiline() ? value.strip() : value.trim());
      if (value == null || value.isEmpty()) {
        if (input.required()) {
          errors.put(input.name(), input.label() + " is required.");
        }
        continue;
      }
      String problem = problem(input, value);
      if (problem != null) {
        errors.put(input.name(), problem);
      } else {
        clean.put(input.name(), input.type() == CardInput.Type.CHOICE ? value.toUpperCase(Locale.ROOT) : value);
      }
    }
    cardRules(card, clean, errors);
    if (!errors.isEmpty()) {
      throw UseRefusal.invalid(errors);
    }
    return clean;
  }

  static String problem(CardInput input, String value) {
    if (input.isMultiline()) {
      return value.length() > MAX_MULTILINE ? input.label() + " is too long."
          : PlainText.Check.isPlain(value, true) ? null
              : input.label() + " holds a control character (such as a null byte) that cannot be stored.";
    }
    if (value.length() > MAX_TEXT || !PlainText.Check.isPlain(value, false)) {
      return input.label() + " must be one line of at most " + MAX_TEXT + " characters.";
    }
    return switch (input.type()) {
      case EMAIL -> EMAIL.matcher(value).matches() ? null : input.label() + " must be an email address.";
      case SLACK_ID -> SLACK_ID.matcher(value).matches() ? null
          : input.label() + " must be a Slack id: capital letters and digits, such as U0123ABCD.";
      case USER -> SLACK_ID.matcher(value).matches() || isEmail(value) ? null
          : input.label() + " must be the account's email or its Slack user id (capital letters and digits, such "
              + "as U0123ABCD).";
      case NUMBER -> number(input, value);
      case CHOICE -> input.choices().contains(value.toUpperCase(Locale.ROOT)) ? null
          : input.label() + " must be one of " + String.join(", ", input.choices()) + ".";
      default -> null;
    };
  }

  /** Whether an input names an account by its email rather than its id. */
  public static boolean isEmail(String value) {
    return value != null && EMAIL.matcher(value).matches();
  }

  private static String number(CardInput input, String value) {
    int max = "count".equals(input.name()) ? 1000 : Integer.MAX_VALUE;
    try {
      int number = Integer.parseInt(value);
      return number >= 1 && number <= max ? null : input.label() + " must be between 1 and " + max + ".";
    } catch (NumberFormatException notANumber) {
      return input.label() + " must be a whole number.";
    }
  }

  private static void cardRules(Card card, Map<String, String> clean, Map<String, String> errors) {
    switch (card) {
      case SEARCH_USERS -> {
        if (clean.containsKey("email") && clean.containsKey("userName")) {
          errors.put("userName", "Search by email or by username, not both.");
        }
      }
      case UPDATE_USER -> {
        if (clean.keySet().stream().noneMatch(name -> !name.equals("userId"))) {
          errors.put("userId", "Give at least one attribute to change.");
        }
      }
      case CUSTOM_API_ACTION -> {
        if (!errors.containsKey("method") && !errors.containsKey("path")) {
          CustomRequestRule.check(clean.get("method"), clean.get("path"), clean.get("query"), clean.get("headers"),
              clean.get("body"), errors);
        }
      }
      default -> {
        // the inputs' own checks are all this card needs
      }
    }
  }
}
