package com.slackadmin.connections.card.control;

import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.slack.entity.ScimRequest;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * What a card run with valid inputs will do, decided before Slack is asked anything: what the audit trail
 * names as its target, which accounts it changes (for the hierarchy rule), and for the Custom API Action the
 * checked request.
 */
public record CardPlan(Card card, Map<String, String> inputs, String target, Set<String> changedUsers,
    ScimRequest customRequest) {

  public static CardPlan of(Card card, Map<String, String> inputs) {
    String user = inputs.get("userId");
    String group = inputs.get("groupId");
    return switch (card) {
      case SEARCH_USERS -> new CardPlan(card, inputs, inputs.getOrDefault("email", inputs.get("userName")),
          Set.of(), null);
      case SEARCH_GROUPS -> new CardPlan(card, inputs, inputs.get("displayName"), Set.of(), null);
      case CREATE_USER -> new CardPlan(card, inputs, inputs.get("userName"), Set.of(), null);
      case READ_USER -> new CardPlan(card, inputs, user, Set.of(), null);
      case READ_GROUP -> new CardPlan(card, inputs, group, Set.of(), null);
      case UPDATE_USER, DEACTIVATE_USER, ACTIVATE_USER -> new CardPlan(card, inputs, user, Set.of(user), null);
      case ADD_USER_TO_GROUP, REMOVE_USER_FROM_GROUP -> new CardPlan(card, inputs, user + " in " + group,
          Set.of(user), null);
      case CUSTOM_API_ACTION -> custom(card, inputs);
    };
  }

  private static CardPlan custom(Card card, Map<String, String> inputs) {
    CustomRequestRule.Checked checked = CustomRequestRule.check(inputs.get("method"), inputs.get("path"),
        inputs.get("query"), inputs.get("headers"), inputs.get("body"), new HashMap<>());
    // the target names the request, never its headers or body, which may hold secrets
    return new CardPlan(card, inputs, checked.request().method() + " " + checked.request().path(),
        checked.changedUsers(), checked.request());
  }
}
