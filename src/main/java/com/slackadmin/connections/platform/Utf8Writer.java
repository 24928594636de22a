package com.slackadmin.connections.platform;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Writes text as UTF-8 the way {@link String#getBytes} does. The JDK's stream encoder goes character by
 * character for the rest of its buffer once it meets one that is not ASCII (a "·" in the title is enough), which
 * was a sixth of the Connections page's CPU; a string of Latin-1 text is encoded by one intrinsic. Meant for
 * chunks of a buffered writer: a surrogate pair split between two writes is joined again.
 */
final class Utf8Writer extends Writer {

  private final OutputStream out;
  /** The high half of a surrogate pair whose low half comes with the next write. */
  private String pendingHigh = "";

  Utf8Writer(OutputStream out) {
    this.out = out;
  }

  @Override
  public void write(char[] chars, int offset, int length) throws IOException {
    if (length == 0) {
      return;
    }
    String text = pendingHigh.isEmpty() ? new String(chars, offset, length)
        : pendingHigh + new String(chars, offset, length);
    int end = text.length();
    if (Character.isHighSurrogate(text.charAt(end - 1))) {
      pendingHigh = text.substring(end - 1);
      text = text.substring(0, end - 1);
    } else {
      pendingHigh = "";
    }
    out.write(text.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** A high surrogate left alone at the end is written as the encoder writes one: a question mark. */
  @Override
  public void close() throws IOException {
    if (!pendingHigh.isEmpty()) {
      out.write(pendingHigh.getBytes(StandardCharsets.UTF_8));
      pendingHigh = "";
    }
    out.close();
  }
}
