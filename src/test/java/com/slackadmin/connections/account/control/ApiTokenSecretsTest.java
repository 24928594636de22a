package com.slackadmin.connections.account.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** API tokens: recognisable, 256 random bits, stored as a SHA-256 hash that differs from the token. */
class ApiTokenSecretsTest {

  @Test
  void aTokenHasThePrefixAndCarries32RandomBytesInUrlSafeBase64() {
    String token = ApiTokenSecrets.generate();
    assertTrue(token.startsWith("sac_"), token);
    assertEquals(47, token.length(), "sac_ and 43 base64 characters of 32 bytes");
    assertEquals(ApiTokenSecrets.LENGTH, token.length());
    assertTrue(token.substring(4).matches("[A-Za-z0-9_-]{43}"), "URL-safe, no padding: " + token);
    assertTrue(ApiTokenSecrets.hasTokenShape(token));
  }

  @Test
  void tokensDoNotRepeat() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 1000; i++) {
      assertTrue(seen.add(ApiTokenSecrets.generate()));
    }
  }

  @Test
  void theStoredHashIsHexSha256AndDiffersFromTheToken() {
    String token = ApiTokenSecrets.generate();
    String hash = ApiTokenSecrets.hash(token);
    assertNotEquals(token, hash);
    assertFalse(hash.contains(token.substring(4)));
    assertTrue(hash.matches("[0-9a-f]{64}"), hash);
    assertEquals(hash, ApiTokenSecrets.hash(token), "the same token always finds its row");
    assertNotEquals(hash, ApiTokenSecrets.hash(ApiTokenSecrets.generate()));
    // a known vector, so the hash cannot silently change and lock every script out
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiTokenSecrets.hash("abc"));
  }

  @Test
  void valuesOfAnotherShapeAreNoTokens() {
    for (String value : new String[] {null, "", "sac_", "sac_short", "ghp_" + "a".repeat(43), "sac_" + "a".repeat(44),
        "sac_" + "a".repeat(42) + "=", "sac_" + "a".repeat(42) + "/"}) {
      assertFalse(ApiTokenSecrets.hasTokenShape(value), String.valueOf(value));
    }
  }
}
