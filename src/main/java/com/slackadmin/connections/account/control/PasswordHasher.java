package com.slackadmin.connections.account.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;

/** The container's PBKDF2 hash with parameters that follow current OWASP advice. */
@ApplicationScoped
public class PasswordHasher {

  public static final int MIN_LENGTH = 12;

  @Inject
  Pbkdf2PasswordHash hash;

  /** Checked against when a username does not exist, so both cases take the same time. */
  private String decoy;

  @PostConstruct
  void configure() {
    hash.initialize(Map.of(
        "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512",
        "Pbkdf2PasswordHash.Iterations", "210000",
        "Pbkdf2PasswordHash.SaltSizeBytes", "32",
        "Pbkdf2PasswordHash.KeySizeBytes", "64"));
    decoy = hash.generate("not-a-password-of-anyone".toCharArray());
  }

  public String hash(String password) {
    return hash.generate(password.toCharArray());
  }

  public boolean matches(String password, String storedHash) {
    return hash.verify(password.toCharArray(), storedHash);
  }

  public void spendTimeOfOneCheck(String password) {
    hash.verify(password.toCharArray(), decoy);
  }
}
