package com.slackadmin.connections.bulk.control;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The targets of a bulk run, read from a CSV whose header row names the card's inputs, or from the console's
 * "one user id or email per line" list. Reading is strict, since a misread column would run the card on the wrong
 * accounts, and refuses with a message naming the line and column to fix; what each value must look like is the
 * card's rule, not the reader's.
 *
 * @param header the header's names, in the file's order
 * @param rows the data records, in the file's order, blank lines left out
 */
public record CsvTable(List<String> header, List<Row> rows) {

  /** The largest CSV taken, checked before it is decoded. */
  public static final int MAX_BYTES = 4 * 1024 * 1024;

  /** The most rows one run takes. */
  public static final int MAX_ROWS = 50_000;

  /**
   * One data record.
   *
   * @param line the physical line the record starts on, 1-based; in a CSV the header is line 1 (after an optional
   *     byte order mark), so people find the row in an editor or spreadsheet by this number
   * @param values column name to value, only the values given (not empty), in the header's order
   */
  public record Row(int line, Map<String, String> values) {

    public Row {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }
  }

  public CsvTable {
    header = List.copyOf(header);
    rows = List.copyOf(rows);
  }

  /**
   * Reads a bulk run's CSV: UTF-8 (a byte order mark is skipped), RFC 4180, a header row of the card's input
   * names and at least one row. Spaces and tabs around unquoted values are dropped; quoted values are kept as
   * they are. Blank lines, and lines of nothing but commas, are skipped.
   *
   * @param columns the names the card accepts, in the card's order; a header cell must match one exactly
   * @param required the names that must be columns of the header; all of them among {@code columns}
   * @throws CsvException naming the line and column of the first problem
   */
  public static CsvTable parse(byte[] bytes, List<String> columns, Set<String> required) {
    if (!columns.containsAll(required)) {
      throw new IllegalArgumentException("Required columns " + required + " are not all among " + columns);
    }
    CsvRecords records = new CsvRecords(CsvText.decode(bytes));
    List<String> fields = nextGiven(records);
    if (fields == null) {
      throw CsvException.ofText("The CSV is empty.");
    }
    List<String> header = CsvHeader.check(fields, records.line(), columns, required);
    List<Row> rows = new ArrayList<>();
    for (fields = nextGiven(records); fields != null; fields = nextGiven(records)) {
      int line = records.line();
      if (fields.size() != header.size()) {
        throw CsvException.onLine(line, "Line " + line + " has " + count(fields.size(), "field") + "; the header has "
            + header.size() + "." + (fields.size() > header.size() ? " A value with a comma needs quotes." : ""));
      }
      requireRoom(rows, line, "row");
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < fields.size(); i++) {
        if (!fields.get(i).isEmpty()) {
          values.put(header.get(i), fields.get(i));
        }
      }
      rows.add(new Row(line, values));
    }
    if (rows.isEmpty()) {
      throw CsvException.ofText("The CSV has a header but no rows.");
    }
    return new CsvTable(header, rows);
  }

  /**
   * Reads the console's simpler list: one user id or email per line, no header. Blank lines are skipped and values
   * trimmed; a line that holds a comma or a second word is refused rather than guessed at.
   *
   * @param column the card input every value is for
   * @return a table of that one column; a row's line is its line in the list
   * @throws CsvException naming the line and column of the first problem
   */
  public static CsvTable oneColumn(String text, String column) {
    CsvText.requireText(text);
    List<String> lines = text.lines().toList();
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String value = oneValue(lines.get(i), i + 1);
      if (!value.isEmpty()) {
        requireRoom(rows, i + 1, "value");
        rows.add(new Row(i + 1, Map.of(column, value)));
      }
    }
    if (rows.isEmpty()) {
      throw CsvException.ofText("The list is empty.");
    }
    return new CsvTable(List.of(column), rows);
  }

  /** The line's value, trimmed, or empty for a blank line. */
  private static String oneValue(String text, int line) {
    String value = text.strip();
    int offset = text.indexOf(value);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || Character.isWhitespace(c)) {
        int at = i;
        while (Character.isWhitespace(value.charAt(at))) {
          at++;
        }
        throw CsvException.at(line, text.codePointCount(0, offset + at) + 1,
            (value.charAt(at) == ',' ? "a comma" : "a second value") + ". Put one user id or email on each line.");
      }
    }
    return value;
  }

  /** The next record with a value in it: blank lines and Excel's ",,," for an empty row are not rows. */
  private static List<String> nextGiven(CsvRecords records) {
    for (List<String> fields = records.next(); fields != null; fields = records.next()) {
      if (fields.stream().anyMatch(field -> !field.isEmpty())) {
        return fields;
      }
    }
    return null;
  }

  private static void requireRoom(List<Row> rows, int line, String noun) {
    if (rows.size() == MAX_ROWS) {
      throw CsvException.onLine(line, String.format(Locale.ROOT,
          "Line %d is %s %,d; a bulk run takes at most %,d %ss. Split it into smaller runs.", line, noun,
          MAX_ROWS + 1, MAX_ROWS, noun));
    }
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
