package com.slackadmin.connections.bulk.control;

import com.slackadmin.connections.bulk.entity.BulkRun;
import com.slackadmin.connections.bulk.entity.RowState;
import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.connection.control.VerifiedConnection;
import com.slackadmin.connections.connection.entity.InstallLevel;
import com.slackadmin.connections.slack.control.SlackGateway;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
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
    boolean listable = connection.connection().getInstallLevel() != InstallLevel.ORG
        || connection.connection().getTeamId() != null;
    Roster roster = needed && worthIt && listable
        ? new Roster(slack.roster(connection.accessToken(), teamOf(connection)), now)
        : Roster.empty(now);
    byRun.put(run.getId(), roster);
    return roster;
  }

  void forget(long runId) {
    byRun.remove(runId);
  }

  /**
   * Slack lists an org-wide token's users one workspace at a time ({@code team_id} is required then); a
   * workspace token needs no team. An org-wide connection that names no workspace is not listed: its targets'
   * roles are read one by one, and its rows must name accounts by user id.
   */
  private static String teamOf(VerifiedConnection connection) {
    return connection.connection().getInstallLevel() == InstallLevel.ORG ? connection.connection().getTeamId()
        : null;
  }
}
