package com.slackadmin.connections.sandbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slackadmin.connections.sandbox.control.RateLimiter.Limit;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The limits the sandbox enforces are Slack's published ones: the SCIM API rate limits page
 * (docs.slack.dev/reference/scim-api/rate-limits), org-wide sets and per-endpoint limits, and the Web API tiers.
 */
class PublishedLimitsTest {

  @ParameterizedTest(name = "{0} {1}{2}: {3}")
  @CsvSource(delimiter = '|', value = {
      // method | resource | path       | limits, in order: name/per minute/burst
      "GET     | Users    | ''         | scim-reads/1000/1000",
      "GET     | Users    | /<id>      | scim-reads/1000/1000 scim-get-user/300/300",
      "POST    | Users    | ''         | scim-writes/600/180 scim-create-user/180/20",
      "PUT     | Users    | /<id>      | scim-writes/600/180 scim-update-user/180/20",
      "PATCH   | Users    | /<id>      | scim-writes/600/180 scim-update-user/180/20",
      "DELETE  | Users    | /<id>      | scim-writes/600/180 scim-delete-user/180/20",
      "GET     | Groups   | ''         | scim-reads/1000/1000",
      "GET     | Groups   | /<id>      | scim-reads/1000/1000 scim-get-group/300/300",
      "POST    | Groups   | ''         | scim-writes/600/180 scim-create-group/180/20",
      "PUT     | Groups   | /<id>      | scim-writes/600/180 scim-update-group/180/80",
      "PATCH   | Groups   | /<id>      | scim-writes/600/180 scim-update-group/180/80",
      "DELETE  | Groups   | /<id>      | scim-writes/600/180 scim-delete-group/180/20",
      "GET     | Schemas  | ''         | scim-reads/1000/1000",
      "DELETE  | Users    | ''         | scim-writes/600/180"})
  void scimCallsCountTowardTheirSetAndTheirEndpoint(String method, String resource, String path, String limits) {
    assertEquals(parse(limits), PublishedLimits.forScim(method, resource, !path.isEmpty()));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource({"users.info, tier4/100/100", "team.info, tier3/50/50", "team.billing.info, tier3/50/50",
      "users.list, tier2/20/20", "auth.teams.list, tier2/20/20", "auth.test, ''", "oauth.v2.access, ''",
      "auth.revoke, ''"})
  void webApiMethodsByTier(String method, String limits) {
    assertEquals(parse(limits), PublishedLimits.forMethod(method));
  }

  private static List<Limit> parse(String limits) {
    return limits == null || limits.isBlank() ? List.of()
        : Arrays.stream(limits.trim().split("\\s+")).map(l -> l.split("/"))
            .map(p -> new Limit(p[0], Integer.parseInt(p[1]), Integer.parseInt(p[2]))).toList();
  }
}
