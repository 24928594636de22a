package com.slackadmin.connections.notification.control;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Which webhook addresses are taken: absolute {@code http} or {@code https} URLs with a host, no user info (a
 * password in a URL would be shown in the delivery log), no fragment, at most 2000 characters. Pure.
 */
public final class WebhookUrlRule {

  static final int MAX_LENGTH = 2000;

  private WebhookUrlRule() {}

  /** Why the address is refused, or empty when it is taken. */
  public static Optional<String> refusal(String url) {
    if (url == null || url.isBlank()) {
      return Optional
          .of("Enter the address that receives the notifications, such as https://hooks.example.com/slack-admin.");
    }
    if (url.strip().length() > MAX_LENGTH) {
      return Optional.of("Use an address of at most " + MAX_LENGTH + " characters.");
    }
    URI uri;
    try {
      uri = new URI(url.strip());
    } catch (URISyntaxException malformed) {
      return Optional.of("\"" + url.strip() + "\" is not a valid URL: " + malformed.getReason() + ".");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return Optional.of("A webhook address starts with https:// (or http://), not \""
          + (scheme.isEmpty() ? url.strip() : scheme + ":") + "\".");
    }
    if (uri.getHost() == null || uri.getHost().isBlank()) {
      return Optional.of("The address names no host.");
    }
    if (uri.getRawUserInfo() != null) {
      return Optional.of("Leave user names and passwords out of the address; the signature authenticates each call.");
    }
    if (uri.getRawFragment() != null) {
      return Optional.of("Leave the #fragment out of the address: it is never sent.");
    }
    return Optional.empty();
  }
}
