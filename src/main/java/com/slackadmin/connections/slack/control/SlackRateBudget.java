package com.slackadmin.connections.slack.control;

import com.slackadmin.connections.platform.DataGrid;
import com.slackadmin.connections.slack.control.ScimLimits.Limit;
import com.slackadmin.connections.slack.entity.SlackUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Each Slack org's SCIM budget, shared by every use of the org from this server: bulk runs and card runs take
 * from it before each SCIM call, so that together they keep to Slack's published limits ({@link ScimLimits})
 * instead of running into 429s. The health sweep takes its Web API calls from the same org's budget, per
 * method at its published tier ({@link WebApiLimits}). Token buckets as Slack describes its limits: a burst at once, then the
 * sustained rate. A 429 still happens (other apps of the org count too): {@link #slowDown} then holds the org's
 * calls for Slack's {@code Retry-After} and paces them slower for a while.
 *
 * <p>Kept in the data grid ({@link DataGrid}), each org's state changed under the org's lock in the whole
 * cluster: the nodes of a cluster together keep to one budget per org, as Slack counts it.
 */
@ApplicationScoped
public class SlackRateBudget {

  /** How far a 429 slows an org down, and how fast it recovers (per minute without one). */
  static final double SLOWDOWN = 0.8;
  static final double RECOVERY_PER_MINUTE = 0.05;
  static final double SLOWEST = 0.25;
  /**
   * The share of each published sustained rate the budget uses: Slack does not say how it counts, and its own
   * bucket may have started a moment after ours; 2 % less is a margin against 429s at the edge.
   */
  static final double MARGIN = 0.98;

  /** The grid's map of every org's budget. */
  static final String GRID_MAP = "slack-rate-budget";

  @Inject
  DataGrid grid;

  @Inject
  Clock clock;

  /**
   * For tests and benchmarks against a stand-in whose limits are scaled the same way: how many times faster
   * than Slack's published limits the budget refills.
   */
  @Inject
  @ConfigProperty(name = "SLACK_RATE_LIMIT_TIME_SCALE", defaultValue = "1")
  double timeScale;

  /**
   * Takes one call's worth of every limit the call counts against, waiting until they allow it.
   *
   * @param maxWait how long the caller can wait; a person waiting for a page cannot wait minutes
   * @return false, taking nothing, when the call could not be made within {@code maxWait}
   */
  public boolean take(String org, String method, String path, Duration maxWait) {
    Duration wait = reserve(org, ScimLimits.of(method, path), maxWait);
    if (wait == null) {
      return false;
    }
    sleep(wait);
    return true;
  }

  /**
   * Takes one call of each Web API method ({@link WebApiLimits}) from the org's budget, waiting until each
   * method's tier allows it: for background work (the health sweep) that must not crowd out people's uses.
   *
   * @return false, taking nothing, when the calls could not be made within {@code maxWait}
   */
  public boolean takeWebApi(String org, List<String> methods, Duration maxWait) {
    Duration wait = reserve(org, methods.stream().map(WebApiLimits::of).toList(), maxWait);
    if (wait == null) {
      return false;
    }
    sleep(wait);
    return true;
  }

  /** Slack answered 429: nothing more for {@code retryAfter}, then a slower pace for a while. */
  public void slowDown(String org, Duration retryAfter) {
    withOrg(org, budget -> {
      Instant until = clock.instant().plus(retryAfter);
      if (until.isAfter(budget.heldUntil)) {
        budget.heldUntil = until;
      }
      budget.pace = Math.max(SLOWEST, budget.pace * SLOWDOWN);
      return null;
    });
  }

  /** The share of the published rate the org is paced at now: 1 unless Slack answered 429 lately. */
  public double pace(String org) {
    return withOrg(org, budget -> {
      recover(budget, clock.instant());
      return budget.pace;
    });
  }

  /**
   * Reserves one call: takes a token from each bucket now (a bucket may go below zero: the tokens a call takes
   * before they have refilled are its wait), so that callers queue in order.
   *
   * @return how long to wait before calling, or null when that is longer than {@code maxWait}
   */
  Duration reserve(String org, List<Limit> limits, Duration maxWait) {
    return withOrg(org, budget -> reserve(budget, limits, maxWait));
  }

  private Duration reserve(Org budget, List<Limit> limits, Duration maxWait) {
    Instant now = clock.instant();
    recover(budget, now);
    double rateScale = timeScale * budget.pace * MARGIN;
    Duration wait = budget.heldUntil.isAfter(now) ? Duration.between(now, budget.heldUntil) : Duration.ZERO;
    for (Limit limit : limits) {
      Bucket bucket = budget.bucket(limit, now, rateScale);
      if (bucket.tokens < 1) {
        double perSecond = limit.perMinute() / 60.0 * rateScale;
        Duration needed = Duration.ofNanos((long) Math.ceil((1 - bucket.tokens) / perSecond * 1e9));
        wait = needed.compareTo(wait) > 0 ? needed : wait;
      }
    }
    if (wait.compareTo(maxWait) > 0) {
      return null;
    }
    limits.forEach(limit -> budget.bucket(limit, now, rateScale).tokens -= 1);
    return wait;
  }

  private void recover(Org budget, Instant now) {
    if (budget.pace < 1) {
      double minutes = Duration.between(budget.pacedAt, now).toMillis() / 60_000.0 * timeScale;
      budget.pace = Math.min(1, budget.pace + minutes * RECOVERY_PER_MINUTE);
    }
    budget.pacedAt = now;
  }

  /** The org's state, changed while no other caller of any node reads or changes it. */
  private <R> R withOrg(String org, Function<Org, R> change) {
    return grid.change(GRID_MAP, org, () -> new Org(clock.instant()), change);
  }

  private static void sleep(Duration wait) {
    if (wait.isZero()) {
      return;
    }
    try {
      Thread.sleep(wait.toMillis(), (int) (wait.toNanos() % 1_000_000));
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new SlackUnavailableException("interrupted", "Waiting for Slack's rate limit was interrupted.");
    }
  }

  /** One org's buckets and pace. */
  private static final class Org implements Serializable {
    private static final long serialVersionUID = 1L;
    final Map<String, Bucket> buckets = new HashMap<>();
    Instant heldUntil;
    Instant pacedAt;
    double pace = 1;

    Org(Instant now) {
      heldUntil = now;
      pacedAt = now;
    }

    Bucket bucket(Limit limit, Instant now, double rateScale) {
      Bucket bucket = buckets.computeIfAbsent(limit.name(), name -> new Bucket(limit.burst(), now));
      double seconds = Duration.between(bucket.refilledAt, now).toNanos() / 1e9;
      bucket.tokens = Math.min(limit.burst(), bucket.tokens + seconds * limit.perMinute() / 60.0 * rateScale);
      bucket.refilledAt = now;
      return bucket;
    }
  }

  private static final class Bucket implements Serializable {
    private static final long serialVersionUID = 1L;
    double tokens;
    Instant refilledAt;

    Bucket(double tokens, Instant at) {
      this.tokens = tokens;
      this.refilledAt = at;
    }
  }
}
