package org.framing.job;

import static org.apache.spark.sql.functions.col;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.EVENT_ID;
import static org.framing.schema.Columns.GROUP;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.framing.entities.SpeakerEntities;
import org.framing.events.ArticleMeasures;
import org.framing.events.WithinEvent;
import org.framing.schema.OutputFile;
import org.framing.sentiment.ScoredArticles;
import org.framing.stats.BootstrapMeans;

/**
 * within_event.csv and within_event_pairs.csv ({@link WithinEvent}): how each group told the stories it shared,
 * measured by tone, frames, sentiment toward actors and voice shares ({@link ArticleMeasures}). Runs once the
 * analyses that give those measures have run: the events, sentiment, the actors (listed, or the most named
 * entities) and the quotations with their speakers' entities.
 */
final class WithinEventOutputs {

  /** The speakers compared inside events: those with the most quotations in the corpus. */
  static final int VOICES_TOP = 20;

  /**
   * The sentences that mention actors ({@code article_id, compound, actor_ids}) and the actors' names by id, as
   * actor_sentiment.csv read them.
   */
  record ActorMentions(Dataset<Row> sentences, List<String> names) {}

  private final CsvOutputs out;
  private final Progress progress;

  WithinEventOutputs(CsvOutputs out, Progress progress) {
    this.out = out;
    this.progress = progress;
  }

  /**
   * {@code events}: each article's event and group; {@code scored}: the sentiment rows, null without sentiment;
   * {@code frames}: the frame categories in the order of their hits; {@code actors}: null without actors;
   * {@code quotes}: one row per quotation with its {@link SpeakerEntities#VOICE}, null without quotations;
   * {@code groups}: how many.
   */
  void write(Dataset<Row> events, Dataset<Row> scored, List<String> frames, ActorMentions actors, Dataset<Row> quotes,
             int groups, BootstrapMeans bootstrap) {
    if (groups < 2) {
      return;
    }
    List<Dataset<Row>> measures = new ArrayList<>();
    List<String> names = new ArrayList<>();
    if (scored != null) {
      measures.add(ArticleMeasures.sentiment(ScoredArticles.articles(scored), ScoredArticles.sentences(scored), frames));
      names.add(frames.isEmpty() ? "tone" : "tone, frames");
      if (actors != null && !actors.names().isEmpty()) {
        measures.add(ArticleMeasures.actors(actors.sentences(), actors.names()));
        names.add("actors");
      }
    }
    if (quotes != null) {
      measures.add(ArticleMeasures.voices(quotes, SpeakerEntities.VOICE, VOICES_TOP));
      names.add("voices");
    }
    if (measures.isEmpty()) {
      progress.done("within_event", "no sentiment and no quotations: no within-event comparison of tone, frames, "
          + "actors or voices");
      return;
    }
    Dataset<Row> values = measures.get(0);
    for (Dataset<Row> m : measures.subList(1, measures.size())) {
      values = values.unionByName(m);
    }
    Dataset<Row> byEvent = values.join(events.select(ARTICLE_ID, EVENT_ID, GROUP), ARTICLE_ID)
        .select(col(EVENT_ID), col(GROUP), col(org.framing.schema.Columns.MEASURE), col(org.framing.schema.Columns.ITEM),
            col(org.framing.schema.Columns.VALUE));
    WithinEvent.Result r = new WithinEvent(bootstrap).transform(byEvent);
    out.write(OutputFile.WITHIN_EVENT, r.byGroup());
    out.write(OutputFile.WITHIN_EVENT_PAIRS, r.pairs());
    progress.done("within_event", String.join(", ", names) + " compared inside shared events; wrote "
        + OutputFile.WITHIN_EVENT.file() + ", " + OutputFile.WITHIN_EVENT_PAIRS.file());
  }
}
