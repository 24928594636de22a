package com.slackadmin.connections.connection.control;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code HEALTH_SWEEP_INTERVAL} as people write it: a whole number with a unit ({@code 24h}, {@code 90m},
 * {@code 2d}, {@code 45s}), an ISO-8601 duration ({@code PT12H}), or {@code 0} for no sweep. Pure.
 */
public final class SweepInterval {

  private static final Pattern SHORT = Pattern.compile("(\\d{1,9})\\s*([smhd])");

  private SweepInterval() {}

  /**
   * @return the interval; {@link Duration#ZERO} means the sweep is off
   * @throws IllegalArgumentException with a message that says what is accepted
   */
  public static Duration parse(String text) {
    String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (value.equals("0")) {
      return Duration.ZERO;
    }
    Matcher shorthand = SHORT.matcher(value);
    if (shorthand.matches()) {
      long amount = Long.parseLong(shorthand.group(1));
      return switch (shorthand.group(2)) {
        case "s" -> Duration.ofSeconds(amount);
        case "m" -> Duration.ofMinutes(amount);
        case "h" -> Duration.ofHours(amount);
        default -> Duration.ofDays(amount);
      };
    }
    try {
      Duration iso = Duration.parse(value.toUpperCase(Locale.ROOT));
      if (!iso.isNegative()) {
        return iso;
      }
    } catch (DateTimeParseException notIso) {
      // falls through to the refusal below
    }
    throw new IllegalArgumentException("HEALTH_SWEEP_INTERVAL must be a duration such as 24h, 90m, 2d or PT12H,"
        + " or 0 to turn the health sweep off; \"" + text + "\" is none of these.");
  }
}
