package com.slackadmin.connections.platform;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Formats instants for pages, in UTC: the console's users may sit in many time zones. Views call it as the EL
 * function {@code f:instant} ({@code WEB-INF/console.tld}).
 */
public final class Dates {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  private Dates() {}

  public static String format(Instant instant) {
    return instant == null ? "never" : FORMAT.format(instant);
  }
}
