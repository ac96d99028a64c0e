package org.framing.terms;

import org.framing.spark.Sorted;

import static org.apache.spark.sql.functions.col;
import static org.framing.schema.Columns.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.schema.Schemas;

/**
 * Cosine similarity between groups' TF-IDF vectors.
 *
 * <p>Each group g is the vector {@code w_g} of its TF-IDF over all terms of both n-gram orders
 * ({@link TfIdf#scores}: every term with {@code tfidf > 0}, no top cut), and
 * {@code cos(a,b) = Σ_t w_a(t)·w_b(t) / (‖w_a‖·‖w_b‖)} (Salton, Wong &amp; Yang, "A vector space model for
 * automatic indexing", CACM 18(11), 1975; Manning, Raghavan &amp; Schütze 2008, §6.3.1). TF-IDF weights are
 * non-negative, so the cosine lies in [0, 1]: 1 for the same relative vocabulary, 0 for groups sharing no
 * scored term. The diagonal is exactly 1; a pair involving a group without any positive score would be 0 (as
 * scikit-learn's {@code cosine_similarity} gives), but such a group has no rows in the input and so none here.
 *
 * <p>How: the rows are shuffled by term, so each term's weights meet in one partition; each partition adds
 * {@code w_a·w_b} for every pair of groups using the term into a local dense G×G matrix (groups indexed by a
 * broadcast sorted list), and the matrices are summed with a tree reduce; the diagonal holds the squared norms.
 * The work is Σ_t (groups using t)², the shuffle one row per group and term, and no term × group² table is ever
 * built. Spark ML's {@code RowMatrix.columnSimilarities} computes the same exactly (without its sampling
 * threshold) but emits one boxed ((a, b), value) pair per term and pair of groups into a hash-map combiner; the
 * dense local matrix does the same arithmetic without that overhead. Each task holds 8·G² bytes (2 MB for 500
 * groups, 200 MB for 5,000).
 *
 * <p>Input: {@code group, term, ngram, tfidf} (the {@link TfIdf#scores} output). Output: {@code group_a, group_b,
 * cosine} for every ordered pair of groups, the diagonal included (symmetric: both (a, b) and (b, a)), sorted by
 * group_a then group_b.
 */
public final class Similarity {

  static final StructType OUTPUT = new StructType()
      .add(GROUP_A, DataTypes.StringType, false)
      .add(GROUP_B, DataTypes.StringType, false)
      .add(COSINE, DataTypes.DoubleType, false);

  public Dataset<Row> transform(Dataset<Row> scores) {
    check(scores);
    return transform(scores, scores.select(GROUP).distinct().as(Encoders.STRING()).collectAsList());
  }

  private static void check(Dataset<Row> scores) {
    Schemas.require(scores.schema(), GROUP, DataTypes.StringType);
    Schemas.require(scores.schema(), TERM, DataTypes.StringType);
    Schemas.require(scores.schema(), NGRAM, DataTypes.IntegerType);
    Schemas.require(scores.schema(), TFIDF, DataTypes.DoubleType);
  }

  /**
   * As {@link #transform(Dataset)}, with every group {@code scores} may hold known beforehand ({@code candidates},
   * e.g. the study's groups): a group in it without rows has a zero vector and is left out of the output, as it
   * would be absent from {@code scores}' groups. This spares computing {@code scores} once more only to list its
   * groups (on 12,000 AllSides articles that listing took 10 of similarity's 20 s). A group of {@code scores}
   * missing from {@code candidates} is an error.
   */
  public Dataset<Row> transform(Dataset<Row> scores, List<String> candidates) {
    check(scores);
    SparkSession spark = scores.sparkSession();
    List<String> all = candidates.stream().distinct().sorted().toList();
    if (all.isEmpty()) {
      return spark.createDataFrame(List.of(), OUTPUT);
    }
    double[] sums = products(scores, all);
    // Groups with rows: a positive weight w gives a positive squared norm (w² would underflow to 0 only below
    // 1e-154, far from any TF-IDF weight).
    List<Integer> present = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (sums[i * all.size() + i] > 0) {
        present.add(i);
      }
    }
    int n = all.size();
    List<Row> out = new ArrayList<>(present.size() * present.size());
    for (int a : present) {
      for (int b : present) {
        out.add(RowFactory.create(all.get(a), all.get(b), cosine(sums, n, a, b)));
      }
    }
    return Sorted.inOnePartition(spark.createDataFrame(out, OUTPUT), GROUP_A, GROUP_B);
  }

  /** The upper triangle of Σ_t w_a(t)·w_b(t) over {@code groups} (sorted), summed over all partitions. */
  private static double[] products(Dataset<Row> scores, List<String> groups) {
    SparkSession spark = scores.sparkSession();
    int g = groups.size();
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < g; i++) {
      index.put(groups.get(i), i);
    }
    Broadcast<Map<String, Integer>> indexOf = JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(index);
    Dataset<Row> weights = scores.select(TERM, NGRAM, GROUP, TFIDF);
    StructType schema = weights.schema();
    double[] sums = weights
        .repartition(col(TERM), col(NGRAM))
        .sortWithinPartitions(TERM, NGRAM)
        .javaRDD()
        .mapPartitions(rows -> List.of(products(rows, schema, indexOf.value(), g)).iterator())
        .treeReduce(Similarity::add, 2);
    indexOf.destroy();
    return sums;
  }

  /**
   * The upper triangle (diagonal included) of Σ_t w_a(t)·w_b(t) over one partition's rows
   * ({@code term, ngram, group, tfidf} of schema {@code in}, sorted by term and ngram), as a flat row-major G×G
   * array.
   */
  static double[] products(Iterator<Row> rows, StructType in, Map<String, Integer> index, int g) {
    int termAt = in.fieldIndex(TERM);
    int ngramAt = in.fieldIndex(NGRAM);
    int groupAt = in.fieldIndex(GROUP);
    int tfidfAt = in.fieldIndex(TFIDF);
    double[] sums = new double[g * g];
    int[] groups = new int[g];
    double[] weights = new double[g];
    int k = 0;
    String term = null;
    int ngram = 0;
    while (rows.hasNext()) {
      Row r = rows.next();
      if (k > 0 && !(r.getString(termAt).equals(term) && r.getInt(ngramAt) == ngram)) {
        addTerm(sums, g, groups, weights, k);
        k = 0;
      }
      term = r.getString(termAt);
      ngram = r.getInt(ngramAt);
      Integer group = index.get(r.getString(groupAt));
      if (group == null) {
        throw new IllegalArgumentException("group '" + r.getString(groupAt) + "' is not among the candidate groups");
      }
      groups[k] = group;
      weights[k] = r.getDouble(tfidfAt);
      k++;
    }
    addTerm(sums, g, groups, weights, k);
    return sums;
  }

  /**
   * Adds one term's products: groups[0..k) (distinct: one row per group and term) with their weights, each pair
   * once, into the upper triangle.
   */
  private static void addTerm(double[] sums, int g, int[] groups, double[] weights, int k) {
    for (int i = 0; i < k; i++) {
      int a = groups[i];
      double w = weights[i];
      for (int j = i; j < k; j++) {
        int b = groups[j];
        sums[a <= b ? a * g + b : b * g + a] += w * weights[j];
      }
    }
  }

  private static double[] add(double[] x, double[] y) {
    for (int i = 0; i < x.length; i++) {
      x[i] += y[i];
    }
    return x;
  }

  /** From the upper triangle: 1 on the diagonal of a non-zero vector, 0 where a vector is zero. */
  static double cosine(double[] products, int g, int a, int b) {
    double normA = products[a * g + a];
    double normB = products[b * g + b];
    if (normA == 0 || normB == 0) {
      return 0;
    }
    if (a == b) {
      return 1;
    }
    double dot = products[Math.min(a, b) * g + Math.max(a, b)];
    return dot / (Math.sqrt(normA) * Math.sqrt(normB));
  }
}
