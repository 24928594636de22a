/**
 * Bulk runs: one action card over many accounts, in the background, paced to Slack's published limits,
 * resumable. So far this feature holds the reading of a run's targets: {@code control.CsvTable} turns an uploaded
 * CSV, whose header row names the card's inputs, or the console's "one user id or email per line" list into
 * numbered rows, and refuses what it cannot read with a message naming the line and column to fix. What each value
 * must look like is left to the card's own input rules ({@code card}); running, pacing and resuming are to come.
 */
package com.slackadmin.connections.bulk;
