/**
 * The embedded Slack sandbox: a faithful stand-in for the parts of Slack this product talks to, so the console
 * can be tried, demonstrated and tested without a real Slack organisation.
 *
 * <p>It serves, under {@code /sandbox/}: Slack's OAuth v2 pages (sign in, choose an account, choose the org or a
 * workspace, Authorize / Cancel), the Web API methods the product calls ({@code oauth.v2.access},
 * {@code auth.test}, {@code auth.teams.list}, {@code users.info}, {@code users.list}, {@code team.info}, {@code team.billing.info},
 * {@code auth.revoke}),
 * SCIM 2.0 {@code Users} and {@code Groups}, a control page where people's roles and workspaces' plans can be
 * changed to watch the product's rules act, and a JSON control API for tests (reset, roles, plans, faults,
 * token rotation, recorded calls).
 *
 * <p>Rules it holds to: it is on only while real Slack credentials ({@code SLACK_CLIENT_ID} and
 * {@code SLACK_CLIENT_SECRET}) are not both configured, and otherwise every {@code /sandbox/} URL is a 404; all
 * state is in memory, seeded on the first start and on reset (plus {@code SANDBOX_SEED_USERS} generated Members for
 * trying bulk runs: look-ups by id, email or user name cost as little at ten thousand people as at ten), and
 * saved to {@code DATA_DIR/sandbox.json} after each change, so that a restart keeps people, plans, groups and
 * tokens, and a product being tried keeps its connections;
 * responses use Slack's own field names and error codes, and it refuses what Slack refuses (SCIM without the {@code admin} scope, by a demoted user, or on an account that
 * outranks the caller). Its browser sign-in uses its own cookie, never the console's session. It shares no code
 * with the product's Slack client, on purpose: a shared mistake would pass unnoticed.
 *
 * <p>Out of scope: bots, channels, messages, events, and any Slack method the product does not call.
 */
package com.slackadmin.connections.sandbox;
