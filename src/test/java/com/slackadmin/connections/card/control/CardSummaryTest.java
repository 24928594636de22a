package com.slackadmin.connections.card.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import com.slackadmin.connections.slack.entity.SlackRole;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A card's result in one sentence, for people, before its table and JSON. */
class CardSummaryTest {

  private static final JsonObject ANN = Json.createObjectBuilder().add("id", "U0ANN").add("userName", "ann")
      .add("displayName", "Ann Lee").add("email", "ann@acme.example").add("active", true).build();

  @Test
  void aDeactivationNamesTheAccountAndTheOrganisation() {
    JsonObject output = Json.createObjectBuilder().add("id", "U0ANN").add("active", false).build();
    SlackIdentity ann = new SlackIdentity("U0ANN", "Ann Lee", "ann@acme.example", false, SlackRole.MEMBER, null,
        null);
    assertEquals("Deactivated Ann Lee (ann@acme.example) in Acme Corp.", CardSummary.of(Card.DEACTIVATE_USER,
        Map.of("userId", "U0ANN"), output, Map.of("U0ANN", ann), "Acme Corp"));
  }

  @Test
  void aPersonIsNamedByTheirFullNameBeforeTheirDisplayName() {
    JsonObject mia = Json.createObjectBuilder().add("id", "U0MIA").add("userName", "mia").add("displayName", "Mia")
        .add("givenName", "Mia").add("familyName", "Member").build();
    assertEquals("Mia Member", CardSummary.nameOf(mia));
    assertEquals("mia", CardSummary.nameOf(Json.createObjectBuilder().add("id", "U0MIA").add("userName", "mia")
        .build()));
  }

  @Test
  void otherCardsSayWhatTheyDidInWords() {
    JsonObject user = Json.createObjectBuilder().add("user", ANN).build();
    assertEquals("Ann Lee (ann@acme.example) in Acme Corp, active.",
        CardSummary.of(Card.READ_USER, Map.of("userId", "U0ANN"), user, Map.of(), "Acme Corp"));
    assertEquals("Activated Ann Lee (ann@acme.example) in Acme Corp.",
        CardSummary.of(Card.ACTIVATE_USER, Map.of("userId", "U0ANN"), user, Map.of(), "Acme Corp"));
    JsonObject page = Json.createObjectBuilder().add("totalResults", 1).add("startIndex", 1)
        .add("itemsPerPage", 1).add("users", Json.createArrayBuilder().add(ANN)).build();
    assertEquals("Found 1 user.", CardSummary.of(Card.SEARCH_USERS, Map.of(), page, Map.of(), "Acme Corp"));
    JsonObject group = Json.createObjectBuilder().add("group", Json.createObjectBuilder().add("id", "S0SUP")
        .add("displayName", "Support").add("members", Json.createArrayBuilder())).build();
    assertEquals("Added the account U0BOB to the group Support in Acme Corp.", CardSummary.of(
        Card.ADD_USER_TO_GROUP, Map.of("userId", "U0BOB", "groupId", "S0SUP"), group, Map.of(), "Acme Corp"));
    assertEquals("Slack answered with status 204 and no content.", CardSummary.of(Card.CUSTOM_API_ACTION, Map.of(),
        Json.createObjectBuilder().add("status", 204).addNull("body").build(), Map.of(), "Acme Corp"));
  }
}
