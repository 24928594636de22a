package com.slackadmin.connections.card.boundary;

import jakarta.json.JsonObject;

/**
 * A successful action card run: the card's typed outputs as a JSON object. A refused or failed run is an
 * {@link ApiError} instead; either way the run is in the connection's audit trail.
 */
public record CardRunJson(long connectionId, String card, JsonObject output, long durationMs) {}
