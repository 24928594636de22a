package com.slackadmin.connections.sandbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScimFilterTest {

  @ParameterizedTest(name = "{0} -> {1} = {2}")
  @CsvSource(delimiter = '|', value = {
      "userName eq \"ada\"                 | userName    | ada",
      "USERNAME EQ \"Ada\"                 | userName    | Ada",
      "emails eq \"a@b.example\"           | emails      | a@b.example",
      "email eq \"a@b.example\"            | emails      | a@b.example",
      "emails.value eq \"a@b.example\"     | emails      | a@b.example",
      "displayName eq \"Eng \\\"core\\\"\" | displayName | Eng \"core\"",
      "  id eq \"W1\"  " + "| id          | W1"})
  void supportedFiltersAreOneEqualityComparison(String filter, String attribute, String value) {
    ScimFilter parsed = ScimFilter.parse(filter);
    assertEquals(attribute, parsed.attribute());
    assertEquals(value, parsed.value());
  }

  @ParameterizedTest
  @ValueSource(strings = {"userName co \"a\"", "userName eq ada", "title eq \"x\"",
      "userName eq \"a\" and active eq true", "eq \"a\""})
  void anythingElseIsABadRequest(String filter) {
    assertEquals(400, assertThrows(ScimError.class, () -> ScimFilter.parse(filter)).status());
  }

  @Test
  void noFilterMeansEverythingAndValuesCompareIgnoringCase() {
    assertNull(ScimFilter.parse(" "));
    assertTrue(ScimFilter.parse("userName eq \"ADA\"").matches("ada"));
  }

  @ParameterizedTest(name = "startIndex={0} count={1} of 5 -> {2}")
  @CsvSource(nullValues = "NONE", value = {
      "NONE, NONE, 1-2-3-4-5",
      "2,    2,    2-3",
      "0,    1,    1",
      "5,    10,   5",
      "6,    10,   ''",
      "1,    0,    ''"})
  void pagingIsOneBasedAndCapped(String startIndex, String count, String expected) {
    List<Integer> page = ScimPaging.of(startIndex, count).page(List.of(1, 2, 3, 4, 5));
    assertEquals(expected, String.join("-", page.stream().map(String::valueOf).toList()));
  }

  @Test
  void countIsCappedAtSlacksMaximum() {
    assertEquals(1000, ScimPaging.of("1", "5000").count());
    assertEquals(100, ScimPaging.of(null, null).count());
  }
}
