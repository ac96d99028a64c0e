package org.framing.sentiment;

import org.framing.spark.Sorted;
import org.framing.stats.BootstrapMeans;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.framing.schema.Columns.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
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
    Schemas.require(sentences.schema(), SENTENCE_INDEX, DataTypes.IntegerType);
    Schemas.require(sentences.schema(), COMPOUND, DataTypes.DoubleType);
    Schemas.require(sentences.schema(), ACTOR_IDS, DataTypes.createArrayType(DataTypes.IntegerType, false));
    // One aggregation gathers each group's mentions of each actor; the counts, the units and both bootstraps are
    // computed from that one row (as joins and unions of per-article tables they took about 40 Spark jobs).
    Dataset<Row> mentions = sentences
        .select(col(GROUP), explode(col(ACTOR_IDS)).as(A), struct(col(ARTICLE_ID), col(SENTENCE_INDEX), col(COMPOUND)).as(M))
        .groupBy(GROUP, A).agg(collect_list(col(M)).as(M));
    Dataset<Row> stats = mentions.map(perActor(mentions.schema(), minArticles, bootstrap), Encoders.row(STATS));
    Dataset<Row> grid = sentences.select(GROUP).distinct().crossJoin(names(sentences.sparkSession()));
    Dataset<Row> out = grid.join(stats, new String[] {GROUP, A}, "left")
        .withColumn(N_ARTICLES, coalesce(col(N_ARTICLES), lit(0L)))
        .withColumn(N_SENTENCES, coalesce(col(N_SENTENCES), lit(0L)))
        .withColumn(N_NEGATIVE, coalesce(col(N_NEGATIVE), lit(0L)));
    return Sorted.inOnePartition(out, col(GROUP), col(A)).select(col(GROUP), col(ACTOR), col(ACTOR_GROUP),
        col(N_ARTICLES), col(N_SENTENCES), col(COMPOUND), col(COMPOUND + "_ci_low"), col(COMPOUND + "_ci_high"),
        col(N_NEGATIVE), col(SHARE_NEGATIVE), col(SHARE_NEGATIVE + "_ci_low"), col(SHARE_NEGATIVE + "_ci_high"),
        col(UNIT).as(RESAMPLED_UNIT));
  }

  private static final String M = "m";
  private static final StructType STATS = new StructType()
      .add(GROUP, DataTypes.StringType, false)
      .add(A, DataTypes.IntegerType, false)
      .add(N_ARTICLES, DataTypes.LongType, false)
      .add(N_SENTENCES, DataTypes.LongType, false)
      .add(N_NEGATIVE, DataTypes.LongType, false)
      .add(COMPOUND, DataTypes.DoubleType, false)
      .add(COMPOUND + "_ci_low", DataTypes.DoubleType, false)
      .add(COMPOUND + "_ci_high", DataTypes.DoubleType, false)
      .add(SHARE_NEGATIVE, DataTypes.DoubleType, false)
      .add(SHARE_NEGATIVE + "_ci_low", DataTypes.DoubleType, false)
      .add(SHARE_NEGATIVE + "_ci_high", DataTypes.DoubleType, false)
      .add(UNIT, DataTypes.StringType, false);

  /**
   * One group's mentions of one actor (article_id, sentence_index, compound) to its row of {@link #STATS}: per
   * article (in id order) its mentioning sentences, compound sum (in sentence order) and negatives; then the
   * article units (value: the article's mean or share, weight: its sentences) or, below {@code minArticles}
   * articles, the sentence units (value: compound or 0/1, weight 1). The columns are found by name in {@code in},
   * the rows' schema, once.
   */
  private static MapFunction<Row, Row> perActor(StructType in, int minArticles, BootstrapMeans bootstrap) {
    int groupAt = in.fieldIndex(GROUP);
    int actorAt = in.fieldIndex(A);
    int mentionsAt = in.fieldIndex(M);
    StructType mention = (StructType) ((ArrayType) in.apply(M).dataType()).elementType();
    int articleAt = mention.fieldIndex(ARTICLE_ID);
    int sentenceAt = mention.fieldIndex(SENTENCE_INDEX);
    int compoundAt = mention.fieldIndex(COMPOUND);
    return r -> {
      String group = r.getString(groupAt);
      int actor = r.getInt(actorAt);
      List<Row> m = new ArrayList<>(r.<Row>getList(mentionsAt));
      m.sort(java.util.Comparator.<Row, String>comparing(x -> x.getString(articleAt))
          .thenComparingInt(x -> x.getInt(sentenceAt)));
      List<double[]> articleCompound = new ArrayList<>();
      List<double[]> articleShare = new ArrayList<>();
      long negatives = 0;
      for (int i = 0; i < m.size(); ) {
        int j = i;
        double sum = 0;
        long neg = 0;
        while (j < m.size() && m.get(j).getString(articleAt).equals(m.get(i).getString(articleAt))) {
          double c = m.get(j).getDouble(compoundAt);
          sum += c;
          neg += c <= NEGATIVE_AT_MOST ? 1 : 0;
          j++;
        }
        long n = j - i;
        articleCompound.add(new double[] {sum / n, n});
        articleShare.add(new double[] {(double) neg / n, n});
        negatives += neg;
        i = j;
      }
      boolean byArticle = articleCompound.size() >= minArticles;
      double[][] compound;
      double[][] share;
      if (byArticle) {
        compound = articleCompound.toArray(double[][]::new);
        share = articleShare.toArray(double[][]::new);
      } else {
        compound = m.stream().map(x -> new double[] {x.getDouble(compoundAt), 1.0}).toArray(double[][]::new);
        share = m.stream().map(x -> new double[] {x.getDouble(compoundAt) <= NEGATIVE_AT_MOST ? 1.0 : 0.0, 1.0})
            .toArray(double[][]::new);
      }
      String a = Integer.toString(actor);
      double[] c = bootstrap.estimate(compound, group, a, COMPOUND);
      double[] s = bootstrap.estimate(share, group, a, SHARE_NEGATIVE);
      return RowFactory.create(group, actor, (long) articleCompound.size(), (long) m.size(), negatives,
          c[0], c[1], c[2], s[0], s[1], s[2], byArticle ? "article" : "sentence");
    };
  }

  private Dataset<Row> names(SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < actors.actors().size(); i++) {
      Actors.Actor a = actors.actors().get(i);
      rows.add(RowFactory.create(i, a.name(), a.group()));
    }
    StructType schema = new StructType().add(A, DataTypes.IntegerType, false).add(ACTOR, DataTypes.StringType, false)
        .add(ACTOR_GROUP, DataTypes.StringType, false);
    return spark.createDataFrame(rows, schema);
  }
}
