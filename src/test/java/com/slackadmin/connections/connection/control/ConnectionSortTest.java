package com.slackadmin.connections.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each order must stay exactly the columns of its index in V7, or H2 sorts the whole view again. */
class ConnectionSortTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      NICKNAME  | true  | c.owner.id, c.nicknameKey
      NICKNAME  | false | c.nicknameKey, c.id
      LAST_USED | true  | c.owner.id, c.lastUsedAt desc nulls last, c.nicknameKey
      LAST_USED | false | c.lastUsedAt desc nulls last, c.nicknameKey, c.id
      """)
  void theOrderIsTheIndexColumnForColumn(ConnectionSort sort, boolean oneOwner, String expected) {
    assertEquals(expected, sort.orderBy(oneOwner));
  }
}
