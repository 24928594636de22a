package com.slackadmin.connections.card.entity;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;

/**
 * A card that ran: its typed output (what the JSON API returns), the same as a table for people, and the
 * JSON Slack answered with.
 *
 * @param output the card's typed output, e.g. {@code {"user": {...}}} or {@code {"users": [...], ...}}
 * @param scim Slack's SCIM answer as it came ({@code null} JSON for an empty answer)
 * @param summary the result in one sentence for people
 */
public record CardResult(Card card, String target, JsonObject output, JsonValue scim, OutputTable table,
    long durationMs, String summary) {

  /** Rows of strings under column headings, for the console. */
  public record OutputTable(List<String> columns, List<List<String>> rows) {

    public List<String> getColumns() {
      return columns;
    }

    public List<List<String>> getRows() {
      return rows;
    }
  }

  public OutputTable getTable() {
    return table;
  }

  public long getDurationMs() {
    return durationMs;
  }

  public String getSummary() {
    return summary;
  }

  /** Whether the result is a list found by a search: its table is what was asked for, so it is shown unfolded. */
  public boolean isListing() {
    return card == Card.SEARCH_USERS || card == Card.SEARCH_GROUPS;
  }
}
