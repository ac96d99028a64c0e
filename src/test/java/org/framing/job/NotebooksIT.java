package org.framing.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Every notebook in notebooks/ executed headless (notebooks/run-all.sh) on the seed study's output, as CI runs
 * them: any cell error fails the test. Needs Debian's Jupyter; skipped without it, except on CI (CI=true).
 */
class NotebooksIT {

  private static final Path JUPYTER = Path.of("/usr/bin/jupyter");

  static void requireJupyterOrSkip() {
    boolean present = Files.isExecutable(JUPYTER);
    String install = "apt-get install -y jupyter-notebook jupyter-nbconvert python3-ipykernel";
    if (!present && "true".equals(System.getenv("CI"))) {
      Assertions.fail("CI=true but " + JUPYTER + " is missing: " + install);
    }
    Assumptions.assumeTrue(present, JUPYTER + " not installed: skipping the notebooks; " + install);
  }

  @Test
  void everyNotebookRunsWithoutACellErrorOnTheSeedStudy() throws Exception {
    requireJupyterOrSkip();
    assertEquals(0, SeedRun.get().code(), String.join("\n", SeedRun.get().err()));
    Path log = Files.createTempFile("run-all", ".log");
    Process p = new ProcessBuilder("bash", "notebooks/run-all.sh", SeedRun.OUTPUT.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(15, TimeUnit.MINUTES), "notebooks/run-all.sh did not finish in 15 minutes");
    String out = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), out);

    List<String> notebooks;
    try (Stream<Path> files = Files.list(Path.of("notebooks"))) {
      notebooks = files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".ipynb")).sorted().toList();
    }
    assertTrue(notebooks.size() >= 3, "notebooks: " + notebooks);
    for (String name : notebooks) {
      assertTrue(out.contains("run-all: " + name + " ok ("), name + " not reported as run:\n" + out);
      String executed = Files.readString(Path.of("target", "notebooks", name), StandardCharsets.UTF_8);
      assertTrue(executed.contains("\"output_type\": \"stream\"") || executed.contains("\"execute_result\""),
          name + " has no outputs");
      assertTrue(!executed.contains("\"output_type\": \"error\""), name + " has an error output");
    }
    // The first notebook's date line, from articles.csv of the seed study.
    String first = Files.readString(Path.of("target", "notebooks", notebooks.get(0)), StandardCharsets.UTF_8);
    assertTrue(first.contains("5 articles, 2120 tokens, dated 2022-01-12 to 2022-01-13"), "outlets notebook");
  }
}
