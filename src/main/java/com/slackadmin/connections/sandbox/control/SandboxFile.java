package com.slackadmin.connections.sandbox.control;

import static com.slackadmin.connections.sandbox.control.JsonProviders.JSON;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The sandbox's file in {@code DATA_DIR}, {@value #NAME}: what a restart must keep of the world. It holds the
 * sandbox's own tokens, so only the account running the application may read it, as the database. Each write
 * goes to a temporary file first and replaces the old one in one move, so a process killed mid-write leaves the
 * previous state, never half of one. A file that cannot be read or written costs the sandbox its memory across
 * restarts, not its work: it is logged, and the sandbox goes on.
 */
@ApplicationScoped
public class SandboxFile {

  static final String NAME = "sandbox.json";
  private static final Logger LOG = Logger.getLogger(SandboxFile.class.getName());
  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  @Inject
  @ConfigProperty(name = "DATA_DIR", defaultValue = "./data")
  String dataDir;

  private boolean failing;

  Path path() {
    return Path.of(dataDir, NAME).toAbsolutePath().normalize();
  }

  /** What was last written, or empty when there is no file or it cannot be read (then the seed it is). */
  public Optional<JsonObject> read() {
    Path file = path();
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8); JsonReader json = JSON.createReader(in)) {
      return Optional.of(json.readObject());
    } catch (NoSuchFileException none) {
      return Optional.empty();
    } catch (IOException | JsonException | ClassCastException e) {
      LOG.log(Level.WARNING, "The sandbox starts from its seed: cannot read " + file + " (" + e + ")");
      return Optional.empty();
    }
  }

  public synchronized void write(JsonObject snapshot) {
    Path file = path();
    Path temporary = file.resolveSibling(NAME + ".tmp");
    try {
      if (!Files.isDirectory(file.getParent())) {
        Files.createDirectories(file.getParent(), ownerOnly("rwx------"));
      }
      Files.deleteIfExists(temporary);
      Files.createFile(temporary, ownerOnly("rw-------"));
      try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8);
          JsonWriter json = JSON.createWriter(out)) {
        json.writeObject(snapshot);
      }
      Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      failing = false;
    } catch (IOException | JsonException e) {
      if (!failing) {
        LOG.log(Level.WARNING, "The sandbox cannot keep its state across restarts: cannot write " + file
            + " (" + e + "); make DATA_DIR a folder this user can write");
      }
      failing = true;
    }
  }

  private static FileAttribute<?>[] ownerOnly(String permissions) {
    return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(
        permissions))} : new FileAttribute<?>[0];
  }
}
