package com.slackadmin.connections.connection.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.slackadmin.connections.connection.control.UseRefusal.Reason;
import java.util.Arrays;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a use is, and how each recorded outcome reads: ok, refused by a rule, or failed. */
class UseOutcomeTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(textBlock = """
      ok,                         OK
      permission_lost,            REFUSED
      reauthorization_required,   REFUSED
      target_outranks_connection, REFUSED
      slack_error,                FAILED
      rate_limited,               FAILED
      slack_unavailable,          FAILED
      outcome_unknown,            FAILED
      internal_error,             FAILED
      a_code_of_a_later_version,  FAILED
      validation_failed,          NOT_A_USE
      ,                           NOT_A_USE
      """)
  void eachRecordedOutcomeIsOkRefusedFailedOrNoUseAtAll(String recorded, String expected) {
    Optional<UseOutcome> outcome = UseOutcome.of(recorded);
    assertEquals(expected, outcome.map(UseOutcome::name).orElse("NOT_A_USE"));
    assertEquals(outcome.isPresent(), UseOutcome.isUse(recorded));
  }

  @Test
  void theOutcomesTheAuditQueryLeavesOutAreExactlyTheReasonsThatAreNotUses() {
    Set<String> notUses = Arrays.stream(Reason.values()).filter(reason -> UseOutcome.of(reason).isEmpty())
        .map(Reason::code).collect(Collectors.toSet());
    assertEquals(notUses, UseOutcome.NOT_USES);
  }

  @Test
  void everyReasonReadsTheSameFromTheRefusalAndFromTheAuditTrail() {
    for (Reason reason : Reason.values()) {
      assertEquals(UseOutcome.of(reason), UseOutcome.of(reason.code()), reason.name());
    }
  }

  @Test
  void theConsoleWordsAreLowerCase() {
    assertEquals("ok refused failed",
        Arrays.stream(UseOutcome.values()).map(UseOutcome::getLabel).collect(Collectors.joining(" ")));
  }
}
