package com.slackadmin.connections.api.control;

import com.slackadmin.connections.account.control.RoleCheck;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.api.entity.CardRunJson;
import com.slackadmin.connections.api.entity.ConnectionTestJson;
import com.slackadmin.connections.api.entity.ErrorCode;
import com.slackadmin.connections.connection.entity.SlackConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import java.util.regex.Pattern;

/**
 * What the API does with a connection: test it, run an action card. The single place where the API meets
 * the connection service and the card runner, and where their refusals are to become {@link ApiException}s
 * with the stable codes ({@code permission_lost}, {@code target_outranks_connection},
 * {@code reauthorization_required}, {@code slack_error}, ...).
 *
 * <p>The checks run in this order: the caller's role (a VIEWER is refused before anything is looked up,
 * so the refusal says nothing about which connections exist), then the connection's visibility, then the
 * use itself.
 *
 * <p>WAITING FOR THE CONNECTION SERVICE: testing and the action cards are built elsewhere. Until they are
 * wired in here, both answer {@code 503 not_available} rather than pretend to have talked to Slack.
 */
@ApplicationScoped
public class ConnectionActions {

  /** Card names are lower-case words joined by dashes, e.g. {@code search-users}. */
  private static final Pattern CARD_NAME = Pattern.compile("[a-z][a-z0-9-]{0,63}");

  @Inject
  ConnectionQueries connections;

  public ConnectionTestJson test(ConsoleUser caller, long connectionId) {
    RoleCheck.requireMayUseConnections(caller);
    SlackConnection connection = connections.visible(caller, connectionId);
    throw new ApiException(ErrorCode.NOT_AVAILABLE, "Testing connection " + connection.getId()
        + " is not available in this version yet: it waits for the connection service.");
  }

  public CardRunJson runCard(ConsoleUser caller, long connectionId, String card, JsonObject inputs) {
    RoleCheck.requireMayUseConnections(caller);
    SlackConnection connection = connections.visible(caller, connectionId);
    if (card == null || !CARD_NAME.matcher(card).matches()) {
      throw new ApiException(ErrorCode.NOT_FOUND, "There is no such action card.");
    }
    throw new ApiException(ErrorCode.NOT_AVAILABLE, "Action cards cannot run on connection "
        + connection.getId() + " in this version yet: they wait for the card runner.");
  }
}
