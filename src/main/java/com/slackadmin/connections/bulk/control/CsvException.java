package com.slackadmin.connections.bulk.control;

/**
 * What is wrong with a bulk run's CSV, and where: a message a person can act on without opening the file in a
 * hex editor, naming the line and, when the problem is at one place on it, the column.
 *
 * <p>The column is a character position on the line (1-based, counting characters, not bytes) for problems in
 * the text itself: its encoding, a control character, a misplaced quote. For problems with a header cell it is
 * the cell's number, as a spreadsheet counts columns.
 */
public final class CsvException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final int column;

  CsvException(int line, int column, String message) {
    super(message);
    this.line = line;
    this.column = column;
  }

  /** A problem with the whole text (its size, no rows at all): no line, no column. */
  static CsvException ofText(String message) {
    return new CsvException(0, 0, message);
  }

  /** A problem with one line as a whole. */
  static CsvException onLine(int line, String message) {
    return new CsvException(line, 0, message);
  }

  /** A problem at one place: the message starts "Line l, column c: ". */
  static CsvException at(int line, int column, String problem) {
    return new CsvException(line, column, "Line " + line + ", column " + column + ": " + problem);
  }

  /**
   * A problem at {@code index} of {@code text}. The line and column are counted only now, once, so that the
   * readers need not keep a column for every character they pass.
   */
  static CsvException at(CharSequence text, int index, String problem) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < index; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        line++;
        column = 1;
      } else if (c != '\r' && !Character.isLowSurrogate(c)) {
        column++;
      }
    }
    return at(line, column, problem);
  }

  /** The line the problem is on, 1-based; the header is line 1. 0 when the problem is not on one line. */
  public int line() {
    return line;
  }

  /** Where on the line (see the class comment), 1-based; 0 when the problem is not at one place. */
  public int column() {
    return column;
  }
}
