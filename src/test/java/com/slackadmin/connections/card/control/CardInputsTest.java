package com.slackadmin.connections.card.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.connection.control.UseRefusal;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Card inputs are checked before anything reaches Slack. */
class CardInputsTest {

  @ParameterizedTest(name = "{0} with {1}={2}: {3}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      read-user              | userId     | -                 | userId
      read-user              | userId     | u01 lower         | userId
      read-user              | userId     | U01PLUSME01"      | userId
      read-user              | userId     | ann@              | userId
      create-user            | email      | not-an-email      | email
      create-user            | userName   | -                 | userName
      search-users           | count      | 0                 | count
      search-users           | count      | 1001              | count
      search-users           | startIndex | two               | startIndex
      search-users           | colour     | blue              | colour
      add-user-to-group      | groupId    | -                 | groupId
      custom-api-action      | path       | /api/users.list   | path
      custom-api-action      | method     | TRACE             | method
      """)
  void anInvalidInputIsNamed(String cardName, String input, String value, String field) {
    Card card = Card.named(cardName).orElseThrow();
    Map<String, String> inputs = new HashMap<>(valid(card));
    inputs.put(input, value);
    UseRefusal failure = assertThrows(UseRefusal.class, () -> CardInputs.validate(card, inputs));
    assertEquals(UseRefusal.Reason.VALIDATION_FAILED, failure.reason());
    assertTrue(failure.fieldErrors().containsKey(field), failure.fieldErrors().toString());
  }

  /** Line breaks belong in a text area, a null byte nowhere: PostgreSQL cannot store it in the audit trail. */
  @Test
  void aControlCharacterIsRefusedInAOneLineInputAndANullByteAlsoInAMultiLineOne() {
    Map<String, String> custom = Map.of("method", "POST", "path", "/Users", "body", "{\n\t\"a\": 1\n}");
    assertEquals("POST", CardInputs.validate(Card.CUSTOM_API_ACTION, custom).get("method"));
    UseRefusal nul = assertThrows(UseRefusal.class, () -> CardInputs.validate(Card.CUSTOM_API_ACTION,
        Map.of("method", "POST", "path", "/Users", "body", "{\"a\": \"\u0000\"}")));
    assertTrue(nul.fieldErrors().get("body").contains("control character"), nul.fieldErrors().toString());
    UseRefusal tab = assertThrows(UseRefusal.class, () -> CardInputs.validate(Card.UPDATE_USER,
        Map.of("userId", "U01PLUSME01", "title", "Lead\tEngineer")));
    assertTrue(tab.fieldErrors().containsKey("title"), tab.fieldErrors().toString());
  }

  @Test
  void validInputsComeBackTrimmedWithoutEmptyOnes() {
    Map<String, String> clean = CardInputs.validate(Card.UPDATE_USER,
        Map.of("userId", " U01PLUSME01 ", "title", " Lead ", "email", ""));
    assertEquals(Map.of("userId", "U01PLUSME01", "title", "Lead"), clean);
  }

  @Test
  void aUserIsGivenByIdOrByEmail() {
    assertEquals(Map.of("userId", "ann@acme.example"),
        CardInputs.validate(Card.DEACTIVATE_USER, Map.of("userId", " ann@acme.example ")));
    assertEquals(Map.of("userId", "U0123ABCD"), CardInputs.validate(Card.ACTIVATE_USER, Map.of("userId", "U0123ABCD")));
  }

  @Test
  void cardRulesApply() {
    assertThrows(UseRefusal.class, () -> CardInputs.validate(Card.SEARCH_USERS,
        Map.of("email", "a@b.co", "userName", "ada")), "email or username, not both");
    assertThrows(UseRefusal.class, () -> CardInputs.validate(Card.UPDATE_USER, Map.of("userId", "U1")),
        "an update changes something");
    assertEquals("GET", CardInputs.validate(Card.CUSTOM_API_ACTION, Map.of("method", "get", "path", "/Users"))
        .get("method"));
  }

  @Test
  void filterValuesCannotExtendTheFilter() {
    assertEquals("\"a\\\" or userName pr \\\\\"", CardActions.quoted("a\" or userName pr \\"));
  }

  private static Map<String, String> valid(Card card) {
    return switch (card) {
      case READ_USER -> Map.of("userId", "U01PLUSME01");
      case CREATE_USER -> Map.of("userName", "new.person", "email", "new@plus.example");
      case ADD_USER_TO_GROUP -> Map.of("groupId", "S01SUPPORT1", "userId", "U01PLUSME01");
      case CUSTOM_API_ACTION -> Map.of("method", "GET", "path", "/Users");
      default -> Map.of();
    };
  }
}
