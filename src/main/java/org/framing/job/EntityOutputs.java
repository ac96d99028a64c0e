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
import org.framing.entities.MentionsByGroup;
import org.framing.entities.Resolution;
import org.framing.schema.OutputFile;
import org.framing.spark.Sorted;
import org.framing.stats.BootstrapMeans;

/**
 * entities.csv (every entity named at least {@value #MIN_MENTIONS} times, from the pass's mentions column,
 * resolved across the corpus) and mentions_by_group.csv; gives the resolution back for the quotations' speakers.
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

  Resolution write(Dataset<Row> pass, Dataset<Row> analyzed) {
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
    progress.done("entities", "resolved " + entities + " people, organisations and places named twice or more; wrote "
        + OutputFile.ENTITIES.file() + ", " + OutputFile.MENTIONS_BY_GROUP.file());
    return resolution;
  }
}
