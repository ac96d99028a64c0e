package org.framing.spark;

import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * A table of rows built on the driver, spread over partitions of {@value #ROWS_PER_PARTITION} rows rather than
 * written into the plan: {@code createDataFrame(List, schema)} makes a local relation that travels inside every
 * task binary (Spark warns past 1 MB), and a corpus's lookup tables hold hundreds of thousands of rows.
 */
public final class DriverRows {

  static final int ROWS_PER_PARTITION = 50_000;

  private DriverRows() {}

  public static Dataset<Row> table(SparkSession spark, List<Row> rows, StructType schema) {
    return spark.createDataFrame(new JavaSparkContext(spark.sparkContext())
        .parallelize(rows, Math.max(1, rows.size() / ROWS_PER_PARTITION)), schema);
  }
}
