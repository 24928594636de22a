package com.slackadmin.connections.bulk.control;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records of fields, in one pass: RFC 4180, with the kindnesses spreadsheets and hand
 * editing call for. Spaces and tabs around a field are dropped, also around a quoted one, so {@code a, "b"} reads
 * as two fields; a lone CR ends a line as CRLF and LF do. A quoted field is kept exactly, line breaks included.
 * Each record remembers the physical line it starts on, which is the line a person finds in an editor.
 */
final class CsvRecords {

  private final String text;
  private int at;
  private int line = 1;
  private int recordLine;

  CsvRecords(String text) {
    this.text = text;
  }

  /**
   * The next record's fields, or null after the last. A blank line is a record of one empty field.
   *
   * @throws CsvException at a quote where none may be, or at a quoted field that never ends
   */
  List<String> next() {
    if (at >= text.length()) {
      return null;
    }
    recordLine = line;
    List<String> fields = new ArrayList<>();
    while (true) {
      fields.add(field());
      if (at >= text.length()) {
        return fields;
      }
      char separator = text.charAt(at++);
      if (separator != ',') {
        if (separator == '\r' && at < text.length() && text.charAt(at) == '\n') {
          at++;
        }
        line++;
        return fields;
      }
    }
  }

  /** The line the record {@link #next()} answered starts on. */
  int line() {
    return recordLine;
  }

  private String field() {
    int start = skipBlanks(at);
    if (start < text.length() && text.charAt(start) == '"') {
      return quoted(start);
    }
    int end = start;
    for (; end < text.length(); end++) {
      char c = text.charAt(end);
      if (c == ',' || c == '\n' || c == '\r') {
        break;
      }
      if (c == '"') {
        throw CsvException.at(text, end, "a quote inside a field that does not start with one. Put the whole "
            + "field in quotes, and write this quote as two (\"\").");
      }
    }
    at = end;
    while (end > start && isBlank(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private String quoted(int quote) {
    StringBuilder unescaped = null;
    int from = quote + 1;
    int i = from;
    for (;; i++) {
      if (i >= text.length()) {
        throw CsvException.at(text, quote, "this quoted field has no closing quote, so everything after it "
            + "would be one value. Add the missing quote.");
      }
      char c = text.charAt(i);
      if (c == '"') {
        if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
          // keep the first of the two quotes, skip the second
          unescaped = (unescaped == null ? new StringBuilder() : unescaped).append(text, from, i + 1);
          i++;
          from = i + 1;
          continue;
        }
        break;
      }
      if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
        line++;
      }
    }
    String value = unescaped == null ? text.substring(from, i) : unescaped.append(text, from, i).toString();
    at = skipBlanks(i + 1);
    if (at < text.length() && ",\r\n".indexOf(text.charAt(at)) < 0) {
      throw CsvException.at(text, at, "text after the closing quote of a field. Put the whole field in quotes, "
          + "and write each quote inside it as two (\"\").");
    }
    return value;
  }

  private int skipBlanks(int from) {
    int i = from;
    while (i < text.length() && isBlank(text.charAt(i))) {
      i++;
    }
    return i;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }
}
