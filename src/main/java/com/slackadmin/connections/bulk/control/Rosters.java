package com.slackadmin.connections.bulk.control;

import com.slackadmin.connections.bulk.entity.BulkRun;
import com.slackadmin.connections.bulk.entity.RowState;
import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.connection.control.VerifiedConnection;
import com.slackadmin.connections.connection.entity.InstallLevel;
import com.slackadmin.connections.slack.control.SlackGateway;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Each running run's roster, read again once older than {@link BulkSettings#rosterMaxAge()} so that a long run
 * sees role changes. A run reads one only when it helps: for cards that change accounts (the hierarchy rule) or
 * find them by email, and when more rows are left than the roster's pages would cost; otherwise each target's
 * role is read on its own ({@code users.info}), as for a single card run.
 */
@ApplicationScoped
class Rosters {

  /** Below this many rows left, one {@code users.info} per row costs fewer calls than listing everyone. */
  static final int WORTH_LISTING = 50;

  private final Map<Long, Roster> byRun = new ConcurrentHashMap<>();

  @Inject
  SlackGateway slack;

  @Inject
  BulkRunStore store;

  @Inject
  BulkSettings settings;

  @Inject
  Clock clock;

  Roster of(BulkRun run, VerifiedConnection connection) {
    Instant now = clock.instant();
    Roster kept = byRun.get(run.getId());
    if (kept != null && kept.readAt().plus(settings.rosterMaxAge()).isAfter(now)) {
      return kept;
    }
    Card card = Card.named(run.getCard()).orElseThrow();
    boolean needed = card.changesAccount() || BulkCards.findsByEmail(card);
    boolean worthIt = BulkCards.findsByEmail(card) || store.counts(run.getId()).get(RowState.PENDING) >= WORTH_LISTING;
    Roster roster = needed && worthIt ? new Roster(accounts(connection), now) : Roster.empty(now);
    byRun.put(run.getId(), roster);
    return roster;
  }

  void forget(long runId) {
    byRun.remove(runId);
  }

  /**
   * A workspace token's accounts; an org-wide token's, workspace by workspace ({@code auth.teams.list}, then
   * {@code users.list} with each {@code team_id}, which Slack requires for an org token). A person in several
   * workspaces appears in each; the roster keeps the highest role.
   */
  private List<SlackIdentity> accounts(VerifiedConnection connection) {
    String token = connection.accessToken();
    if (connection.connection().getInstallLevel() != InstallLevel.ORG) {
      return slack.roster(token, null);
    }
    List<SlackIdentity> accounts = new ArrayList<>();
    for (String team : slack.workspaces(token)) {
      accounts.addAll(slack.roster(token, team));
    }
    return accounts;
  }
}
