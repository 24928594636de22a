package com.slackadmin.connections.sandbox.control;

import java.security.SecureRandom;
import java.util.HexFormat;

/** Slack-looking identifiers, and unguessable secrets (codes, tokens, session ids) from a SecureRandom. */
public final class Ids {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String ID_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  private Ids() {}

  /** An id such as {@code U07ABC12DEF}: a type letter and ten upper-case letters or digits. */
  public static String id(char type) {
    StringBuilder id = new StringBuilder().append(type);
    for (int i = 0; i < 10; i++) {
      id.append(ID_ALPHABET.charAt(RANDOM.nextInt(ID_ALPHABET.length())));
    }
    return id.toString();
  }

  public static String secret(int bytes) {
    byte[] random = new byte[bytes];
    RANDOM.nextBytes(random);
    return HexFormat.of().formatHex(random);
  }

  /** {@code xoxp-} plus numeric parts like Slack's, then 32 random hex digits; rotating ones start {@code xoxe.}. */
  public static String userToken(boolean rotating) {
    String token = "xoxp-" + digits(12) + "-" + digits(12) + "-" + digits(13) + "-" + secret(16);
    return rotating ? "xoxe." + token : token;
  }

  public static String refreshToken() {
    return "xoxe-1-" + secret(32);
  }

  public static String code() {
    return digits(12) + "." + digits(13) + "." + secret(32);
  }

  private static String digits(int count) {
    StringBuilder digits = new StringBuilder();
    digits.append(1 + RANDOM.nextInt(9));
    for (int i = 1; i < count; i++) {
      digits.append(RANDOM.nextInt(10));
    }
    return digits.toString();
  }
}
