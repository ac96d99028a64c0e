package org.framing.metrics;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.framing.schema.Columns.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.schema.Schemas;

/**
 * Frame profile per group: for each category of the frame lexicons, how densely and how widely a group's
 * articles use it.
 *
 * <p>Input: {@link Schemas#SENTENCE_SENTIMENT} rows (reads {@code group, article_id, n_tokens, frame_hits}).
 * Output, one row per group and frame, sorted by group then frame order:
 * {@code group, lexicon, frame, n_articles, n_sentences, n_tokens, hits, per_1000, per_1000_ci_low,
 * per_1000_ci_high, sentences_with, share_of_sentences, share_of_sentences_ci_low, share_of_sentences_ci_high,
 * resampled_unit}:
 * <ul>
 *   <li>{@code per_1000} = 1000 · hits / n_tokens over the group's sentences (a phrase that matches is one hit),
 *       the density measure of dictionary-based frame analysis (hits normalised by text length, as LIWC reports
 *       categories per 100 words: Pennebaker et al., <i>The Development and Psychometric Properties of
 *       LIWC2015</i>, 2015);</li>
 *   <li>{@code share_of_sentences} = sentences_with / n_sentences, where a sentence "carries" the frame when it
 *       holds at least one hit;</li>
 *   <li>each with a 95 % percentile bootstrap interval ({@link BootstrapMeans}). A group with at least
 *       {@code minArticles} articles resamples articles: the unit's value is its own rate and its weight its
 *       tokens (sentences), so the weighted mean equals the pooled rate above and each resample pools the
 *       drawn articles. A smaller group resamples sentences (value: the sentence's rate or 0/1, weight: its
 *       tokens or 1) and says {@code sentence} in {@code resampled_unit}.</li>
 * </ul>
 * Every group with sentences has a row for every frame; a frame it never uses has 0 with a [0, 0] interval.
 */
public final class FrameProfile {

  private static final String F = "f";
  private static final List<String> KEYS = List.of(GROUP, F);

  private final List<SentimentChain.Frame> frames;
  private final Set<String> fewArticles;
  private final BootstrapMeans bootstrap;

  /**
   * @param frames      the categories, in the order of the {@code frame_hits} arrays
   * @param fewArticles the groups with too few articles to resample them; their sentences are resampled
   */
  public FrameProfile(List<SentimentChain.Frame> frames, Set<String> fewArticles, BootstrapMeans bootstrap) {
    this.frames = List.copyOf(frames);
    this.fewArticles = Set.copyOf(fewArticles);
    this.bootstrap = bootstrap;
  }

  public Dataset<Row> transform(Dataset<Row> sentences) {
    Schemas.require(sentences.schema(), GROUP, DataTypes.StringType);
    Schemas.require(sentences.schema(), ARTICLE_ID, DataTypes.StringType);
    Schemas.require(sentences.schema(), N_TOKENS, DataTypes.IntegerType);
    Schemas.require(sentences.schema(), FRAME_HITS, DataTypes.createArrayType(DataTypes.IntegerType, false));
    Column few = col(GROUP).isin(fewArticles.toArray());
    Dataset<Row> perSentence = sentences
        .select(col(GROUP), col(ARTICLE_ID), col(N_TOKENS), posexplode(col(FRAME_HITS)).as(new String[] {F, HITS}))
        .withColumn(F, col(F).cast(DataTypes.StringType));
    Dataset<Row> perArticle = perSentence.groupBy(GROUP, F, ARTICLE_ID).agg(
        sum(col(N_TOKENS)).as(N_TOKENS), count(lit(1)).as(N_SENTENCES), sum(col(HITS)).as(HITS),
        sum(when(col(HITS).gt(0), 1).otherwise(0)).as(SENTENCES_WITH));

    Dataset<Row> articleUnits = perArticle.filter(not(few));
    Dataset<Row> sentenceUnits = perSentence.filter(few);
    Dataset<Row> units = BootstrapMeans.units(articleUnits, KEYS, PER_1000, col(HITS).multiply(1000.0).divide(col(N_TOKENS)), col(N_TOKENS))
        .unionByName(BootstrapMeans.units(articleUnits, KEYS, SHARE_OF_SENTENCES, col(SENTENCES_WITH).divide(col(N_SENTENCES)), col(N_SENTENCES)))
        .unionByName(BootstrapMeans.units(sentenceUnits, KEYS, PER_1000, col(HITS).multiply(1000.0).divide(col(N_TOKENS)), col(N_TOKENS)))
        .unionByName(BootstrapMeans.units(sentenceUnits, KEYS, SHARE_OF_SENTENCES, when(col(HITS).gt(0), 1.0).otherwise(0.0), lit(1.0)));
    Dataset<Row> estimates = bootstrap.transform(units, List.of(GROUP, F, BootstrapMeans.MEASURE));

    Dataset<Row> totals = perArticle.groupBy(GROUP, F).agg(count(lit(1)).as(N_ARTICLES),
        sum(col(N_SENTENCES)).as(N_SENTENCES), sum(col(N_TOKENS)).as(N_TOKENS), sum(col(HITS)).as(HITS),
        sum(col(SENTENCES_WITH)).as(SENTENCES_WITH));
    Dataset<Row> out = totals
        .join(BootstrapMeans.estimatesOf(estimates, KEYS, PER_1000), new String[] {GROUP, F})
        .join(BootstrapMeans.estimatesOf(estimates, KEYS, SHARE_OF_SENTENCES), new String[] {GROUP, F})
        .join(names(sentences.sparkSession()), F)
        .withColumn(RESAMPLED_UNIT, when(few, "sentence").otherwise("article"))
        .withColumn(F, col(F).cast(DataTypes.IntegerType));
    return Sorted.inOnePartition(out, col(GROUP), col(F)).select(GROUP, LEXICON, FRAME, N_ARTICLES, N_SENTENCES,
        N_TOKENS, HITS, PER_1000, PER_1000 + "_ci_low", PER_1000 + "_ci_high", SENTENCES_WITH, SHARE_OF_SENTENCES,
        SHARE_OF_SENTENCES + "_ci_low", SHARE_OF_SENTENCES + "_ci_high", RESAMPLED_UNIT);
  }


  private Dataset<Row> names(org.apache.spark.sql.SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < frames.size(); i++) {
      rows.add(RowFactory.create(Integer.toString(i), frames.get(i).lexicon(), frames.get(i).category()));
    }
    StructType schema = new StructType().add(F, DataTypes.StringType, false).add(LEXICON, DataTypes.StringType, false)
        .add(FRAME, DataTypes.StringType, false);
    return spark.createDataFrame(rows, schema);
  }
}
