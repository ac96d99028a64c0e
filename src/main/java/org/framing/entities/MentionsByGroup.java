package org.framing.entities;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.ARTICLES;
import static org.framing.schema.Columns.CI_HIGH;
import static org.framing.schema.Columns.CI_LOW;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.MEAN;
import static org.framing.schema.Columns.PER_10K;
import static org.framing.schema.Columns.TOKENS;
import static org.framing.entities.Entities.ENTITY_ID;
import static org.framing.entities.Entities.NAME;
import static org.framing.entities.Entities.TYPE;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.framing.stats.BootstrapMeans;

/**
 * How much each group names each entity: {@code group, entity_id, name, type, mentions, per_10k, articles,
 * share_of_articles, ci_low, ci_high}.
 *
 * <p>For group g and entity e: {@code mentions} counts e's mentions in g's articles; {@code per_10k = 10,000 ·
 * mentions / tokens(g)}, the group's running words as every rate of the job; {@code articles} counts g's
 * articles naming e at least once, and {@code share_of_articles = articles / articles(g)}, with a 95 % percentile
 * bootstrap interval that resamples g's articles ({@link BootstrapMeans}: value 1 for an article naming e, 0
 * otherwise, seeded by group and entity).
 *
 * <p>Rows: for each group, its {@value #TOP} entities named in most of its articles, and the corpus's
 * {@value #TOP} persons, organisations and places named in most articles (so every group has a row for these,
 * zero when it never names one, and groups compare on the same entities). Sorted by group, then articles
 * (descending), then entity id.
 */
public final class MentionsByGroup {

  /** Entities per group, and corpus entities every group gets. */
  public static final int TOP = 20;

  public static final String MENTIONS = "mentions";
  public static final String SHARE_OF_ARTICLES = "share_of_articles";

  private final BootstrapMeans bootstrap;

  public MentionsByGroup(BootstrapMeans bootstrap) {
    this.bootstrap = bootstrap;
  }

  /**
   * @param resolved  {@link Entities#resolved} mentions
   * @param articles  one row per article: {@code article_id, group, tokens}
   * @param entities  {@link Entities#table} rows, most articles first
   */
  public Dataset<Row> transform(Dataset<Row> resolved, Dataset<Row> articles, Dataset<Row> entities) {
    Dataset<Row> perArticle = resolved.groupBy(ARTICLE_ID, GROUP, ENTITY_ID).agg(count(lit(1)).as(MENTIONS));
    Dataset<Row> perGroup = perArticle.groupBy(GROUP, ENTITY_ID)
        .agg(sum(MENTIONS).as(MENTIONS), count(lit(1)).as(ARTICLES));
    Dataset<Row> topOfGroup = perGroup
        .withColumn("r", row_number().over(Window.partitionBy(GROUP)
            .orderBy(col(ARTICLES).desc(), col(MENTIONS).desc(), col(ENTITY_ID))))
        .filter(col("r").leq(TOP)).select(GROUP, ENTITY_ID);
    List<Row> corpusTop = entities.filter(col(TYPE).isin("person", "organisation", "place"))
        .orderBy(col(ARTICLES).desc(), col(MENTIONS).desc(), col(ENTITY_ID)).select(ENTITY_ID).limit(TOP)
        .collectAsList();
    Dataset<Row> groups = articles.select(GROUP).distinct();
    Dataset<Row> everywhere = groups.crossJoin(broadcast(resolved.sparkSession().createDataFrame(corpusTop,
        new org.apache.spark.sql.types.StructType().add(ENTITY_ID, org.apache.spark.sql.types.DataTypes.StringType))));
    Dataset<Row> selected = topOfGroup.union(everywhere).distinct();

    Dataset<Row> units = articles.select(ARTICLE_ID, GROUP).join(selected, GROUP)
        .join(perArticle.select(ARTICLE_ID, ENTITY_ID, MENTIONS), org.framing.spark.ScalaSeq.of(ARTICLE_ID, ENTITY_ID),
            "left")
        .select(col(GROUP), col(ENTITY_ID),
            when(coalesce(col(MENTIONS), lit(0L)).gt(0), lit(1.0)).otherwise(lit(0.0)).as(BootstrapMeans.VALUE),
            lit(1.0).as(BootstrapMeans.WEIGHT));
    Dataset<Row> intervals = bootstrap.transform(units, List.of(GROUP, ENTITY_ID));

    Dataset<Row> totals = articles.groupBy(GROUP).agg(sum(TOKENS).as("group_tokens"));
    Dataset<Row> names = resolved.select(ENTITY_ID, NAME, TYPE).distinct();
    return intervals.join(totals, GROUP).join(broadcast(names), ENTITY_ID)
        .join(perGroup, org.framing.spark.ScalaSeq.of(GROUP, ENTITY_ID), "left")
        .select(col(GROUP), col(ENTITY_ID), col(NAME), col(TYPE), coalesce(col(MENTIONS), lit(0L)).as(MENTIONS),
            coalesce(col(MENTIONS), lit(0L)).multiply(10_000.0).divide(col("group_tokens")).as(PER_10K),
            coalesce(col(ARTICLES), lit(0L)).as(ARTICLES), col(MEAN).as(SHARE_OF_ARTICLES), col(CI_LOW), col(CI_HIGH));
  }
}
