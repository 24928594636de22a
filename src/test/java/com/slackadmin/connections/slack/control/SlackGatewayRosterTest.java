package com.slackadmin.connections.slack.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.slack.control.CannedWebApi.Answer;
import com.slackadmin.connections.slack.control.CannedWebApi.Asked;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import com.slackadmin.connections.slack.entity.SlackRole;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code SlackGateway.roster} against a stand-in that answers {@code users.list} with canned pages, through the
 * Slack SDK as the application configures it: the pages it asks for, how it reads each member, and Slack's
 * refusals.
 */
class SlackGatewayRosterTest {

  private CannedWebApi slack;
  private SlackGateway gateway;

  @BeforeEach
  void start() {
    slack = CannedWebApi.answering("users.list");
    gateway = slack.gateway();
  }

  @AfterEach
  void stop() {
    slack.close();
  }

  /** The forms of the pages asked for, in order. */
  private List<Map<String, String>> asked() {
    return slack.asked.stream().map(Asked::form).toList();
  }

  @Test
  void followsEveryCursorInPagesOfTwoHundredUntilTheCursorIsEmpty() {
    page("\"c2\"", member("U1", ""), member("U2", ""));
    page("\"c3\""); // Slack may answer a page with fewer members than asked for, even none, before the end
    page("\"\"", member("U3", ""));

    List<SlackIdentity> roster = gateway.roster("xoxp-1", null);

    assertEquals(List.of("U1", "U2", "U3"), roster.stream().map(SlackIdentity::userId).toList());
    assertEquals(3, asked().size());
    asked().forEach(request -> assertEquals("200", request.get("limit")));
    assertNull(asked().get(0).get("cursor"), "the first page names no cursor");
    assertEquals("c2", asked().get(1).get("cursor"));
    assertEquals("c3", asked().get(2).get("cursor"));
    asked().forEach(request -> assertFalse(request.containsKey("team_id"), "a workspace token names no team"));
  }

  @Test
  void anOrgWideTokenNamesTheWorkspaceOnEveryPage() {
    page("\"c2\"", member("W1", ""));
    page("\"\"", member("W2", ""));

    assertEquals(2, gateway.roster("xoxp-org", "T04NORTH001").size());

    assertEquals(List.of("T04NORTH001", "T04NORTH001"), asked().stream().map(r -> r.get("team_id")).toList());
  }

  @Test
  void aPageWithoutResponseMetadataIsTheLast() {
    slack.answers.add(new Answer(200, null, "{\"ok\":true,\"members\":[" + member("U1", "") + "]}"));
    assertEquals(1, gateway.roster("xoxp-1", null).size());
    assertEquals(1, asked().size());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', nullValues = "-", value = {
      "primary owner | \"is_primary_owner\":true,\"is_owner\":true,\"is_admin\":true | PRIMARY_OWNER | -",
      "owner         | \"is_owner\":true,\"is_admin\":true                           | OWNER         | -",
      "admin         | \"is_admin\":true                                             | ADMIN         | -",
      "member        | \"is_admin\":false                                            | MEMBER        | -",
      "guest         | \"is_restricted\":true                                        | GUEST         | -",
      "single-channel guest | \"is_ultra_restricted\":true                           | GUEST         | -",
      "org owner     | \"enterprise_user\":{\"enterprise_id\":\"E1\",\"is_owner\":true}        | MEMBER | OWNER",
      "org admin     | \"is_admin\":true,\"enterprise_user\":{\"enterprise_id\":\"E1\",\"is_admin\":true} | ADMIN | ADMIN",
      "org member    | \"enterprise_user\":{\"enterprise_id\":\"E1\"}                | MEMBER        | MEMBER"})
  void readsEachMemberAsUsersInfoIsRead(String who, String flags, SlackRole workspaceRole, SlackRole orgRole) {
    page("\"\"", member("U9", "," + flags));

    SlackIdentity identity = gateway.roster("xoxp-1", null).get(0);

    assertEquals(workspaceRole, identity.workspaceRole());
    assertEquals(orgRole, identity.orgRole());
    assertEquals(orgRole == null ? null : "E1", identity.enterpriseId());
    assertEquals("u9@example.com", identity.email());
    assertEquals("Person U9", identity.name());
  }

  @Test
  void deactivatedAccountsAreListedAsDeleted() {
    page("\"\"", member("U1", ",\"deleted\":true"), member("U2", ""));
    List<SlackIdentity> roster = gateway.roster("xoxp-1", null);
    assertTrue(roster.get(0).deleted());
    assertFalse(roster.get(1).deleted());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"missing_argument, false", "invalid_cursor, false", "missing_scope, false", "invalid_auth, true",
      "token_revoked, true"})
  void slacksRefusalIsASlackExceptionNamingIt(String error, boolean tokenGone) {
    slack.answers.add(new Answer(200, null, "{\"ok\":false,\"error\":\"" + error + "\"}"));
    SlackException refused = assertThrows(SlackException.class, () -> gateway.roster("xoxp-1", null));
    assertEquals(error, refused.error());
    assertEquals(tokenGone, refused.tokenGone());
  }

  @Test
  void aRefusalAfterTheFirstPageFailsTheWholeRoster() {
    page("\"c2\"", member("U1", ""));
    slack.answers.add(new Answer(200, null, "{\"ok\":false,\"error\":\"invalid_cursor\"}"));
    assertEquals("invalid_cursor", assertThrows(SlackException.class, () -> gateway.roster("xoxp-1", null)).error());
  }

  @Test
  void aShortRateLimitIsWaitedOutAndTheSamePageAskedAgain() {
    page("\"c2\"", member("U1", ""));
    slack.answers.add(new Answer(429, "1", "{\"ok\":false,\"error\":\"ratelimited\"}"));
    page("\"\"", member("U2", ""));

    assertEquals(2, gateway.roster("xoxp-1", null).size());

    assertEquals(Arrays.asList(null, "c2", "c2"), asked().stream().map(r -> r.get("cursor")).toList());
  }

  @Test
  void aLongRateLimitFailsWithSlacksRetryAfter() {
    slack.answers.add(new Answer(429, "60", "{\"ok\":false,\"error\":\"ratelimited\"}"));
    SlackException limited = assertThrows(SlackException.class, () -> gateway.roster("xoxp-1", null));
    assertEquals("ratelimited", limited.error());
    assertEquals(60, limited.retryAfterSeconds());
  }

  @Test
  void aCursorThatNamesTheSamePageAgainIsNotFollowedForEver() {
    page("\"c2\"", member("U1", ""));
    page("\"c2\"", member("U2", ""));
    assertEquals("invalid_response",
        assertThrows(SlackException.class, () -> gateway.roster("xoxp-1", null)).error());
    assertEquals(2, asked().size());
  }

  private void page(String nextCursor, String... members) {
    slack.answers.add(new Answer(200, null, "{\"ok\":true,\"members\":[" + String.join(",", members)
        + "],\"cache_ts\":1700000000,\"response_metadata\":{\"next_cursor\":" + nextCursor + "}}"));
  }

  /** A member as Slack lists one; {@code more} adds fields (starting with a comma). */
  private static String member(String id, String more) {
    return "{\"id\":\"" + id + "\",\"team_id\":\"T1\",\"name\":\"" + id.toLowerCase() + "\",\"deleted\":false,"
        + "\"real_name\":\"Person " + id + "\",\"profile\":{\"email\":\"" + id.toLowerCase() + "@example.com\"}"
        + more + "}";
  }
}
