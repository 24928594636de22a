package com.slackadmin.connections.card.boundary;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a person had typed into an action card when they left it for New Connection, kept in their session (not
 * in the address: a custom action's headers may hold secrets) under an unguessable key, so that the card comes
 * back as they left it. A few at a time, for an hour.
 */
@SessionScoped
public class CardDrafts implements Serializable {

  private static final long serialVersionUID = 1L;
  static final Duration LIFETIME = Duration.ofHours(1);
  static final int MAX_KEPT = 10;
  private static final SecureRandom RANDOM = new SecureRandom();

  private record Draft(String card, Map<String, String> inputs, Instant keptAt) implements Serializable {}

  private final Map<String, Draft> byKey = new LinkedHashMap<>();

  /** @return the key that finds the inputs again */
  public synchronized String keep(String card, Map<String, String> inputs, Instant now) {
    forgetExpired(now);
    while (byKey.size() >= MAX_KEPT) {
      Iterator<String> oldest = byKey.keySet().iterator();
      oldest.next();
      oldest.remove();
    }
    byte[] bytes = new byte[16];
    RANDOM.nextBytes(bytes);
    String key = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    byKey.put(key, new Draft(card, new LinkedHashMap<>(inputs), now));
    return key;
  }

  /** The inputs kept under {@code key} for this card; kept on, so that reloading the page finds them again. */
  public synchronized Optional<Map<String, String>> find(String key, String card, Instant now) {
    forgetExpired(now);
    return Optional.ofNullable(key == null ? null : byKey.get(key))
        .filter(draft -> draft.card().equals(card))
        .map(Draft::inputs);
  }

  private void forgetExpired(Instant now) {
    byKey.values().removeIf(draft -> draft.keptAt().plus(LIFETIME).isBefore(now));
  }
}
