package org.framing.terms;

import org.framing.spark.Sorted;

import static org.apache.spark.sql.functions.*;
import static org.framing.schema.Columns.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.framing.schema.Schemas;

/**
 * Term frequencies per group.
 *
 * <p>Input: {@link GroupTermCounts} output and {@link GroupSizes} output. Output: {@code group, term, ngram,
 * n, per_10k, rank}, where {@code n} is the term's count in the group, {@code per_10k = 10⁴·n / tokens(group)}
 * (occurrences per 10,000 running words, the normalisation of Biber, Conrad &amp; Reppen, <i>Corpus
 * Linguistics</i>, 1998; bigrams divide by the same word count), and {@code rank} orders the group's terms of
 * one n-gram order by {@code n} descending, ties alphabetically (1 = most frequent). Terms with
 * {@code n < minCount} are left out, and only ranks up to {@code top} are kept ({@code top = 0}: all).
 * Sorted by group, ngram, rank.
 */
public final class TermFrequencies {

  private final long minCount;
  private final int top;

  public TermFrequencies(long minCount, int top) {
    this.minCount = minCount;
    this.top = top;
  }

  public Dataset<Row> transform(Dataset<Row> groupTerms, Dataset<Row> sizes) {
    Schemas.require(groupTerms.schema(), N, DataTypes.LongType);
    Schemas.require(sizes.schema(), TOKENS, DataTypes.LongType);
    Dataset<Row> ranked = groupTerms.filter(col(N).geq(minCount))
        .join(broadcast(sizes.select(GROUP, TOKENS)), GROUP)
        .withColumn(PER_10K, col(N).multiply(1e4).divide(col(TOKENS)))
        .select(GROUP, TERM, NGRAM, N, PER_10K)
        .transform(ds -> TopPerGroup.rank(ds, N, top));
    return Sorted.inOnePartition(ranked.select(GROUP, TERM, NGRAM, N, PER_10K, RANK), GROUP, NGRAM, RANK);
  }
}
