package org.framing.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.testing.LocalSpark;
import org.framing.testing.PythonReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Within-event keyness against statsmodels' {@code StratifiedTable} (Mantel–Haenszel pooled log odds, its
 * Robins–Breslow–Greenland standard error, the CMH test) and {@code multipletests(fdr_bh)}, to 1e-9.
 */
@ExtendWith(LocalSpark.PerClass.class)
class WithinEventKeynessTest {

  private static SparkSession spark;

  @Test
  void mantelHaenszelOverEventsIsStatsmodels(@TempDir Path tmp) throws IOException {
    // 54 articles: 6 events, groups A, B, C (event E6 covered by A alone: no stratum), 10 terms, two of them bigrams.
    Random random = new Random(11);
    List<String> vocabulary = List.of("talks", "nato", "russia", "war", "peace", "risk", "gas", "sanctions",
        "real risk", "nato allies");
    String[][] coverage = {{"E1", "ABC"}, {"E2", "AB"}, {"E3", "BC"}, {"E4", "ABC"}, {"E5", "AC"}, {"E6", "A"}};
    List<Row> terms = new ArrayList<>();
    List<Row> events = new ArrayList<>();
    StringBuilder csv = new StringBuilder("article_id,event_id,group,term,count\n");
    int id = 0;
    for (String[] e : coverage) {
      for (char g : e[1].toCharArray()) {
        for (int k = 0; k < 3; k++) {
          String article = "a" + (id++);
          TreeMap<String, Integer> counts = new TreeMap<>();
          for (String t : vocabulary) {
            // Group A leans on "war" and "risk", C on "peace": real differences inside the same events.
            int bias = (g == 'A' && (t.equals("war") || t.equals("risk"))) || (g == 'C' && t.equals("peace")) ? 6 : 0;
            int n = random.nextInt(4) + bias - 1;
            if (n > 0) {
              counts.put(t, n);
            }
          }
          terms.add(RowFactory.create(article, counts.keySet().toArray(new String[0]),
              counts.values().toArray(new Integer[0])));
          events.add(RowFactory.create(article, e[0], String.valueOf(g)));
          counts.forEach((t, n) -> csv.append(article).append(',').append(e[0]).append(',').append(g).append(',')
              .append(t).append(',').append(n).append('\n'));
        }
      }
    }
    StructType termSchema = new StructType().add("article_id", DataTypes.StringType)
        .add("terms", DataTypes.createArrayType(DataTypes.StringType, false))
        .add("counts", DataTypes.createArrayType(DataTypes.IntegerType, false));
    StructType eventSchema = new StructType().add("article_id", DataTypes.StringType)
        .add("event_id", DataTypes.StringType).add("group", DataTypes.StringType);
    Dataset<Row> found = new WithinEventKeyness(5, 0).transform(spark.createDataFrame(terms, termSchema),
        spark.createDataFrame(events, eventSchema));
    Path input = tmp.resolve("counts.csv");
    Files.writeString(input, csv);
    String expected = PythonReference.run("statsmodels", "python3-statsmodels",
        Path.of("src/test/python/mantel_haenszel_reference.py"), List.of(input.toString(), "5"));
    List<CSVRecord> reference = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(new java.io.StringReader(expected)).getRecords();
    TreeMap<String, Row> byKey = new TreeMap<>();
    for (Row r : found.collectAsList()) {
      byKey.put(r.getString(0) + "|" + r.getString(1), r);
    }
    assertEquals(reference.size(), byKey.size(), expected);
    for (CSVRecord e : reference) {
      Row r = byKey.get(e.get("group") + "|" + e.get("term"));
      String where = e.toString();
      assertEquals(Long.parseLong(e.get("ngram")), ((Number) r.get(2)).longValue(), where);
      assertEquals(Long.parseLong(e.get("n_events")), r.getLong(3), where);
      assertEquals(Long.parseLong(e.get("n_target")), r.getLong(4), where);
      assertEquals(Long.parseLong(e.get("n_reference")), r.getLong(5), where);
      close(e.get("log_odds_mh"), r.get(6), where);
      close(e.get("log_odds_se"), r.get(7), where);
      close(e.get("cmh"), r.get(8), where);
      close(e.get("p"), r.get(9), where);
      close(e.get("p_adj"), r.get(10), where);
    }
    // The test bar is inclusive: at the smallest n_target + n_reference found, that term is still tested.
    long edge = reference.stream().mapToLong(e -> Long.parseLong(e.get("n_target")) + Long.parseLong(e.get("n_reference")))
        .min().getAsLong();
    long atEdge = reference.stream().filter(e -> Long.parseLong(e.get("n_target")) + Long.parseLong(e.get("n_reference"))
        >= edge).count();
    assertEquals(atEdge, new WithinEventKeyness(edge, 0).transform(spark.createDataFrame(terms, termSchema),
        spark.createDataFrame(events, eventSchema)).count());
    assertEquals(atEdge - reference.stream().filter(e -> Long.parseLong(e.get("n_target"))
        + Long.parseLong(e.get("n_reference")) == edge).count(), new WithinEventKeyness(edge + 1, 0)
        .transform(spark.createDataFrame(terms, termSchema), spark.createDataFrame(events, eventSchema)).count());
    // No term reaches the bar: no row, and no failure.
    assertEquals(0, new WithinEventKeyness(1_000_000, 0).transform(spark.createDataFrame(terms, termSchema),
        spark.createDataFrame(events, eventSchema)).count());
    // The fixture's built-in differences come out: A over-uses "war" inside its events.
    Row war = byKey.get("A|war");
    assertEquals(true, war.getDouble(6) > 0 && war.getDouble(10) < 0.05, war.toString());
  }

  private static void close(String expected, Object actual, String where) {
    if (expected.isEmpty()) {
      assertEquals(null, actual, where);
      return;
    }
    double want = Double.parseDouble(expected);
    assertEquals(want, (Double) actual, 1e-9 * Math.max(1, Math.abs(want)), where);
  }
}
