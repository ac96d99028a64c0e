package org.framing.stats;

import org.framing.spark.Sorted;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.framing.schema.Columns.GROUP;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.schema.Schemas;

/**
 * A group's mean of a measure with a percentile bootstrap confidence interval.
 *
 * <p>The estimate is the weighted mean {@code Σ w·v / Σ w} of the group's units (articles with w = 1, or
 * sentences weighted by their tokens where the measure is a per-word rate, so that one article's sentences
 * give back exactly its own rate). The interval resamples the group's units with replacement
 * {@code resamples} times, recomputes the estimate each time, and takes the (α/2, 1 − α/2) quantiles of those
 * estimates (Efron &amp; Tibshirani, <i>An Introduction to the Bootstrap</i>, 1993, ch. 13, the percentile
 * interval), quantiles by linear interpolation between order statistics (Hyndman &amp; Fan 1996, type 7, as
 * numpy's default). Each group's units are sorted and its random stream is seeded with {@code seed} and the
 * group's name, so results do not depend on partitioning and a rerun gives the same bytes.
 *
 * <p>Input: {@code group, value, weight} (value and weight doubles; rows with a null value are left out).
 * Output: {@code group, mean, ci_low, ci_high, n} (n = units). A group with one unit has its value as both
 * bounds. {@link #transform(Dataset, List)} takes several string key columns instead of {@code group} (say
 * group, frame and measure); the output then starts with those keys, and the random stream is seeded with the
 * keys joined by NUL (for the one key {@code group} that is the group's name, as above).
 */
public final class BootstrapMeans implements java.io.Serializable {

  private static final long serialVersionUID = 1L;

  public static final String VALUE = "value";
  public static final String WEIGHT = "weight";
  public static final String MEAN = org.framing.schema.Columns.MEAN;
  public static final String CI_LOW = org.framing.schema.Columns.CI_LOW;
  public static final String CI_HIGH = org.framing.schema.Columns.CI_HIGH;
  public static final String UNITS = "n";
  /** The key column that tells several measures' units apart ({@link #units}). */
  public static final String MEASURE = "measure";
  /** A key's collected units, each a struct of {@link #VALUE} and {@link #WEIGHT}. */
  private static final String UNIT_LIST = "units";

  private static final StructType STATISTICS = new StructType()
      .add(MEAN, DataTypes.DoubleType, false)
      .add(CI_LOW, DataTypes.DoubleType, false)
      .add(CI_HIGH, DataTypes.DoubleType, false)
      .add(UNITS, DataTypes.LongType, false);

  private final int resamples;
  private final double level;
  private final long seed;

  public BootstrapMeans(int resamples, double level, long seed) {
    if (resamples < 1 || !(level > 0 && level < 1)) {
      throw new IllegalArgumentException("resamples >= 1 and 0 < level < 1");
    }
    this.resamples = resamples;
    this.level = level;
    this.seed = seed;
  }

  /** Per {@code group}: the means and intervals, sorted by group, in one partition. */
  public Dataset<Row> transform(Dataset<Row> values) {
    return transform(values, List.of(GROUP));
  }

  /** Per distinct combination of the string columns {@code keys}: the means and intervals, sorted by the keys. */
  public Dataset<Row> transform(Dataset<Row> values, List<String> keys) {
    StructType output = new StructType();
    for (String k : keys) {
      Schemas.require(values.schema(), k, DataTypes.StringType);
      output = output.add(k, DataTypes.StringType, false);
    }
    for (var f : STATISTICS.fields()) {
      output = output.add(f);
    }
    Schemas.require(values.schema(), VALUE, DataTypes.DoubleType);
    Schemas.require(values.schema(), WEIGHT, DataTypes.DoubleType);
    int nk = keys.size();
    Dataset<Row> lists = values.filter(col(VALUE).isNotNull())
        .groupBy(keys.stream().map(k -> col(k)).toArray(Column[]::new))
        .agg(collect_list(struct(col(VALUE), col(WEIGHT))).as(UNIT_LIST));
    // The columns, found by name in the lists' schema once, not per group or unit.
    StructType in = lists.schema();
    int[] keyAt = keys.stream().mapToInt(in::fieldIndex).toArray();
    int unitsAt = in.fieldIndex(UNIT_LIST);
    StructType unit = (StructType) ((ArrayType) in.apply(UNIT_LIST).dataType()).elementType();
    int valueAt = unit.fieldIndex(VALUE);
    int weightAt = unit.fieldIndex(WEIGHT);
    MapFunction<Row, Row> f = r -> {
      double[][] units = r.<Row>getList(unitsAt).stream()
          .map(u -> new double[] {u.getDouble(valueAt), u.getDouble(weightAt)})
          .toArray(double[][]::new);
      Object[] out = new Object[nk + 4];
      String[] key = new String[nk];
      for (int i = 0; i < nk; i++) {
        key[i] = r.getString(keyAt[i]);
        out[i] = key[i];
      }
      double[] e = estimate(units, key);
      out[nk] = e[0];
      out[nk + 1] = e[1];
      out[nk + 2] = e[2];
      out[nk + 3] = (long) units.length;
      return RowFactory.create(out);
    };
    return Sorted.inOnePartition(lists.map(f, Encoders.row(output)), keys.get(0),
        keys.subList(1, nk).toArray(String[]::new));
  }

  /** Units of one measure for {@link #transform(Dataset, List)}: {@code keys, measure, value, weight}. */
  public static Dataset<Row> units(Dataset<Row> rows, List<String> keys, String measure, Column value, Column weight) {
    List<Column> cols = new java.util.ArrayList<>(keys.stream().map(k -> col(k)).toList());
    cols.add(lit(measure).as(MEASURE));
    cols.add(value.cast(DataTypes.DoubleType).as(VALUE));
    cols.add(weight.cast(DataTypes.DoubleType).as(WEIGHT));
    return rows.select(cols.toArray(Column[]::new));
  }

  /**
   * One measure's estimates, out of a {@link #transform(Dataset, List)} keyed by {@code keys} and
   * {@link #MEASURE}: {@code keys, <measure>, <measure>_ci_low, <measure>_ci_high}.
   */
  public static Dataset<Row> estimatesOf(Dataset<Row> estimates, List<String> keys, String measure) {
    List<Column> cols = new java.util.ArrayList<>(keys.stream().map(k -> col(k)).toList());
    cols.add(col(MEAN).as(measure));
    cols.add(col(CI_LOW).as(measure + "_ci_low"));
    cols.add(col(CI_HIGH).as(measure + "_ci_high"));
    return estimates.filter(col(MEASURE).equalTo(measure)).select(cols.toArray(Column[]::new));
  }

  /**
   * One key's estimate: {@code {mean, ci_low, ci_high}} of {@code units} ({value, weight} pairs, at least one),
   * the random stream seeded with the seed and the key's parts joined by NUL, as {@link #transform} does.
   * The units are sorted (by value, then weight) so that their order, which a Spark aggregation does not fix,
   * never changes the draws.
   */
  public double[] estimate(double[][] units, String... key) {
    double[][] sorted = units.clone();
    Arrays.sort(sorted, java.util.Comparator.<double[]>comparingDouble(u -> u[0]).thenComparingDouble(u -> u[1]));
    double[] v = new double[sorted.length];
    double[] w = new double[sorted.length];
    for (int i = 0; i < v.length; i++) {
      v[i] = sorted[i][0];
      w[i] = sorted[i][1];
    }
    double[] ci = interval(v, w, resamples, level, new SplittableRandom(seed * 1_000_003L + String.join("\0", key).hashCode()));
    return new double[] {mean(v, w), ci[0], ci[1]};
  }

  /** Σ w·v / Σ w. */
  public static double mean(double[] v, double[] w) {
    double num = 0;
    double den = 0;
    for (int i = 0; i < v.length; i++) {
      num += w[i] * v[i];
      den += w[i];
    }
    return den == 0 ? 0 : num / den;
  }

  /** The percentile interval of the weighted mean over {@code b} resamples drawn from {@code random}. */
  public static double[] interval(double[] v, double[] w, int b, double level, SplittableRandom random) {
    int n = v.length;
    double[] estimates = new double[b];
    for (int k = 0; k < b; k++) {
      double num = 0;
      double den = 0;
      for (int i = 0; i < n; i++) {
        int j = random.nextInt(n);
        num += w[j] * v[j];
        den += w[j];
      }
      estimates[k] = den == 0 ? 0 : num / den;
    }
    Arrays.sort(estimates);
    double alpha = 1 - level;
    return new double[] {quantile(estimates, alpha / 2), quantile(estimates, 1 - alpha / 2)};
  }

  /** Quantile of sorted data by linear interpolation (Hyndman and Fan type 7). */
  public static double quantile(double[] sorted, double p) {
    double h = (sorted.length - 1) * p;
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.length - 1, lo + 1);
    return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
  }
}
