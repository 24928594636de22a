package com.slackadmin.connections.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Folders and files only the account running the application may open: the database holds password and API
 * token hashes, the key file the key to the Slack tokens. On a file system without POSIX permissions these are
 * plain folders and files.
 */
public final class OwnerOnly {

  static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
  static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
  private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

  private OwnerOnly() {}

  /**
   * Creates the folder and its missing parents owner-only. A folder that exists keeps its mode: it may be a
   * volume shared on purpose; the files the application keeps in it are owner-only anyway.
   */
  public static Path folder(Path folder) throws IOException {
    Path absolute = folder.toAbsolutePath();
    if (!Files.isDirectory(absolute)) {
      // the umask can only take bits away, and there are none for others to take
      Files.createDirectories(absolute, attributes(FOLDER));
    }
    return absolute;
  }

  /** Writes a new file that is owner-only from its first byte (it is never readable by others, even briefly). */
  public static void createFile(Path file, String content) throws IOException {
    folder(file.toAbsolutePath().getParent());
    Files.createFile(file, attributes(FILE));
    Files.writeString(file, content, StandardCharsets.US_ASCII);
  }

  /** Takes group and others' access away from a file that exists (one another program created). */
  public static void restrict(Path file) throws IOException {
    try {
      if (POSIX && Files.isRegularFile(file) && !FILE.equals(Files.getPosixFilePermissions(file))) {
        Files.setPosixFilePermissions(file, FILE);
      }
    } catch (NoSuchFileException gone) {
      // a temporary file deleted meanwhile: nothing left to protect
    }
  }

  private static FileAttribute<?>[] attributes(Set<PosixFilePermission> permissions) {
    return POSIX ? new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(permissions)} : new FileAttribute<?>[0];
  }
}
