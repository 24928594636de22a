package com.slackadmin.connections.bulk.control;

import com.slackadmin.connections.platform.PlainText;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Turns an uploaded CSV's bytes into text, or says why they are not the text of a CSV: too large, not UTF-8 (most
 * often a spreadsheet saved as plain "CSV" in a Windows code page), or not text at all. Decoding is strict so that
 * a wrong encoding is reported at the first bad byte rather than read as replacement characters that would then
 * fail, or worse match, row by row.
 */
final class CsvText {

  private static final double MB = 1024 * 1024;
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
  private static final byte[] ZIP = {'P', 'K', 3, 4};

  private CsvText() {}

  /** @throws CsvException when the bytes are too many, not UTF-8, or hold control characters */
  static String decode(byte[] bytes) {
    if (bytes.length > CsvTable.MAX_BYTES) {
      // callers read at most one byte more than the limit, so the size past it is not known: say "more than"
      throw CsvException.ofText(String.format(Locale.ROOT,
          "The CSV is larger than %.0f MB; a bulk run takes at most %.0f MB and %,d rows. Split it into smaller "
              + "files.",
          CsvTable.MAX_BYTES / MB, CsvTable.MAX_BYTES / MB, CsvTable.MAX_ROWS));
    }
    if (startsWith(bytes, ZIP)) {
      throw CsvException.at(1, 1, "this is a ZIP file, such as an Excel workbook (.xlsx), not CSV text. "
          + "Save it as CSV UTF-8 and try again.");
    }
    int start = startsWith(bytes, BOM) ? BOM.length : 0;
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    // UTF-8 never gives more chars than bytes, so the buffer cannot overflow
    CharBuffer text = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, start, bytes.length - start), text, true);
    if (!result.isError()) {
      result = decoder.flush(text);
    }
    text.flip();
    // whichever comes first: binary junk often decodes for a while, and a NUL says more than a bad byte
    requireText(text);
    if (result.isError()) {
      throw CsvException.at(text, text.length(),
          "not valid UTF-8 text. Save the file as UTF-8 (CSV UTF-8) and try again.");
    }
    return text.toString();
  }

  /** @throws CsvException at the first control character other than tab, CR and LF */
  static void requireText(CharSequence text) {
    int at = PlainText.Check.firstControl(text, true);
    if (at >= 0) {
      throw CsvException.at(text, at,
          String.format(Locale.ROOT, "this does not look like CSV text (control character U+%04X).",
              (int) text.charAt(at)));
    }
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
