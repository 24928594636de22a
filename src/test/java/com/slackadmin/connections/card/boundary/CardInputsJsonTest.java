package com.slackadmin.connections.card.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.slackadmin.connections.platform.api.ApiException;
import com.slackadmin.connections.platform.api.ErrorCode;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A script's JSON inputs as the card's text inputs: objects for {@code query} and {@code headers} are joined,
 * and an entry that would split into entries the script never wrote is refused.
 */
class CardInputsJsonTest {

  @org.junit.jupiter.api.Test
  void queryAndHeaderObjectsBecomeTheTextForm() {
    Map<String, String> inputs = CardInputsJson.toInputs(json("""
        {"method": "GET", "path": "/Users", "count": 2, "query": {"startIndex": "1", "count": 5},
         "headers": {"X-Trace": "abc"}}"""));
    assertEquals("startIndex=1&count=5", inputs.get("query"));
    assertEquals("X-Trace: abc", inputs.get("headers"));
    assertEquals("2", inputs.get("count"));
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"headers\": {\"X-Trace\": \"a\\r\\nAuthorization: Bearer other\"}}",
      "{\"headers\": {\"X-Trace\": \"a\\nX-Other: b\"}}",
      "{\"headers\": {\"X-Trace\\nX-Other\": \"b\"}}",
      "{\"query\": {\"filter\": \"a&count=1000\"}}"})
  void anEntryThatWouldSplitIsRefused(String body) {
    ApiException refused = assertThrows(ApiException.class, () -> CardInputsJson.toInputs(json(body)));
    assertEquals(ErrorCode.VALIDATION_FAILED, refused.apiCode());
    assertEquals(422, refused.apiStatus());
  }

  @ParameterizedTest
  @ValueSource(strings = {"[1,2]", "null", "\"x\"", "42", "true", "{", "{\"userId\": }", "not json", "{} {}"})
  void aBodyThatIsNotOneJsonObjectIsAMalformedRequest(String body) {
    ApiException refused = assertThrows(ApiException.class, () -> CardInputsJson.parse(body));
    assertEquals(ErrorCode.VALIDATION_FAILED, refused.apiCode());
    assertEquals(400, refused.apiStatus());
    assertEquals(CardInputsJson.NOT_AN_OBJECT, refused.getMessage());
  }

  @org.junit.jupiter.api.Test
  void aBodyNestedDeeperThanTheParserAllowsIsAMalformedRequest() {
    String deep = "{\"a\":".repeat(5_000) + "1" + "}".repeat(5_000);
    ApiException refused = assertThrows(ApiException.class, () -> CardInputsJson.parse(deep));
    assertEquals(400, refused.apiStatus());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "{}"})
  void noBodyOrAnEmptyObjectIsNoInputs(String body) {
    assertEquals(Map.of(), CardInputsJson.toInputs(CardInputsJson.parse(body)));
  }

  @org.junit.jupiter.api.Test
  void anObjectIsTheInputs() {
    assertEquals(Map.of("userId", "U01"), CardInputsJson.toInputs(CardInputsJson.parse(" {\"userId\": \"U01\"} ")));
  }

  private static JsonObject json(String text) {
    return Json.createReader(new StringReader(text)).readObject();
  }
}
