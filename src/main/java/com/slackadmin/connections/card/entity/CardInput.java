package com.slackadmin.connections.card.entity;

import java.util.List;

/**
 * One input of a card, as its form field and its JSON property are named.
 *
 * @param choices the allowed values for a {@link Type#CHOICE}, else empty
 */
public record CardInput(String name, String label, Type type, boolean required, String help, List<String> choices) {

  /** How an input is entered and checked. */
  public enum Type {
    TEXT,
    EMAIL,
    SLACK_ID,
    NUMBER,
    CHOICE,
    MULTILINE,
    /** An account, by its Slack user id or by its email (found in the connection's organisation). */
    USER
  }

  public static CardInput required(String name, String label, Type type, String help) {
    return new CardInput(name, label, type, true, help, List.of());
  }

  public static CardInput optional(String name, String label, Type type, String help) {
    return new CardInput(name, label, type, false, help, List.of());
  }

  public static CardInput choice(String name, String label, String help, List<String> choices) {
    return new CardInput(name, label, Type.CHOICE, true, help, choices);
  }

  public boolean isMultiline() {
    return type == Type.MULTILINE;
  }

  public boolean isChoice() {
    return type == Type.CHOICE;
  }

  public String getName() {
    return name;
  }

  public String getLabel() {
    return label;
  }

  public String getHelp() {
    return help;
  }

  public boolean isRequired() {
    return required;
  }

  public List<String> getChoices() {
    return choices;
  }

  public String getInputType() {
    return switch (type) {
      case EMAIL -> "email";
      case NUMBER -> "number";
      default -> "text";
    };
  }
}
