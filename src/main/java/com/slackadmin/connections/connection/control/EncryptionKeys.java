package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.platform.OwnerOnly;
import com.slackadmin.connections.platform.StartRefusedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The key for Slack tokens at rest: {@code CONNECTIONS_ENCRYPTION_KEY} (32 bytes, base64) when configured,
 * else the key file in {@code DATA_DIR}, generated on the first start. Never logged.
 *
 * <p>A key file is generated only while the database holds no encrypted token: a missing file beside stored
 * tokens is a lost key, and a new one would hide that until every use of a connection failed.
 */
@ApplicationScoped
public class EncryptionKeys {

  static final String KEY_FILE = "connections-encryption.key";
  static final String CONFIGURED = "CONNECTIONS_ENCRYPTION_KEY";
  private static final Logger LOG = Logger.getLogger(EncryptionKeys.class.getName());

  @Inject
  @ConfigProperty(name = CONFIGURED)
  Optional<String> configuredKey;

  @Inject
  @ConfigProperty(name = "DATA_DIR", defaultValue = "./data")
  String dataDir;

  @Inject
  ConnectionStore store;

  private byte[] key;

  /** Dependent: the cipher is cheap, the key is read once and kept here. */
  @Produces
  TokenCipher cipher() {
    return new TokenCipher(keyBytes());
  }

  synchronized byte[] keyBytes() {
    if (key == null) {
      key = load(store.anyAccessTokenCiphertext().isPresent());
    }
    return key.clone();
  }

  /** Where the key comes from, for messages: the setting or the key file, never the key. */
  String source() {
    return configured().isPresent() ? CONFIGURED : keyFile().toString();
  }

  /** @throws StartRefusedException when there is no usable key, or a new one would orphan stored tokens */
  byte[] load(boolean tokensStored) {
    Optional<String> configured = configured();
    if (configured.isPresent()) {
      return decode(configured.get(), CONFIGURED + " must hold 32 random bytes in base64: set it to the key the"
          + " stored Slack tokens were encrypted with, or on a new installation to a new one (openssl rand -base64 32).");
    }
    Path file = keyFile();
    if (Files.exists(file)) {
      return decode(read(file), "the key file " + file + " must hold 32 random bytes in base64: restore the key"
          + " file the stored Slack tokens were encrypted with, or set " + CONFIGURED + " to that key.");
    }
    if (tokensStored) {
      throw new StartRefusedException("the database holds encrypted Slack tokens but the key file " + file
          + " is missing and " + CONFIGURED + " is not set: restore the key file, or set " + CONFIGURED
          + " to the key the tokens were encrypted with (no new key was generated).");
    }
    return generate(file);
  }

  private Optional<String> configured() {
    return configuredKey.map(String::trim).filter(k -> !k.isEmpty());
  }

  private Path keyFile() {
    return Path.of(dataDir, KEY_FILE).toAbsolutePath().normalize();
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.US_ASCII).trim();
    } catch (IOException e) {
      throw new StartRefusedException("cannot read the key file " + file + " (" + describe(e) + "): let this"
          + " user read it, or set " + CONFIGURED + ".");
    }
  }

  private static byte[] generate(Path file) {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    try {
      OwnerOnly.createFile(file, Base64.getEncoder().encodeToString(key));
    } catch (IOException e) {
      throw new StartRefusedException("cannot create the key file " + file + " (" + describe(e) + "): make"
          + " DATA_DIR a folder this user can write, or set " + CONFIGURED + ".");
    }
    LOG.info(() -> "Generated a new key for Slack tokens at rest in " + file
        + "; keep it with the database, tokens cannot be read without it.");
    return key;
  }

  private static byte[] decode(String base64, String refusal) {
    try {
      byte[] key = Base64.getDecoder().decode(base64);
      if (key.length == 32) {
        return key;
      }
    } catch (IllegalArgumentException ignored) {
      // refused below without echoing the value
    }
    throw new StartRefusedException(refusal);
  }

  private static String describe(IOException e) {
    return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
  }
}
