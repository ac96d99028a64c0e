package org.framing.events;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.framing.schema.Columns.EVENT_ID;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.ITEM;
import static org.framing.schema.Columns.MEASURE;
import static org.framing.schema.Columns.VALUE;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.framing.spark.ScalaSeq;
import org.framing.spark.Sorted;
import org.framing.stats.BootstrapMeans;

/**
 * How each group tells the stories it shares with other groups: article-level measures compared inside events,
 * so that which stories a group chose to cover does not pass for how it covered them.
 *
 * <p>For a measure (VADER compound, tone, a frame's density) and an event e covered by two or more groups:
 * m(e, g) is the mean over group g's articles in e; the deviation d(e, g) = m(e, g) − the mean of m(e, ·) over
 * the groups that covered e, each group one vote. {@link Result#byGroup}: per group and measure, the mean of
 * d(e, g) over its events with a 95 % percentile bootstrap interval that resamples those events
 * ({@link BootstrapMeans}, seeded with the run's seed and the keys), and {@code n_events}. {@link Result#pairs}:
 * per pair of groups a &lt; b and measure, the mean over the events both covered of the paired difference
 * m(e, a) − m(e, b), with the same interval and {@code n_events}. Events covered by one group take no part.
 *
 * <p>Input: {@code event_id, group, measure, item, value}, one row per article and measure ({@code item} names
 * the frame, "" for compound and tone; a null value leaves the article out of that measure). Output, sorted by
 * their keys: {@code group, measure, item, n_events, mean_deviation, ci_low, ci_high} and
 * {@code group_a, group_b, measure, item, n_events, mean_difference, ci_low, ci_high}.
 */
public final class WithinEvent {

  public static final String N_EVENTS = "n_events";
  public static final String MEAN_DEVIATION = "mean_deviation";
  public static final String MEAN_DIFFERENCE = "mean_difference";

  /**
   * The two tables (see the class comment), read from {@code means}, the m(e, g) of every event, group, measure
   * and item, persisted: both tables and the events' group means read them. {@link #unpersist} once both are written.
   */
  public record Result(Dataset<Row> byGroup, Dataset<Row> pairs, Dataset<Row> means) {

    public void unpersist() {
      means.unpersist();
    }
  }

  private final BootstrapMeans bootstrap;

  public WithinEvent(BootstrapMeans bootstrap) {
    this.bootstrap = bootstrap;
  }

  public Result transform(Dataset<Row> values) {
    Dataset<Row> m = values.filter(col(VALUE).isNotNull())
        .groupBy(EVENT_ID, GROUP, MEASURE, ITEM).agg(avg(VALUE).as("m"))
        .persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> events = m.groupBy(EVENT_ID, MEASURE, ITEM).agg(count(lit(1)).as("k"), avg("m").as("m_bar"))
        .filter(col("k").geq(2));
    Dataset<Row> deviations = m.join(events, ScalaSeq.of(EVENT_ID, MEASURE, ITEM))
        .select(col(GROUP), col(MEASURE), col(ITEM), col("m").minus(col("m_bar")).as(BootstrapMeans.VALUE),
            lit(1.0).as(BootstrapMeans.WEIGHT));
    Dataset<Row> byGroup = bootstrap.transform(deviations, List.of(GROUP, MEASURE, ITEM))
        .select(col(GROUP), col(MEASURE), col(ITEM), col(BootstrapMeans.UNITS).as(N_EVENTS),
            col(BootstrapMeans.MEAN).as(MEAN_DEVIATION), col(BootstrapMeans.CI_LOW), col(BootstrapMeans.CI_HIGH));
    Dataset<Row> a = m.select(col(EVENT_ID), col(GROUP).as(GROUP + "_a"), col(MEASURE), col(ITEM), col("m").as("m_a"));
    Dataset<Row> b = m.select(col(EVENT_ID), col(GROUP).as(GROUP + "_b"), col(MEASURE), col(ITEM), col("m").as("m_b"));
    Dataset<Row> differences = a.join(b, ScalaSeq.of(EVENT_ID, MEASURE, ITEM))
        .filter(col(GROUP + "_a").lt(col(GROUP + "_b")))
        .select(col(GROUP + "_a"), col(GROUP + "_b"), col(MEASURE), col(ITEM),
            col("m_a").minus(col("m_b")).as(BootstrapMeans.VALUE), lit(1.0).as(BootstrapMeans.WEIGHT));
    Dataset<Row> pairs = bootstrap.transform(differences, List.of(GROUP + "_a", GROUP + "_b", MEASURE, ITEM))
        .select(col(GROUP + "_a"), col(GROUP + "_b"), col(MEASURE), col(ITEM), col(BootstrapMeans.UNITS).as(N_EVENTS),
            col(BootstrapMeans.MEAN).as(MEAN_DIFFERENCE), col(BootstrapMeans.CI_LOW), col(BootstrapMeans.CI_HIGH));
    return new Result(Sorted.inOnePartition(byGroup, GROUP, MEASURE, ITEM),
        Sorted.inOnePartition(pairs, GROUP + "_a", GROUP + "_b", MEASURE, ITEM), m);
  }

}
