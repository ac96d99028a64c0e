package org.framing.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.framing.testing.LocalSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Corpora whose charts have nothing to draw (one outlet: no comparison; identical articles: every TF-IDF is 0)
 * run to the end with charts on: every CSV is written, and each empty chart is one warning line and a note in
 * the report instead of XChart's "X-Axis data cannot be empty!!!" failing the run.
 */
@ExtendWith(LocalSpark.PerClass.class)
class NothingToDrawTest {

  private static final String TEXT = "NATO and Russia held talks in Brussels on Wednesday. The alliance said the risk "
      + "of conflict was real. Officials will meet again next week.";

  private static final String WARNING = "framing: warning: ";
  private static final String SIMILARITY = WARNING + "the chart \"Cosine similarity of each outlet's TF-IDF\" (How "
      + "alike the outlets' vocabularies are) has nothing to draw; left out of the report";
  private static final String TFIDF_HEATMAP = WARNING + "the chart \"TF-IDF of each outlet's top 3 terms\" "
      + "(Distinctive terms compared by outlet) has nothing to draw; left out of the report";

  private static String panel(String outlet) {
    return WARNING + "the chart \"" + outlet + ": top terms by TF-IDF\" (Most distinctive terms per outlet) has nothing "
        + "to draw; left out of the report";
  }

  private static SparkSession spark;
  @TempDir
  Path tmp;

  private record Run(StudyJob.Result result, List<String> console) {}

  /**
   * Writes one article per outlet given, article i from outlets[i] with {@link #TEXT} and {@code ends[i % ends.length]}
   * after it, and runs the job with charts.
   */
  private Run run(List<String> ends, String... outlets) throws IOException {
    StringBuilder jsonl = new StringBuilder();
    for (int i = 0; i < outlets.length; i++) {
      jsonl.append("{\"id\": \"a").append(i).append("\", \"outlet\": \"").append(outlets[i])
          .append("\", \"date\": \"2022-01-1").append(i % 3).append("\", \"title\": \"Talks\", \"text\": \"")
          .append(TEXT).append(ends.get(i % ends.size())).append("\"}\n");
    }
    Path corpus = tmp.resolve("corpus.jsonl");
    Files.writeString(corpus, jsonl);
    JobOptions o = JobOptions.defaults().withInput(corpus.toString(), tmp.resolve("out"));
    JobOptions.Sentiment s = o.sentiment();
    o = o.withSentiment(new JobOptions.Sentiment(true, s.vaderLexicon(), s.toneLexicon(), s.positive(), s.negative(),
        false, 100, s.frameLexicons(), null));
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    StudyJob.Result r = new StudyJob(spark, o, new PrintStream(console, true, StandardCharsets.UTF_8)).run();
    return new Run(r, console.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("warning")).toList());
  }

  private static List<String> csvs(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
    }
  }

  @Test
  void aCorpusOfOneOutletWritesEveryCsvAndLeavesOutTheEmptyCharts() throws IOException {
    Run run = run(List.of(""), "Solo");
    Path out = run.result().output();
    assertEquals(tmp.resolve("out"), out);
    assertTrue(run.result().report());
    // One article: every term is in every article, so each TF-IDF is 0; one outlet: no pair to compare.
    assertEquals(List.of(panel("Solo"), TFIDF_HEATMAP, SIMILARITY), run.console());
    assertEquals(List.of("articles.csv", "boilerplate.csv", "contexts.csv", "coverage.csv", "coverage_pairs.csv",
        "entities.csv", "event_summary.csv", "events.csv", "frames_by_outlet.csv", "keyness.csv", "mentions_by_group.csv",
        "outlets.csv", "quotes.csv", "reuse.csv",
        "sentiment_by_article.csv", "sentiment_by_outlet.csv", "similarity.csv", "term_frequencies.csv", "tfidf.csv",
        "voices.csv"), csvs(out));
    assertEquals("outlet,articles,tokens,types\nSolo,1,24,15\n", LocalSpark.read(out.resolve("outlets.csv")));
    String report = LocalSpark.read(out.resolve("report.html"));
    assertTrue(report.contains("<p class=\"note\">Left out, with nothing to draw: the chart &quot;Cosine similarity of "
        + "each outlet&#39;s TF-IDF&quot;.</p>"), "the report's note");
  }

  @Test
  void identicalArticlesWriteEveryCsvAndLeaveOutTheEmptyCharts() throws IOException {
    Run run = run(List.of(""), "A", "B", "A", "B", "A", "B");
    Path out = run.result().output();
    assertTrue(run.result().report());
    // Every term is in every article: each TF-IDF is 0, no term is over- or under-used, no vector to compare.
    assertEquals(List.of(panel("A"), panel("B"), TFIDF_HEATMAP,
        WARNING + "the chart \"A vs rest\" (Terms each outlet uses more or less than the rest) has nothing to draw; "
        + "left out of the report",
        WARNING + "the chart \"B vs rest\" (Terms each outlet uses more or less than the rest) has nothing to draw; "
        + "left out of the report", SIMILARITY), run.console());
    // The 400 articles name people, so the most named are the actors (there is no actors list).
    assertEquals(List.of("actor_sentiment.csv", "articles.csv", "boilerplate.csv", "contexts.csv", "coverage.csv", "coverage_pairs.csv",
        "entities.csv", "event_summary.csv", "events.csv", "frames_by_outlet.csv", "keyness.csv", "mentions_by_group.csv",
        "outlets.csv", "quotes.csv", "reuse.csv",
        "sentiment_by_article.csv", "sentiment_by_outlet.csv", "similarity.csv", "term_frequencies.csv", "tfidf.csv",
        "trends.csv", "voices.csv", "within_event.csv", "within_event_keyness.csv", "within_event_pairs.csv"), csvs(out));
    assertEquals("outlet,articles,tokens,types\nA,3,72,15\nB,3,72,15\n", LocalSpark.read(out.resolve("outlets.csv")));
  }
}
