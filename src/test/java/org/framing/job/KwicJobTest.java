package org.framing.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.framing.ingest.InputException;
import org.framing.testing.LocalSpark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jobs/kwic.sh's job on the seed study's article table: exact console lines and CSV rows. */
class KwicJobTest {

  private static SparkSession spark;
  private static Path run;

  @TempDir
  static Path tmp;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
    run = tmp.resolve("nato");
    JobOptions options = JobOptions.defaults().withInput(null, run).withoutCharts()
        .withEvents(new JobOptions.Events(JobOptions.Events.Mode.NONE, null, 3))
        .withQuotes(new JobOptions.Quotes(false, null)).withReuse(new JobOptions.Reuse(false, 8, 20));
    new StudyJob(spark, options, null).run();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static List<String> kwic(String pattern, String group, int window, int show, Path csv) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new KwicJob(spark, new PrintStream(bytes, true, StandardCharsets.UTF_8)).run(run, pattern, group, window, show, csv);
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void aWildcardFindsEveryFormInEachOutletAlignedOnTheMatch() throws IOException {
    List<String> lines = kwic("expan*", null, 4, 20, null);
    assertEquals(List.of(
        "== CGTN (1 match) ==",
        "  002_495b546435612931  to prevent further eastward [expansion] of NATO and deny",
        "== Egyptian site (2 matches) ==",
        "  004_e9993763df6aab00  guaranteed end to NATO [expansion] and a withdrawal of",
        "  004_e9993763df6aab00  agree that NATO cannot [expand] any further. We are",
        "== Press TV (2 matches) ==",
        "  001_a1966bbe21ffb3d6           also emphasized that NATO’s [expansion] posed a threat to",
        "  001_a1966bbe21ffb3d6  guarantees precluding NATO’s further [expansion] eastward,” the Russian official",
        "== VOI (1 match) ==",
        "  003_42f0d1a10241132c  halt to further NATO [expansion] and the withdrawal of",
        "framing kwic: 6 matches of \"expan*\" in 4 articles, by outlet in 4 groups; all in "
            + run.resolve("kwic").resolve("expan_star.csv")), lines);
    List<String> csv = Files.readAllLines(run.resolve("kwic").resolve("expan_star.csv"));
    assertEquals(7, csv.size());
    assertEquals("outlet,article_id,date,title,sentence_index,token_index,left,match,right,char_start,char_end", csv.get(0));
    assertEquals("CGTN,002_495b546435612931,2022-01-12,NATO chief says 'significant differences' with Russia but ready to "
        + "meet again,9,247,to prevent further eastward,expansion,of NATO and deny,1516,1525", csv.get(1));
  }

  @Test
  void aPhraseMatchesConsecutiveTokensAndShowLimitsThePrintedLines(@TempDir Path out) throws IOException {
    Path csv = out.resolve("g.csv");
    List<String> lines = kwic("Security Guarantees", "date", 2, 1, csv);
    assertEquals(List.of(
        "== 2022-01-12 (2 matches) ==",
        "  000_75d9bc27a0ff73ff  talks on [security guarantees] between Russia",
        "  ... 1 more in the CSV",
        "framing kwic: 2 matches of \"Security Guarantees\" in 2 articles, by date in 1 group; all in " + csv), lines);
    assertEquals(3, Files.readAllLines(csv).size());
  }

  @Test
  void badArgumentsAreNamedInOneLine() {
    assertEquals("--group-by nope: the article table has no such column; it has article_id, outlet, date, title, "
        + "url, n_sentences, n_tokens, compound, tone",
        assertThrows(InputException.class, () -> kwic("nato", "nope", 5, 20, null)).getMessage());
    assertEquals("pattern '*': a wildcard needs at least one letter beside the *, e.g. expan*",
        assertThrows(InputException.class, () -> kwic("*", null, 5, 20, null)).getMessage());
    assertEquals("pattern '—': holds no word; give a word, a phrase or a wildcard such as expan*",
        assertThrows(InputException.class, () -> kwic("—", null, 5, 20, null)).getMessage());
    assertEquals("--window -1: must be 0 or more tokens",
        assertThrows(InputException.class, () -> kwic("nato", null, -1, 20, null)).getMessage());
    Path noTables = tmp.resolve("empty");
    assertEquals(noTables + ": holds no articles.parquet/; run the job on the corpus again without --no-parquet",
        assertThrows(InputException.class, () -> {
          Files.createDirectories(noTables);
          new KwicJob(spark, System.out).run(noTables, "nato", null, 5, 20, null);
        }).getMessage());
  }

  @Test
  void thePatternNamesItsFile() {
    assertEquals("expan_star.csv", KwicJob.fileName("expan*"));
    assertEquals("security_guarantees.csv", KwicJob.fileName(" Security  guarantees "));
    assertEquals("u_s.csv", KwicJob.fileName("U.S."));
    assertEquals("pattern.csv", KwicJob.fileName("—"));
  }
}
