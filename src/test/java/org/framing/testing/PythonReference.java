package org.framing.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs a reference script under Debian's {@code /usr/bin/python3} and returns what it printed. Without the Python
 * module the script needs, the test is skipped with a message, or fails when the environment variable CI is
 * {@code true} (CI must run the reference checks).
 */
public final class PythonReference {

  private static final Path PYTHON = Path.of("/usr/bin/python3");

  private PythonReference() {}

  /** The standard output of {@code python3 script args...}; {@code module} must import ({@code debianPackage} has it). */
  public static String run(String module, String debianPackage, Path script, List<String> args) {
    try {
      boolean present = Files.isExecutable(PYTHON)
          && new ProcessBuilder(PYTHON.toString(), "-c", "import " + module).start().waitFor() == 0;
      if (!present) {
        if ("true".equals(System.getenv("CI"))) {
          throw new AssertionError("CI needs Debian's " + debianPackage + " for the reference check: apt-get install "
              + debianPackage);
        }
        Assumptions.abort("skipped: /usr/bin/python3 has no " + module + " (apt-get install " + debianPackage + ")");
      }
      List<String> command = new ArrayList<>(List.of(PYTHON.toString(), script.toString()));
      command.addAll(args);
      Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor(60, TimeUnit.SECONDS);
      Assertions.assertEquals(0, p.exitValue(), out);
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while " + script + " ran", e);
    }
  }
}
