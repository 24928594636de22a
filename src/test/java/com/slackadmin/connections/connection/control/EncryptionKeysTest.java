package com.slackadmin.connections.connection.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.slackadmin.connections.platform.StartRefusedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import java.util.Optional;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Where the key for tokens at rest comes from at start, and when the start is refused instead: a key that is
 * not 32 bytes of base64, or a key file gone while the database holds encrypted tokens (no new key is generated
 * then), or a DATA_DIR where the key file cannot be created.
 */
class EncryptionKeysTest {

  private static final byte[] CONFIGURED_KEY = bytes(1);
  private static final byte[] FILE_KEY = bytes(2);

  @TempDir
  Path temp;

  @ParameterizedTest(name = "key {0}, key file {1}, tokens stored {2}, DATA_DIR {3}: {4}")
  @CsvSource(delimiter = '|', textBlock = """
      valid       | none      | false | usable   | the configured key
      valid       | none      | true  | usable   | the configured key
      valid       | valid     | true  | usable   | the configured key
      not-base64  | valid     | true  | usable   | refused: CONNECTIONS_ENCRYPTION_KEY must hold 32 random bytes in base64
      16-bytes    | none      | false | usable   | refused: CONNECTIONS_ENCRYPTION_KEY must hold 32 random bytes in base64
      blank       | valid     | true  | usable   | the key file
      none        | valid     | true  | usable   | the key file
      none        | valid     | false | usable   | the key file
      none        | malformed | true  | usable   | refused: connections-encryption.key must hold 32 random bytes in base64
      none        | none      | false | usable   | a new key file
      none        | none      | true  | usable   | refused: the database holds encrypted Slack tokens but the key file
      none        | none      | false | a-file   | refused: cannot create the key file
      none        | none      | true  | a-file   | refused: the database holds encrypted Slack tokens but the key file
      """)
  void theKeyComesFromTheSettingOrTheKeyFileOrTheStartIsRefused(String configured, String file, boolean tokensStored,
      String dataDir, String expected) throws Exception {
    EncryptionKeys keys = new EncryptionKeys();
    keys.configuredKey = Optional.ofNullable(switch (configured) {
      case "valid" -> base64(CONFIGURED_KEY);
      case "not-base64" -> "not a key!";
      case "16-bytes" -> base64(new byte[16]);
      case "blank" -> "  ";
      default -> null;
    });
    Path folder = temp.resolve("data");
    if (dataDir.equals("a-file")) {
      Files.writeString(temp.resolve("occupied"), "a file where a folder should be");
      folder = temp.resolve("occupied/data"); // cannot be created, even by root
    }
    keys.dataDir = folder.toString();
    Path keyFile = folder.resolve(EncryptionKeys.KEY_FILE);
    if (!file.equals("none")) {
      Files.createDirectories(folder);
      Files.writeString(keyFile, file.equals("valid") ? base64(FILE_KEY) : "malformed");
    }
    String before = Files.exists(keyFile) ? Files.readString(keyFile) : null;

    if (expected.startsWith("refused: ")) {
      StartRefusedException refused = assertThrows(StartRefusedException.class, () -> keys.load(tokensStored));
      assertTrue(refused.getMessage().startsWith("Refusing to start: "), refused.getMessage());
      assertTrue(refused.getMessage().contains(expected.substring("refused: ".length())), refused.getMessage());
      assertFalse(refused.getMessage().contains("not a key!"), "the refusal echoes the configured value");
      assertEquals(before, Files.exists(keyFile) ? Files.readString(keyFile) : null, "the key file was changed");
      return;
    }
    byte[] key = keys.load(tokensStored);
    switch (expected) {
      case "the configured key" -> assertArrayEquals(CONFIGURED_KEY, key);
      case "the key file" -> assertArrayEquals(FILE_KEY, key);
      case "a new key file" -> {
        assertArrayEquals(Base64.getDecoder().decode(Files.readString(keyFile)), key);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)));
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(folder)));
      }
      default -> throw new IllegalArgumentException(expected);
    }
    if (!expected.equals("a new key file")) {
      assertEquals(before, Files.exists(keyFile) ? Files.readString(keyFile) : null, "the key file was changed");
    }
  }

  private static byte[] bytes(int seed) {
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, (byte) seed);
    return key;
  }

  private static String base64(byte[] bytes) {
    return Base64.getEncoder().encodeToString(bytes);
  }
}
