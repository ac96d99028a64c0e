package org.framing.sentiment;

import org.framing.spark.Sorted;
import org.framing.stats.BootstrapMeans;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.struct;
import static org.framing.schema.Columns.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
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
    Schemas.require(sentences.schema(), SENTENCE_INDEX, DataTypes.IntegerType);
    Schemas.require(sentences.schema(), N_TOKENS, DataTypes.IntegerType);
    Schemas.require(sentences.schema(), FRAME_HITS, DataTypes.createArrayType(DataTypes.IntegerType, false));
    // One aggregation gathers each group's sentences per frame; the totals, the units and both bootstraps are
    // computed from that one row (as joins and unions of per-article tables they took about 15 Spark jobs).
    Dataset<Row> lists = sentences
        .select(col(GROUP), col(ARTICLE_ID), col(SENTENCE_INDEX), col(N_TOKENS),
            posexplode(col(FRAME_HITS)).as(new String[] {F, HITS}))
        .groupBy(GROUP, F).agg(collect_list(struct(col(ARTICLE_ID), col(SENTENCE_INDEX), col(N_TOKENS), col(HITS))).as(S));
    Dataset<Row> out = lists.map(perFrame(lists.schema(), fewArticles, bootstrap), Encoders.row(STATS))
        .join(broadcast(names(sentences.sparkSession())), F);
    return Sorted.inOnePartition(out, col(GROUP), col(F)).select(GROUP, LEXICON, FRAME, N_ARTICLES, N_SENTENCES,
        N_TOKENS, HITS, PER_1000, PER_1000 + "_ci_low", PER_1000 + "_ci_high", SENTENCES_WITH, SHARE_OF_SENTENCES,
        SHARE_OF_SENTENCES + "_ci_low", SHARE_OF_SENTENCES + "_ci_high", RESAMPLED_UNIT);
  }

  private static final String S = "s";
  private static final StructType STATS = new StructType()
      .add(GROUP, DataTypes.StringType, false)
      .add(F, DataTypes.IntegerType, false)
      .add(N_ARTICLES, DataTypes.LongType, false)
      .add(N_SENTENCES, DataTypes.LongType, false)
      .add(N_TOKENS, DataTypes.LongType, false)
      .add(HITS, DataTypes.LongType, false)
      .add(PER_1000, DataTypes.DoubleType, true)
      .add(PER_1000 + "_ci_low", DataTypes.DoubleType, true)
      .add(PER_1000 + "_ci_high", DataTypes.DoubleType, true)
      .add(SENTENCES_WITH, DataTypes.LongType, false)
      .add(SHARE_OF_SENTENCES, DataTypes.DoubleType, true)
      .add(SHARE_OF_SENTENCES + "_ci_low", DataTypes.DoubleType, true)
      .add(SHARE_OF_SENTENCES + "_ci_high", DataTypes.DoubleType, true)
      .add(RESAMPLED_UNIT, DataTypes.StringType, false);

  /**
   * One group's sentences for one frame (article_id, sentence_index, n_tokens, hits) to its row of
   * {@link #STATS}: per article (in id order) its tokens, sentences, hits and sentences with a hit, summed in
   * sentence order; then the article units or, for a group in {@code few}, the sentence units. A unit without
   * tokens has no rate and is left out. The columns are found by name in {@code in}, the rows' schema, once.
   */
  private static MapFunction<Row, Row> perFrame(StructType in, Set<String> few, BootstrapMeans bootstrap) {
    int groupAt = in.fieldIndex(GROUP);
    int frameAt = in.fieldIndex(F);
    int sentencesAt = in.fieldIndex(S);
    StructType sentence = (StructType) ((ArrayType) in.apply(S).dataType()).elementType();
    int articleAt = sentence.fieldIndex(ARTICLE_ID);
    int indexAt = sentence.fieldIndex(SENTENCE_INDEX);
    int tokensAt = sentence.fieldIndex(N_TOKENS);
    int hitsAt = sentence.fieldIndex(HITS);
    return r -> {
      String group = r.getString(groupAt);
      int frame = r.getInt(frameAt);
      List<Row> s = new ArrayList<>(r.<Row>getList(sentencesAt));
      s.sort(java.util.Comparator.<Row, String>comparing(x -> x.getString(articleAt))
          .thenComparingInt(x -> x.getInt(indexAt)));
      boolean bySentence = few.contains(group);
      List<double[]> density = new ArrayList<>();
      List<double[]> share = new ArrayList<>();
      long articles = 0;
      long tokens = 0;
      long hits = 0;
      long with = 0;
      for (int i = 0; i < s.size(); ) {
        int j = i;
        long t = 0;
        long h = 0;
        long w = 0;
        while (j < s.size() && s.get(j).getString(articleAt).equals(s.get(i).getString(articleAt))) {
          int st = s.get(j).getInt(tokensAt);
          int sh = s.get(j).getInt(hitsAt);
          t += st;
          h += sh;
          w += sh > 0 ? 1 : 0;
          if (bySentence) {
            if (st != 0) {
              density.add(new double[] {sh * 1000.0 / st, st});
            }
            share.add(new double[] {sh > 0 ? 1.0 : 0.0, 1.0});
          }
          j++;
        }
        long n = j - i;
        if (!bySentence) {
          if (t != 0) {
            density.add(new double[] {h * 1000.0 / t, t});
          }
          share.add(new double[] {(double) w / n, n});
        }
        articles++;
        tokens += t;
        hits += h;
        with += w;
        i = j;
      }
      String f = Integer.toString(frame);
      Double[] d = estimate(bootstrap, density, group, f, PER_1000);
      Double[] sh = estimate(bootstrap, share, group, f, SHARE_OF_SENTENCES);
      return RowFactory.create(group, frame, articles, (long) s.size(), tokens, hits, d[0], d[1], d[2], with,
          sh[0], sh[1], sh[2], bySentence ? "sentence" : "article");
    };
  }

  /** The mean and interval of {@code units}, or three nulls when there are none. */
  private static Double[] estimate(BootstrapMeans bootstrap, List<double[]> units, String... key) {
    if (units.isEmpty()) {
      return new Double[3];
    }
    double[] e = bootstrap.estimate(units.toArray(double[][]::new), key);
    return new Double[] {e[0], e[1], e[2]};
  }

  private Dataset<Row> names(org.apache.spark.sql.SparkSession spark) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < frames.size(); i++) {
      rows.add(RowFactory.create(i, frames.get(i).lexicon(), frames.get(i).category()));
    }
    StructType schema = new StructType().add(F, DataTypes.IntegerType, false).add(LEXICON, DataTypes.StringType, false)
        .add(FRAME, DataTypes.StringType, false);
    return spark.createDataFrame(rows, schema);
  }
}
