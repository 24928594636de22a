package com.slackadmin.connections.api.control;

import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.api.entity.CardRunJson;
import com.slackadmin.connections.api.entity.ConnectionTestJson;
import com.slackadmin.connections.api.entity.ErrorCode;
import com.slackadmin.connections.card.control.CardRunner;
import com.slackadmin.connections.card.entity.Card;
import com.slackadmin.connections.card.entity.CardFailure;
import com.slackadmin.connections.card.entity.CardResult;
import com.slackadmin.connections.connection.control.ConnectionService;
import com.slackadmin.connections.connection.control.UseRefusedException;
import com.slackadmin.connections.connection.entity.SlackConnection;
import com.slackadmin.connections.slack.entity.SlackException;
import com.slackadmin.connections.slack.entity.SlackUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the API does with a connection: test it, run an action card. The single place where the API meets
 * the connection service and the card runner, and where their refusals become {@link ApiException}s
 * with the stable codes ({@code permission_lost}, {@code target_outranks_connection},
 * {@code reauthorization_required}, {@code slack_error}, ...).
 *
 * <p>The checks run in this order: the caller's role (a VIEWER is refused before anything is looked up,
 * so the refusal says nothing about which connections exist), then the connection's visibility, then the
 * use itself.
 */
@ApplicationScoped
public class ConnectionActions {

  @Inject
  ConnectionQueries connections;

  @Inject
  ConnectionService service;

  @Inject
  CardRunner runner;

  /**
   * The Test action, as in the console (recorded in the audit trail); a connection that needs attention is an
   * answer (its status), not an error. Who may test is the connection service's decision.
   */
  public ConnectionTestJson test(ConsoleUser caller, long connectionId) {
    try {
      service.test(caller, connectionId);
    } catch (UseRefusedException refused) {
      // the status and its reason are stored; read them back below
    } catch (SlackException unavailable) {
      throw slackFailure(unavailable);
    }
    SlackConnection after = connections.visible(caller, connectionId);
    return new ConnectionTestJson(after.getId(), after.getStatus().name(), after.getStatusReason(),
        after.getLastVerifiedAt());
  }

  public CardRunJson runCard(ConsoleUser caller, long connectionId, String cardName, JsonObject inputs) {
    service.requireUsable(caller, connectionId);
    Card card = Card.named(cardName).orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND,
        "There is no action card called '" + cardName + "'. Cards: " + CardInputsJson.names() + "."));
    Map<String, String> values = CardInputsJson.toInputs(inputs);
    try {
      CardResult result = runner.run(caller, connectionId, card, values);
      return new CardRunJson(connectionId, card.getName(), result.output(), result.durationMs());
    } catch (CardFailure failed) {
      throw CardFailures.toApi(failed);
    }
  }

  private static ApiException slackFailure(SlackException failed) {
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("slackError", failed.error());
    if ("ratelimited".equals(failed.error()) && failed.retryAfterSeconds() != null) {
      details.put("retryAfterSeconds", failed.retryAfterSeconds());
      return new ApiException(ErrorCode.RATE_LIMITED, failed.getMessage(), details);
    }
    return new ApiException(failed instanceof SlackUnavailableException ? ErrorCode.SLACK_UNAVAILABLE
        : ErrorCode.SLACK_ERROR, failed.getMessage(), details);
  }
}
