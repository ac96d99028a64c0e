package org.framing.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writing an output failed because its disk is full: the message is the one line the command line prints
 * ("the disk is full: cannot write output/x/tfidf.csv; free space or choose --output on another disk"), with the
 * operating system's error as its cause for {@code --verbose}. Every writer of a run's files reports a failed
 * write through {@link #writeFailed}.
 */
public final class DiskFullException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient Path path;

  private DiskFullException(Path path, Throwable cause) {
    super("the disk is full: cannot write " + path + "; free space or choose --output on another disk", cause);
    this.path = path;
  }

  /**
   * This failure named as the file would have been in {@code target} had the run gone through: a run writes into
   * a hidden staging folder ({@code staging}) that it deletes when it fails.
   */
  public DiskFullException inPlaceOf(Path staging, Path target) {
    return path != null && path.startsWith(staging)
        ? new DiskFullException(target.resolve(staging.relativize(path)), getCause()) : this;
  }

  /**
   * What a failed write of {@code target} throws: a DiskFullException when {@code e} or a cause says the disk is
   * full (Linux's ENOSPC "No space left on device", or EDQUOT "Disk quota exceeded"), else an
   * UncheckedIOException "cannot write {@code target}".
   */
  public static RuntimeException writeFailed(Path target, IOException e) {
    return isDiskFull(e) ? new DiskFullException(target, e) : new UncheckedIOException("cannot write " + target, e);
  }

  /** Whether {@code t} or one of its causes is an I/O error that says the disk is full. */
  public static boolean isDiskFull(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
      String m = String.valueOf(c.getMessage()).toLowerCase(Locale.ROOT);
      if (c instanceof IOException && (m.contains("no space left on device") || m.contains("disk quota exceeded"))) {
        return true;
      }
    }
    return false;
  }
}
