package com.slackadmin.connections.card.control;

import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.slack.entity.ScimRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a card run with valid inputs will do, decided before Slack is asked anything: what the audit trail
 * names as its target, which accounts it changes ({@link HierarchyRule#changedUsers}), and for the Custom API
 * Action the checked request.
 */
public record CardPlan(Card card, Map<String, String> inputs, String target, Set<String> changedUsers,
    ScimRequest customRequest) {

  public static CardPlan of(Card card, Map<String, String> inputs) {
    ScimRequest custom = card == Card.CUSTOM_API_ACTION ? CustomRequestRule.check(inputs.get("method"),
        inputs.get("path"), inputs.get("query"), inputs.get("headers"), inputs.get("body"), new HashMap<>()) : null;
    return new CardPlan(card, inputs, target(card, inputs, custom), HierarchyRule.changedUsers(card, inputs, custom),
        custom);
  }

  private static String target(Card card, Map<String, String> inputs, ScimRequest custom) {
    String user = inputs.get("userId");
    return switch (card) {
      case SEARCH_USERS -> inputs.getOrDefault("email", inputs.get("userName"));
      case SEARCH_GROUPS -> inputs.get("displayName");
      case CREATE_USER -> inputs.get("userName");
      case READ_USER, UPDATE_USER, DEACTIVATE_USER, ACTIVATE_USER -> user;
      case READ_GROUP -> inputs.get("groupId");
      case ADD_USER_TO_GROUP, REMOVE_USER_FROM_GROUP -> user + " in " + inputs.get("groupId");
      // the target names the request, never its headers or body, which may hold secrets
      case CUSTOM_API_ACTION -> custom.method() + " " + custom.path();
    };
  }
}
