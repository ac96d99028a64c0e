package org.framing.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file so that a reader never sees it half-written: the bytes go to a hidden temporary file in the
 * same folder, which is then moved over the target (atomically where the file system allows it).
 */
public final class AtomicFiles {

  private AtomicFiles() {}

  /** Writes {@code text} as UTF-8 to {@code target}, creating its folder if needed. */
  public static void writeString(Path target, String text) {
    write(target, tmp -> Files.writeString(tmp, text, StandardCharsets.UTF_8));
  }

  /** Copies {@code in} to {@code target} (closing {@code in}), creating its folder if needed. */
  public static void copy(InputStream in, Path target) {
    try (in) {
      write(target, tmp -> Files.copy(in, tmp, StandardCopyOption.REPLACE_EXISTING));
    } catch (IOException e) {
      throw DiskFullException.writeFailed(target, e);
    }
  }

  private interface Filler {
    void fill(Path tmp) throws IOException;
  }

  private static void write(Path target, Filler filler) {
    Path dir = target.toAbsolutePath().getParent();
    Path tmp = null;
    try {
      Files.createDirectories(dir);
      tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
      filler.fill(tmp);
      readableByAll(tmp);
      move(tmp, target);
    } catch (IOException e) {
      throw DiskFullException.writeFailed(target, e);
    } finally {
      deleteQuietly(tmp);
    }
  }

  /** Temporary files are created owner-only; the report is meant to be shared like the CSVs beside it. */
  private static void readableByAll(Path tmp) throws IOException {
    if (tmp.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(tmp, PosixFilePermissions.fromString("rw-r--r--"));
    }
  }

  private static void move(Path tmp, Path target) throws IOException {
    try {
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static void deleteQuietly(Path tmp) {
    if (tmp == null) {
      return;
    }
    try {
      Files.deleteIfExists(tmp);
    } catch (IOException ignored) {
      // best effort: a leftover hidden .tmp file does not harm the report
    }
  }
}
