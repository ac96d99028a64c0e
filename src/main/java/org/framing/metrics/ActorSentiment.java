package org.framing.metrics;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.framing.schema.Columns.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.lexicon.Actors;
import org.framing.schema.Schemas;

/**
 * Sentiment toward actors per group: the VADER compound of the sentences that mention an actor
 * ({@link Actors#mentioned}), a sentence-level reading of "how does this outlet talk about NATO".
 *
 * <p>Input: {@link Schemas#SENTENCE_SENTIMENT} rows (reads {@code group, article_id, compound, actor_ids}).
 * Output, one row per group and actor (every actor for every group that has sentences, sorted by group then
 * actor order): {@code group, actor, actor_group, n_articles, n_sentences, compound, compound_ci_low,
 * compound_ci_high, n_negative, share_negative, share_negative_ci_low, share_negative_ci_high, resampled_unit}:
 * <ul>
 *   <li>{@code n_sentences}: sentences of the group that mention the actor; {@code n_articles}: articles holding
 *       at least one of them;</li>
 *   <li>{@code compound}: the mean VADER compound of those sentences (each sentence one vote);</li>
 *   <li>{@code n_negative}, {@code share_negative}: those with compound ≤ −0.05, VADER's own threshold for a
 *       negative text (Hutto, vaderSentiment README, "about the scoring"), and their share of n_sentences;</li>
 *   <li>the 95 % percentile bootstrap interval of each ({@link BootstrapMeans}). With at least {@code minArticles}
 *       mentioning articles the articles are resampled (value: the article's own mean or share over its
 *       mentioning sentences, weight: their number, so the estimate is the sentence mean above); with fewer,
 *       the sentences, and {@code resampled_unit} says {@code sentence}.</li>
 * </ul>
 * A group that never mentions an actor has {@code n_sentences} 0, {@code n_negative} 0, and empty means,
 * intervals and unit: there is nothing to average, and the zero count says why.
 */
public final class ActorSentiment {

  /** VADER's threshold: a compound at or below it is negative. */
  public static final double NEGATIVE_AT_MOST = -0.05;

  private static final String A = "a";
  private static final List<String> KEYS = List.of(GROUP, A);
  private static final String UNIT = "unit";

  private final Actors actors;
  private final int minArticles;
  private final BootstrapMeans bootstrap;

  public ActorSentiment(Actors actors, int minArticles, BootstrapMeans bootstrap) {
    this.actors = actors;
    this.minArticles = minArticles;
    this.bootstrap = bootstrap;
  }

  public Dataset<Row> transform(Dataset<Row> sentences) {
    Schemas.require(sentences.schema(), GROUP, DataTypes.StringType);
    Schemas.require(sentences.schema(), ARTICLE_ID, DataTypes.StringType);
    Schemas.require(sentences.schema(), COMPOUND, DataTypes.DoubleType);
    Schemas.require(sentences.schema(), ACTOR_IDS, DataTypes.createArrayType(DataTypes.IntegerType, false));
    Column negative = when(col(COMPOUND).leq(NEGATIVE_AT_MOST), 1).otherwise(0);
    Dataset<Row> mentions = sentences
        .select(col(GROUP), col(ARTICLE_ID), col(COMPOUND), explode(col(ACTOR_IDS)).as(A))
        .withColumn(A, col(A).cast(DataTypes.StringType))
        .withColumn(N_NEGATIVE, negative);
    Dataset<Row> perArticle = mentions.groupBy(GROUP, A, ARTICLE_ID).agg(count(lit(1)).as(N_SENTENCES),
        sum(col(COMPOUND)).as(COMPOUND), sum(col(N_NEGATIVE)).as(N_NEGATIVE));
    Dataset<Row> totals = perArticle.groupBy(GROUP, A).agg(count(lit(1)).as(N_ARTICLES),
        sum(col(N_SENTENCES)).as(N_SENTENCES), sum(col(N_NEGATIVE)).as(N_NEGATIVE))
        .withColumn(UNIT, when(col(N_ARTICLES).geq(minArticles), "article").otherwise("sentence"));

    Dataset<Row> articleUnits = perArticle.join(totals.select(GROUP, A, UNIT), new String[] {GROUP, A})
        .filter(col(UNIT).equalTo("article"));
    Dataset<Row> sentenceUnits = mentions.join(totals.select(GROUP, A, UNIT), new String[] {GROUP, A})
        .filter(col(UNIT).equalTo("sentence"));
    Dataset<Row> units = BootstrapMeans.units(articleUnits, KEYS, COMPOUND, col(COMPOUND).divide(col(N_SENTENCES)), col(N_SENTENCES))
        .unionByName(BootstrapMeans.units(articleUnits, KEYS, SHARE_NEGATIVE, col(N_NEGATIVE).divide(col(N_SENTENCES)), col(N_SENTENCES)))
        .unionByName(BootstrapMeans.units(sentenceUnits, KEYS, COMPOUND, col(COMPOUND), lit(1.0)))
        .unionByName(BootstrapMeans.units(sentenceUnits, KEYS, SHARE_NEGATIVE, col(N_NEGATIVE), lit(1.0)));
    Dataset<Row> estimates = bootstrap.transform(units, List.of(GROUP, A, BootstrapMeans.MEASURE));

    Dataset<Row> grid = sentences.select(GROUP).distinct().crossJoin(names(sentences.sparkSession()));
    Dataset<Row> out = grid
        .join(totals, new String[] {GROUP, A}, "left")
        .join(BootstrapMeans.estimatesOf(estimates, KEYS, COMPOUND), new String[] {GROUP, A}, "left")
        .join(BootstrapMeans.estimatesOf(estimates, KEYS, SHARE_NEGATIVE), new String[] {GROUP, A}, "left")
        .withColumn(N_ARTICLES, coalesce(col(N_ARTICLES), lit(0L)))
        .withColumn(N_SENTENCES, coalesce(col(N_SENTENCES), lit(0L)))
        .withColumn(N_NEGATIVE, coalesce(col(N_NEGATIVE), lit(0L)))
        .withColumn(A, col(A).cast(DataTypes.IntegerType));
    return Sorted.inOnePartition(out, col(GROUP), col(A)).select(col(GROUP), col(ACTOR), col(ACTOR_GROUP),
        col(N_ARTICLES), col(N_SENTENCES), col(COMPOUND), col(COMPOUND + "_ci_low"), col(COMPOUND + "_ci_high"),
        col(N_NEGATIVE), col(SHARE_NEGATIVE), col(SHARE_NEGATIVE + "_ci_low"), col(SHARE_NEGATIVE + "_ci_high"),
        col(UNIT).as(RESAMPLED_UNIT));
  }


  private Dataset<Row> names(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < actors.actors().size(); i++) {
      Actors.Actor a = actors.actors().get(i);
      rows.add(RowFactory.create(Integer.toString(i), a.name(), a.group()));
    }
    StructType schema = new StructType().add(A, DataTypes.StringType, false).add(ACTOR, DataTypes.StringType, false)
        .add(ACTOR_GROUP, DataTypes.StringType, false);
    return spark.createDataFrame(rows, schema);
  }
}
