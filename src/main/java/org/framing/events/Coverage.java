package org.framing.events;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.framing.schema.Columns.EVENT_ID;
import static org.framing.schema.Columns.GROUP;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.framing.spark.Sorted;

/**
 * Which events each group covered: what it chose to report, apart from how it reported it.
 *
 * <p>Input: {@code event_id, group} per article ({@link Events.Result#articles}). {@link #byGroup}: per group,
 * {@code events} (events with at least one of its articles), {@code multi_group_events} (those that two or more
 * groups covered), {@code share_of_multi_group_events} (that count over all events two or more groups covered;
 * null when there are none) and {@code only_events} (events no other group covered), sorted by group.
 * {@link #pairs}: per pair of groups a &lt; b that share an event, {@code shared_events}, sorted by a, b.
 */
public final class Coverage {

  private Coverage() {}

  public static Dataset<Row> byGroup(Dataset<Row> articles) {
    Dataset<Row> covered = articles.select(EVENT_ID, GROUP).distinct();
    Dataset<Row> groupsPerEvent = covered.groupBy(EVENT_ID).agg(count(lit(1)).as("n"));
    long multi = groupsPerEvent.filter(col("n").geq(2)).count();
    Dataset<Row> rows = covered.join(groupsPerEvent, EVENT_ID).groupBy(GROUP).agg(
        count(lit(1)).as("events"),
        sum(when(col("n").geq(2), 1L).otherwise(0L)).as("multi_group_events"),
        sum(when(col("n").equalTo(1), 1L).otherwise(0L)).as("only_events"));
    return Sorted.inOnePartition(rows.select(col(GROUP), col("events"), col("multi_group_events"),
        multi == 0 ? lit(null).cast("double") : col("multi_group_events").divide((double) multi),
        col("only_events")), GROUP);
  }

  public static Dataset<Row> pairs(Dataset<Row> articles) {
    Dataset<Row> covered = articles.select(EVENT_ID, GROUP).distinct();
    Dataset<Row> a = covered.select(col(EVENT_ID), col(GROUP).as("a"));
    Dataset<Row> b = covered.select(col(EVENT_ID), col(GROUP).as("b"));
    Dataset<Row> rows = a.join(b, EVENT_ID).filter(col("a").lt(col("b")))
        .groupBy("a", "b").agg(countDistinct(EVENT_ID).as("shared_events"));
    return Sorted.inOnePartition(rows, "a", "b");
  }
}
