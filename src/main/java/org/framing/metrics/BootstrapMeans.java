package org.framing.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;
import static org.framing.schema.Columns.GROUP;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
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
 * bounds.
 */
public final class BootstrapMeans {

  public static final String VALUE = "value";
  public static final String WEIGHT = "weight";
  public static final String MEAN = "mean";
  public static final String CI_LOW = "ci_low";
  public static final String CI_HIGH = "ci_high";
  public static final String UNITS = "n";

  private static final StructType OUTPUT = new StructType()
      .add(GROUP, DataTypes.StringType, false)
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

  public Dataset<Row> transform(Dataset<Row> values) {
    Schemas.require(values.schema(), GROUP, DataTypes.StringType);
    Schemas.require(values.schema(), VALUE, DataTypes.DoubleType);
    Schemas.require(values.schema(), WEIGHT, DataTypes.DoubleType);
    int b = resamples;
    double lvl = level;
    long s = seed;
    MapFunction<Row, Row> f = r -> {
      // collect_list's order depends on partitioning: sort the units so the seed alone fixes the draws.
      double[][] units = r.<Row>getList(1).stream().map(u -> new double[] {u.getDouble(0), u.getDouble(1)})
          .sorted(java.util.Comparator.<double[]>comparingDouble(u -> u[0]).thenComparingDouble(u -> u[1]))
          .toArray(double[][]::new);
      double[] v = new double[units.length];
      double[] w = new double[units.length];
      for (int i = 0; i < v.length; i++) {
        v[i] = units[i][0];
        w[i] = units[i][1];
      }
      double[] ci = interval(v, w, b, lvl, new SplittableRandom(s * 1_000_003L + r.getString(0).hashCode()));
      return RowFactory.create(r.getString(0), mean(v, w), ci[0], ci[1], (long) v.length);
    };
    Dataset<Row> lists = values.filter(col(VALUE).isNotNull())
        .groupBy(GROUP).agg(collect_list(struct(col(VALUE), col(WEIGHT))).as("units"));
    return Sorted.inOnePartition(lists.map(f, Encoders.row(OUTPUT)), GROUP);
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
