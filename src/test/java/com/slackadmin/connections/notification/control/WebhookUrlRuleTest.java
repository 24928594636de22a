package com.slackadmin.connections.notification.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Which webhook addresses are taken, and what a refused one is told. */
class WebhookUrlRuleTest {

  @ParameterizedTest(name = "{0} is taken")
  @ValueSource(strings = {"https://hooks.example.com/slack-admin", "http://localhost:8099/hook",
      "HTTPS://Example.com:8443/a?b=c", " https://example.com/padded "})
  void httpAndHttpsAddressesAreTaken(String url) {
    assertTrue(WebhookUrlRule.refusal(url).isEmpty(), url);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      ftp://example.com/hook              | starts with https://
      mailto:ops@example.com              | starts with https://
      javascript:alert(1)                 | starts with https://
      example.com/hook                    | starts with https://
      https:///nohost                     | names no host
      https://user:pw@example.com/hook    | Leave user names and passwords out
      https://example.com/hook#part       | #fragment
      'https://exa mple.com/'             | is not a valid URL
      '   '                               | Enter the address
      """)
  void anythingElseIsRefusedWithWhy(String url, String because) {
    String refusal = WebhookUrlRule.refusal(url).orElseThrow();
    assertTrue(refusal.contains(because), refusal);
  }

  @ParameterizedTest(name = "length {0}: taken {1}")
  @CsvSource(textBlock = """
      2000, true
      2001, false
      """)
  void anAddressIsAtMost2000Characters(int length, boolean taken) {
    String prefix = "https://example.com/";
    String url = prefix + "a".repeat(length - prefix.length());
    assertEquals(taken, WebhookUrlRule.refusal(url).isEmpty());
  }
}
