package com.slackadmin.connections.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one rule for typed text: no control characters; line breaks and tabs only where a field is multi-line. */
class PlainTextTest {

  static class Form {
    @PlainText
    String line;

    @PlainText(multiLine = true)
    String lines;
  }

  @ParameterizedTest(name = "[{0}]: one line {1}, multi-line {2}")
  @CsvSource(delimiter = '|', textBlock = """
      Acme Plus            | true  | true
      Ünïcödé · 日本 🎉     | true  | true
      Acme\\u0000          | false | false
      a\\u001Bb            | false | false
      a\\u007Fb            | false | false
      a\\u0085b            | false | false
      two\\nlines          | false | true
      tab\\there           | false | true
      cr\\r\\nlf           | false | true
      """)
  void controlCharactersAreRefusedLineBreaksOnlyInMultiLineFields(String escaped, boolean oneLine,
      boolean multiLine) throws NoSuchFieldException {
    String text = unescape(escaped);
    assertEquals(oneLine, PlainText.Check.isPlain(text, false));
    assertEquals(multiLine, PlainText.Check.isPlain(text, true));

    assertEquals(oneLine, validatorOf("line").isValid(text, null));
    assertEquals(multiLine, validatorOf("lines").isValid(text, null));
  }

  /** The validator as Bean Validation sets it up for the field's annotation. */
  private static PlainText.Check validatorOf(String field) throws NoSuchFieldException {
    PlainText.Check check = new PlainText.Check();
    check.initialize(Form.class.getDeclaredField(field).getAnnotation(PlainText.class));
    return check;
  }

  private static String unescape(String escaped) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < escaped.length(); i++) {
      char c = escaped.charAt(i);
      if (c == '\\' && escaped.charAt(i + 1) == 'u') {
        text.append((char) Integer.parseInt(escaped.substring(i + 2, i + 6), 16));
        i += 5;
      } else if (c == '\\') {
        char code = escaped.charAt(++i);
        text.append(code == 'n' ? '\n' : code == 't' ? '\t' : '\r');
      } else {
        text.append(c);
      }
    }
    return text.toString();
  }
}
