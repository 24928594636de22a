package com.slackadmin.connections.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Formats instants for pages, in UTC: the console's users may sit in many time zones. */
@ApplicationScoped
@Named("dates")
public class Dates {

  private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
      .withZone(ZoneOffset.UTC);

  public String format(Instant instant) {
    return instant == null ? "never" : FORMAT.format(instant);
  }
}
