package com.slackadmin.connections.bulk.control;

import com.slackadmin.connections.platform.NotVisibleException;

/** No such bulk run, or not one the person may see: both answer the same, so runs cannot be probed. */
public class BulkRunNotFoundException extends NotVisibleException {

  public BulkRunNotFoundException(long runId) {
    super("There is no bulk run " + runId + ", or it is not yours to see.");
  }
}
