package org.framing.metrics;

import static org.apache.spark.sql.functions.*;
import static org.framing.schema.Columns.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.framing.schema.Schemas;

/**
 * Sums the analysed articles' term counts per group.
 *
 * <p>Input: {@link Schemas#ANALYZED}. Output: {@code group, term, ngram, n, df, rate_sum} where, over the
 * group's articles d, {@code n = Σ c(t,d)}, {@code df} = the number of the group's articles that contain t,
 * and {@code rate_sum = Σ 10⁴·c(t,d)/tokens(d)} (the per-10,000-token rates of t, summed; divided by the
 * group's article count it is the mean rate TF-IDF uses). {@code ngram} is 1 or 2 (a bigram holds a space).
 */
public final class GroupTermCounts {

  public Dataset<Row> transform(Dataset<Row> analyzed) {
    Schemas.require(analyzed.schema(), GROUP, DataTypes.StringType);
    Schemas.require(analyzed.schema(), TOKENS, DataTypes.IntegerType);
    Schemas.require(analyzed.schema(), TERMS, DataTypes.createArrayType(DataTypes.StringType, false));
    return analyzed
        .select(col(GROUP), col(TOKENS), explode(arrays_zip(col(TERMS), col(COUNTS))).as("z"))
        .select(col(GROUP), col("z." + TERMS).as(TERM), col("z." + COUNTS).as("c"), col(TOKENS))
        .groupBy(GROUP, TERM)
        .agg(sum("c").as(N), count(lit(1)).as(DF),
            sum(col("c").multiply(1e4).divide(col(TOKENS))).as(RATE_SUM))
        .withColumn(NGRAM, when(instr(col(TERM), " ").gt(0), 2).otherwise(1))
        .select(GROUP, TERM, NGRAM, N, DF, RATE_SUM);
  }
}
