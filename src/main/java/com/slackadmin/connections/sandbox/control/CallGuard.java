package com.slackadmin.connections.sandbox.control;

import com.slackadmin.connections.sandbox.control.RateLimiter.Limit;
import com.slackadmin.connections.sandbox.entity.Fault;
import com.slackadmin.connections.sandbox.entity.RecordedCall;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What happens to a Web API or SCIM call before it is answered: a planned fault, or Slack's published rate
 * limits when they are on. Also records every call once it is answered.
 */
@ApplicationScoped
public class CallGuard {

  /** The call is not answered normally: answer with this instead. */
  public record Interruption(Fault.Kind kind, long retryAfterSeconds) {}

  @Inject
  FaultPlan faults;

  @Inject
  SandboxSettings settings;

  @Inject
  CallLog log;

  @Inject
  Clock clock;

  private RateLimiter limiter;

  @PostConstruct
  void start() {
    limiter = new RateLimiter(clock);
  }

  /**
   * Takes a planned fault for {@code target} if there is one (a slow one just waits here, outside any lock,
   * then lets the call through), then applies the rate limits for {@code rateKey}.
   */
  public Optional<Interruption> before(String target, String rateKey, List<Limit> limits) {
    Optional<Fault> fault = faults.take(target);
    if (fault.isPresent()) {
      Fault planned = fault.get();
      if (planned.kind() != Fault.Kind.SLOW) {
        return Optional.of(new Interruption(planned.kind(), Math.max(1, planned.retryAfterSeconds())));
      }
      pause(planned.delayMillis());
    }
    if (settings.isRateLimits() && !limits.isEmpty()) {
      Optional<Duration> wait = limiter.tryAcquire(rateKey, limits, settings.getRateLimitTimeScale());
      if (wait.isPresent()) {
        return Optional.of(new Interruption(Fault.Kind.RATE_LIMITED, RateLimiter.retryAfterSeconds(wait.get())));
      }
    }
    return Optional.empty();
  }

  public void record(String api, String httpMethod, String name, String userId, int status) {
    log.record(new RecordedCall(api, httpMethod, name, userId, clock.instant(), status));
  }

  /** Forgets the rate limit buckets, as a reset should. */
  public void reset() {
    limiter.clear();
    faults.clear();
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(Math.min(Math.max(0, millis), 120_000));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
