package com.slackadmin.connections.connection.control;

import java.util.Locale;
import java.util.Optional;

/**
 * What a person typed into the Connections page's search: found in the nickname, the Slack organisation or
 * workspace, or the authorising account's name or email, ignoring case. The words are a bound parameter of a
 * LIKE, never part of the query: their own {@code %} and {@code _} are escaped, so they match only themselves.
 */
public final class ConnectionSearch {

  /** Longer than any nickname, organisation or email worth typing; the rest is cut off. */
  public static final int MAX_LENGTH = 100;

  /** The escape character of the LIKE patterns: one that needs no escaping in SQL strings on any database. */
  static final char ESCAPE = '!';

  private ConnectionSearch() {}

  /**
   * The search as typed, without control characters, trimmed and cut to {@link #MAX_LENGTH}; empty when nothing
   * was typed. No stored text holds a control character (every input refuses them), so leaving them out finds
   * the same connections, and PostgreSQL, which refuses a null byte in any text, never sees one.
   */
  public static Optional<String> clean(String typed) {
    String plain = typed == null ? null : typed.codePoints().filter(c -> !Character.isISOControl(c))
        .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
    if (plain == null || plain.isBlank()) {
      return Optional.empty();
    }
    String trimmed = plain.strip();
    return Optional.of(trimmed.length() > MAX_LENGTH ? trimmed.substring(0, MAX_LENGTH) : trimmed);
  }

  /** The LIKE pattern that finds {@code words} anywhere in a lower-cased column. */
  static String pattern(String words) {
    StringBuilder pattern = new StringBuilder("%");
    for (char c : words.toLowerCase(Locale.ROOT).toCharArray()) {
      if (c == '%' || c == '_' || c == ESCAPE) {
        pattern.append(ESCAPE);
      }
      pattern.append(c);
    }
    return pattern.append('%').toString();
  }

  /** The condition in JPQL, on {@code c}, with the pattern as {@code :q}. */
  static String jpql() {
    String like = " like :q escape '" + ESCAPE + "'";
    return "(c.nicknameKey" + like + " or lower(c.teamName)" + like + " or lower(c.enterpriseName)" + like
        + " or lower(c.slackUserName)" + like + " or lower(c.slackUserEmail)" + like + ")";
  }

  /** The same condition in SQL, for the bounded count. */
  static String sql() {
    String like = " LIKE :q ESCAPE '" + ESCAPE + "'";
    return "(c.nickname_key" + like + " OR LOWER(c.team_name)" + like + " OR LOWER(c.enterprise_name)" + like
        + " OR LOWER(c.slack_user_name)" + like + " OR LOWER(c.slack_user_email)" + like + ")";
  }
}
