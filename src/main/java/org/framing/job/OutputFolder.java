package org.framing.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.framing.ingest.InputException;

/**
 * A run's output folder, published only when complete. The run writes into a hidden staging folder beside
 * the target ({@code .NAME.partial-PID-N}); {@link #publish} moves an earlier result aside, moves the staging
 * folder into place (both atomic renames on one file system) and then deletes the earlier result. A run that
 * fails or is killed never touches the target; a failed run deletes its staging folder, a killed one leaves it
 * hidden beside the target, and the next run for the same target deletes it once its process is gone. A run
 * killed between the two renames leaves the earlier result as {@code .NAME.old-PID-N}; the next run puts it
 * back in place before it starts. A run in which one analysis failed after others finished keeps their files in
 * {@code NAME.incomplete} beside the target ({@link #keepIncomplete}).
 */
public final class OutputFolder {

  private final Path target;
  private final Path staging;

  private OutputFolder(Path target, Path staging) {
    this.target = target;
    this.staging = staging;
  }

  /** Creates the staging folder for {@code target}. */
  public static OutputFolder begin(Path target) {
    Path t = target.toAbsolutePath().normalize();
    if (Files.exists(t) && !Files.isDirectory(t)) {
      throw new InputException("--output " + target + ": is a file; name a folder (it is replaced when the run completes)");
    }
    try {
      Path parent = Files.createDirectories(t.getParent());
      recover(t);
      String tag = ProcessHandle.current().pid() + "-" + System.nanoTime();
      return new OutputFolder(t, Files.createDirectory(parent.resolve("." + t.getFileName() + ".partial-" + tag)));
    } catch (IOException e) {
      throw new InputException("--output " + target + ": cannot create the folder (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Deletes the staging folders that killed runs left beside {@code target} and restores an earlier result a
   * killed publish had moved aside. Folders of a process that is still running are left alone.
   */
  static void recover(Path target) throws IOException {
    Pattern left = Pattern.compile("\\." + Pattern.quote(target.getFileName().toString()) + "\\.(partial|old)-(\\d+)-\\d+");
    List<Path> found;
    try (Stream<Path> siblings = Files.list(target.getParent())) {
      found = siblings.filter(p -> left.matcher(p.getFileName().toString()).matches()).sorted().toList();
    }
    for (Path p : found) {
      Matcher m = left.matcher(p.getFileName().toString());
      m.matches();
      long pid = Long.parseLong(m.group(2));
      if (ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)) {
        continue;
      }
      if (m.group(1).equals("old") && !Files.exists(target)) {
        Files.move(p, target, StandardCopyOption.ATOMIC_MOVE);
      } else {
        delete(p);
      }
    }
  }

  /** Where the run writes until it publishes. */
  public Path staging() {
    return staging;
  }

  public Path target() {
    return target;
  }

  /** Puts the staged result in place of the target. */
  public void publish() {
    try {
      Path old = null;
      if (Files.exists(target)) {
        old = target.resolveSibling("." + target.getFileName() + ".old-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
      }
      Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
      if (old != null) {
        delete(old);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot publish " + staging + " as " + target, e);
    }
  }

  /**
   * Keeps what a run that failed in one analysis wrote, visible beside the target as {@code NAME.incomplete} (an
   * earlier one replaced), and returns where; the target is untouched. Without a staging folder left (a failure
   * moving it), returns the staging folder's path.
   */
  public Path keepIncomplete() {
    Path kept = target.resolveSibling(target.getFileName() + INCOMPLETE);
    try {
      delete(kept);
      Files.move(staging, kept, StandardCopyOption.ATOMIC_MOVE);
      return kept;
    } catch (IOException e) {
      return staging;
    }
  }

  /** The suffix of the folder a failed run's finished analyses are kept in ({@link #keepIncomplete}). */
  public static final String INCOMPLETE = ".incomplete";

  /** Deletes the staging folder (after a failure). */
  public void abandon() {
    try {
      delete(staging);
    } catch (IOException e) {
      // Best effort: the folder is hidden and named as partial; the target is untouched either way.
    }
  }

  static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    Files.walkFileTree(dir, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
        Files.delete(file);
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
        Files.delete(d);
        return FileVisitResult.CONTINUE;
      }
    });
  }
}
