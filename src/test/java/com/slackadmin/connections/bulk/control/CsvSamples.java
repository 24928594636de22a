package com.slackadmin.connections.bulk.control;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Writes the CSV samples of the tests' tables on one line each, with the invisible made visible: {@code ⏎} is LF,
 * {@code ␍} is CR, {@code ⇥} is a tab and {@code {E9}} is the raw byte 0xE9, whatever the bytes around it.
 */
final class CsvSamples {

  /** A made-up card's inputs: userId required, groupId and email optional. */
  static final List<String> COLUMNS = List.of("groupId", "userId", "email");
  static final Set<String> REQUIRED = Set.of("userId");

  private static final Pattern RAW = Pattern.compile("\\{([0-9A-F]{2})}");

  private CsvSamples() {}

  static CsvTable parse(String sample) {
    return CsvTable.parse(bytes(sample), COLUMNS, REQUIRED);
  }

  static String text(String sample) {
    return sample.replace("⏎", "\n").replace("␍", "\r").replace("⇥", "\t");
  }

  static byte[] bytes(String sample) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    String text = text(sample);
    Matcher raw = RAW.matcher(text);
    int from = 0;
    while (raw.find()) {
      bytes.writeBytes(text.substring(from, raw.start()).getBytes(StandardCharsets.UTF_8));
      bytes.write(Integer.parseInt(raw.group(1), 16));
      from = raw.end();
    }
    bytes.writeBytes(text.substring(from).getBytes(StandardCharsets.UTF_8));
    return bytes.toByteArray();
  }

  /** The rows as {@code line{name=value, ...}}, space-separated, line breaks in values shown as ⏎. */
  static String rendered(CsvTable table) {
    return table.rows().stream().map(row -> row.line() + row.values().toString().replace("\n", "⏎"))
        .collect(Collectors.joining(" "));
  }
}
