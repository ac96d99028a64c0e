package org.framing.stats;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.row_number;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.Gamma;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;

/**
 * Benjamini–Hochberg adjusted p-values ("Controlling the false discovery rate", JRSS B 57(1), 1995) over the rows
 * of each family, in Spark: with the family's m p-values ranked j = 1..m ascending, p_adj(j) = min over k ≥ j of
 * min(1, p(k)·m/k). Ties in p are ranked by the given columns, which does not change the result (equal p-values
 * get equal p_adj). Also the chi-square survival function both keyness tables take their p from.
 */
public final class BenjaminiHochberg {

  private BenjaminiHochberg() {}

  /** {@code rows} with {@code adjusted} added: each family ({@code family} columns) adjusted on its own. */
  public static Dataset<Row> adjust(Dataset<Row> rows, List<String> family, String p, String adjusted,
                                    List<Column> ties) {
    WindowSpec within = Window.partitionBy(family.stream().map(c -> col(c)).toArray(Column[]::new));
    List<Column> order = new ArrayList<>(List.of(col(p).asc()));
    order.addAll(ties);
    return rows
        .withColumn("bh_m", count(lit(1)).over(within))
        .withColumn("bh_j", row_number().over(within.orderBy(order.toArray(Column[]::new))))
        .withColumn("bh_raw", least(lit(1.0), col(p).multiply(col("bh_m")).divide(col("bh_j"))))
        .withColumn(adjusted, min("bh_raw").over(within.orderBy(col("bh_j").desc())
            .rowsBetween(Window.unboundedPreceding(), Window.currentRow())))
        .drop("bh_m", "bh_j", "bh_raw");
  }

  /** {@code P(χ²₁ > x) = Q(1/2, x/2)}, the regularised upper incomplete gamma function (no cancellation for small p). */
  public static UserDefinedFunction chiSquareOneDfSurvival() {
    return org.apache.spark.sql.functions.udf((UDF1<Double, Double>) x -> Gamma.regularizedGammaQ(0.5, x / 2),
        DataTypes.DoubleType);
  }
}
