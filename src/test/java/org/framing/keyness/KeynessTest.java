package org.framing.keyness;

import org.framing.terms.TfIdfTest;

import org.framing.terms.GroupTermCounts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.schema.Columns;
import org.framing.testing.LocalSpark;
import org.framing.testing.PythonReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Keyness against an independent computation: src/test/python/keyness_reference.py (G² and p from scipy's
 * chi2_contingency, Benjamini–Hochberg, log-odds and Log Ratio from the papers' formulas with numpy) wrote
 * golden/keyness_reference.csv from fixtures/keyness/group_terms.csv with min count 2 and prior scale 0.01.
 */
@ExtendWith(LocalSpark.PerClass.class)
public class KeynessTest {

  static final Path FIXTURE = Path.of("src/test/resources/fixtures/keyness/group_terms.csv");
  static final Path REFERENCE = Path.of("src/test/resources/golden/keyness_reference.csv");
  static final Path SCRIPT = Path.of("src/test/python/keyness_reference.py");
  static final List<String> SCRIPT_ARGS = List.of(FIXTURE.toString(), "--min-count", "2", "--prior-scale", "0.01");

  private static final StructType GROUP_TERMS = new StructType()
      .add(Columns.GROUP, DataTypes.StringType, false)
      .add(Columns.TERM, DataTypes.StringType, false)
      .add(Columns.NGRAM, DataTypes.IntegerType, false)
      .add(Columns.N, DataTypes.LongType, false)
      .add(Columns.DF, DataTypes.LongType, false)
      .add(Columns.RATE_SUM, DataTypes.DoubleType, false);

  private static SparkSession spark;

  /** Group-term counts as GroupTermCounts writes them ({@code df} and {@code rate_sum} are not used). */
  static Dataset<Row> groupTerms(List<Object[]> groupTermN) {
    List<Row> rows = new ArrayList<>();
    for (Object[] r : groupTermN) {
      String term = (String) r[1];
      rows.add(RowFactory.create(r[0], term, term.contains(" ") ? 2 : 1, ((Number) r[2]).longValue(), 1L, 0.0));
    }
    return spark.createDataFrame(rows, GROUP_TERMS);
  }

  static Dataset<Row> fixture() throws IOException {
    return groupTerms(TfIdfTest.records(FIXTURE).stream()
        .map(r -> new Object[] {r.get("group"), r.get("term"), Long.parseLong(r.get("n"))}).toList());
  }

  /** Relative 1e-9; values that are 0 in exact arithmetic may differ from 0 by rounding (1e-12). */
  public static void assertClose(double want, double got, String where) {
    assertEquals(want, got, 1e-9 * Math.abs(want) + 1e-12, where);
  }

  private static void assertRowMatches(CSVRecord e, Row a, String where) {
    assertEquals(e.get("comparison"), a.getString(0), where);
    assertEquals(e.get("target"), a.getString(1), where);
    assertEquals(e.get("reference"), a.getString(2), where);
    assertEquals(e.get("term"), a.getString(3), where);
    assertEquals(Integer.parseInt(e.get("ngram")), a.getInt(4), where);
    assertEquals(Long.parseLong(e.get("n_target")), a.getLong(5), where);
    assertEquals(Long.parseLong(e.get("n_reference")), a.getLong(6), where);
    List<String> measures = List.of("g2", "p", "p_adj", "log_odds_z", "log_ratio");
    for (int i = 0; i < measures.size(); i++) {
      assertClose(Double.parseDouble(e.get(measures.get(i))), a.getDouble(7 + i), where + " " + measures.get(i));
    }
  }

  @Test
  void everyValueAndTheRowOrderMatchTheScipyReference() throws IOException {
    List<CSVRecord> expected = TfIdfTest.records(REFERENCE);
    List<Row> actual = new Keyness(2, 0, 0.01, true).transform(fixture()).collectAsList();
    assertEquals(151, expected.size());
    assertEquals(expected.size(), actual.size(), "rows");
    for (int i = 0; i < expected.size(); i++) {
      CSVRecord e = expected.get(i);
      assertRowMatches(e, actual.get(i), "row " + i + " " + e.get("comparison") + "/" + e.get("term"));
    }
  }

  @Test
  void outputHasTheDocumentedColumns() throws IOException {
    assertEquals(List.of("comparison", "target", "reference", "term", "ngram", "n_target", "n_reference", "g2", "p",
        "p_adj", "log_odds_z", "log_ratio"), List.of(new Keyness(1, 0, 0.01, false).transform(fixture()).columns()));
  }

  /** top = 2 keeps, per comparison and n-gram order, the reference's 2 highest and 2 lowest g2 (ties by term). */
  @Test
  void topKeepsTheHighestAndLowestPerComparisonAndOrder() throws IOException {
    List<CSVRecord> reference = TfIdfTest.records(REFERENCE);
    Map<String, List<CSVRecord>> byPart = reference.stream()
        .collect(Collectors.groupingBy(r -> r.get("comparison") + "|" + r.get("ngram")));
    Comparator<CSVRecord> byG2 = Comparator.comparingDouble(r -> Double.parseDouble(r.get("g2")));
    Set<CSVRecord> kept = new LinkedHashSet<>();
    for (List<CSVRecord> part : byPart.values()) {
      part.stream().sorted(byG2.reversed().thenComparing(r -> r.get("term"))).limit(2).forEach(kept::add);
      part.stream().sorted(byG2.thenComparing(r -> r.get("term"))).limit(2).forEach(kept::add);
    }
    List<CSVRecord> expected = reference.stream().filter(kept::contains).toList();
    List<Row> actual = new Keyness(2, 2, 0.01, true).transform(fixture()).collectAsList();
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      assertRowMatches(expected.get(i), actual.get(i), "row " + i);
    }
  }

  /**
   * The cut path ({@link KeynessCut}: absent candidates from heaps per partition, p_adj from counts per distinct p)
   * gives exactly the rows and numbers of scoring every group against every corpus term and cutting afterwards:
   * random corpora with Zipf-like counts and many tied counts, groups of very different sizes, one group without
   * bigrams and one with a single term. Seeds 1 to 3 have 9 groups; seed 4 has 40, most with a few terms,
   * so that the cut of most groups holds terms they never use. The cross-join path that few groups take gives the
   * same.
   */
  @Test
  void theCutPathEqualsScoringEveryTermThenCutting() {
    for (long seed = 1; seed <= 4; seed++) {
      java.util.Random random = new java.util.Random(seed);
      int groups = seed <= 3 ? 9 : 40;
      List<Object[]> counts = new ArrayList<>();
      for (int g = 0; g < groups; g++) {
        int vocabulary = g == 8 ? 1 : 5 + random.nextInt(g < 4 ? 200 : 30);
        for (int t = 0; t < vocabulary; t++) {
          int id = (int) Math.floor(Math.pow(random.nextDouble(), 2) * 400);
          boolean bigram = g != 7 && random.nextInt(3) == 0;
          String term = bigram ? "w" + id + " v" + (id % 7) : "w" + id;
          counts.add(new Object[] {"g" + g, term, 1L + (long) (Math.pow(random.nextDouble(), 3) * 30)});
        }
      }
      Map<String, Object[]> merged = new java.util.TreeMap<>();
      for (Object[] r : counts) {
        merged.merge(r[0] + "|" + r[1], r, (x, y) -> new Object[] {x[0], x[1], (Long) x[2] + (Long) y[2]});
      }
      Dataset<Row> terms = groupTerms(new ArrayList<>(merged.values()));
      int top = 4;
      List<Row> all = new Keyness(3, 0, 0.01, false).transform(terms).collectAsList();
      Map<String, List<Row>> byPart = all.stream().collect(Collectors.groupingBy(r -> r.getString(0) + "|" + r.getInt(4)));
      Comparator<Row> byG2 = Comparator.comparingDouble((Row r) -> r.getDouble(7));
      Set<Row> kept = new LinkedHashSet<>();
      for (List<Row> part : byPart.values()) {
        part.stream().sorted(byG2.reversed().thenComparing(r -> r.getString(3))).limit(top).forEach(kept::add);
        part.stream().sorted(byG2.thenComparing(r -> r.getString(3))).limit(top).forEach(kept::add);
      }
      List<Row> expected = all.stream().filter(kept::contains).toList();
      // Nine groups would take the cross-join path; a group count above the threshold forces the cut path,
      // and the real count takes the cross join then the cut: both must give the same rows.
      List<Row> cut = new Keyness(3, top, 0.01, false).transform(terms, null, Keyness.CROSS_JOIN_GROUPS + 1).collectAsList();
      List<Row> crossJoin = new Keyness(3, top, 0.01, false).transform(terms).collectAsList();
      for (List<Row> actual : List.of(cut, crossJoin)) {
        assertEquals(expected.size(), actual.size(), "seed " + seed);
        for (int i = 0; i < expected.size(); i++) {
          assertEquals(expected.get(i), actual.get(i), "seed " + seed + " row " + i);
        }
      }
    }
  }

  /**
   * A: x 20, y 75, z 5 (100 unigrams); B: x 10, y 90 (100). Term x in A vs rest: a = 20, b = 10, c = 80, d = 90,
   * every expected count 15 or 85; Log Ratio log2(0.2/0.1) = 1. Term z: b = 0, Log Ratio log2(0.05/0.005).
   */
  @Test
  void handCheckedTwoGroups() {
    Dataset<Row> counts = groupTerms(List.of(new Object[] {"A", "x", 20}, new Object[] {"A", "y", 75},
        new Object[] {"A", "z", 5}, new Object[] {"B", "x", 10}, new Object[] {"B", "y", 90}));
    List<Row> rows = new Keyness(1, 0, 0.01, true).transform(counts).collectAsList();
    assertEquals(List.of("A vs B/z", "A vs B/x", "A vs B/y", "A vs rest/z", "A vs rest/x", "A vs rest/y",
        "B vs rest/y", "B vs rest/x", "B vs rest/z"), rows.stream().map(r -> r.getString(0) + "/" + r.getString(3)).toList());

    Row x = rows.get(4);
    assertEquals(List.of("A", "rest", 20L, 10L), List.of(x.get(1), x.get(2), x.get(5), x.get(6)));
    double g2x = 2 * (20 * Math.log(20 / 15.0) + 10 * Math.log(10 / 15.0) + 80 * Math.log(80 / 85.0)
        + 90 * Math.log(90 / 85.0));
    assertClose(g2x, x.getDouble(7), "g2 x");
    assertClose(1.0, x.getDouble(11), "log ratio x");
    double g2z = 2 * (5 * Math.log(2) + 95 * Math.log(95 / 97.5) + 100 * Math.log(100 / 97.5));
    Row z = rows.get(3);
    assertClose(g2z, z.getDouble(7), "g2 z");
    assertClose(Math.log(10) / Math.log(2), z.getDouble(11), "log ratio z");
    // alpha_x = 0.01 * 30, alpha_0 = 0.01 * 200
    double delta = Math.log(20.3 / (100 + 2 - 20.3)) - Math.log(10.3 / (100 + 2 - 10.3));
    assertClose(delta / Math.sqrt(1 / 20.3 + 1 / 10.3), x.getDouble(10), "log odds z x");
    // p of chi-square(1) at 3.841458820694124 is 0.05; here at G² itself via erfc's relation
    assertClose(org.apache.commons.math3.special.Erf.erfc(Math.sqrt(g2x / 2)), x.getDouble(8), "p x");
    // BH over m = 3 with p(y) < p(z) < p(x) (G² 8.0, 7.1 and 4.0): p_adj(j) = min over k >= j of p(k)·3/k
    double px = x.getDouble(8);
    double pz = z.getDouble(8);
    double py = rows.get(5).getDouble(8);
    assertClose(px, x.getDouble(9), "p_adj x");
    assertClose(Math.min(1.5 * pz, px), z.getDouble(9), "p_adj z");
    assertClose(Math.min(3 * py, Math.min(1.5 * pz, px)), rows.get(5).getDouble(9), "p_adj y");

    Row bx = rows.get(7);
    assertClose(-g2x, bx.getDouble(7), "B's x is A's x with the sign turned");
    assertClose(-1.0, bx.getDouble(11), "log ratio B x");
    for (int i = 0; i < 3; i++) {
      for (int c = 7; c < 12; c++) {
        assertEquals(rows.get(3 + i).getDouble(c), rows.get(i).getDouble(c), "two groups: A vs B is A vs rest");
      }
    }
  }

  @Test
  void withoutPairsOnlyOneAgainstTheRestAndMinCountDropsRareTerms() throws IOException {
    List<Row> rows = new Keyness(4, 0, 0.01, false).transform(fixture()).collectAsList();
    assertEquals(Set.of("B92 vs rest", "CGTN vs rest", "Press TV vs rest", "VOI vs rest"),
        rows.stream().map(r -> r.getString(0)).collect(Collectors.toSet()));
    assertEquals(false, rows.stream().anyMatch(r -> r.getLong(5) + r.getLong(6) < 4));
    assertEquals(false, rows.stream().anyMatch(r -> r.getString(3).equals("москва")), "москва: 3 in the corpus");
  }

  @Test
  void schemaIsCheckedFirst() {
    Dataset<Row> wrong = fixture0().withColumn(Columns.N, org.apache.spark.sql.functions.col(Columns.N).cast("int"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new Keyness(1, 0, 0.01, false).transform(wrong));
    assertEquals("Column n must be of type bigint but was int", e.getMessage());
    IllegalArgumentException prior = assertThrows(IllegalArgumentException.class, () -> new Keyness(1, 0, 0, false));
    assertEquals("priorScale must be a positive number but was 0.0", prior.getMessage());
    IllegalArgumentException top = assertThrows(IllegalArgumentException.class, () -> new Keyness(1, -1, 1, false));
    assertEquals("top must be 0 (all) or more but was -1", top.getMessage());
  }

  private static Dataset<Row> fixture0() {
    return groupTerms(List.<Object[]>of(new Object[] {"A", "x", 1}));
  }

  /** The committed reference is what the script computes today (needs Debian's python3-scipy). */
  @Test
  void referenceFileIsWhatTheScriptWrites() {
    PythonReference.assertSameTable(LocalSpark.read(REFERENCE), PythonReference.run("scipy", "python3-scipy", SCRIPT, SCRIPT_ARGS));
  }
}
