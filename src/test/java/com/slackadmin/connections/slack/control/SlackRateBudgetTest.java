package com.slackadmin.connections.slack.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.platform.DataGrid;
import com.slackadmin.connections.slack.control.ScimLimits.Limit;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-org budget against Slack's published limits, on a clock the test moves. */
class SlackRateBudgetTest {

  private final MovableClock clock = new MovableClock();
  private final SlackRateBudget budget = budget(1);

  private SlackRateBudget budget(double timeScale) {
    SlackRateBudget made = new SlackRateBudget();
    made.grid = new DataGrid();
    made.clock = clock;
    made.timeScale = timeScale;
    return made;
  }

  @Test
  void aBurstGoesAtOnceThenCallsArePacedAtTheSustainedRate() {
    for (int i = 0; i < 20; i++) {
      assertEquals(Duration.ZERO, reserveDelete("E1"), "call " + (i + 1) + " of the burst of 20");
    }
    // 180 a minute less the margin: one every 340 ms, queued in order
    assertEquals(340, reserveDelete("E1").toMillis(), 1);
    assertEquals(680, reserveDelete("E1").toMillis(), 1);
  }

  @Test
  void overAMinuteAtMostTheBurstPlusTheSustainedRateGoes() {
    int made = 0;
    for (int second = 0; second < 60; second++) {
      while (budget.reserve("E1", ScimLimits.of("DELETE", "/Users/{id}"), Duration.ZERO) != null) {
        made++;
      }
      clock.advance(Duration.ofSeconds(1));
    }
    assertTrue(made >= 20 + 0.95 * 180 && made <= 20 + 180, "made " + made);
  }

  @Test
  void theHealthSweepsWebApiCallsArePacedAtEachMethodsTier() {
    List<Limit> check = List.of(WebApiLimits.of("users.info"), WebApiLimits.of("team.billing.info"));
    for (int i = 0; i < 5; i++) {
      assertEquals(Duration.ZERO, budget.reserve("T1", check, Duration.ofHours(1)), "check " + (i + 1));
    }
    // team.billing.info is Tier 3: 50 a minute less the margin, one every 1225 ms
    assertEquals(1225, budget.reserve("T1", check, Duration.ofHours(1)).toMillis(), 1);
    // users.info alone (a Grid connection) is Tier 4, a bucket of its own: 5 of its burst of 10 are left
    for (int i = 0; i < 4; i++) {
      assertEquals(Duration.ZERO, budget.reserve("T1", List.of(WebApiLimits.of("users.info")), Duration.ZERO));
    }
    assertEquals(612, budget.reserve("T1", List.of(WebApiLimits.of("users.info")), Duration.ofHours(1)).toMillis(),
        1);
  }

  @Test
  void orgsHaveTheirOwnBudgets() {
    for (int i = 0; i < 20; i++) {
      reserveDelete("E1");
    }
    assertEquals(Duration.ZERO, reserveDelete("T2"));
  }

  @Test
  void aCallThatWouldWaitLongerThanTheCallerCanTakesNothing() {
    for (int i = 0; i < 20; i++) {
      reserveDelete("E1");
    }
    assertNull(budget.reserve("E1", ScimLimits.of("DELETE", "/Users/{id}"), Duration.ofMillis(100)));
    // nothing was taken: the next caller waits no longer than the first would have
    assertEquals(340, reserveDelete("E1").toMillis(), 1);
  }

  @Test
  void a429HoldsTheOrgForRetryAfterAndSlowsItDownForAWhile() {
    budget.slowDown("E1", Duration.ofSeconds(30));
    assertEquals(30, reserveDelete("E1").toSeconds());
    assertEquals(SlackRateBudget.SLOWDOWN, budget.pace("E1"), 1e-9);
    clock.advance(Duration.ofMinutes(10));
    assertEquals(1.0, budget.pace("E1"), 1e-9, "recovered after minutes without a 429");
  }

  @Test
  void theTimeScaleRefillsFasterForScaledStandIns() {
    SlackRateBudget scaled = budget(60);
    for (int i = 0; i < 20; i++) {
      scaled.reserve("E1", ScimLimits.of("DELETE", "/Users/{id}"), Duration.ofDays(1));
    }
    Duration next = scaled.reserve("E1", ScimLimits.of("DELETE", "/Users/{id}"), Duration.ofDays(1));
    assertEquals(6, next.toMillis(), 1); // 180 a minute, 60 times faster: one every 5.7 ms
  }

  @Test
  void readsAndWritesCountAgainstDifferentSets() {
    for (int i = 0; i < 20; i++) {
      reserveDelete("E1");
    }
    assertEquals(Duration.ZERO, budget.reserve("E1", List.of(ScimLimits.READS), Duration.ZERO));
  }

  private Duration reserveDelete(String org) {
    return budget.reserve(org, ScimLimits.of("DELETE", "/Users/{id}"), Duration.ofDays(1));
  }

  /** A clock that moves only when told. */
  static final class MovableClock extends Clock {
    private Instant now = Instant.parse("2026-11-30T00:00:00Z");

    void advance(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
