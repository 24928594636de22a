package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.account.control.ConsoleAccess;
import com.slackadmin.connections.account.control.ConsoleAccess.Action;
import com.slackadmin.connections.account.entity.ConsoleUser;
import com.slackadmin.connections.connection.entity.ConnectionStatus;
import com.slackadmin.connections.connection.entity.SlackConnection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * The connections a person may pick to act with (an action card started from the card, not from a connection):
 * those they may use now, and those they see but cannot use, each with why and what to do. Offering is not
 * deciding: the use gate checks the chosen one again, as for every use.
 */
@ApplicationScoped
public class ConnectionChoices {

  /** More than a person picks from in a list; the Connections page finds the others. */
  public static final int LIMIT = 200;

  @Inject
  ConnectionStore store;

  /** One connection as a choice: usable now, or why not. */
  public record Choice(SlackConnection connection, String whyNot) {

    public boolean isUsable() {
      return whyNot == null;
    }

    public SlackConnection getConnection() {
      return connection;
    }

    public String getWhyNot() {
      return whyNot;
    }
  }

  /**
   * @param more whether the person sees more connections than were listed
   */
  public record Choices(List<Choice> usable, List<Choice> unusable, boolean more) {

    public List<Choice> getUsable() {
      return usable;
    }

    public List<Choice> getUnusable() {
      return unusable;
    }

    public boolean isMore() {
      return more;
    }

    public boolean isNoConnection() {
      return usable.isEmpty() && unusable.isEmpty();
    }
  }

  /** Whether {@code user} has at least one connection to choose now. */
  public boolean anyUsable(ConsoleUser user) {
    return ConsoleAccess.mayUseConnections(user) && store.seesAny(user, ConnectionStatus.ACTIVE);
  }

  /** The connections {@code user} sees, most recently used first, split into usable now and not. */
  public Choices of(ConsoleUser user) {
    return of(user, null);
  }

  /**
   * As {@link #of(ConsoleUser)}, with {@code chosen} among them even when it is not one of the most recently used
   * (a connection just created has never been used), if the user sees it.
   */
  public Choices of(ConsoleUser user, Long chosen) {
    List<SlackConnection> found = store.seenByLastUse(user, LIMIT + 1);
    List<SlackConnection> seen = new ArrayList<>(found.subList(0, Math.min(LIMIT, found.size())));
    if (chosen != null && seen.stream().noneMatch(c -> c.getId().equals(chosen))) {
      store.findVisible(user, chosen).ifPresent(c -> seen.add(0, c));
    }
    List<Choice> usable = new ArrayList<>();
    List<Choice> unusable = new ArrayList<>();
    for (SlackConnection connection : seen) {
      boolean owner = connection.getOwner().getId().equals(user.getId());
      Choice choice = new Choice(connection, whyNot(user, owner, connection.getStatus(),
          connection.getStatusReason()));
      (choice.isUsable() ? usable : unusable).add(choice);
    }
    return new Choices(usable, unusable, found.size() > LIMIT);
  }

  /**
   * Why a connection the user sees cannot be used now, or null when it can.
   *
   * @param owner whether the user owns it; otherwise it is shared with them, or they are an ADMIN
   */
  static String whyNot(ConsoleUser user, boolean owner, ConnectionStatus status, String statusReason) {
    if (!ConsoleAccess.allows(user, owner, !owner, Action.RUN_CARD)) {
      return "A VIEWER cannot use connections.";
    }
    if (status == ConnectionStatus.ACTIVE) {
      return null;
    }
    return status.getLabel() + ":" + (statusReason == null ? "" : " " + statusReason) + " To use it again, "
        + status.getWhatToDo();
  }
}
