package com.slackadmin.connections.bulk.boundary;

import com.slackadmin.connections.bulk.control.RowInputs;
import com.slackadmin.connections.bulk.entity.BulkRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A run's row as the cells of its rows download: its line, its inputs in the card's columns, its outcome. */
final class RowCells {

  static final List<String> OUTCOME = List.of("target", "state", "outcome", "message", "attempts", "finishedAt");

  private RowCells() {}

  static List<String> header(List<String> inputColumns) {
    List<String> header = new ArrayList<>(List.of("line"));
    header.addAll(inputColumns);
    header.addAll(OUTCOME);
    return header;
  }

  static List<String> of(BulkRow row, List<String> inputColumns) {
    Map<String, String> inputs = RowInputs.of(row);
    List<String> cells = new ArrayList<>();
    cells.add(String.valueOf(row.getLine()));
    inputColumns.forEach(column -> cells.add(inputs.getOrDefault(column, "")));
    cells.add(row.getTarget());
    cells.add(row.getState().name());
    cells.add(row.getOutcome());
    cells.add(row.getMessage());
    cells.add(String.valueOf(row.getAttempts()));
    cells.add(row.getFinishedAt() == null ? "" : row.getFinishedAt().toString());
    return cells;
  }
}
