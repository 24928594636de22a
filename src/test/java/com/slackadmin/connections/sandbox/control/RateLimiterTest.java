package com.slackadmin.connections.sandbox.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.sandbox.control.RateLimiter.Limit;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RateLimiterTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2026-03-01T10:00:00Z"));
  private final RateLimiter limiter = new RateLimiter(clock);

  @Test
  void scimUserWritesAllowABurstOfTwentyThenThreePerSecond() {
    List<Limit> userWrites = PublishedLimits.forScim("POST", "Users", false);
    for (int i = 0; i < 20; i++) {
      assertTrue(limiter.tryAcquire("E1", userWrites, 1).isEmpty(), "call " + i);
    }
    Duration wait = limiter.tryAcquire("E1", userWrites, 1).orElseThrow();
    assertEquals(1, RateLimiter.retryAfterSeconds(wait), "180/min refills one call every 1/3 s");
    clock.advance(Duration.ofMillis(334));
    assertTrue(limiter.tryAcquire("E1", userWrites, 1).isEmpty());
  }

  @Test
  void limitsAreCountedPerOrgOrWorkspace() {
    List<Limit> writes = PublishedLimits.forScim("POST", "Users", false);
    for (int i = 0; i < 20; i++) {
      limiter.tryAcquire("E1", writes, 1);
    }
    assertTrue(limiter.tryAcquire("E1", writes, 1).isPresent());
    assertTrue(limiter.tryAcquire("T2", writes, 1).isEmpty());
  }

  @ParameterizedTest(name = "{0} allows {1} calls at once")
  @CsvSource({"users.info, 100", "team.billing.info, 50"})
  void webApiTiers(String method, int allowed) {
    List<Limit> limits = PublishedLimits.forMethod(method);
    for (int i = 0; i < allowed; i++) {
      assertTrue(limiter.tryAcquire("T1", limits, 1).isEmpty(), "call " + i);
    }
    Duration wait = limiter.tryAcquire("T1", limits, 1).orElseThrow();
    assertTrue(wait.toMillis() > 0 && wait.toSeconds() <= 2, wait.toString());
  }

  @Test
  void aTimeScaleRefillsFaster() {
    List<Limit> limits = PublishedLimits.forMethod("team.billing.info");
    for (int i = 0; i < 50; i++) {
      limiter.tryAcquire("T1", limits, 60);
    }
    assertTrue(limiter.tryAcquire("T1", limits, 60).isPresent());
    clock.advance(Duration.ofMillis(20));
    assertTrue(limiter.tryAcquire("T1", limits, 60).isEmpty(), "50/min x 60 = 50 per second");
  }

  @Test
  void aRefusedCallTakesNothing() {
    List<Limit> userUpdates = PublishedLimits.forScim("PATCH", "Users", true);
    for (int i = 0; i < 20; i++) {
      assertTrue(limiter.tryAcquire("E1", userUpdates, 1).isEmpty(), "update " + i);
    }
    assertTrue(limiter.tryAcquire("E1", userUpdates, 1).isPresent(), "a user's updates: bursts of 20");
    // the refused update took nothing from the org's writes set: 160 more writes fit in its burst of 180
    int written = 20 + drain("E1", PublishedLimits.forScim("PATCH", "Groups", true))
        + drain("E1", PublishedLimits.forScim("POST", "Groups", false))
        + drain("E1", PublishedLimits.forScim("DELETE", "Groups", true))
        + drain("E1", PublishedLimits.forScim("POST", "Users", false))
        + drain("E1", PublishedLimits.forScim("DELETE", "Users", true));
    assertEquals(180, written);
  }

  @Test
  void everyWriteCountsTowardTheOrgWideWritesSet() {
    // group updates (bursts of 80) and user creates (20) leave 80 of the set's 180 for the others
    drain("E1", PublishedLimits.forScim("PATCH", "Groups", true));
    drain("E1", PublishedLimits.forScim("POST", "Users", false));
    List<Limit> setOnly = PublishedLimits.forScim("PUT", "Groups", false);
    assertEquals(80, drain("E1", setOnly), "a write no endpoint limit names still counts toward the set");
    assertEquals(0, drain("E1", PublishedLimits.forScim("DELETE", "Users", true)), "the set is empty");
  }

  @Test
  void readingOneUserHasItsOwnLimitBesideTheReadsSet() {
    assertEquals(300, drain("E1", PublishedLimits.forScim("GET", "Users", true)), "GET /Users/<id>: 300");
    assertEquals(700, drain("E1", PublishedLimits.forScim("GET", "Users", false)), "lists: the rest of 1000");
  }

  /** Takes calls until one is refused; answers how many went through. */
  private int drain(String key, List<Limit> limits) {
    int taken = 0;
    while (taken < 5000 && limiter.tryAcquire(key, limits, 1).isEmpty()) {
      taken++;
    }
    return taken;
  }
}
