package org.framing.metrics;

import static org.framing.schema.Columns.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.framing.testing.LocalSpark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The per-group sums against a plain-Java pass over the TF-IDF fixture's rows (article, group, tokens, term,
 * count), with the job's input spread over several partitions so that a group's articles arrive from more than one.
 */
class GroupTermCountsTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void sumsEveryGroupsTermsOverItsArticles() throws IOException {
    // Expected, in article id order within each group (the order the job sums rate_sum in).
    Map<String, double[]> want = new TreeMap<>();
    try (var reader = java.nio.file.Files.newBufferedReader(TfIdfTest.FIXTURE)) {
      var rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build().parse(reader).getRecords();
      rows.sort(java.util.Comparator.comparing((CSVRecord r) -> r.get("group")).thenComparing(r -> r.get("article_id")));
      for (CSVRecord r : rows) {
        int c = Integer.parseInt(r.get("count"));
        double[] x = want.computeIfAbsent(r.get("group") + "|" + r.get("term"), k -> new double[3]);
        x[0] += c;
        x[1]++;
        x[2] += c * 1e4 / Integer.parseInt(r.get("tokens"));
      }
    }
    var got = new GroupTermCounts().transform(TfIdfTest.analyzed(spark, TfIdfTest.FIXTURE).repartition(3))
        .orderBy(GROUP, TERM).collectAsList();
    assertEquals(want.size(), got.size());
    for (Row r : got) {
      String key = r.getString(0) + "|" + r.getString(1);
      double[] x = want.get(key);
      assertEquals(r.getString(1).contains(" ") ? 2 : 1, r.getInt(2), key);
      assertEquals((long) x[0], r.getLong(3), key);
      assertEquals((long) x[1], r.getLong(4), key);
      assertEquals(x[2], r.getDouble(5), key);
    }
  }
}
