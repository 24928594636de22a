package com.slackadmin.connections.sandbox.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Token buckets for Slack's published limits. A call takes one token from each bucket that applies, or none
 * if any is empty; then the caller must wait for the emptiest one to refill. {@code timeScale} multiplies the
 * refill rate, so a benchmark can live through "minutes" in seconds.
 */
public final class RateLimiter {

  /** A published limit: {@code perMinute} sustained, up to {@code burst} at once. */
  public record Limit(String name, int perMinute, int burst) {}

  private static final class Bucket {
    double tokens;
    Instant refilledAt;

    Bucket(double tokens, Instant at) {
      this.tokens = tokens;
      this.refilledAt = at;
    }
  }

  private final Clock clock;
  private final Map<String, Bucket> buckets = new HashMap<>();

  public RateLimiter(Clock clock) {
    this.clock = clock;
  }

  /**
   * Takes one call's worth from every limit for {@code key} (e.g. the org or workspace id), or, when any is
   * exhausted, takes nothing and tells how long to wait.
   */
  public synchronized Optional<Duration> tryAcquire(String key, List<Limit> limits, double timeScale) {
    Instant now = clock.instant();
    Duration wait = Duration.ZERO;
    for (Limit limit : limits) {
      Bucket bucket = refilled(key, limit, now, timeScale);
      if (bucket.tokens < 1) {
        double perSecond = limit.perMinute() / 60.0 * timeScale;
        Duration needed = Duration.ofMillis((long) Math.ceil((1 - bucket.tokens) / perSecond * 1000));
        wait = needed.compareTo(wait) > 0 ? needed : wait;
      }
    }
    if (!wait.isZero()) {
      return Optional.of(wait);
    }
    limits.forEach(limit -> buckets.get(key + "/" + limit.name()).tokens -= 1);
    return Optional.empty();
  }

  private Bucket refilled(String key, Limit limit, Instant now, double timeScale) {
    Bucket bucket = buckets.computeIfAbsent(key + "/" + limit.name(), k -> new Bucket(limit.burst(), now));
    double seconds = Duration.between(bucket.refilledAt, now).toNanos() / 1e9;
    bucket.tokens = Math.min(limit.burst(), bucket.tokens + seconds * limit.perMinute() / 60.0 * timeScale);
    bucket.refilledAt = now;
    return bucket;
  }

  public synchronized void clear() {
    buckets.clear();
  }

  /** Slack's {@code Retry-After}: whole seconds, at least one. */
  public static long retryAfterSeconds(Duration wait) {
    return Math.max(1, (wait.toMillis() + 999) / 1000);
  }
}
