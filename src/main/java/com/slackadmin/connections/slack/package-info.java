/**
 * Talking to Slack: the Web API methods ({@code auth.test}, {@code users.info}, {@code users.list} for a
 * workspace's whole roster, {@code team.billing.info}, {@code auth.revoke}, token refresh) and SCIM 2.0 through Slack's Java SDK, with rate-limit waits, time-outs
 * and Slack's refusals turned into {@code SlackException}s that say what Slack said; and the OAuth client of
 * the connection flow ({@code boundary.SlackOAuth}, pac4j), which builds the authorize redirect and exchanges
 * the code.
 *
 * <p>Knows Slack's shapes, not the product's rules: which plan, role or rank is enough is decided by the
 * {@code connection} and {@code card} features. Where Slack lives (real Slack or the sandbox) comes from
 * {@code SlackSettings}.
 *
 * <p>Leaves to others: the Slack stand-in ({@code sandbox}, which shares no code with this feature).
 */
package com.slackadmin.connections.slack;
