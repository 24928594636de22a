package com.slackadmin.connections.bulk.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The header row's rules: every cell names one of the card's inputs, exactly and once, and the required ones are
 * all there. Names match exactly so that a column is never quietly read as another input; a near miss
 * ({@code userid}, {@code User ID}) is answered with the name it probably means.
 */
final class CsvHeader {

  private static final int SHOWN = 40;

  private CsvHeader() {}

  /**
   * @return the header's names, trimmed, in the file's order
   * @throws CsvException naming the line and the cell (column number) of the first problem
   */
  static List<String> check(List<String> cells, int line, List<String> columns, Set<String> required) {
    List<String> names = new ArrayList<>(cells.size());
    for (int i = 0; i < cells.size(); i++) {
      String name = cells.get(i).strip();
      int column = i + 1;
      if (name.isEmpty()) {
        throw CsvException.at(line, column, "this column has no name in the header. Name it (" + accepted(columns)
            + ") or delete the column.");
      }
      if (!columns.contains(name)) {
        throw CsvException.at(line, column, unknown(name, columns));
      }
      int earlier = names.indexOf(name);
      if (earlier >= 0) {
        throw CsvException.at(line, column,
            quoted(name) + " is also column " + (earlier + 1) + ". Give each input in one column only.");
      }
      names.add(name);
    }
    List<String> missing = columns.stream().filter(required::contains).filter(name -> !names.contains(name)).toList();
    if (!missing.isEmpty()) {
      String listed = missing.size() == 1 ? missing.get(0)
          : String.join(", ", missing.subList(0, missing.size() - 1)) + " and " + missing.get(missing.size() - 1);
      throw CsvException.onLine(line, "Line " + line + ": the header has no " + listed
          + (missing.size() == 1 ? " column; this card needs it." : " columns; this card needs them."));
    }
    return names;
  }

  private static String unknown(String name, List<String> columns) {
    String loose = loose(name);
    return columns.stream().filter(column -> loose(column).equals(loose)).findFirst()
        .map(meant -> quoted(name) + " is not an input of this card; did you mean " + quoted(meant)
            + "? Column names must be written exactly so.")
        .orElseGet(() -> quoted(name) + " is not an input of this card. The header names the columns; they can be: "
            + accepted(columns) + ".");
  }

  /** Case, spaces and punctuation aside: {@code User ID} and {@code user_id} are loosely {@code userId}. */
  private static String loose(String name) {
    StringBuilder letters = new StringBuilder(name.length());
    name.codePoints().filter(Character::isLetterOrDigit).map(Character::toLowerCase).forEach(letters::appendCodePoint);
    return letters.toString();
  }

  private static String accepted(List<String> columns) {
    return String.join(", ", columns);
  }

  /** A data row taken for a header can hold anything; the message shows enough of it to find it. */
  private static String quoted(String name) {
    return "\"" + (name.length() > SHOWN ? name.substring(0, SHOWN) + "…" : name) + "\"";
  }
}
