package org.framing.terms;

import org.framing.spark.Sorted;

import static org.apache.spark.sql.functions.*;
import static org.framing.schema.Columns.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.framing.schema.Schemas;

/**
 * TF-IDF per group, with articles as the documents.
 *
 * <p>Variant (write it this way in any re-implementation):
 * <ul>
 *   <li>{@code tf(t,d) = 10⁴·c(t,d) / tokens(d)}: the term's rate per 10,000 running words of article d;</li>
 *   <li>{@code idf(t) = ln((D + 1) / (df(t) + 1))}, D the number of articles in the corpus and df(t) the
 *       number containing t: the smoothed form Spark MLlib's {@code IDF} uses ("log((m + 1) / (d(t) + 1))",
 *       {@code org.apache.spark.ml.feature.IDF}); a term found in every article scores 0;</li>
 *   <li>a group's score is the mean article TF-IDF over its articles A_g:
 *       {@code tfidf(g,t) = idf(t) · (1/|A_g|)·Σ_{d∈A_g} tf(t,d)}, so every article weighs the same whatever
 *       its length, and a group of one article scores exactly that article's TF-IDF.</li>
 * </ul>
 * Weighting after Salton &amp; Buckley, "Term-weighting approaches in automatic text retrieval" (1988), and
 * Manning, Raghavan &amp; Schütze, <i>Introduction to Information Retrieval</i> (2008), §6.2.
 *
 * <p>Input: {@link GroupTermCounts} and {@link GroupSizes} output. Output: {@code group, term, ngram, tfidf,
 * rank}: only terms with {@code tfidf > 0} and {@code n >= minCount}; {@code rank} by tfidf descending, ties
 * alphabetically, within group and n-gram order; ranks above {@code top} dropped ({@code top = 0}: all).
 * Sorted by group, ngram, rank.
 */
public final class TfIdf {

  private final long minCount;
  private final int top;

  public TfIdf(long minCount, int top) {
    this.minCount = minCount;
    this.top = top;
  }

  public Dataset<Row> transform(Dataset<Row> groupTerms, Dataset<Row> sizes) {
    return cut(weighted(groupTerms, sizes));
  }

  /**
   * As {@link #transform(Dataset, Dataset)}, from {@link #weighted}'s rows: the same rows, since {@code minCount}
   * only filters on {@code n} and df is counted over all terms either way. For a caller that also needs every
   * weight ({@link Similarity}) and computes them once.
   */
  public Dataset<Row> cut(Dataset<Row> weighted) {
    Schemas.require(weighted.schema(), N, DataTypes.LongType);
    Schemas.require(weighted.schema(), TFIDF, DataTypes.DoubleType);
    Dataset<Row> scored = TopPerGroup.rank(weighted.filter(col(N).geq(minCount)).select(GROUP, TERM, NGRAM, TFIDF),
        TFIDF, top);
    return Sorted.inOnePartition(scored.select(GROUP, TERM, NGRAM, TFIDF, RANK), GROUP, NGRAM, RANK);
  }

  /**
   * Every group's full TF-IDF vector, the same formula without {@code minCount}, ranks or cut: {@code group,
   * term, ngram, tfidf} for every term of both orders with {@code tfidf > 0}, unsorted. {@link Similarity}
   * compares these vectors.
   */
  public static Dataset<Row> scores(Dataset<Row> groupTerms, Dataset<Row> sizes) {
    return weighted(groupTerms, sizes).select(GROUP, TERM, NGRAM, TFIDF);
  }

  /** As {@link #scores}, with each term's count {@code n} in the group: what {@link #cut} reads. */
  public static Dataset<Row> weighted(Dataset<Row> groupTerms, Dataset<Row> sizes) {
    return weights(groupTerms, sizes).select(GROUP, TERM, NGRAM, N, TFIDF);
  }

  /** The scored rows with {@code tfidf > 0}; df is counted over all terms. */
  private static Dataset<Row> weights(Dataset<Row> groupTerms, Dataset<Row> sizes) {
    Schemas.require(groupTerms.schema(), DF, DataTypes.LongType);
    Schemas.require(groupTerms.schema(), RATE_SUM, DataTypes.DoubleType);
    Schemas.require(sizes.schema(), ARTICLES, DataTypes.LongType);
    Dataset<Row> corpusDf = groupTerms.groupBy(TERM, NGRAM).agg(sum(DF).as("df_all"));
    Dataset<Row> total = sizes.agg(sum(ARTICLES).as("d_all"));
    return groupTerms
        .join(corpusDf, new String[] {TERM, NGRAM})
        .join(broadcast(sizes.select(GROUP, ARTICLES)), GROUP)
        .crossJoin(broadcast(total))
        .withColumn(TFIDF, col(RATE_SUM).divide(col(ARTICLES))
            .multiply(log(col("d_all").plus(1).divide(col("df_all").plus(1)))))
        .filter(col(TFIDF).gt(0));
  }
}
