/**
 * Slack connections: creating one through Slack's OAuth, keeping it (rename, share, transfer, reauthorize,
 * delete), and every use of it.
 *
 * <p>Owns the rules of DESIGN section 2 that concern a connection itself: {@code CreationRules} (plan, role
 * and install level when Slack grants a token), {@code RetentionRule} (the account must still be an Owner or
 * Admin on every use), {@code NicknameRule}, and the {@code UseGate}, the one way to use a connection: one
 * read, one access decision, the token refresh, the retention check and the audit record, whatever the use.
 * Its refusals are one type, {@code UseRefusal}, that knows its JSON API code and reads as a console message.
 * What a use is, and whether it ended ok, refused or failed, is said once ({@code UseGate}, {@code UseOutcome});
 * "Last used", the 30-day counts and the charts of uses per day ({@code ConnectionUsage}) all read it.
 * Tokens are encrypted at rest ({@code TokenCipher}) and never leave this feature except inside a
 * {@code VerifiedConnection} handed to a use.
 *
 * <p>The health sweep ({@code HealthSweep}) re-verifies connections not verified within
 * {@code HEALTH_SWEEP_INTERVAL} through the same gate, as the system actor, claiming each with a lease so that
 * one node checks it, paced within its Slack org's Web API tiers. The gate and the token refresher announce a
 * changed status as a {@code ConnectionStatusChanged} event; telling people is the {@code notification}
 * feature's, which observes it. {@code ConnectionHealth} answers pages: how many connections need attention,
 * whether one is due for a check.
 *
 * <p>The boundary holds the console pages (the Connections page, New Connection and its OAuth callback, a
 * connection's page and audit trail, the Teammates page's bulk transfer) and the JSON API's connection
 * resources. The OAuth state is checked once, by {@code PendingAuthorizations}; the code exchange is the
 * {@code slack} feature's pac4j client, handed to control as a {@code CodeExchange}.
 *
 * <p>Leaves to others: who may do what ({@code account}'s {@code ConsoleAccess}, asked here), the cards and
 * the hierarchy rule ({@code card}, which uses the gate), the Slack calls ({@code slack}), storing the audit
 * trail ({@code audit}).
 */
package com.slackadmin.connections.connection;
