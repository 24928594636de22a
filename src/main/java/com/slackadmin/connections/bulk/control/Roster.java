package com.slackadmin.connections.bulk.control;

import com.slackadmin.connections.slack.entity.SlackIdentity;
import com.slackadmin.connections.slack.entity.SlackRole;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The accounts of a run's workspace or org as Slack listed them at {@link #readAt()}: their roles for the
 * hierarchy rule, and their emails for rows that name an account by email. Read in pages of {@code users.list},
 * so a run of thousands of rows costs tens of calls instead of one {@code users.info} per row.
 */
public final class Roster {

  private final Map<String, SlackIdentity> byId = new HashMap<>();
  private final Map<String, String> idByEmail = new HashMap<>();
  private final Instant readAt;
  private final boolean listed;

  public Roster(List<SlackIdentity> accounts, Instant readAt) {
    this(accounts, readAt, true);
  }

  private Roster(List<SlackIdentity> accounts, Instant readAt, boolean listed) {
    this.readAt = readAt;
    this.listed = listed;
    for (SlackIdentity account : accounts) {
      // listed once per workspace: the workspace where the account ranks highest counts, as for the rule
      byId.merge(account.userId(), account, (kept, other) -> rank(other) < rank(kept) ? other : kept);
      if (account.email() != null && !account.deleted()) {
        idByEmail.put(account.email().toLowerCase(Locale.ROOT), account.userId());
      }
    }
  }

  private static int rank(SlackIdentity account) {
    return (account.workspaceRole() == null ? SlackRole.MEMBER : account.workspaceRole()).ordinal();
  }

  /** A roster that knows no one: every target is then looked up one by one. */
  public static Roster empty(Instant readAt) {
    return new Roster(List.of(), readAt, false);
  }

  /** False for {@link #empty}: nothing was listed, so an email finds no one. */
  public boolean listed() {
    return listed;
  }

  public Optional<SlackIdentity> account(String userId) {
    return Optional.ofNullable(byId.get(userId));
  }

  /** The active account with this email, compared without case as Slack does. */
  public Optional<String> userIdOf(String email) {
    return Optional.ofNullable(idByEmail.get(email.toLowerCase(Locale.ROOT)));
  }

  public Instant readAt() {
    return readAt;
  }

  public int size() {
    return byId.size();
  }
}
