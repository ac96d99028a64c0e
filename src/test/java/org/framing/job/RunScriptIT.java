package org.framing.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.framing.report.Chromium;
import org.framing.testing.LocalSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command for real: jobs/run.sh spark-submits the packaged jar (a real spark-submit, or Spark's
 * SparkSubmit from the Maven-copied jars), then the report is opened in headless Chromium.
 */
class RunScriptIT {

  record Run(int code, String out, List<String> err) {}

  static Run runScript(String... args) throws IOException, InterruptedException {
    return script("jobs/run.sh", args);
  }

  static Run script(String script, String... args) throws IOException, InterruptedException {
    List<String> cmd = new java.util.ArrayList<>(List.of("bash", script));
    cmd.addAll(List.of(args));
    Path out = Files.createTempFile("run", ".out");
    Path err = Files.createTempFile("run", ".err");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    if (!p.waitFor(10, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError(script + " did not finish in 10 minutes");
    }
    return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
        Files.readAllLines(err, StandardCharsets.UTF_8));
  }

  @Test
  void seedStudyThroughSparkSubmitMatchesGoldenAndItsReportDrawsFiveOutlets() throws Exception {
    Path output = SeedRun.OUTPUT;
    Run run = SeedRun.get();
    assertEquals(0, run.code(), String.join("\n", run.err()));
    assertEquals("framing: 5 articles in 5 groups; results in " + output + "\n"
        + "framing: open " + output.resolve("report.html").toUri() + "\n", run.out());
    assertFalse(run.err().stream().anyMatch(l -> l.contains(" INFO ") || l.strip().startsWith("at ")), String.join("\n", run.err()));
    for (String csv : StudyJobTest.CSVS) {
      assertEquals(LocalSpark.read(StudyJobTest.GOLDEN.resolve(csv)), LocalSpark.read(output.resolve(csv)), csv);
    }
    String runJson = LocalSpark.read(output.resolve("run.json"));
    assertTrue(runJson.contains("\"spark_master\" : \"local[*]\""), runJson);
    assertTrue(runJson.contains("\"sql_expressions\" : \"interpreted (small study)\""), runJson);
    // A small local input: jobs/run.sh keeps the driver at the client compiler with the parallel collector and the
    // tiered default's code cache, and maps (or, the first time, records) the class-data-sharing archive of the
    // bundled Spark jars; the log settings come by name (no INFO line above). Spark's own options are left out of
    // run.json.
    assertTrue(Pattern.compile("\"driver_java_options\" : \"-XX:TieredStopAtLevel=1 -XX:\\+UseParallelGC "
        + "-XX:ReservedCodeCacheSize=240m "
        + "-Dlog4j2\\.configurationFile=\\S+/jobs/conf/log4j2\\.properties "
        + "-XX:(SharedArchiveFile=\\S+/target/spark/driver\\.jsa|ArchiveClassesAtExit=\\S+/target/spark/driver\\.jsa\\.\\d+ "
        + "-Xlog:cds=off -Xlog:cds\\+dynamic=off)\"").matcher(runJson).find(), runJson);
    assertTrue(Files.size(Path.of("target/spark/driver.jsa")) > 0, "no class-data-sharing archive after the run");

    Chromium.requireOrSkip();
    String dom = Chromium.dumpDom(output.resolve("report.html"));
    Matcher svg = Pattern.compile("<svg class=\"main-svg\"").matcher(dom);
    int drawn = 0;
    while (svg.find()) {
      drawn++;
    }
    assertTrue(drawn >= 10 * 2, "plotly drew " + drawn + " svg layers for 10 charts");
    // The actor heatmap's annotation of VOI x Russia, the frame heatmap's Press TV x threat_security.
    assertTrue(dom.contains("n=16"), "the actor heatmap has no count labels");
    assertTrue(dom.contains(">45.2<"), "the frame heatmap has no value labels");
    assertTrue(dom.contains(">Jens Stoltenberg</td>"), "the speaker table does not list Jens Stoltenberg");
    for (String outlet : List.of("B92", "Press TV", "CGTN", "VOI", "Egyptian site")) {
      assertTrue(dom.contains(">" + outlet + "</text>"), outlet + " is not drawn in the report");
    }
    Chromium.screenshot(output.resolve("report.html"), Path.of("target/report-screenshots/seed-report.png"), 1280, 2600);
  }

  @Test
  void kwicPrintsTheSeedStudysConcordanceThroughSparkSubmit() throws Exception {
    SeedRun.get();
    Run run = script("jobs/kwic.sh", SeedRun.OUTPUT.toString(), "NATO expan*", "--window", "3");
    assertEquals(0, run.code(), String.join("\n", run.err()));
    assertEquals(List.of(
        "== Egyptian site (1 match) ==",
        "  004_e9993763df6aab00  guaranteed end to [NATO expansion] and a withdrawal",
        "== Press TV (1 match) ==",
        "  001_a1966bbe21ffb3d6  also emphasized that [NATO’s expansion] posed a threat",
        "== VOI (1 match) ==",
        "  003_42f0d1a10241132c  halt to further [NATO expansion] and the withdrawal",
        "framing kwic: 3 matches of \"NATO expan*\" in 3 articles, by outlet in 3 groups; all in "
            + SeedRun.OUTPUT.resolve("kwic").resolve("nato_expan_star.csv")), run.out().lines().toList());
    Run bad = script("jobs/kwic.sh", SeedRun.OUTPUT.toString(), "nato", "--window", "-2");
    assertEquals(2, bad.code());
    assertEquals(List.of("framing kwic: --window -2: must be 0 or more tokens"),
        bad.err().stream().filter(l -> !l.startsWith("WARNING: Using incubator")).toList());
  }

  @Test
  void aMissingInputFailsWithOneLineAndExitCode2(@TempDir Path tmp) throws Exception {
    Path missing = tmp.resolve("no-such-study");
    Run run = runScript(missing.toString(), "--output", tmp.resolve("out").toString());
    assertEquals(2, run.code());
    assertEquals("framing run: " + missing + ": no such file or folder; give a study folder or a corpus file "
        + "(.jsonl, .jsonl.gz, .csv, .parquet)", run.err().get(run.err().size() - 1));
    assertFalse(run.err().stream().anyMatch(l -> l.strip().startsWith("at ")), String.join("\n", run.err()));
    assertFalse(Files.exists(tmp.resolve("out")));
  }
}
