package com.slackadmin.connections.connection.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts Slack tokens for storage with AES-256-GCM: a fresh random 96-bit nonce per value, the nonce
 * stored in front of the ciphertext, and a version prefix so the format can change later.
 */
public final class TokenCipher {

  static final String PREFIX = "v1:";
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  private static final byte[] CONTEXT = "slack-admin-connections/slack-token".getBytes(StandardCharsets.UTF_8);
  private static final String TRANSFORMATION = "AES/GCM/NoPadding";
  /**
   * The provider of AES-GCM, found once: naming no provider makes every {@code getInstance} and {@code init}
   * search the installed providers again, which was most of a decryption's cost on every use of a connection.
   */
  private static final Provider PROVIDER = aesGcmProvider();

  private final SecretKey key;
  private final SecureRandom random = new SecureRandom();

  public TokenCipher(byte[] keyBytes) {
    if (keyBytes.length != 32) {
      throw new IllegalArgumentException("The encryption key must be 32 bytes (AES-256), not " + keyBytes.length);
    }
    this.key = new SecretKeySpec(keyBytes, "AES");
  }

  private static Provider aesGcmProvider() {
    try {
      return Cipher.getInstance(TRANSFORMATION).getProvider();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  public String encrypt(String plaintext) {
    try {
      byte[] nonce = new byte[NONCE_BYTES];
      random.nextBytes(nonce);
      Cipher cipher = Cipher.getInstance(TRANSFORMATION, PROVIDER);
      cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
      cipher.updateAAD(CONTEXT);
      byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
      byte[] out = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
      System.arraycopy(sealed, 0, out, NONCE_BYTES, sealed.length);
      return PREFIX + Base64.getEncoder().encodeToString(out);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM is not available", e);
    }
  }

  /** @throws IllegalArgumentException when the value was not encrypted with this key (or was altered) */
  public String decrypt(String stored) {
    if (stored == null || !stored.startsWith(PREFIX)) {
      throw new IllegalArgumentException("Not an encrypted token");
    }
    try {
      byte[] in = Base64.getDecoder().decode(stored.substring(PREFIX.length()));
      Cipher cipher = Cipher.getInstance(TRANSFORMATION, PROVIDER);
      cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
      cipher.updateAAD(CONTEXT);
      byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
      return new String(plain, StandardCharsets.UTF_8);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      // the exception text says nothing about the value
      throw new IllegalArgumentException("The token cannot be decrypted with this key");
    }
  }
}
