package org.framing.metrics;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.framing.schema.Schemas;

/**
 * Sentiment per sentence, the rows {@link ArticleSentiment} averages: the same {@link SentimentChain}, one row
 * per sentence.
 *
 * <p>Input: the Article schema; reads {@code article_id, outlet, group, date, text} (strings).
 * Output: {@link Schemas#SENTENCE_SENTIMENT}:
 * {@code article_id, outlet, group, sentence_index, text, n_tokens, compound, tone}, where
 * {@code sentence_index} counts from 0 in text order, {@code text} is the sentence as cut from the cleaned
 * NFKC text, {@code compound} its VADER compound, and {@code tone} positive minus negative words per 100 of its
 * {@code n_tokens}. An article without sentences gives no row.
 */
public final class SentenceSentiment {

  private final SentimentChain chain;

  public SentenceSentiment(SentimentChain chain) {
    this.chain = chain;
  }

  public Dataset<Row> transform(Dataset<Row> articles) {
    return SentimentChain.input(articles).flatMap(perArticle(chain), Encoders.row(Schemas.SENTENCE_SENTIMENT));
  }

  /** Static so the closure Spark ships holds the chain only. */
  private static FlatMapFunction<Row, Row> perArticle(SentimentChain chain) {
    return in -> score(chain, in).iterator();
  }

  /** One article row ({@code article_id, outlet, group, date, text}) to its sentence rows. */
  static List<Row> score(SentimentChain chain, Row in) {
    List<Row> out = new ArrayList<>();
    for (SentimentChain.Scored s : chain.score(in.getString(4))) {
      out.add(RowFactory.create(in.getString(0), in.getString(1), in.getString(2), s.index(), s.text(),
          s.tone().words(), s.compound(), s.tone().tone()));
    }
    return out;
  }
}
