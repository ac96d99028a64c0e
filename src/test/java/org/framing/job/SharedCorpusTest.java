package org.framing.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.SparkSession;
import org.framing.ingest.ColumnMapping;
import org.framing.testing.LocalSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The job on the shared 500-article AllSides slice (skipped when ../shared is absent), grouped by outlet and by
 * bias: the label counts its README gives, and the same tokens and term counts whichever grouping.
 */
@ExtendWith(LocalSpark.PerClass.class)
class SharedCorpusTest {

  private static SparkSession spark;

  private static List<CSVRecord> csv(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
    }
  }

  private static List<String> header(Path file) throws IOException {
    return List.of(Files.readAllLines(file, StandardCharsets.UTF_8).get(0).split(","));
  }

  private static Path run(Path corpus, Path out, String groupBy) {
    ColumnMapping d = ColumnMapping.DEFAULTS;
    JobOptions o = JobOptions.defaults().withInput(corpus.toString(), out)
        .withColumns(new ColumnMapping(d.id(), d.outlet(), d.text(), d.date(), d.title(), groupBy, false, false))
        .withTop(0).withoutCharts();
    new StudyJob(spark, o, null).run();
    return out;
  }

  /** Sum of n per term over all groups, unigrams and bigrams. */
  private static Map<String, Long> termTotals(Path termFrequencies) throws IOException {
    Map<String, Long> totals = new HashMap<>();
    for (CSVRecord r : csv(termFrequencies)) {
      totals.merge(r.get("term"), Long.parseLong(r.get("n")), Long::sum);
    }
    return totals;
  }

  @Test
  void tinySliceByOutletAndByBiasAgree(@TempDir Path tmp) throws IOException {
    Path corpus = LocalSpark.sharedCorpus("allsides_article_bias/allsides_article_bias_tiny500.jsonl");
    Path byOutlet = run(corpus, tmp.resolve("by-outlet"), "outlet");
    Path byBias = run(corpus, tmp.resolve("by-bias"), "bias");

    assertEquals(List.of("bias", "articles", "tokens", "types"), header(byBias.resolve("outlets.csv")));
    assertEquals(List.of("article_id", "outlet", "bias", "date", "title", "tokens", "sentences"),
        header(byBias.resolve("articles.csv")));
    assertEquals(List.of("bias", "term", "ngram", "n", "per_10k", "rank"), header(byBias.resolve("term_frequencies.csv")));
    Map<String, String> articlesByBias = new TreeMap<>();
    long biasTokens = 0;
    for (CSVRecord r : csv(byBias.resolve("outlets.csv"))) {
      articlesByBias.put(r.get("bias"), r.get("articles"));
      biasTokens += Long.parseLong(r.get("tokens"));
    }
    assertEquals(Map.of("center", "148", "left", "177", "right", "175"), articlesByBias);

    List<CSVRecord> outlets = csv(byOutlet.resolve("outlets.csv"));
    assertEquals(75, outlets.size());
    assertEquals(500, outlets.stream().mapToLong(r -> Long.parseLong(r.get("articles"))).sum());
    assertEquals(biasTokens, outlets.stream().mapToLong(r -> Long.parseLong(r.get("tokens"))).sum());

    List<CSVRecord> articles = csv(byOutlet.resolve("articles.csv"));
    assertEquals(500, articles.size());
    assertEquals(64, articles.stream().filter(r -> r.get("date").isEmpty()).count());
    assertEquals(biasTokens, articles.stream().mapToLong(r -> Long.parseLong(r.get("tokens"))).sum());

    Map<String, Long> outletTotals = termTotals(byOutlet.resolve("term_frequencies.csv"));
    assertEquals(outletTotals, termTotals(byBias.resolve("term_frequencies.csv")));

    // Trends: the dates span years, so auto picks months; every dated article is in exactly one month of its bias.
    Path trends = byBias.resolve("trends.csv");
    assertEquals(List.of("bias", "period", "period_start", "measure", "item", "value", "rank", "n_articles", "n_tokens"),
        header(trends));
    List<CSVRecord> rows = csv(trends);
    assertTrue(rows.stream().allMatch(r -> r.get("period").equals("month")));
    assertTrue(rows.stream().allMatch(r -> r.get("period_start").endsWith("-01")));
    Map<String, Long> dated = new TreeMap<>();
    List<String> dates = new java.util.ArrayList<>();
    for (CSVRecord r : csv(byBias.resolve("articles.csv"))) {
      if (!r.get("date").isEmpty()) {
        dated.merge(r.get("bias"), 1L, Long::sum);
        dates.add(r.get("date"));
      }
    }
    Map<String, Long> inMonths = new TreeMap<>();
    rows.stream().filter(r -> r.get("measure").equals("term") && r.get("rank").equals("1"))
        .forEach(r -> inMonths.merge(r.get("bias"), Long.parseLong(r.get("n_articles")), Long::sum));
    assertEquals(dated, inMonths);
    java.util.Collections.sort(dates);
    List<String> months = rows.stream().map(r -> r.get("period_start")).sorted().toList();
    assertEquals(dates.get(0).substring(0, 8) + "01", months.get(0));
    assertEquals(dates.get(dates.size() - 1).substring(0, 8) + "01", months.get(months.size() - 1));
  }
}
