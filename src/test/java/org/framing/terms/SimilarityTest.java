package org.framing.terms;

import org.framing.keyness.KeynessTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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
 * Group similarity against an independent computation: src/test/python/similarity_reference.py (TF-IDF vectors
 * as in tfidf_reference.py, then scikit-learn's cosine_similarity) wrote golden/similarity_reference.csv from
 * fixtures/similarity/term_counts.csv.
 */
@ExtendWith(LocalSpark.PerClass.class)
class SimilarityTest {

  static final Path FIXTURE = Path.of("src/test/resources/fixtures/similarity/term_counts.csv");
  static final Path REFERENCE = Path.of("src/test/resources/golden/similarity_reference.csv");
  static final Path SCRIPT = Path.of("src/test/python/similarity_reference.py");

  private static final StructType SCORES = new StructType()
      .add(Columns.GROUP, DataTypes.StringType, false)
      .add(Columns.TERM, DataTypes.StringType, false)
      .add(Columns.NGRAM, DataTypes.IntegerType, false)
      .add(Columns.TFIDF, DataTypes.DoubleType, false);

  private static SparkSession spark;

  private static Dataset<Row> similarity(Path fixture) throws IOException {
    Dataset<Row> analyzed = TfIdfTest.analyzed(spark, fixture);
    Dataset<Row> counts = new GroupTermCounts().transform(analyzed);
    Dataset<Row> sizes = new GroupSizes().transform(analyzed, counts);
    return new Similarity().transform(TfIdf.scores(counts, sizes));
  }

  @Test
  void everyPairMatchesScikitLearnsCosineSimilarity() throws IOException {
    List<CSVRecord> expected = TfIdfTest.records(REFERENCE);
    Dataset<Row> result = similarity(FIXTURE);
    assertEquals(List.of("group_a", "group_b", "cosine"), List.of(result.columns()));
    List<Row> actual = result.collectAsList();
    assertEquals(25, expected.size());
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < expected.size(); i++) {
      CSVRecord e = expected.get(i);
      Row a = actual.get(i);
      String where = "row " + i + " " + e.get("group_a") + "/" + e.get("group_b");
      assertEquals(e.get("group_a"), a.getString(0), where);
      assertEquals(e.get("group_b"), a.getString(1), where);
      KeynessTest.assertClose(Double.parseDouble(e.get("cosine")), a.getDouble(2), where);
    }
  }

  /** A = (3, 4) and B = (4, 3) over a unigram and a bigram: 24/25; C shares nothing: 0. */
  @Test
  void handCheckedVectors() {
    Dataset<Row> scores = spark.createDataFrame(List.of(RowFactory.create("A", "x", 1, 3.0),
        RowFactory.create("A", "x y", 2, 4.0), RowFactory.create("B", "x", 1, 4.0),
        RowFactory.create("B", "x y", 2, 3.0), RowFactory.create("C", "z", 1, 2.0)), SCORES);
    List<String> rows = new Similarity().transform(scores).collectAsList().stream()
        .map(r -> r.getString(0) + "," + r.getString(1) + "," + r.getDouble(2)).toList();
    assertEquals(List.of("A,A,1.0", "A,B,0.96", "A,C,0.0", "B,A,0.96", "B,B,1.0", "B,C,0.0", "C,A,0.0", "C,B,0.0",
        "C,C,1.0"), rows);
  }

  /** Candidates without rows (D) are left out; a group missing from the candidates is an error. */
  @Test
  void candidateGroupsGiveTheSameRows() {
    Dataset<Row> scores = spark.createDataFrame(List.of(RowFactory.create("A", "x", 1, 3.0),
        RowFactory.create("A", "x y", 2, 4.0), RowFactory.create("B", "x", 1, 4.0),
        RowFactory.create("B", "x y", 2, 3.0), RowFactory.create("C", "z", 1, 2.0)), SCORES);
    assertEquals(new Similarity().transform(scores).collectAsList(),
        new Similarity().transform(scores, List.of("D", "C", "B", "A")).collectAsList());
    // Thrown in a task: Spark wraps it.
    Exception e = assertThrows(Exception.class, () -> new Similarity().transform(scores, List.of("A", "B")));
    assertEquals("group 'C' is not among the candidate groups", rootCause(e).getMessage());
  }

  private static Throwable rootCause(Throwable t) {
    return t.getCause() == null ? t : rootCause(t.getCause());
  }

  @Test
  void schemaIsCheckedFirst() {
    Dataset<Row> scores = spark.createDataFrame(List.of(RowFactory.create("A", "x", 1, 3.0)), SCORES)
        .withColumnRenamed(Columns.TFIDF, "weight");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Similarity().transform(scores));
    assertEquals("Column tfidf does not exist; the input has group, term, ngram, weight", e.getMessage());
  }

  /** The committed reference is what the script computes today (needs Debian's python3-sklearn). */
  @Test
  void referenceFileIsWhatTheScriptWrites() {
    PythonReference.assertSameTable(LocalSpark.read(REFERENCE),
        PythonReference.run("sklearn", "python3-sklearn", SCRIPT, List.of(FIXTURE.toString())));
  }
}
