package org.framing.job;

import static org.apache.spark.sql.functions.col;
import static org.framing.schema.Columns.ARTICLES;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.ENTITY_ID;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.TOKENS;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.framing.entities.Entities;
import org.framing.entities.EntityActors;
import org.framing.entities.MentionsByGroup;
import org.framing.entities.Resolution;
import org.framing.schema.OutputFile;
import org.framing.sentiment.ActorSentiment;
import org.framing.sentiment.GroupSentiment;
import org.framing.sentiment.ScoredArticles;
import org.framing.spark.Sorted;
import org.framing.stats.BootstrapMeans;

/**
 * entities.csv (every entity named at least {@value #MIN_MENTIONS} times, from the pass's mentions column,
 * resolved across the corpus) and mentions_by_group.csv, and without an actors list actor_sentiment.csv toward
 * the most named entities ({@link EntityActors}); gives the resolution back for the quotations' speakers.
 */
final class EntityOutputs {

  /** entities.csv leaves out what the corpus names once: one mention is mostly a name in passing. */
  static final int MIN_MENTIONS = 2;

  private final BootstrapMeans bootstrap;
  private final CsvOutputs out;
  private final Progress progress;

  EntityOutputs(BootstrapMeans bootstrap, CsvOutputs out, Progress progress) {
    this.bootstrap = bootstrap;
    this.out = out;
    this.progress = progress;
  }

  /**
   * Writes both files, and actor_sentiment.csv toward the top {@code actorsTop} entities when {@code scored} (the
   * pass's scored sentences, given only when the study lists no actors) is not null.
   */
  Resolution write(Dataset<Row> pass, Dataset<Row> analyzed, Dataset<Row> scored, int actorsTop) {
    Dataset<Row> mentions = Entities.mentions(pass);
    Resolution resolution = Entities.resolve(mentions);
    Dataset<Row> resolved = Entities.resolved(mentions, resolution);
    Dataset<Row> table = Entities.table(resolved, MIN_MENTIONS);
    long entities = out.write(OutputFile.ENTITIES, Sorted.inOnePartition(table, col(ARTICLES).desc(),
        col(MentionsByGroup.MENTIONS).desc(), col(ENTITY_ID)));
    Dataset<Row> byGroup = new MentionsByGroup(bootstrap)
        .transform(resolved, analyzed.select(ARTICLE_ID, GROUP, TOKENS), table);
    out.write(OutputFile.MENTIONS_BY_GROUP, Sorted.inOnePartition(byGroup, col(GROUP), col(ARTICLES).desc(),
        col(ENTITY_ID)));
    String actors = "";
    if (scored != null && actorsTop > 0) {
      EntityActors top = EntityActors.of(table, actorsTop);
      if (!top.isEmpty()) {
        out.writeAsIs(OutputFile.ACTORS, new ActorSentiment(top.actors(), GroupSentiment.MIN_ARTICLES_TO_RESAMPLE,
            bootstrap).transform(top.sentences(ScoredArticles.sentences(scored), resolved)));
        actors = ", " + OutputFile.ACTORS.file() + " (toward the " + top.actors().actors().size() + " most named)";
      }
    }
    progress.done("entities", "resolved " + entities + " people, organisations and places named twice or more; wrote "
        + OutputFile.ENTITIES.file() + ", " + OutputFile.MENTIONS_BY_GROUP.file() + actors);
    return resolution;
  }
}
