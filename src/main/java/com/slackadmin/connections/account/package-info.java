/**
 * Console users: first-run setup, sign-in (session for the console, personal API tokens for the JSON API),
 * teammates, roles, and each person's theme ({@code ThemeChoice}).
 *
 * <p>Owns who may do what in the console: {@code control.ConsoleAccess} is the one table of role x
 * owner/sharee x action for connections, and the decisions that follow from a role alone (who sees all
 * connections, who may own them and so receive a transfer, who transfers, who holds API tokens, who manages
 * teammates). The connection feature asks it for every connection; the pages only hide what it refuses.
 *
 * <p>API tokens are random, shown once, and stored only as a SHA-256 hash; a token acts with its owner's
 * current role, and stops working when revoked or when its owner is disabled.
 *
 * <p>Leaves to others: connections and who owns or shares them ({@code connection}; the Teammates page asks
 * for connection counts through {@code control.OwnedConnections}, and the transfer of a disabled teammate's
 * connections is the connection feature's form), Slack identities ({@code slack}).
 */
package com.slackadmin.connections.account;
