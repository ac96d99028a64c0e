package org.framing.entities;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.framing.schema.Columns.ARTICLES;
import static org.framing.schema.Columns.CI_HIGH;
import static org.framing.schema.Columns.CI_LOW;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.PER_10K;
import static org.framing.entities.Entities.ENTITY_ID;
import static org.framing.entities.Entities.NAME;
import static org.framing.entities.Entities.TYPE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.spark.DriverRows;
import org.framing.stats.BootstrapMeans;

/**
 * How much each group names each entity: {@code group, entity_id, name, type, mentions, per_10k, articles,
 * share_of_articles, ci_low, ci_high}.
 *
 * <p>For group g and entity e: {@code mentions} counts e's mentions in g's articles; {@code per_10k = 10,000 ·
 * mentions / tokens(g)}, the group's running words as every rate of the job; {@code articles} counts g's
 * articles naming e at least once, and {@code share_of_articles = articles / articles(g)}, with a 95 % percentile
 * bootstrap interval that resamples g's articles ({@link BootstrapMeans}: value 1 for an article naming e, 0
 * otherwise, seeded by group and entity). The units are known from the two counts alone, so no per-article row
 * is read for them.
 *
 * <p>Rows: for each group, its {@value #TOP} entities named in most of its articles, and the corpus's
 * {@value #TOP} persons, organisations and places named in most articles (so every group has a row for these,
 * zero when it never names one, and groups compare on the same entities).
 */
public final class MentionsByGroup {

  /** Entities per group, and corpus entities every group gets. */
  public static final int TOP = 20;

  public static final String MENTIONS = "mentions";
  public static final String SHARE_OF_ARTICLES = "share_of_articles";

  private static final StructType OUT = new StructType()
      .add(GROUP, DataTypes.StringType, false)
      .add(ENTITY_ID, DataTypes.StringType, false)
      .add(MENTIONS, DataTypes.LongType, false)
      .add(PER_10K, DataTypes.DoubleType, false)
      .add(ARTICLES, DataTypes.LongType, false)
      .add(SHARE_OF_ARTICLES, DataTypes.DoubleType, false)
      .add(CI_LOW, DataTypes.DoubleType, false)
      .add(CI_HIGH, DataTypes.DoubleType, false);

  private final BootstrapMeans bootstrap;

  public MentionsByGroup(BootstrapMeans bootstrap) {
    this.bootstrap = bootstrap;
  }

  /**
   * @param perArticle {@link Entities#perArticle} rows
   * @param groups     each group's articles and tokens ({@code {articles, tokens}})
   * @param corpusTop  the corpus's most named entities, every group's rows
   * @param names      every entity: {@code entity_id, name, type}
   */
  public Dataset<Row> transform(Dataset<Row> perArticle, Map<String, long[]> groups, List<String> corpusTop,
                                Dataset<Row> names) {
    SparkSession spark = perArticle.sparkSession();
    Dataset<Row> perGroup = perArticle.groupBy(GROUP, ENTITY_ID)
        .agg(sum(MENTIONS).as(MENTIONS), count(lit(1)).as(ARTICLES));
    Dataset<Row> topOfGroup = perGroup
        .withColumn("r", row_number().over(Window.partitionBy(GROUP)
            .orderBy(col(ARTICLES).desc(), col(MENTIONS).desc(), col(ENTITY_ID))))
        .filter(col("r").leq(TOP)).select(GROUP, ENTITY_ID);
    List<Row> pairs = new ArrayList<>();
    for (String g : groups.keySet()) {
      for (String e : corpusTop) {
        pairs.add(RowFactory.create(g, e));
      }
    }
    Dataset<Row> everywhere = DriverRows.table(spark, pairs, new StructType()
        .add(GROUP, DataTypes.StringType, false).add(ENTITY_ID, DataTypes.StringType, false));
    Dataset<Row> selected = topOfGroup.union(everywhere).distinct()
        .join(perGroup, org.framing.spark.ScalaSeq.of(GROUP, ENTITY_ID), "left")
        .select(col(GROUP), col(ENTITY_ID), org.apache.spark.sql.functions.coalesce(col(MENTIONS), lit(0L)).as(MENTIONS),
            org.apache.spark.sql.functions.coalesce(col(ARTICLES), lit(0L)).as(ARTICLES));
    Dataset<Row> rows = selected.map(row(groups, bootstrap), Encoders.row(OUT));
    return rows.join(broadcast(names), ENTITY_ID).select(col(GROUP), col(ENTITY_ID), col(NAME), col(TYPE),
        col(MENTIONS), col(PER_10K), col(ARTICLES), col(SHARE_OF_ARTICLES), col(CI_LOW), col(CI_HIGH));
  }

  /** One group and entity ({@code group, entity_id, mentions, articles}) to its row of {@link #OUT}. */
  private static MapFunction<Row, Row> row(Map<String, long[]> groups, BootstrapMeans bootstrap) {
    Map<String, long[]> totals = Map.copyOf(groups);
    return r -> {
      String group = r.getAs(GROUP);
      String entity = r.getAs(ENTITY_ID);
      long mentions = r.getLong(r.fieldIndex(MENTIONS));
      long naming = r.getLong(r.fieldIndex(ARTICLES));
      long[] total = totals.get(group);
      double[][] units = new double[(int) total[0]][];
      for (int i = 0; i < units.length; i++) {
        units[i] = new double[] {i < naming ? 1.0 : 0.0, 1.0};
      }
      double[] share = bootstrap.estimate(units, group, entity);
      return RowFactory.create(group, entity, mentions, 10_000.0 * mentions / total[1], naming, share[0], share[1],
          share[2]);
    };
  }
}
