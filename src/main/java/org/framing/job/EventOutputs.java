package org.framing.job;

import static org.apache.spark.sql.functions.col;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.COUNTS;
import static org.framing.schema.Columns.DATE;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.TERMS;
import static org.framing.schema.Columns.TITLE;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.framing.events.Coverage;
import org.framing.events.EventClusters;
import org.framing.events.EventText;
import org.framing.events.Events;
import org.framing.schema.OutputFile;

/**
 * events.csv, event_summary.csv, coverage.csv and coverage_pairs.csv: each article's event (given with
 * {@code --events COLUMN}, else found by {@link EventClusters}), each event's summary, and which events each group
 * covered ({@link Coverage}). Reads the pass's terms and its events column ({@link EventText}).
 */
final class EventOutputs {

  private final JobOptions.Events options;
  private final long seed;
  private final CsvOutputs out;
  private final Progress progress;
  /** What run.json records of the events: mode, window, whether the corpus was dated, counts. */
  private final Map<String, Object> record = new LinkedHashMap<>();

  EventOutputs(JobOptions.Events options, long seed, CsvOutputs out, Progress progress) {
    this.options = options;
    this.seed = seed;
    this.out = out;
    this.progress = progress;
  }

  /** The events' entry of run.json, filled by {@link #write}. */
  Map<String, Object> record() {
    return record;
  }

  void write(Dataset<Row> pass) {
    boolean given = options.mode() == JobOptions.Events.Mode.COLUMN;
    Dataset<Row> in = pass.select(col(ARTICLE_ID), col(GROUP), col(DATE), col(TITLE), col(TERMS), col(COUNTS),
        col(EventText.PART + "." + EventText.GIVEN).as(EventText.GIVEN),
        col(EventText.PART + "." + EventText.TITLE_TERMS).as(EventText.TITLE_TERMS),
        col(EventText.PART + "." + EventText.LEAD_TERMS).as(EventText.LEAD_TERMS));
    boolean dated = !in.filter(col(DATE).isNotNull()).isEmpty();
    record.put("mode", given ? "column" : "auto");
    if (given) {
      record.put("column", options.column());
    } else {
      record.put("window_days", dated ? options.windowDays() : null);
      if (!dated) {
        progress.warn("no article has a date: events are found without a time window (run.json says so)");
      }
    }
    EventClusters.ArticleVectors vectors = EventClusters.vectors(in);
    Dataset<Row> rows = vectors.rows().persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    try {
      EventClusters clusters = new EventClusters(EventClusters.DEFAULT_THRESHOLD,
          EventClusters.DEFAULT_CENTROID_THRESHOLD, options.windowDays(), seed);
      Events.Result events = new Events(given, clusters)
          .transform(in, new EventClusters.ArticleVectors(rows, vectors.vocabulary()));
      Dataset<Row> articles = events.articles().persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
      try {
        out.write(OutputFile.EVENTS, articles);
        long n = out.write(OutputFile.EVENT_SUMMARY, events.summary());
        Dataset<Row> byGroup = Coverage.byGroup(articles);
        out.write(OutputFile.COVERAGE, byGroup);
        out.write(OutputFile.COVERAGE_PAIRS, Coverage.pairs(articles));
        long multi = articles.select(org.framing.schema.Columns.EVENT_ID, GROUP)
            .distinct().groupBy(org.framing.schema.Columns.EVENT_ID).count().filter(col("count").geq(2)).count();
        record.put("events", n);
        record.put("multi_group_events", multi);
        progress.done("events", n + (n == 1 ? " event, " : " events, ") + multi + " covered by two or more groups; wrote "
            + OutputFile.EVENTS.file() + ", " + OutputFile.EVENT_SUMMARY.file() + ", " + OutputFile.COVERAGE.file()
            + ", " + OutputFile.COVERAGE_PAIRS.file());
      } finally {
        articles.unpersist();
      }
    } finally {
      rows.unpersist();
    }
  }
}
