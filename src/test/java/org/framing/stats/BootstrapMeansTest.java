package org.framing.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.testing.LocalSpark;
import org.framing.testing.PythonReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalSpark.PerClass.class)
class BootstrapMeansTest {

  static final Path VALUES = Path.of("src/test/resources/fixtures/bootstrap/values.csv");
  private static SparkSession spark;

  static double[] values() throws Exception {
    return Files.readAllLines(VALUES, StandardCharsets.UTF_8).stream().skip(1).mapToDouble(Double::parseDouble).toArray();
  }

  @Test
  void quantilesInterpolateLikeNumpysDefault() {
    assertEquals(1.75, BootstrapMeans.quantile(new double[] {1, 2, 3, 4}, 0.25), 1e-15);
    assertEquals(9.775, BootstrapMeans.quantile(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 0.975), 1e-12);
    assertEquals(4, BootstrapMeans.quantile(new double[] {1, 2, 3, 4}, 1), 1e-15);
  }

  @Test
  void weightedMeanGivesTokenWeightedRates() {
    assertEquals(2.5, BootstrapMeans.mean(new double[] {1, 3}, new double[] {1, 3}), 1e-15);
  }

  @Test
  void constantValuesAndSingleUnitsHaveZeroWidthIntervals() {
    assertArrayEquals(new double[] {0.3, 0.3}, BootstrapMeans.interval(new double[] {0.3, 0.3, 0.3}, new double[] {1, 1, 1},
        500, 0.95, new SplittableRandom(1)), 1e-15);
    assertArrayEquals(new double[] {-2, -2}, BootstrapMeans.interval(new double[] {-2}, new double[] {7}, 500, 0.95,
        new SplittableRandom(1)), 1e-15);
  }

  @Test
  void stageIsSeededPerGroupAndDropsNulls() throws Exception {
    StructType schema = new StructType().add("group", DataTypes.StringType).add("value", DataTypes.DoubleType)
        .add("weight", DataTypes.DoubleType);
    List<Row> rows = new ArrayList<>();
    for (double v : values()) {
      rows.add(RowFactory.create("a", v, 1.0));
    }
    rows.add(RowFactory.create("a", null, 1.0));
    rows.add(RowFactory.create("b", 5.0, 1.0));
    List<Row> first = new BootstrapMeans(2000, 0.95, 42).transform(spark.createDataFrame(rows, schema)).collectAsList();
    List<Row> again = new BootstrapMeans(2000, 0.95, 42).transform(spark.createDataFrame(rows, schema).repartition(3))
        .collectAsList();
    assertEquals(first, again);
    assertEquals(40L, first.get(0).getLong(4));
    assertEquals("[b,5.0,5.0,5.0,1]", first.get(1).toString());
  }

  /** Against scipy.stats.bootstrap (percentile, 20,000 resamples): other random draws, so to Monte Carlo error. */
  @Test
  void intervalAgreesWithScipy() throws Exception {
    String out = PythonReference.run("scipy.stats", "python3-scipy", Path.of("src/test/python/bootstrap_reference.py"),
        List.of(VALUES.toString())).strip();
    String[] ref = out.split(",");
    double[] v = values();
    double[] w = new double[v.length];
    java.util.Arrays.fill(w, 1);
    double[] ci = BootstrapMeans.interval(v, w, 20000, 0.95, new SplittableRandom(42));
    assertEquals(Double.parseDouble(ref[0]), BootstrapMeans.mean(v, w), 1e-12, out);
    // The bounds' Monte Carlo error at 20,000 resamples is about 0.001 here (standard error 0.05).
    assertEquals(Double.parseDouble(ref[1]), ci[0], 0.004, out);
    assertEquals(Double.parseDouble(ref[2]), ci[1], 0.004, out);
  }
}
