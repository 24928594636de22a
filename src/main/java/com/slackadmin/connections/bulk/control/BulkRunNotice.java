package com.slackadmin.connections.bulk.control;

/**
 * A run finished or paused, fired with its audit entry so that people can be told and led to the run's page.
 *
 * @param finished true when every row has an outcome, false when the run paused
 * @param by the console user who paused it, or null for the run itself
 * @param summary which run and its counts, as its audit entry says it
 */
public record BulkRunNotice(long runId, long connectionId, String connectionNickname, boolean finished, String by,
    String summary) {}
