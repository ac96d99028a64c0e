package org.framing.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.framing.ingest.InputException;
import org.framing.ingest.InputFile;
import org.framing.testing.LocalSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole job on the bundled seed study, compared with the golden CSVs. To accept a deliberate change of
 * results, run with {@code -Dgolden.update=true} once and review the diff of src/test/resources/golden.
 */
@ExtendWith(LocalSpark.PerClass.class)
class StudyJobTest {

  static final List<String> CSVS = List.of("articles.csv", "outlets.csv", "term_frequencies.csv", "tfidf.csv", "boilerplate.csv",
      "reuse.csv", "keyness.csv", "similarity.csv", "sentiment_by_article.csv", "sentiment_by_outlet.csv",
      "frames_by_outlet.csv", "actor_sentiment.csv",
      "quotes.csv", "voices.csv", "trends.csv", "events.csv", "event_summary.csv", "coverage.csv", "coverage_pairs.csv",
      "within_event.csv", "within_event_pairs.csv", "within_event_keyness.csv", "contexts.csv", "entities.csv",
      "mentions_by_group.csv");
  static final Path GOLDEN = Path.of("src/test/resources/golden/nato-russia-council-2022");

  private static SparkSession spark;

  private static StudyJob.Result run(JobOptions options) {
    return new StudyJob(spark, options, null).run();
  }

  @Test
  void seedStudyMatchesTheGoldenCsvs(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("nato");
    StudyJob.Result r = run(JobOptions.defaults().withInput(null, out));
    assertEquals(5, r.articles());
    assertEquals(5, r.groups());
    if (Boolean.getBoolean("golden.update")) {
      for (String csv : CSVS) {
        Files.copy(out.resolve(csv), GOLDEN.resolve(csv), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    for (String csv : CSVS) {
      assertEquals(LocalSpark.read(GOLDEN.resolve(csv)), LocalSpark.read(out.resolve(csv)), csv);
    }
    assertTrue(Files.isRegularFile(out.resolve("report.html")));
    String runJson = LocalSpark.read(out.resolve("run.json"));
    assertTrue(runJson.contains("\"finished\" : \"20"));
    // Five articles: Spark SQL interpreted the expressions (the golden files were written with generated code),
    // and the session has its own settings back afterwards.
    assertTrue(runJson.contains("\"sql_expressions\" : \"interpreted (small study)\""), runJson);
    assertFalse(spark.conf().contains("spark.sql.codegen.factoryMode"));
    assertFalse(spark.conf().contains("spark.sql.codegen.wholeStage"));
  }

  @Test
  void aSmallStudyKeepsTheCodeGenerationTheUserAskedFor(@TempDir Path tmp) throws IOException {
    spark.conf().set("spark.sql.codegen.wholeStage", true);
    try {
      Path out = tmp.resolve("nato");
      run(JobOptions.defaults().withInput(null, out).withoutCharts());
      String runJson = LocalSpark.read(out.resolve("run.json"));
      assertTrue(runJson.contains("\"sql_expressions\" : \"generated code\""), runJson);
      assertEquals("true", spark.conf().get("spark.sql.codegen.wholeStage"));
      assertFalse(spark.conf().contains("spark.sql.codegen.factoryMode"));
    } finally {
      spark.conf().unset("spark.sql.codegen.wholeStage");
    }
  }

  @Test
  void aRerunReplacesTheEarlierResultAndLeavesNoStagingFolder(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("study");
    Files.createDirectories(out);
    Files.writeString(out.resolve("stale.csv"), "old");
    run(JobOptions.defaults().withInput(null, out).withoutCharts().withQuotes(new JobOptions.Quotes(false, null)));
    assertFalse(Files.exists(out.resolve("stale.csv")));
    assertTrue(Files.exists(out.resolve("tfidf.csv")));
    assertFalse(Files.exists(out.resolve("quotes.csv")), "--no-quotes writes no quotes.csv");
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(List.of("study"), left.map(p -> p.getFileName().toString()).toList());
    }
  }

  @Test
  void aStudysSpeakersFileIsReadAndAMalformedOneIsNamed(@TempDir Path tmp) throws IOException {
    Path study = tmp.resolve("study");
    Files.createDirectories(study.resolve("articles"));
    Files.writeString(study.resolve("manifest.csv"), "file,outlet\narticles/a.txt,A\n");
    Files.writeString(study.resolve("articles/a.txt"), "“We will meet again,” Stoltenberg said.");
    Files.writeString(study.resolve("speakers.csv"), "speaker,aliases,affiliation\nJens Stoltenberg,Stoltenberg\n");
    InputException e = assertThrows(InputException.class,
        () -> run(JobOptions.defaults().withInput(study.toString(), tmp.resolve("out"))));
    assertEquals(study.resolve("speakers.csv") + " line 2: has 2 fields, the header 3; quote a field that holds a comma",
        e.getMessage());
    Path override = tmp.resolve("mine.csv");
    Files.writeString(override, "speaker,aliases,affiliation\nJens Stoltenberg,Stoltenberg,NATO\n");
    Path out = tmp.resolve("out");
    run(JobOptions.defaults().withInput(study.toString(), out).withoutCharts().withReuse(JobOptions.Reuse.DEFAULTS)
        .withQuotes(new JobOptions.Quotes(true, override.toString())));
    // No entity: "Stoltenberg" alone, never titled nor given in full, is no person the article confirms.
    assertEquals("article_id,outlet,quote_index,speaker,entity_id,affiliation,kind,verb,words,quote,char_start,char_end,"
        + "headline\na,A,0,Jens Stoltenberg,,NATO,direct,said,4,\"We will meet again,\",1,20,false\n",
        LocalSpark.read(out.resolve("quotes.csv")));
  }

  @Test
  void aFailedRunLeavesTheEarlierResultUntouched(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("study");
    Files.createDirectories(out);
    Files.writeString(out.resolve("tfidf.csv"), "earlier good result");
    Path study = tmp.resolve("bad-study");
    Files.createDirectories(study.resolve("articles"));
    Files.writeString(study.resolve("manifest.csv"), "file,outlet\narticles/a.txt,A\narticles/b.txt,B\n");
    Files.writeString(study.resolve("articles/a.txt"), "Some words here.");
    Files.writeString(study.resolve("articles/b.txt"), "The and of.");
    InputException e = assertThrows(InputException.class, () -> run(JobOptions.defaults().withInput(study.toString(), out)));
    assertEquals("group 'B' (outlet) has no terms after cleaning: its 1 article(s) hold only stop words, numbers or "
        + "boilerplate; check them or --stopwords", e.getMessage());
    assertEquals("earlier good result", Files.readString(out.resolve("tfidf.csv")));
    try (Stream<Path> left = Files.list(tmp)) {
      assertEquals(List.of("bad-study", "study"), left.map(p -> p.getFileName().toString()).sorted().toList());
    }
  }

  @Test
  void aBadLexiconOrActorsFileStopsTheRunBeforeAnyAnalysis(@TempDir Path tmp) throws IOException {
    JobOptions seed = JobOptions.defaults().withInput(null, tmp.resolve("out"));
    JobOptions.Sentiment s = seed.sentiment();
    InputException unknown = assertThrows(InputException.class, () -> run(seed.withSentiment(new JobOptions.Sentiment(true,
        s.vaderLexicon(), s.toneLexicon(), s.positive(), s.negative(), false, s.resamples(), List.of("frame"), null))));
    assertEquals("lexicon 'frame' is neither a bundled lexicon (vader, afinn, frames) nor a .csv, .dic, .txt or .tsv "
        + "file; name one of those", unknown.getMessage());
    Path actors = tmp.resolve("actors.csv");
    Files.writeString(actors, "actor,group,aliases\nNATO,,alliance\nRussia,,Moscow;Alliance\n");
    InputException clash = assertThrows(InputException.class, () -> run(seed.withSentiment(new JobOptions.Sentiment(true,
        s.vaderLexicon(), s.toneLexicon(), s.positive(), s.negative(), false, s.resamples(), s.frameLexicons(),
        actors.toString()))));
    assertEquals(actors + " line 3: alias 'Alliance' already names actor 'NATO'; give each alias to one actor",
        clash.getMessage());
    assertFalse(Files.exists(tmp.resolve("out")));
  }

  @Test
  void runJsonRecordsTheDriversOwnJavaOptionsWithoutSparksAdditions() {
    String given = "-Djava.net.preferIPv6Addresses=false "
        + org.apache.spark.launcher.JavaModuleOptions.defaultModuleOptions() + " -XX:TieredStopAtLevel=1 -Dx=1";
    assertEquals("-XX:TieredStopAtLevel=1 -Dx=1", RunJson.ownJavaOptions(given));
    assertEquals("", RunJson.ownJavaOptions(""));
  }

  @Test
  void thePassHasAPartitionPerFourMegabytesOfRawTextAndOnePerCoreAtLeast() {
    InputFile seed = new InputFile("jobs/x/articles/a.txt", 9_000, "");
    assertEquals(2, StudyJob.passPartitions(List.of(seed, seed), 2));
    assertEquals(8, StudyJob.passPartitions(List.of(seed), 8));
    // 78,359,555 bytes of JSON Lines: 18.7 times 4 MiB.
    assertEquals(19, StudyJob.passPartitions(List.of(new InputFile("as12k.jsonl", 78_359_555, "")), 2));
    // A gzip file counts four times its size: 90,838,251 bytes are 86.6 times 4 MiB.
    assertEquals(87, StudyJob.passPartitions(List.of(new InputFile("c.jsonl.GZ", 90_838_251, "")), 2));
    assertEquals(10_000, StudyJob.passPartitions(List.of(new InputFile("huge.parquet", 1L << 46, "")), 2));
  }
}
