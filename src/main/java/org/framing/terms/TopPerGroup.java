package org.framing.terms;

import org.framing.spark.Sorted;


import static org.apache.spark.sql.functions.*;
import static org.framing.schema.Columns.*;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Per group and n-gram order, the rows ranked by a score (highest first, ties by term) with their rank:
 * {@code rank = row_number() over (partition by group, ngram order by score desc, term)}, keeping the ranks up to
 * {@code top} ({@code 0}: all).
 *
 * <p>With a cut, the rows are gathered by group in one shuffle and each group and order keeps a bounded heap of
 * its best {@code top} rows; no row is sorted. Written by hand because Spark's window sorts every row of a
 * partition (on the AllSides corpus, about 8 million group-term rows) to number the first hundred of each group.
 * The order is Spark's: a double score compares -0.0 equal to 0.0, and terms compare by code point.
 * {@code TfIdfTest} checks both paths give the same rows.
 */
public final class TopPerGroup {

  private TopPerGroup() {}

  /**
   * @param rows with {@code group, ngram, term} and {@code score} (bigint or double)
   * @return the rows' columns and {@code rank} (int), unsorted
   */
  static Dataset<Row> rank(Dataset<Row> rows, String score, int top) {
    if (top == 0) {
      return rows.withColumn(RANK, row_number().over(Window.partitionBy(GROUP, NGRAM).orderBy(desc(score),
          asc(TERM))));
    }
    StructType schema = rows.schema();
    StructType out = schema.add(RANK, DataTypes.IntegerType, false);
    int partitions = Integer.parseInt(rows.sparkSession().conf().get("spark.sql.shuffle.partitions"));
    return rows.repartition(partitions, col(GROUP))
        .mapPartitions(heaps(schema.fieldIndex(GROUP), schema.fieldIndex(NGRAM), schema.fieldIndex(TERM),
            schema.fieldIndex(score), top), Encoders.row(out));
  }

  private static MapPartitionsFunction<Row, Row> heaps(int group, int ngram, int term, int score, int top) {
    return rows -> {
      Comparator<Row> better = ((Comparator<Row>) (x, y) -> compareScores(y.get(score), x.get(score)))
          .thenComparing(r -> r.getString(term), Sorted::byCodePoint);
      Map<List<Object>, PriorityQueue<Row>> best = new HashMap<>();
      while (rows.hasNext()) {
        Row r = rows.next();
        PriorityQueue<Row> heap = best.computeIfAbsent(List.of(r.getString(group), r.getInt(ngram)),
            k -> new PriorityQueue<>(better.reversed()));
        offer(heap, better, top, r);
      }
      List<Row> out = new ArrayList<>();
      for (PriorityQueue<Row> heap : best.values()) {
        List<Row> ranked = new ArrayList<>(heap);
        ranked.sort(better);
        for (int k = 0; k < ranked.size(); k++) {
          Row r = ranked.get(k);
          Object[] values = new Object[r.length() + 1];
          for (int i = 0; i < r.length(); i++) {
            values[i] = r.get(i);
          }
          values[r.length()] = k + 1;
          out.add(RowFactory.create(values));
        }
      }
      return out.iterator();
    };
  }

  /**
   * Adds {@code item} to a heap that keeps the {@code top} best items ({@code better} orders the best first; the
   * heap's head is its worst), displacing the worst when {@code item} is better.
   */
  public static <T> void offer(PriorityQueue<T> heap, Comparator<T> better, int top, T item) {
    if (heap.size() < top) {
      heap.add(item);
    } else if (better.compare(item, heap.peek()) < 0) {
      heap.poll();
      heap.add(item);
    }
  }

  /** Spark's order of doubles: -0.0 equals 0.0; NaN is greatest in both. */
  public static int compareDoubles(double x, double y) {
    return x == y ? 0 : Double.compare(x, y);
  }

  /** Spark's order of bigint and double scores. */
  private static int compareScores(Object x, Object y) {
    if (x instanceof Long a) {
      return Long.compare(a, (Long) y);
    }
    return compareDoubles((Double) x, (Double) y);
  }
}
