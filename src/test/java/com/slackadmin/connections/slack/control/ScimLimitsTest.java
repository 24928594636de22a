package com.slackadmin.connections.slack.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Slack's published SCIM limits, call by call, as docs.slack.dev/reference/scim-api/rate-limits lists them. */
class ScimLimitsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      GET    | /Users           | reads:1000/1000
      GET    | /Users/W0123     | reads:1000/1000 get-user:300/300
      POST   | /Users           | writes:600/180 create-user:180/20
      PATCH  | /Users/W0123     | writes:600/180 update-user:180/20
      PUT    | /Users/W0123     | writes:600/180 update-user:180/20
      DELETE | /Users/W0123     | writes:600/180 delete-user:180/20
      GET    | /Groups          | reads:1000/1000
      GET    | /Groups/S0123    | reads:1000/1000 get-group:300/300
      POST   | /Groups          | writes:600/180 create-group:180/20
      PATCH  | /Groups/S0123    | writes:600/180 update-group:180/80
      DELETE | /Groups/S0123    | writes:600/180 delete-group:180/20
      POST   | /Users/W0123     | writes:600/180
      """)
  void aCallCountsAgainstItsSetAndItsEndpoint(String method, String path, String expected) {
    assertEquals(expected, ScimLimits.of(method, path).stream()
        .map(l -> l.name() + ":" + l.perMinute() + "/" + l.burst()).collect(Collectors.joining(" ")));
  }

  @ParameterizedTest
  @CsvSource({"GET /Users/{id}, get-user", "DELETE /Users/{id}, delete-user", "PATCH /Groups/{id}, update-group"})
  void theGatewaysPathTemplatesCountAsOneResource(String what, String endpoint) {
    String[] parts = what.split(" ");
    assertEquals(endpoint, ScimLimits.of(parts[0], parts[1]).get(1).name(),
        Arrays.toString(parts));
  }
}
