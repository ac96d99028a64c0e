package org.framing.job;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.COUNTS;
import static org.framing.schema.Columns.DATE;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.TERMS;
import static org.framing.schema.Columns.TITLE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.framing.events.Coverage;
import org.framing.events.EventClusters;
import org.framing.events.EventText;
import org.framing.events.Events;
import org.framing.events.WithinEvent;
import org.framing.events.WithinEventKeyness;
import org.framing.schema.Columns;
import org.framing.schema.OutputFile;
import org.framing.sentiment.ScoredArticles;
import org.framing.stats.BootstrapMeans;

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
   * {@code scored}: the sentiment rows ({@link ScoredArticles#fromPass}), or null without sentiment (then no
   * within-event tables); {@code frames}: the frame categories in the order of their hits; {@code groups}: how many.
   */
  void write(Dataset<Row> pass, Dataset<Row> scored, List<String> frames, int groups, BootstrapMeans bootstrap) {
    boolean given = options.mode() == JobOptions.Events.Mode.COLUMN;
    Dataset<Row> in = pass.select(col(ARTICLE_ID), col(GROUP), col(DATE), col(TITLE), col(TERMS), col(COUNTS),
        col(EventText.PART + "." + EventText.GIVEN).as(EventText.GIVEN),
        col(EventText.PART + "." + EventText.TITLE_TERMS).as(EventText.TITLE_TERMS),
        col(EventText.PART + "." + EventText.LEAD_TERMS).as(EventText.LEAD_TERMS))
        .persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    try {
      write(in, given, scored, frames, groups, bootstrap);
    } finally {
      in.unpersist();
    }
  }

  /**
   * {@code in}: the pass's columns that events read, persisted: the pass's rows carry every part, and reading
   * them whole for each of the seven reads below took half a minute each on the 37,536 AllSides articles.
   */
  private void write(Dataset<Row> in, boolean given, Dataset<Row> scored, List<String> frames, int groups,
                     BootstrapMeans bootstrap) {
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
        String within = withinEvent(articles, in.select(ARTICLE_ID, TERMS, COUNTS), scored, frames, groups, bootstrap);
        long multi = articles.select(org.framing.schema.Columns.EVENT_ID, GROUP)
            .distinct().groupBy(org.framing.schema.Columns.EVENT_ID).count().filter(col("count").geq(2)).count();
        record.put("events", n);
        record.put("multi_group_events", multi);
        progress.done("events", n + (n == 1 ? " event, " : " events, ") + multi + " covered by two or more groups; wrote "
            + OutputFile.EVENTS.file() + ", " + OutputFile.EVENT_SUMMARY.file() + ", " + OutputFile.COVERAGE.file()
            + ", " + OutputFile.COVERAGE_PAIRS.file() + within);
      } finally {
        articles.unpersist();
      }
    } finally {
      rows.unpersist();
    }
  }

  /** within_event.csv and within_event_pairs.csv; returns what the console line adds, or why there are none. */
  private String withinEvent(Dataset<Row> articles, Dataset<Row> articleTerms, Dataset<Row> scored, List<String> frames,
                             int groups, BootstrapMeans bootstrap) {
    if (groups < 2) {
      return "; one group: no within-event comparison";
    }
    List<Dataset<Row>> cache = new java.util.ArrayList<>();
    out.write(OutputFile.WITHIN_EVENT_KEYNESS, new WithinEventKeyness(keyness.minCount(), keyness.top())
        .transform(articleTerms, articles, cache));
    cache.forEach(Dataset::unpersist);
    String written = ", " + OutputFile.WITHIN_EVENT_KEYNESS.file();
    if (scored == null) {
      return written + "; no sentiment (--no-sentiment): no within-event tone or frames";
    }
    WithinEvent.Result r = new WithinEvent(bootstrap).transform(measures(articles, scored, frames));
    out.write(OutputFile.WITHIN_EVENT, r.byGroup());
    out.write(OutputFile.WITHIN_EVENT_PAIRS, r.pairs());
    return written + ", " + OutputFile.WITHIN_EVENT.file() + ", " + OutputFile.WITHIN_EVENT_PAIRS.file();
  }

  /**
   * Each article's measures, long: {@code event_id, group, measure, item, value}. compound and tone as in
   * sentiment_by_article.csv; a frame's density is 1,000 · its hits / the article's words (the tone lexicon's
   * count of words, as frames_by_outlet.csv's per_1000), null for an article without words.
   */
  static Dataset<Row> measures(Dataset<Row> articles, Dataset<Row> scored, List<String> frames) {
    Dataset<Row> perArticle = ScoredArticles.articles(scored);
    Dataset<Row> values = perArticle.select(col(ARTICLE_ID), lit(Columns.COMPOUND).as(Columns.MEASURE),
            lit("").as(Columns.ITEM), col(Columns.COMPOUND).as(Columns.VALUE))
        .unionByName(perArticle.select(col(ARTICLE_ID), lit(Columns.TONE).as(Columns.MEASURE), lit("").as(Columns.ITEM),
            col(Columns.TONE).as(Columns.VALUE)));
    if (!frames.isEmpty()) {
      Dataset<Row> sentences = ScoredArticles.sentences(scored);
      Dataset<Row> words = sentences.groupBy(ARTICLE_ID).agg(sum(Columns.N_TOKENS).as("words"));
      Column names = array(frames.stream().map(f -> lit(f)).toArray(Column[]::new));
      Dataset<Row> hits = sentences.select(col(ARTICLE_ID), posexplode(col(Columns.FRAME_HITS)).as(new String[] {"i", "h"}))
          .groupBy(ARTICLE_ID, "i").agg(sum("h").as("hits"));
      values = values.unionByName(hits.join(words, ARTICLE_ID).select(col(ARTICLE_ID),
          lit("frame").as(Columns.MEASURE), element_at(names, col("i").plus(1)).as(Columns.ITEM),
          when(col("words").gt(0), col("hits").multiply(1000.0).divide(col("words"))).as(Columns.VALUE)));
    }
    return values.join(articles.select(ARTICLE_ID, Columns.EVENT_ID, GROUP), ARTICLE_ID)
        .select(Columns.EVENT_ID, GROUP, Columns.MEASURE, Columns.ITEM, Columns.VALUE);
  }
}
