package com.slackadmin.connections.account.control;

import java.util.Map;

/**
 * How many connections each teammate owns, for the Teammates page. The connection feature answers (it
 * depends on this one, never the other way round), so the page asks through this interface.
 */
public interface OwnedConnections {

  /** Connection counts by the owner's console user id; teammates who own none are absent. */
  Map<Long, Long> countsByOwner();
}
