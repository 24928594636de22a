/**
 * Console users: first-run setup, sign-in (session for the console, personal API tokens for the JSON API),
 * teammates, roles and what each role may do ({@code RoleCheck}; per connection, including shares, the
 * connection feature's {@code ConsoleAccess}), and each person's theme ({@code ThemeChoice}).
 *
 * <p>API tokens are random, shown once, and stored only as a SHA-256 hash; a token acts with its owner's
 * current role, and stops working when revoked or when its owner is disabled.
 *
 * <p>Out of scope: Slack identities, which belong to the {@code connection} and {@code slack} features.
 */
package com.slackadmin.connections.account;
