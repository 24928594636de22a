package com.slackadmin.connections.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A form body decodes only in a known charset and when each percent sign starts an escape of two hex digits. */
class FormEncodingFilterTest {

  @ParameterizedTest(name = "[{0}] -> {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ''                                  | true
      username=ada&password=secret        | true
      nickname=Acme+Plus%21               | true
      name=%C3%A9t%C3%A9&next=%2Fapp%2Fx  | true
      a=%2f%2F%aB                         | true
      username=%zz                        | false
      username=%                          | false
      username=%4                         | false
      username=ok&next=%2                 | false
      a=%g1                               | false
      a=%%41                              | false
      """)
  void percentEscapesNeedTwoHexDigits(String body, boolean wellEncoded) {
    assertEquals(wellEncoded, FormEncodingFilter.isWellEncoded(body.getBytes(StandardCharsets.UTF_8)));
  }

  @ParameterizedTest(name = "charset {0} -> {1}")
  @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
      -           | true
      UTF-8       | true
      utf-8       | true
      ISO-8859-1  | true
      nonsense    | false
      'utf 8'     | false
      ''          | false
      """)
  void theCharsetMustBeOneJavaKnows(String charset, boolean known) {
    assertEquals(known, FormEncodingFilter.isKnownCharset(charset));
  }
}
