/**
 * Notifications: telling people when a connection stops or starts working again, when Slack refuses to renew
 * its token, and when a bulk run finishes or pauses, in the console, by email and by webhook.
 *
 * <p>Observes what other features announce, once committed: the connection feature's
 * {@code ConnectionStatusChanged} (from the use gate, so also from the health sweep, and from the token
 * refresher) and the bulk runs' audit events. {@code Notifier} stores each occurrence once, a console
 * notification per recipient ({@code Recipients}: the connection's owner and sharees and every ADMIN, enabled),
 * and a delivery per email (people who opted in on their profile, while {@code SMTP_HOST} is set) and per
 * registered webhook. The {@code DeliveryWorker} sends deliveries from that outbox, claimed with a lease so that
 * one node sends each, retried on the {@code RetrySchedule} and given up after the last attempt; every attempt
 * shows in the delivery log. Webhook calls carry an HMAC-SHA256 signature ({@code WebhookSignature}); their
 * secrets are encrypted with the key of the Slack tokens. Nothing sent holds a token.
 *
 * <p>Leaves to others: what changed and when (connection, bulk), who owns and shares a connection
 * (connection), people, their roles and their email settings (account).
 */
package com.slackadmin.connections.notification;
