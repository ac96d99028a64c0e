package org.framing.job;

import static org.apache.spark.sql.functions.col;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.EVENT_ID;
import static org.framing.schema.Columns.GROUP;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.framing.events.ArticleMeasures;
import org.framing.events.WithinEvent;
import org.framing.schema.OutputFile;
import org.framing.stats.BootstrapMeans;

/**
 * within_event.csv and within_event_pairs.csv ({@link WithinEvent}): how each group told the stories it shared,
 * measured by tone, frames, sentiment toward actors and voice shares ({@link ArticleMeasures}). Each analysis that
 * gives a measure hands its per-article values over while it runs ({@link #keep}), computed then and kept (they
 * are small); once the events are found too, {@link #write} compares them inside events without reading the
 * articles again: read at the end of a run, the pass's blocks on disk ran the 37.5k corpus out of memory.
 */
final class WithinEventOutputs {

  /** The speakers compared inside events: those with the most quotations in the corpus. */
  static final int VOICES_TOP = 20;

  /** The measures in the order the console names them. */
  enum Measure {
    TONE("tone"), FRAMES("tone, frames"), ACTORS("actors"), VOICES("voices");

    private final String label;

    Measure(String label) {
      this.label = label;
    }
  }

  private final CsvOutputs out;
  private final Progress progress;
  private final java.util.Map<Measure, Dataset<Row>> values =
      java.util.Collections.synchronizedMap(new java.util.EnumMap<>(Measure.class));

  WithinEventOutputs(CsvOutputs out, Progress progress) {
    this.out = out;
    this.progress = progress;
  }

  /**
   * Keeps one kind of measure's per-article values ({@code article_id, measure, item, value}), persisted and
   * computed now, while what they come from is at hand.
   */
  void keep(Measure measure, Dataset<Row> perArticle) {
    Dataset<Row> kept = perArticle.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    kept.count();
    values.put(measure, kept);
  }

  /**
   * Writes both files from the kept measures; {@code events}: each article's {@code event_id} and group;
   * {@code groups}: how many. Unpersists the kept measures.
   */
  void write(Dataset<Row> events, int groups, BootstrapMeans bootstrap) {
    try {
      if (groups < 2 || events == null) {
        return;
      }
      if (values.isEmpty()) {
        progress.done("within_event", "no sentiment and no quotations: no within-event comparison of tone, frames, "
            + "actors or voices");
        return;
      }
      List<String> names = new ArrayList<>();
      Dataset<Row> all = null;
      for (java.util.Map.Entry<Measure, Dataset<Row>> e : new java.util.EnumMap<>(values).entrySet()) {
        names.add(e.getKey().label);
        all = all == null ? e.getValue() : all.unionByName(e.getValue());
      }
      Dataset<Row> byEvent = all.join(events.select(ARTICLE_ID, EVENT_ID, GROUP), ARTICLE_ID)
          .select(col(EVENT_ID), col(GROUP), col(org.framing.schema.Columns.MEASURE),
              col(org.framing.schema.Columns.ITEM), col(org.framing.schema.Columns.VALUE));
      WithinEvent.Result r = new WithinEvent(bootstrap).transform(byEvent);
      try {
        out.write(OutputFile.WITHIN_EVENT, r.byGroup());
        out.write(OutputFile.WITHIN_EVENT_PAIRS, r.pairs());
      } finally {
        r.unpersist();
      }
      progress.done("within_event", String.join(", ", names) + " compared inside shared events; wrote "
          + OutputFile.WITHIN_EVENT.file() + ", " + OutputFile.WITHIN_EVENT_PAIRS.file());
    } finally {
      values.values().forEach(Dataset::unpersist);
    }
  }
}
