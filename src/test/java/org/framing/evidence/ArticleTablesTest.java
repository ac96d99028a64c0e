package org.framing.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.framing.job.JobOptions;
import org.framing.job.StudyJob;
import org.framing.report.CsvSink;
import org.framing.testing.LocalSpark;
import org.framing.text.ArticleText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

/** The article tables: the pass's evidence part, and the seed study's Parquet tables read back against its CSVs. */
@ExtendWith(LocalSpark.PerClass.class)
class ArticleTablesTest {

  private static SparkSession spark;

  @Test
  void thePartKeepsTheChainsSentencesAndTokensWithTheirOffsets() {
    Row r = ArticleTable.row(ArticleText.of("NATO's talks ended. \"No deal,\" he said."), "https://example.org/a");
    assertEquals("NATO's talks ended. \"No deal,\" he said.", r.getString(0));
    assertEquals("https://example.org/a", r.getString(1));
    assertEquals(List.of(0, 21), r.getList(2));
    assertEquals(List.of(19, 39), r.getList(3));
    assertEquals(List.of(0, 3), r.getList(4));
    assertEquals(List.of("nato", "talks", "ended", "no", "deal", "he", "said"), r.getList(5));
    assertEquals(List.of(0, 7, 13, 21, 24, 31, 34), r.getList(6));
    assertEquals(List.of(6, 12, 18, 23, 28, 33, 38), r.getList(7));
  }

  @Test
  void theSeedStudysTablesReadBackEqualToItsCsvs(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("nato");
    JobOptions defaults = JobOptions.defaults();
    JobOptions options = defaults.withInput(null, out).withoutCharts().withEvents(
        new JobOptions.Events(JobOptions.Events.Mode.NONE, null, 3)).withQuotes(new JobOptions.Quotes(false, null))
        .withReuse(new JobOptions.Reuse(false, 8, 20))
        .withSentiment(new JobOptions.Sentiment(true, "vader", "afinn", "positive", "negative", true, 2000,
            List.of("frames"), null));
    new StudyJob(spark, options, null).run();

    List<Row> articles = spark.read().parquet(out.resolve("articles.parquet").toString()).orderBy("article_id").collectAsList();
    Map<String, CSVRecord> counts = byArticle(out.resolve("articles.csv"));
    Map<String, CSVRecord> sentiment = byArticle(out.resolve("sentiment_by_article.csv"));
    assertEquals(counts.size(), articles.size());
    for (Row a : articles) {
      String id = a.getAs("article_id");
      CSVRecord c = counts.get(id);
      assertEquals(c.get("outlet"), a.getAs("outlet"), id);
      assertEquals(c.get("title"), a.getAs("title"), id);
      assertEquals(Integer.parseInt(c.get("tokens")), (int) a.getAs("n_tokens"), id);
      assertEquals(Integer.parseInt(c.get("sentences")), (int) a.getAs("n_sentences"), id);
      assertEquals(a.<Integer>getAs("n_tokens"), a.getList(a.fieldIndex("tokens")).size());
      assertEquals(sentiment.get(id).get("compound"), CsvSink.number(a.getAs("compound")), id);
      assertEquals(sentiment.get(id).get("tone"), CsvSink.number(a.getAs("tone")), id);
      // Every token's span in the cleaned text is that token when the chain reads the span alone.
      String text = a.getAs("text");
      List<String> tokens = a.getList(a.fieldIndex("tokens"));
      List<Integer> starts = a.getList(a.fieldIndex("token_start"));
      List<Integer> ends = a.getList(a.fieldIndex("token_end"));
      for (int i = 0; i < tokens.size(); i++) {
        String span = text.substring(starts.get(i), ends.get(i));
        assertEquals(List.of(tokens.get(i)), org.framing.text.Tokenizer.tokens(span).stream()
            .map(org.framing.text.Token::text).toList(), id + " token " + i + ": " + span);
      }
    }

    List<Row> sentences = spark.read().parquet(out.resolve("sentences.parquet").toString())
        .orderBy("article_id", "sentence_index").collectAsList();
    List<CSVRecord> csv = records(out.resolve("sentences.csv"));
    csv.sort(java.util.Comparator.comparing((CSVRecord r) -> r.get("article_id"))
        .thenComparingInt(r -> Integer.parseInt(r.get("sentence_index"))));
    assertEquals(csv.size(), sentences.size());
    for (int i = 0; i < csv.size(); i++) {
      CSVRecord c = csv.get(i);
      Row s = sentences.get(i);
      assertEquals(c.get("article_id"), s.getAs("article_id"));
      assertEquals(c.get("sentence_index"), String.valueOf(s.<Integer>getAs("sentence_index")));
      assertEquals(c.get("text"), s.getAs("text"));
      assertEquals(c.get("compound"), CsvSink.number(s.getAs("compound")));
      assertEquals(c.get("tone"), CsvSink.number(s.getAs("tone")));
    }
    Row first = sentences.get(0);
    assertEquals("000_75d9bc27a0ff73ff", first.getAs("article_id"));
    assertEquals("World NATO: \"A new war could break out in Europe\" It will not be easy to bridge the differences "
        + "between Russia and NATO over Ukraine, said NATO Secretary General Jens Stoltenberg.", first.getAs("text"));
    assertEquals(31, (int) first.getAs("n_tokens"));
    Row b92 = articles.get(0);
    assertEquals(List.of("world", "nato", "a", "new", "war", "could", "break"),
        b92.getList(b92.fieldIndex("tokens")).subList(0, 7));
  }

  @Test
  void noParquetWritesNoTables(@TempDir Path tmp) {
    Path out = tmp.resolve("nato");
    JobOptions options = JobOptions.defaults().withInput(null, out).withoutCharts()
        .withEvents(new JobOptions.Events(JobOptions.Events.Mode.NONE, null, 3))
        .withEvidence(new JobOptions.Evidence(false, 0));
    new StudyJob(spark, options, null).run();
    assertTrue(Files.isRegularFile(out.resolve("articles.csv")));
    assertFalse(Files.exists(out.resolve("articles.parquet")));
    assertFalse(Files.exists(out.resolve("sentences.parquet")));
  }

  private static List<CSVRecord> records(Path csv) throws IOException {
    try (Reader r = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
      return new java.util.ArrayList<>(CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
          .parse(r).getRecords());
    }
  }

  private static Map<String, CSVRecord> byArticle(Path csv) throws IOException {
    Map<String, CSVRecord> m = new HashMap<>();
    for (CSVRecord r : records(csv)) {
      m.put(r.get("article_id"), r);
    }
    return m;
  }
}
