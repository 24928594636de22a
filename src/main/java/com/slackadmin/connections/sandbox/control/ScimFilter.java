package com.slackadmin.connections.sandbox.control;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The SCIM filters Slack supports on these resources: one {@code attribute eq "value"} comparison.
 * Attributes are case-insensitive as in SCIM; {@code email} and {@code emails.value} mean {@code emails}.
 */
public record ScimFilter(String attribute, String value) {

  private static final Pattern EQ =
      Pattern.compile("^\\s*([A-Za-z][A-Za-z0-9._]*)\\s+eq\\s+\"((?:[^\"\\\\]|\\\\.)*)\"\\s*$",
          Pattern.CASE_INSENSITIVE);

  /** Parses a filter; null or blank means no filter; anything else unsupported is a 400. */
  public static ScimFilter parse(String filter) {
    if (filter == null || filter.isBlank()) {
      return null;
    }
    Matcher matcher = EQ.matcher(filter);
    if (!matcher.matches()) {
      throw ScimError.badRequest("invalid_filter: only 'attribute eq \"value\"' is supported");
    }
    String attribute = switch (matcher.group(1).toLowerCase(Locale.ROOT)) {
      case "email", "emails", "emails.value" -> "emails";
      case "username" -> "userName";
      case "displayname" -> "displayName";
      case "id" -> "id";
      case "externalid" -> "externalId";
      default -> throw ScimError.badRequest("invalid_filter: unsupported attribute " + matcher.group(1));
    };
    return new ScimFilter(attribute, matcher.group(2).replaceAll("\\\\(.)", "$1"));
  }

  public boolean matches(String candidate) {
    return candidate != null && candidate.equalsIgnoreCase(value);
  }
}
