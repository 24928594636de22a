package com.slackadmin.connections.connection.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ReturnPathTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(nullValues = "none", value = {
      "/cards/deactivate-user, /cards/deactivate-user",
      "/cards/read-user?draft=Ab_9-x, /cards/read-user?draft=Ab_9-x",
      "/connections, /connections",
      "/connections?view=mine&sort=nickname&status=&q=acme+%25+grid&page=2, "
          + "/connections?view=mine&sort=nickname&status=&q=acme+%25+grid&page=2",
      "/connections?q=a%2F%2Fb, /connections?q=a%2F%2Fb",
      "none, none",
      "'', none",
      "cards/read-user, none",
      "//evil.example/cards, none",
      "https://evil.example, none",
      "/\\evil.example, none",
      "/cards/../signout, none",
      "/cards/read-user?next=https://evil.example, none",
      "/cards/read-user#x, none",
      "/Cards/Read-User, none",
      "'/cards/read-user\r\nSet-Cookie: a=b', none",
  })
  void onlyPagesOfTheConsoleAreKept(String asked, String kept) {
    assertEquals(kept, ReturnPath.checked(asked));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
      "/cards/read-user, /cards/read-user?connection=7",
      "/cards/read-user?draft=abc, /cards/read-user?draft=abc&connection=7",
  })
  void theReturnIsToldTheNewConnection(String path, String returned) {
    assertEquals(returned, ReturnPath.withConnection(path, 7));
  }
}
