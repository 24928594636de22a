package com.slackadmin.connections.connection.control;

import com.slackadmin.connections.platform.OwnerOnly;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
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
 * else a key generated once into {@code DATA_DIR}. Never logged.
 */
@ApplicationScoped
public class EncryptionKeys {

  static final String KEY_FILE = "connections-encryption.key";
  private static final Logger LOG = Logger.getLogger(EncryptionKeys.class.getName());

  @Inject
  @ConfigProperty(name = "CONNECTIONS_ENCRYPTION_KEY")
  Optional<String> configuredKey;

  @Inject
  @ConfigProperty(name = "DATA_DIR", defaultValue = "./data")
  String dataDir;

  private byte[] key;

  /** Dependent: the cipher is cheap, the key is read once and kept here. */
  @Produces
  TokenCipher cipher() {
    return new TokenCipher(keyBytes());
  }

  synchronized byte[] keyBytes() {
    if (key == null) {
      key = loadKey();
    }
    return key.clone();
  }

  private byte[] loadKey() {
    Optional<String> configured = configuredKey.map(String::trim).filter(k -> !k.isEmpty());
    if (configured.isPresent()) {
      return decode(configured.get(), "CONNECTIONS_ENCRYPTION_KEY");
    }
    Path file = Path.of(dataDir, KEY_FILE);
    try {
      if (!Files.exists(file)) {
        generate(file);
      }
      return decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read or create the encryption key file " + file, e);
    }
  }

  private static void generate(Path file) throws IOException {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    OwnerOnly.createFile(file, Base64.getEncoder().encodeToString(key));
    LOG.info(() -> "Generated a new key for Slack tokens at rest in " + file.toAbsolutePath()
        + "; keep it with the database, tokens cannot be read without it.");
  }

  private static byte[] decode(String base64, String source) {
    try {
      byte[] key = Base64.getDecoder().decode(base64);
      if (key.length == 32) {
        return key;
      }
    } catch (IllegalArgumentException ignored) {
      // reported below without echoing the value
    }
    throw new IllegalStateException(
        source + " must hold 32 random bytes in base64 (for example: openssl rand -base64 32)");
  }
}
