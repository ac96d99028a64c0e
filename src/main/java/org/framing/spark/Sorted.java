package org.framing.spark;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Total order for tables that are written to one CSV. {@code orderBy} range-partitions (a sampling job, then one
 * job per partition when the driver streams the result); one shuffle into a single sorted partition costs one
 * job and keeps the stages before it parallel. The tables sorted this way are summaries or one row per article,
 * which one task sorts easily (spilling to disk if it must).
 */
public final class Sorted {

  private Sorted() {}

  /** {@code ds} in one partition, sorted by {@code columns} ascending. */
  public static Dataset<Row> inOnePartition(Dataset<Row> ds, String first, String... more) {
    return ds.repartition(1).sortWithinPartitions(first, more);
  }

  /** {@code ds} in one partition, sorted by the given orderings ({@code col("g2").desc()} and the like). */
  public static Dataset<Row> inOnePartition(Dataset<Row> ds, Column first, Column... more) {
    Column[] order = new Column[more.length + 1];
    order[0] = first;
    System.arraycopy(more, 0, order, 1, more.length);
    return ds.repartition(1).sortWithinPartitions(order);
  }

  /** Spark's (and UTF-8's) string order: by Unicode code point, where String.compareTo orders UTF-16 units. */
  public static int byCodePoint(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
