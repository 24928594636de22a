package com.slackadmin.connections.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The bytes are UTF-8's, however the text is cut into writes, surrogate pairs included. */
class Utf8WriterTest {

  @ParameterizedTest
  @ValueSource(strings = {"", "plain ASCII", "Acme · Business+ — Owner", "Zoë's café", "日本語のワークスペース",
      "emoji \uD83D\uDE80 in a nickname \uD83C\uDF89", "\uD83D\uDE80\uD83D\uDE80"})
  void everyCutGivesTheSameBytes(String text) throws IOException {
    byte[] expected = text.getBytes(StandardCharsets.UTF_8);
    for (int cut = 0; cut <= text.length(); cut++) {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      try (Utf8Writer writer = new Utf8Writer(bytes)) {
        writer.write(text.toCharArray(), 0, cut);
        writer.write(text.toCharArray(), cut, text.length() - cut);
      }
      assertArrayEquals(expected, bytes.toByteArray(), "cut at " + cut);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"ends high \uD83D", "\uD83D"})
  void aHighSurrogateLeftAloneIsWrittenAsTheEncoderWouldWriteIt(String text) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Utf8Writer writer = new Utf8Writer(bytes)) {
      writer.write(text);
    }
    assertArrayEquals(text.getBytes(StandardCharsets.UTF_8), bytes.toByteArray());
  }
}
