package com.slackadmin.connections.bulk.boundary;

import com.slackadmin.connections.bulk.control.RowInputs;
import com.slackadmin.connections.bulk.entity.BulkRow;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Cells of the rows download, written as RFC 4180 CSV. A cell a spreadsheet would run as a formula (starting
 * with {@code = + - @}, tab or CR) is prefixed with an apostrophe: a Slack display name is anyone's to choose.
 */
final class CsvCells {

  private CsvCells() {}

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

  static void line(Writer out, List<String> cells) throws IOException {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.write(',');
      }
      out.write(cell(cells.get(i)));
    }
    out.write("\r\n");
  }

  static String cell(String value) {
    if (value == null || value.isEmpty()) {
      return "";
    }
    String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    boolean quote = safe.indexOf(',') >= 0 || safe.indexOf('"') >= 0 || safe.indexOf('\n') >= 0
        || safe.indexOf('\r') >= 0;
    return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
  }
}
