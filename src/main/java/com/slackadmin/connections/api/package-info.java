/**
 * The JSON API under {@code /api}, for scripts and workflow engines.
 *
 * <p>Callers authenticate with a personal API token ({@code account} feature); the API then obeys the same
 * visibility and role rules as the console, by calling the same stores and checks, never rules of its own.
 * {@code boundary} holds the JAX-RS application, its resources and the exception mapper; {@code control}
 * the error table and the one class that meets the connection service and card runner
 * ({@code ConnectionActions}); {@code entity} the JSON shapes, built field by field so that no secret can
 * slip into an answer. Every error is {@code {code, message, details}} with a code from {@code ErrorCode}.
 *
 * <p>Out of scope: the cards themselves and the Slack calls (the {@code card} and {@code slack} features).
 */
package com.slackadmin.connections.api;
