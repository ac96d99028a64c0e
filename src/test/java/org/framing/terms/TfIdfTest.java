package org.framing.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.framing.schema.Schemas;
import org.framing.testing.LocalSpark;
import org.framing.testing.PythonReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Term frequencies and TF-IDF against an independent computation: src/test/python/tfidf_reference.py (IDF from
 * scikit-learn's TfidfTransformer) wrote golden/tfidf_reference.csv from the same fixture of article term counts.
 */
@ExtendWith(LocalSpark.PerClass.class)
public class TfIdfTest {

  static final Path FIXTURE = Path.of("src/test/resources/fixtures/tfidf/term_counts.csv");
  static final Path REFERENCE = Path.of("src/test/resources/golden/tfidf_reference.csv");
  static final Path SCRIPT = Path.of("src/test/python/tfidf_reference.py");

  private static SparkSession spark;

  /** The fixture as analysed articles: one row per article with its sorted terms and counts. */
  static Dataset<Row> analyzed() throws IOException {
    return analyzed(spark, FIXTURE);
  }

  /** A fixture of article term counts ({@code article_id, group, tokens, term, count}) as analysed articles. */
  public static Dataset<Row> analyzed(SparkSession spark, Path fixture) throws IOException {
    Map<String, Object[]> meta = new LinkedHashMap<>();
    Map<String, TreeMap<String, Integer>> terms = new LinkedHashMap<>();
    for (CSVRecord r : records(fixture)) {
      meta.put(r.get("article_id"), new Object[] {r.get("group"), Integer.parseInt(r.get("tokens"))});
      terms.computeIfAbsent(r.get("article_id"), k -> new TreeMap<>()).put(r.get("term"), Integer.parseInt(r.get("count")));
    }
    List<Row> rows = new ArrayList<>();
    for (Map.Entry<String, Object[]> e : meta.entrySet()) {
      TreeMap<String, Integer> t = terms.get(e.getKey());
      String group = (String) e.getValue()[0];
      rows.add(RowFactory.create(e.getKey(), group, group, null, null, "fixture", e.getValue()[1], 1,
          t.keySet().toArray(new String[0]), t.values().toArray(new Integer[0]), new Row[0]));
    }
    return spark.createDataFrame(rows, Schemas.ANALYZED);
  }

  public static List<CSVRecord> records(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
    }
  }

  private static void assertMatches(String kind, List<Row> actual, int valueColumn) throws IOException {
    List<CSVRecord> expected = records(REFERENCE).stream().filter(r -> r.get("kind").equals(kind)).toList();
    assertEquals(expected.size(), actual.size(), kind + " rows");
    for (int i = 0; i < expected.size(); i++) {
      CSVRecord e = expected.get(i);
      Row a = actual.get(i);
      String where = kind + " row " + i + " " + e.get("group") + "/" + e.get("term");
      assertEquals(e.get("group"), a.getString(0), where);
      assertEquals(e.get("term"), a.getString(1), where);
      assertEquals(Integer.parseInt(e.get("ngram")), a.getInt(2), where);
      assertEquals(Long.parseLong(e.get("rank")), ((Number) a.get(valueColumn + 1)).longValue(), where);
      double want = Double.parseDouble(e.get("value"));
      assertEquals(want, a.getDouble(valueColumn), 1e-9 * Math.max(1, Math.abs(want)), where);
    }
  }

  /**
   * The per-group sums against a plain-Java pass over the fixture's rows, with the job's input spread over several
   * partitions so that a group's articles arrive from more than one.
   */
  @Test
  void sumsEveryGroupsTermsOverItsArticles() throws IOException {
    // Expected, in article id order within each group (the order the job sums rate_sum in).
    Map<String, double[]> want = new TreeMap<>();
    List<CSVRecord> rows = new ArrayList<>(records(FIXTURE));
    rows.sort(java.util.Comparator.comparing((CSVRecord r) -> r.get("group")).thenComparing(r -> r.get("article_id")));
    for (CSVRecord r : rows) {
      int c = Integer.parseInt(r.get("count"));
      double[] x = want.computeIfAbsent(r.get("group") + "|" + r.get("term"), k -> new double[3]);
      x[0] += c;
      x[1]++;
      x[2] += c * 1e4 / Integer.parseInt(r.get("tokens"));
    }
    var got = new GroupTermCounts().transform(analyzed().repartition(3))
        .orderBy(org.framing.schema.Columns.GROUP, org.framing.schema.Columns.TERM).collectAsList();
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

  @Test
  void tfidfMatchesTheScikitLearnReference() throws IOException {
    Dataset<Row> counts = new GroupTermCounts().transform(analyzed());
    Dataset<Row> sizes = new GroupSizes().transform(analyzed(), counts);
    assertMatches("tfidf", new TfIdf(1, 0).transform(counts, sizes).collectAsList(), 3);
  }

  @Test
  void termFrequenciesMatchTheReference() throws IOException {
    Dataset<Row> counts = new GroupTermCounts().transform(analyzed());
    Dataset<Row> sizes = new GroupSizes().transform(analyzed(), counts);
    List<Row> tf = new TermFrequencies(1, 0).transform(counts, sizes)
        .select("group", "term", "ngram", "per_10k", "rank").collectAsList();
    assertMatches("tf", tf, 3);
  }

  @Test
  void groupSizesCountArticlesTokensAndUnigramTypes() throws IOException {
    Dataset<Row> counts = new GroupTermCounts().transform(analyzed());
    List<String> sizes = new GroupSizes().transform(analyzed(), counts).collectAsList().stream().map(Row::toString).toList();
    assertEquals(List.of("[center,1,5,3]", "[left,2,30,3]", "[right,2,20,4]"), sizes);
  }

  @Test
  void topAndMinCountCutTheLists() throws IOException {
    Dataset<Row> counts = new GroupTermCounts().transform(analyzed());
    Dataset<Row> sizes = new GroupSizes().transform(analyzed(), counts);
    List<String> rows = new TfIdf(2, 1).transform(counts, sizes).collectAsList().stream()
        .map(r -> r.getString(0) + "/" + r.getString(1)).toList();
    assertEquals(List.of("center/москва", "left/talks", "left/real risk", "right/kyiv"), rows);
  }

  /**
   * The heap path of {@link TopPerGroup} (any cut) keeps the same rows with the same ranks as Spark's
   * {@code row_number} window (no cut) filtered to the cut: random scores with many ties, bigint and double scores,
   * -0.0 next to 0.0, and terms whose code point order differs from their UTF-16 order.
   */
  @Test
  void topPerGroupEqualsTheWindowRankThenTheCut() {
    java.util.Random random = new java.util.Random(7);
    List<Row> rows = new ArrayList<>();
    String[] stems = {"a", "b", "z", "\uFF5E", "\uD83D\uDE00", "é"};
    for (int i = 0; i < 600; i++) {
      String term = stems[random.nextInt(stems.length)] + random.nextInt(40) + (random.nextInt(3) == 0 ? " x" : "");
      double score = random.nextInt(3) == 0 ? (random.nextBoolean() ? -0.0 : 0.0) : random.nextInt(3) / 4.0;
      rows.add(RowFactory.create("g" + random.nextInt(5), term, term.contains(" ") ? 2 : 1, (long) random.nextInt(6),
          score));
    }
    org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
        .add("group", "string").add("term", "string").add("ngram", "int").add("n", "long").add("tfidf", "double");
    Dataset<Row> ds = spark.createDataFrame(rows, schema).dropDuplicates("group", "term");
    for (String score : List.of("n", "tfidf")) {
      for (int top : List.of(1, 3, 10, 40, 60)) {
        List<Row> want = TopPerGroup.rank(ds, score, 0).filter(org.apache.spark.sql.functions.col("rank").leq(top))
            .orderBy("group", "ngram", "rank").collectAsList();
        List<Row> got = TopPerGroup.rank(ds, score, top).orderBy("group", "ngram", "rank").collectAsList();
        assertEquals(want.size(), got.size(), score + " top " + top);
        for (int i = 0; i < want.size(); i++) {
          assertEquals(want.get(i).toString(), got.get(i).toString(), score + " top " + top + " row " + i);
        }
      }
    }
  }

  /** The committed reference is what the script computes today (needs Debian's python3-sklearn). */
  @Test
  void referenceFileIsWhatTheScriptWrites() {
    PythonReference.assertSameTable(LocalSpark.read(REFERENCE),
        PythonReference.run("sklearn", "python3-sklearn", SCRIPT, List.of(FIXTURE.toString())));
  }
}
