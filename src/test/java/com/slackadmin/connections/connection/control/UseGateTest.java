package com.slackadmin.connections.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.account.control.ConsoleAccess.Action;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.account.entity.Role;
import com.slackadmin.connections.audit.control.AuditEvent;
import com.slackadmin.connections.connection.control.UseRefusal.Reason;
import com.slackadmin.connections.connection.entity.ConnectionStatus;
import com.slackadmin.connections.connection.entity.InstallLevel;
import com.slackadmin.connections.connection.entity.SlackAuthorisation;
import com.slackadmin.connections.connection.entity.SlackConnection;
import com.slackadmin.connections.slack.control.SlackGateway;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackIdentity;
import com.slackadmin.connections.slack.entity.SlackRole;
import com.slackadmin.connections.slack.entity.SlackUnavailableException;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.NotificationOptions;
import jakarta.enterprise.util.TypeLiteral;
import java.lang.annotation.Annotation;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionStage;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The use gate on its own, with Slack, the store and the audit trail replaced by recorders: what each answer
 * of Slack's does to the use, the connection's status and the audit trail; that the connection is read and
 * access decided once per use; and that a fault of ours is never recorded as a success.
 */
class UseGateTest {

  static final long ID = 7;
  static final Instant NOW = Instant.parse("2026-01-05T10:00:00Z");
  static final String TOKEN = "xoxp-secret";

  FakeStore store;
  FakeSlack slack;
  RecordedEvents audit;
  Recorded<ConnectionStatusChanged> changes;
  FakeRefresher refresher;
  UseGate gate;
  ConsoleUser builder;

  @BeforeEach
  void gateWithRecorders() {
    TokenCipher cipher = new TokenCipher(new byte[32]);
    store = new FakeStore(connection(cipher, null));
    slack = new FakeSlack();
    audit = new RecordedEvents();
    refresher = new FakeRefresher();
    gate = new UseGate();
    gate.store = store;
    gate.slack = slack;
    gate.cipher = cipher;
    gate.refresher = refresher;
    gate.clock = Clock.fixed(NOW, ZoneOffset.UTC);
    gate.audit = audit;
    changes = new Recorded<>();
    gate.statusChanges = changes;
    gate.records = new FakeRecords();
    builder = new ConsoleUser("bea", "Bea", "hash", Role.BUILDER, Instant.EPOCH);
  }

  static Stream<Arguments> slackAnswers() {
    return Stream.of(
        Arguments.of("still an Admin", answer(SlackRole.ADMIN, false), null, null, null),
        Arguments.of("now a Member", answer(SlackRole.MEMBER, false), Reason.PERMISSION_LOST,
            ConnectionStatus.PERMISSION_LOST, null),
        Arguments.of("deactivated", answer(SlackRole.ADMIN, true), Reason.PERMISSION_LOST,
            ConnectionStatus.PERMISSION_LOST, null),
        Arguments.of("token revoked", failure(new SlackException("token_revoked", "Slack refused the token.")),
            Reason.REAUTHORIZATION_REQUIRED, ConnectionStatus.REAUTHORIZATION_REQUIRED, "token_revoked"),
        Arguments.of("Slack down", failure(new SlackUnavailableException("slack_unreachable", "No answer.")),
            Reason.SLACK_UNAVAILABLE, null, "slack_unreachable"),
        Arguments.of("rate limited", failure(new SlackException("ratelimited", "Slow down.", 30)),
            Reason.RATE_LIMITED, null, "ratelimited"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("slackAnswers")
  void slacksAnswerDecidesTheUseTheStatusAndTheRecord(String name, Supplier<SlackIdentity> answer, Reason refused,
      ConnectionStatus status, String slackError) {
    slack.answer = answer;
    RecordingUse use = new RecordingUse();
    if (refused == null) {
      assertEquals(SlackRole.ADMIN, gate.pass(builder, ID, use).currentRole());
      assertEquals(1, use.runs);
    } else {
      UseRefusal refusal = assertThrows(UseRefusal.class, () -> gate.pass(builder, ID, use));
      assertEquals(refused, refusal.reason());
      assertEquals(slackError, refusal.slackError());
      assertEquals(0, use.runs, "nothing is sent on after a refusal");
    }
    assertEquals(status == null ? List.of() : List.of(status), store.checks, "a changed status is stored at once");
    assertEquals(List.of(NOW), store.uses, "a use that asked Slack counts as the last use, whatever its outcome");
    assertEquals(List.of("bea"), store.usedBy, "and its author is kept with it");
    assertEquals(List.of(refused == null ? AuditEvent.OK : refused.code()), store.usedWith, "and its outcome");
    assertEquals(refused == null ? List.of(NOW) : List.of(), store.unchangedChecks,
        "a check that changed nothing is stored with the last use");
    AuditEvent recorded = audit.last();
    assertEquals("ran", recorded.action());
    assertEquals(refused == null ? AuditEvent.OK : refused.code(), recorded.outcome());
    assertEquals(slackError, recorded.slackError());
    assertEquals(builder.getUsername(), recorded.consoleUsername());
  }

  @Test
  void aStatusChangeIsRecordedOnceWhenTheStoreSaysItChanged() {
    slack.answer = answer(SlackRole.MEMBER, false);
    assertThrows(UseRefusal.class, () -> gate.pass(builder, ID, new RecordingUse()));
    assertEquals(List.of(AuditEvent.STATUS_CHANGED, "ran"), audit.actions());
    assertEquals("permission_lost", audit.events.get(0).outcome());

    audit.events.clear();
    store.statusChanges = false; // a concurrent use recorded the change already
    assertThrows(UseRefusal.class, () -> gate.pass(builder, ID, new RecordingUse()));
    assertEquals(List.of("ran"), audit.actions());
  }

  @Test
  void theRoleSlackReportsIsStoredWhenItChangedSoThePagesSayTheSameAsTheStatus() {
    slack.answer = answer(SlackRole.MEMBER, false);
    assertThrows(UseRefusal.class, () -> gate.pass(builder, ID, new RecordingUse()));
    assertEquals(List.of("Member"), store.roles);
    assertEquals("Member", store.connection.getSlackUserRole());

    slack.answer = answer(SlackRole.ADMIN, false);
    gate.pass(builder, ID, new RecordingUse());
    gate.pass(builder, ID, new RecordingUse());
    assertEquals(List.of("Member", "Admin"), store.roles, "stored once per change, not at every use");
  }

  @Test
  void aCheckThatFindsTheConnectionUnusableDoesNotMoveLastVerified() {
    Instant verified = store.connection.getLastVerifiedAt();
    slack.answer = answer(SlackRole.MEMBER, false);
    assertThrows(UseRefusal.class, () -> gate.pass(builder, ID, new RecordingUse()));
    assertEquals(verified, store.connection.getLastVerifiedAt());
    assertEquals(NOW, store.connection.getLastCheckedAt(), "but it was checked");
  }

  @Test
  void anAccountThatIsAnAdminAgainMakesTheConnectionActiveAgainAndThatIsRecorded() {
    store.connection.markNeedsAttention(ConnectionStatus.PERMISSION_LOST, "Now a Member.", Instant.EPOCH);
    slack.answer = answer(SlackRole.ADMIN, false);
    gate.pass(builder, ID, new RecordingUse());
    assertEquals(List.of(ConnectionStatus.ACTIVE), store.checks);
    assertEquals(List.of(AuditEvent.STATUS_CHANGED, "ran"), audit.actions());
    assertEquals(List.of(), store.unchangedChecks);
  }

  @Test
  void whenTheLastUseCannotBeStoredTheUseIsStillRecorded() {
    slack.answer = answer(SlackRole.ADMIN, false);
    store.markFault = new IllegalStateException("row locked");
    RecordingUse use = new RecordingUse();
    assertEquals(SlackRole.ADMIN, gate.pass(builder, ID, use).currentRole());
    assertEquals(List.of("ran"), audit.actions(), "recorded alone after the joint commit failed");
    assertEquals(List.of(), store.uses);
  }

  @Test
  void onceSlackWasAskedNeitherTheRecordNorTheLastUseCanTurnTheUseIntoAFailure() {
    slack.answer = answer(SlackRole.ADMIN, false);
    store.statusChanges = false;
    audit.fault = new IllegalStateException("audit table unavailable");
    store.markFault = new IllegalStateException("row locked");
    RecordingUse use = new RecordingUse();
    assertEquals(SlackRole.ADMIN, gate.pass(builder, ID, use).currentRole(), "Slack's answer is the caller's");
    assertEquals(1, use.runs);

    // before Slack is asked, a failing record still fails the use: nothing happened that the caller could repeat
    use.invalid = true;
    assertThrows(IllegalStateException.class, () -> gate.pass(builder, ID, use));
  }

  @Test
  void theConnectionIsReadAndAccessDecidedOncePerUse() {
    slack.answer = answer(SlackRole.OWNER, false);
    gate.pass(builder, ID, new RecordingUse());
    assertEquals(1, store.reads, "one read of the connection");
    assertEquals(List.of(Action.RUN_CARD), store.accessAsked, "one access decision");
    assertEquals(1, slack.calls, "one retention check at Slack");
  }

  @Test
  void invalidInputsStopBeforeSlackAndDoNotCountAsALastUse() {
    RecordingUse use = new RecordingUse();
    use.invalid = true;
    UseRefusal refused = assertThrows(UseRefusal.class, () -> gate.pass(builder, ID, use));
    assertEquals(Reason.VALIDATION_FAILED, refused.reason());
    assertEquals(0, slack.calls);
    assertEquals(List.of(), store.uses);
    assertEquals("validation_failed", audit.last().outcome());
  }

  @Test
  void aFaultOfOursIsRecordedAsAnInternalErrorAndPassedOn() {
    slack.answer = answer(SlackRole.ADMIN, false);
    RecordingUse use = new RecordingUse();
    IllegalStateException fault = new IllegalStateException("database gone");
    use.fault = fault;
    assertSame(fault, assertThrows(IllegalStateException.class, () -> gate.pass(builder, ID, use)));
    assertEquals(UseGate.INTERNAL_ERROR, audit.last().outcome());
    assertNull(audit.last().slackError());
    assertEquals(List.of(UseGate.INTERNAL_ERROR), store.usedWith, "a failed use is the last use too");
  }

  @Test
  void aFaultWhileCheckingTheInputsIsAFailedUseNotARefusedInput() {
    RecordingUse use = new RecordingUse();
    use.prepareFault = new IllegalStateException("card catalogue unreadable");
    assertThrows(IllegalStateException.class, () -> gate.pass(builder, ID, use));
    assertEquals(0, slack.calls);
    assertEquals(UseGate.INTERNAL_ERROR, audit.last().outcome());
    assertEquals(List.of(UseGate.INTERNAL_ERROR), store.usedWith,
        "counted as a use (and so as the last use) like any use that is not refused for its inputs");
  }

  @Test
  void aTokenAboutToExpireIsRefreshedFirstAndARefusedRefreshFailsTheUse() {
    TokenCipher cipher = new TokenCipher(new byte[32]);
    store.connection = connection(cipher, NOW.plus(Duration.ofMinutes(2)));
    slack.answer = answer(SlackRole.ADMIN, false);
    gate.pass(builder, ID, new RecordingUse());
    assertEquals(1, refresher.calls);

    refresher.outcome = TokenRefresher.Outcome.REFUSED;
    UseRefusal refused = assertThrows(UseRefusal.class, () -> gate.pass(builder, ID, new RecordingUse()));
    assertEquals(Reason.REAUTHORIZATION_REQUIRED, refused.reason());
    assertEquals(1, slack.calls, "no retention check with a token Slack will not renew");

    store.connection = connection(cipher, NOW.plus(Duration.ofHours(1)));
    gate.pass(builder, ID, new RecordingUse());
    assertEquals(2, refresher.calls, "a token with time left is not refreshed");
  }

  @Test
  void aChangedStatusIsAnnouncedOnceWithWhereItCameFromAndWhoCheckedIt() {
    slack.answer = answer(SlackRole.MEMBER, false);
    assertThrows(UseRefusal.class, () -> gate.pass(builder, ID, new RecordingUse()));
    ConnectionStatusChanged change = changes.last();
    assertEquals(ConnectionStatus.ACTIVE, change.from());
    assertEquals(ConnectionStatus.PERMISSION_LOST, change.to());
    assertEquals("bea", change.by());
    assertEquals(ConnectionStatusChanged.Cause.CHECK, change.cause());

    store.statusChanges = false; // another use stored the change first: it announced it
    assertThrows(UseRefusal.class, () -> gate.pass(builder, ID, new RecordingUse()));
    assertEquals(1, changes.events.size());
  }

  @Test
  void aFailingAnnouncementNeverFailsTheUse() {
    store.connection.markNeedsAttention(ConnectionStatus.PERMISSION_LOST, "Now a Member.", Instant.EPOCH);
    slack.answer = answer(SlackRole.ADMIN, false);
    changes.fault = new IllegalStateException("mail table locked");
    assertEquals(SlackRole.ADMIN, gate.pass(builder, ID, new RecordingUse()).currentRole());
    assertEquals(AuditEvent.OK, audit.last().outcome());
  }

  static Stream<Arguments> plans() {
    return Stream.of(
        Arguments.of("plus", true, null),
        Arguments.of("enterprise", true, null),
        Arguments.of("std", true, Reason.PERMISSION_LOST),
        Arguments.of("free", true, Reason.PERMISSION_LOST),
        Arguments.of("std", false, null));
  }

  @ParameterizedTest(name = "plan {0}, use checks the plan {1}: refused {2}")
  @MethodSource("plans")
  void aUseThatChecksThePlanLosesAWorkspaceDowngradedBelowBusinessPlus(String plan, boolean checksPlan,
      Reason refused) {
    slack.answer = answer(SlackRole.ADMIN, false);
    slack.plan = plan;
    RecordingUse use = new RecordingUse();
    use.checksPlan = checksPlan;
    if (refused == null) {
      gate.pass(builder, ID, use);
    } else {
      UseRefusal refusal = assertThrows(UseRefusal.class, () -> gate.pass(builder, ID, use));
      assertEquals(refused, refusal.reason());
      assertTrue(refusal.getMessage().contains("Business+"), refusal.getMessage());
      assertEquals(List.of(ConnectionStatus.PERMISSION_LOST), store.checks);
    }
    assertEquals(checksPlan ? 1 : 0, slack.planCalls);
  }

  @Test
  void theSystemsCheckIsRecordedButIsNoUse() {
    ConsoleUser system = ConsoleUser.system("system (health sweep)");
    slack.answer = answer(SlackRole.ADMIN, false);
    gate.pass(system, ID, new RecordingUse());
    assertEquals(List.of(), store.uses, "last used stays the last use by people and scripts");
    assertEquals(List.of(NOW), store.verifiedOnly, "last verified moves");
    assertEquals("system (health sweep)", audit.last().consoleUsername());
    assertNull(audit.last().consoleUserId());
  }

  static Supplier<SlackIdentity> answer(SlackRole workspaceRole, boolean deleted) {
    return () -> new SlackIdentity("W1", "Ada", "ada@example.com", deleted, workspaceRole, null, null);
  }

  static Supplier<SlackIdentity> failure(SlackException failed) {
    return () -> {
      throw failed;
    };
  }

  static SlackConnection connection(TokenCipher cipher, Instant tokenExpiresAt) {
    ConsoleUser owner = new ConsoleUser("owner", "Owner", "hash", Role.BUILDER, Instant.EPOCH);
    SlackConnection connection = new SlackConnection("Acme", owner, Instant.EPOCH);
    connection.authorisedAs(new SlackAuthorisation(null, null, "T1", "Acme Plus", "plus", InstallLevel.WORKSPACE,
        "W1", "Ada", "ada@example.com", "Admin", "admin"));
    connection.storeTokens(cipher.encrypt(TOKEN), tokenExpiresAt == null ? null : cipher.encrypt("xoxe-refresh"),
        tokenExpiresAt);
    connection.markActive(Instant.EPOCH);
    try {
      var id = SlackConnection.class.getDeclaredField("id");
      id.setAccessible(true);
      id.set(connection, ID);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
    return connection;
  }

  /** A use that checks its inputs and then does nothing at Slack, or fails as told. */
  static final class RecordingUse implements UseGate.Use<VerifiedConnection> {
    boolean invalid;
    boolean checksPlan;
    RuntimeException prepareFault;
    RuntimeException fault;
    int runs;

    @Override
    public String action() {
      return "ran";
    }

    @Override
    public boolean checksPlan() {
      return checksPlan;
    }

    @Override
    public String prepare() {
      if (invalid) {
        throw UseRefusal.invalid(java.util.Map.of("userId", "Give a user id."));
      }
      if (prepareFault != null) {
        throw prepareFault;
      }
      return "W2";
    }

    @Override
    public VerifiedConnection run(VerifiedConnection connection) {
      runs++;
      assertEquals(TOKEN, connection.accessToken());
      if (fault != null) {
        throw fault;
      }
      return connection;
    }
  }

  static final class FakeStore extends ConnectionStore {
    SlackConnection connection;
    int reads;
    List<Action> accessAsked = new ArrayList<>();
    List<ConnectionStatus> checks = new ArrayList<>();
    List<Instant> uses = new ArrayList<>();
    List<Instant> unchangedChecks = new ArrayList<>();
    List<String> usedBy = new ArrayList<>();
    List<Instant> verifiedOnly = new ArrayList<>();
    List<String> usedWith = new ArrayList<>();
    boolean statusChanges = true;

    FakeStore(SlackConnection connection) {
      this.connection = connection;
    }

    @Override
    public SlackConnection require(ConsoleUser user, long id, Action action) {
      reads++;
      accessAsked.add(action);
      return connection;
    }

    @Override
    public SlackConnection require(long id) {
      reads++;
      return connection;
    }

    @Override
    public boolean recordCheck(long id, ConnectionStatus status, String reason, Instant checkedAt) {
      checks.add(status);
      return statusChanges;
    }

    List<String> roles = new ArrayList<>();

    @Override
    public void recordRole(long id, String role) {
      roles.add(role);
    }

    RuntimeException markFault;

    @Override
    public void markUsed(long id, Instant usedAt, String username, String outcome, Instant checkedAt) {
      if (markFault != null) {
        throw markFault;
      }
      uses.add(usedAt);
      usedBy.add(username);
      usedWith.add(outcome);
      if (checkedAt != null) {
        unchangedChecks.add(checkedAt);
      }
    }
  }

  /** The joint commit of record and last use: both, or (on a fault) neither. */
  final class FakeRecords extends UseRecords {

    @Override
    public void used(AuditEvent used, Instant usedAt, Instant checkedAt) {
      if (audit.fault != null) {
        throw audit.fault;
      }
      UseGateTest.this.store.markUsed(used.connectionId(), usedAt, used.consoleUsername(), used.outcome(),
          checkedAt);
      audit.events.add(used);
    }

    @Override
    public void checked(AuditEvent checked, Instant checkedAt) {
      if (checkedAt != null) {
        UseGateTest.this.store.verifiedOnly.add(checkedAt);
      }
      audit.events.add(checked);
    }
  }

  static final class FakeSlack extends SlackGateway {
    Supplier<SlackIdentity> answer;
    String plan = "plus";
    int calls;
    int planCalls;

    @Override
    public String plan(String token) {
      planCalls++;
      assertEquals(TOKEN, token);
      return plan;
    }

    @Override
    public SlackIdentity identity(String token, String userId) {
      calls++;
      assertEquals(TOKEN, token);
      return answer.get();
    }
  }

  static final class FakeRefresher extends TokenRefresher {
    Outcome outcome = Outcome.REFRESHED;
    int calls;

    @Override
    public Outcome refreshIfDue(long connectionId, Duration margin) {
      calls++;
      return outcome;
    }
  }

  /** The events fired, in order. */
  static class Recorded<T> implements Event<T> {
    final List<T> events = new ArrayList<>();
    RuntimeException fault;

    T last() {
      return events.get(events.size() - 1);
    }

    @Override
    public void fire(T event) {
      if (fault != null) {
        throw fault;
      }
      events.add(event);
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> CompletionStage<U> fireAsync(U event, NotificationOptions options) {
      throw new UnsupportedOperationException();
    }

    @Override
    public Event<T> select(Annotation... qualifiers) {
      return this;
    }

    @Override
    public <U extends T> Event<U> select(Class<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }

    @Override
    public <U extends T> Event<U> select(TypeLiteral<U> subtype, Annotation... qualifiers) {
      throw new UnsupportedOperationException();
    }
  }

  /** The audit events fired, in order. */
  static final class RecordedEvents extends Recorded<AuditEvent> {

    List<String> actions() {
      return events.stream().map(AuditEvent::action).toList();
    }
  }
}
