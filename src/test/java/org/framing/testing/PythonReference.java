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

  /**
   * Asserts two CSV texts hold the same table: the same lines and cells, text cells equal, numeric cells equal to
   * a relative 1e-12. Numpy builds differ in the last bit of a float (summation order, libm), so a committed
   * reference printed by one build must still match another's output.
   */
  public static void assertSameTable(String expected, String actual) {
    List<String> want = expected.lines().toList();
    List<String> got = actual.lines().toList();
    Assertions.assertEquals(want.size(), got.size(), () -> "line count\n" + actual);
    for (int i = 0; i < want.size(); i++) {
      String[] a = want.get(i).split(",", -1);
      String[] b = got.get(i).split(",", -1);
      String line = "line " + (i + 1) + ": expected " + want.get(i) + " but was " + got.get(i);
      Assertions.assertEquals(a.length, b.length, line);
      for (int c = 0; c < a.length; c++) {
        if (a[c].equals(b[c])) {
          continue;
        }
        double x = parse(a[c], line);
        double y = parse(b[c], line);
        Assertions.assertTrue(Math.abs(x - y) <= 1e-12 * Math.max(Math.abs(x), Math.abs(y)), line);
      }
    }
  }

  private static double parse(String cell, String line) {
    try {
      return Double.parseDouble(cell);
    } catch (NumberFormatException e) {
      throw new AssertionError(line);
    }
  }
}
