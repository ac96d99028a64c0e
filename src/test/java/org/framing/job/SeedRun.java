package org.framing.job;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The seed study run once through jobs/run.sh for every integration test of the JVM (failsafe runs them in one):
 * the run's exit code and output, and the folder it wrote ({@code target/it/nato-russia-council-2022}).
 */
final class SeedRun {

  static final Path OUTPUT = Path.of("target", "it", "nato-russia-council-2022").toAbsolutePath();

  private static RunScriptIT.Run run;

  private SeedRun() {}

  /** The run, started on the first call. */
  static synchronized RunScriptIT.Run get() {
    if (run == null) {
      try {
        delete(OUTPUT);
        run = RunScriptIT.runScript("--output", OUTPUT.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
    return run;
  }

  private static void delete(Path path) throws IOException {
    if (!Files.exists(path)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(path)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
