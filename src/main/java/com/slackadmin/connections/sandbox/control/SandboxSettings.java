package com.slackadmin.connections.sandbox.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Switches that change how the sandbox behaves: token rotation and its lifetime, Slack's published rate
 * limits and a time-scale that speeds their refill up for benchmarks, and how many generated Members the seed
 * adds. Start from configuration; the control API changes them at run time, and a reset returns them to the
 * configuration (a reset may name its own number of generated Members).
 */
@ApplicationScoped
public class SandboxSettings {

  /** Slack's rotating tokens live 12 hours. */
  public static final long DEFAULT_LIFETIME_SECONDS = 12 * 60 * 60;

  private volatile boolean tokenRotation;
  private volatile long tokenLifetimeSeconds;
  private volatile boolean rateLimits;
  private volatile double rateLimitTimeScale;
  private volatile int seedUsers;

  @PostConstruct
  public void loadFromConfig() {
    Config config = ConfigProvider.getConfig(SandboxSettings.class.getClassLoader());
    tokenRotation = config.getOptionalValue("SANDBOX_TOKEN_ROTATION", Boolean.class).orElse(false);
    tokenLifetimeSeconds = config.getOptionalValue("SANDBOX_TOKEN_LIFETIME_SECONDS", Long.class)
        .orElse(DEFAULT_LIFETIME_SECONDS);
    rateLimits = config.getOptionalValue("SANDBOX_RATE_LIMITS", Boolean.class).orElse(false);
    rateLimitTimeScale = config.getOptionalValue("SANDBOX_RATE_LIMIT_TIME_SCALE", Double.class).orElse(1.0);
    setSeedUsers(config.getOptionalValue("SANDBOX_SEED_USERS", Integer.class).orElse(0));
  }

  public boolean isTokenRotation() { return tokenRotation; }
  public void setTokenRotation(boolean on) { tokenRotation = on; }
  public long getTokenLifetimeSeconds() { return tokenLifetimeSeconds; }
  public Duration tokenLifetime() { return Duration.ofSeconds(tokenLifetimeSeconds); }

  public void setTokenLifetimeSeconds(long seconds) {
    if (seconds < 1) {
      throw new IllegalArgumentException("tokenLifetimeSeconds must be at least 1");
    }
    tokenLifetimeSeconds = seconds;
  }

  public boolean isRateLimits() { return rateLimits; }
  public void setRateLimits(boolean on) { rateLimits = on; }
  public double getRateLimitTimeScale() { return rateLimitTimeScale; }

  public void setRateLimitTimeScale(double scale) {
    if (!(scale > 0)) {
      throw new IllegalArgumentException("rateLimitTimeScale must be positive");
    }
    rateLimitTimeScale = scale;
  }

  /** How many generated Members the seed adds to the Business+ workspace, and as many to the Grid org. */
  public int getSeedUsers() {
    return seedUsers;
  }

  public void setSeedUsers(int count) {
    seedUsers = checkedSeedUsers(count);
  }

  static int checkedSeedUsers(int count) {
    if (count < 0 || count > GeneratedMembers.MAX) {
      throw new IllegalArgumentException("seedUsers must be between 0 and " + GeneratedMembers.MAX);
    }
    return count;
  }
}
