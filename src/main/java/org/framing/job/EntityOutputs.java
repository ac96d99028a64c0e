package org.framing.job;

import static org.apache.spark.sql.functions.col;
import static org.framing.schema.Columns.ARTICLES;
import static org.framing.schema.Columns.ENTITY_ID;
import static org.framing.schema.Columns.GROUP;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.framing.entities.Entities;
import org.framing.events.ArticleMeasures;
import org.framing.entities.EntityActors;
import org.framing.entities.MentionsByGroup;
import org.framing.entities.Resolution;
import org.framing.schema.OutputFile;
import org.framing.sentiment.ActorSentiment;
import org.framing.sentiment.GroupSentiment;
import org.framing.sentiment.ScoredArticles;
import org.framing.spark.DriverRows;
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
   * pass's scored sentences, given only when the study lists no actors) is not null. {@code groups}: each group's
   * articles and tokens. The pass is read once, for its mentions, kept until the files are written. With
   * {@code within} (events on), the sentiment toward those entities per article is handed to it, computed while
   * the mentions are kept. Returns the resolution, for the quotations' speakers.
   */
  Resolution write(Dataset<Row> pass, Map<String, long[]> groups, Dataset<Row> scored, int actorsTop,
                   WithinEventOutputs within) {
    Dataset<Row> mentions = Entities.mentions(pass).persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> perArticle = null;
    try {
      List<Resolution.KeyCount> counts = Entities.keyCounts(mentions);
      Resolution resolution = Resolution.of(counts);
      Dataset<Row> resolved = Entities.resolved(mentions, counts, resolution);
      perArticle = Entities.perArticle(resolved).persist(StorageLevel.MEMORY_AND_DISK());
      List<Row> table = Entities.table(resolved, perArticle, MIN_MENTIONS)
          .orderBy(col(ARTICLES).desc(), col(MentionsByGroup.MENTIONS).desc(), col(ENTITY_ID)).collectAsList();
      long entities = out.write(OutputFile.ENTITIES, table.iterator());
      Dataset<Row> byGroup = new MentionsByGroup(bootstrap).transform(perArticle, groups, corpusTop(table),
          names(pass.sparkSession(), resolution));
      out.write(OutputFile.MENTIONS_BY_GROUP, Sorted.inOnePartition(byGroup, col(GROUP), col(ARTICLES).desc(),
          col(ENTITY_ID)));
      String actors = "";
      if (scored != null && actorsTop > 0) {
        EntityActors top = EntityActors.of(table, actorsTop);
        if (!top.isEmpty()) {
          Dataset<Row> sentences = top.sentences(ScoredArticles.sentences(scored), resolved);
          out.writeAsIs(OutputFile.ACTORS, new ActorSentiment(top.actors(), GroupSentiment.MIN_ARTICLES_TO_RESAMPLE,
              bootstrap).transform(sentences));
          if (within != null) {
            within.keep(WithinEventOutputs.Measure.ACTORS, ArticleMeasures.actors(sentences, top.actors().names()));
          }
          actors = ", " + OutputFile.ACTORS.file() + " (toward the " + top.actors().actors().size() + " most named)";
        }
      }
      progress.done("entities", "resolved " + entities + " people, organisations and places named twice or more; "
          + "wrote " + OutputFile.ENTITIES.file() + ", " + OutputFile.MENTIONS_BY_GROUP.file() + actors);
      return resolution;
    } finally {
      if (perArticle != null) {
        perArticle.unpersist();
      }
      mentions.unpersist();
    }
  }

  /** The {@value MentionsByGroup#TOP} persons, organisations and places of entities.csv's rows named in most articles. */
  static List<String> corpusTop(List<Row> table) {
    return table.stream().filter(Entities::named).limit(MentionsByGroup.TOP).map(r -> r.<String>getAs(ENTITY_ID))
        .toList();
  }

  /** Every entity of the resolution: {@code entity_id, name, type}. */
  private static Dataset<Row> names(SparkSession spark, Resolution resolution) {
    List<Row> rows = resolution.entities().stream().map(e -> RowFactory.create(e.id(), e.name(), e.type())).toList();
    return DriverRows.table(spark, rows, new StructType().add(ENTITY_ID, DataTypes.StringType, false)
        .add(Entities.NAME, DataTypes.StringType, false).add(Entities.TYPE, DataTypes.StringType, false));
  }
}
