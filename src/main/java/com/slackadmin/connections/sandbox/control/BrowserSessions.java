package com.slackadmin.connections.sandbox.control;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who is signed in to "Slack" in which browser, keyed by the {@code sandbox_session} cookie. Several people
 * can be signed in at once in one browser, as in Slack, which is what the account chooser shows. Guarded by
 * the {@link SandboxWorld} lock.
 */
public final class BrowserSessions {

  private final Map<String, Set<String>> signedIn = new HashMap<>();

  public List<String> signedInAt(String sessionId) {
    Set<String> ids = sessionId == null ? null : signedIn.get(sessionId);
    return ids == null ? List.of() : List.copyOf(ids);
  }

  /** Signs a person in, creating a new session id when the browser has none (or an unknown one). */
  public String signIn(String sessionId, String userId) {
    String id = sessionId != null && signedIn.containsKey(sessionId) ? sessionId : Ids.secret(24);
    signedIn.computeIfAbsent(id, k -> new LinkedHashSet<>()).add(userId);
    return id;
  }

  public void signOut(String sessionId) {
    if (sessionId != null) {
      signedIn.remove(sessionId);
    }
  }
}
