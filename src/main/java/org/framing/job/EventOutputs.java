package org.framing.job;

import static org.apache.spark.sql.functions.col;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.COUNTS;
import static org.framing.schema.Columns.DATE;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.TERMS;
import static org.framing.schema.Columns.TITLE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.framing.events.Coverage;
import org.framing.events.EventClusters;
import org.framing.events.EventText;
import org.framing.events.Events;
import org.framing.events.WithinEventKeyness;
import org.framing.schema.Columns;
import org.framing.schema.OutputFile;

/**
 * events.csv, event_summary.csv, coverage.csv and coverage_pairs.csv: each article's event (given with
 * {@code --events COLUMN}, else found by {@link EventClusters}), each event's summary, and which events each group
 * covered ({@link Coverage}). Reads the pass's terms and its events column ({@link EventText}).
 */
final class EventOutputs {

  private final JobOptions.Events options;
  private final JobOptions.Keyness keyness;
  private final long seed;
  private final CsvOutputs out;
  private final Progress progress;
  /** What run.json records of the events: mode, window, whether the corpus was dated, counts. */
  private final Map<String, Object> record = new LinkedHashMap<>();

  EventOutputs(JobOptions.Events options, JobOptions.Keyness keyness, long seed, CsvOutputs out, Progress progress) {
    this.options = options;
    this.keyness = keyness;
    this.seed = seed;
    this.out = out;
    this.progress = progress;
  }

  /** The events' entry of run.json, filled by {@link #write}. */
  Map<String, Object> record() {
    return record;
  }

  /**
   * Writes the events' files and within-event keyness; returns each article's event ({@code article_id, event_id,
   * group, date, title}) persisted, for the caller to compare the other measures inside events
   * ({@link WithinEventOutputs}) and to unpersist. {@code groups}: how many.
   */
  Dataset<Row> write(Dataset<Row> pass, int groups) {
    boolean given = options.mode() == JobOptions.Events.Mode.COLUMN;
    // The few columns read four times are kept; the terms, read three times (document frequencies, vectors,
    // within-event keyness), are read from the pass: kept as well, they held the memory that the other analyses
    // running beside events needed on the 37,536 AllSides articles (out of memory at 2.3 GB).
    Dataset<Row> articles = pass.select(col(ARTICLE_ID), col(GROUP), col(DATE), col(TITLE),
        col(EventText.PART + "." + EventText.GIVEN).as(EventText.GIVEN))
        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> terms = pass.select(col(ARTICLE_ID), col(DATE), col(TERMS), col(COUNTS),
        col(EventText.PART + "." + EventText.TITLE_TERMS).as(EventText.TITLE_TERMS),
        col(EventText.PART + "." + EventText.LEAD_TERMS).as(EventText.LEAD_TERMS));
    try {
      return write(articles, terms, given, groups);
    } finally {
      articles.unpersist();
    }
  }

  /**
   * {@code in}: each article's id, group, date, title and given event, persisted; {@code terms}: its id, date,
   * body terms and counts, title terms and lead terms, from the pass.
   */
  private Dataset<Row> write(Dataset<Row> in, Dataset<Row> terms, boolean given, int groups) {
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
    EventClusters.ArticleVectors vectors = EventClusters.vectors(terms);
    Dataset<Row> rows = vectors.rows().persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    try {
      EventClusters clusters = new EventClusters(EventClusters.DEFAULT_THRESHOLD,
          EventClusters.DEFAULT_CENTROID_THRESHOLD, options.windowDays(), seed);
      Events.Result events = new Events(given, clusters)
          .transform(in, new EventClusters.ArticleVectors(rows, vectors.vocabulary()));
      Dataset<Row> articles = events.articles().persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
      out.write(OutputFile.EVENTS, articles);
      long n = out.write(OutputFile.EVENT_SUMMARY, events.summary());
      Dataset<Row> byGroup = Coverage.byGroup(articles);
      out.write(OutputFile.COVERAGE, byGroup);
      out.write(OutputFile.COVERAGE_PAIRS, Coverage.pairs(articles));
      String within = withinEventKeyness(articles, terms.select(ARTICLE_ID, TERMS, COUNTS), groups);
      long multi = articles.select(org.framing.schema.Columns.EVENT_ID, GROUP)
          .distinct().groupBy(org.framing.schema.Columns.EVENT_ID).count().filter(col("count").geq(2)).count();
      record.put("events", n);
      record.put("multi_group_events", multi);
      progress.done("events", n + (n == 1 ? " event, " : " events, ") + multi + " covered by two or more groups; wrote "
          + OutputFile.EVENTS.file() + ", " + OutputFile.EVENT_SUMMARY.file() + ", " + OutputFile.COVERAGE.file()
          + ", " + OutputFile.COVERAGE_PAIRS.file() + within);
      return articles;
    } finally {
      rows.unpersist();
    }
  }

  /** within_event_keyness.csv; returns what the console line adds, or why there is none. */
  private String withinEventKeyness(Dataset<Row> articles, Dataset<Row> articleTerms, int groups) {
    if (groups < 2) {
      return "; one group: no within-event comparison";
    }
    out.write(OutputFile.WITHIN_EVENT_KEYNESS, new WithinEventKeyness(keyness.minCount(), keyness.top())
        .transform(articleTerms, articles));
    return ", " + OutputFile.WITHIN_EVENT_KEYNESS.file();
  }
}
