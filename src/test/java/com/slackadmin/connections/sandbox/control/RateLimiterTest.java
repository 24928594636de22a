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
    List<Limit> userWrites = PublishedLimits.forScim("POST", true);
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
    List<Limit> writes = PublishedLimits.forScim("POST", true);
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
    List<Limit> both = PublishedLimits.forScim("PATCH", true);
    for (int i = 0; i < 20; i++) {
      limiter.tryAcquire("E1", both, 1);
    }
    limiter.tryAcquire("E1", both, 1);
    List<Limit> groupWrites = PublishedLimits.forScim("PATCH", false);
    for (int i = 0; i < 580; i++) {
      assertTrue(limiter.tryAcquire("E1", groupWrites, 1).isEmpty(), "write " + i);
    }
    assertTrue(limiter.tryAcquire("E1", groupWrites, 1).isPresent(), "600 writes a minute in all");
  }
}
