package org.framing.sentiment;

import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.OUTLET;
import static org.framing.schema.Columns.TEXT;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.framing.schema.Schemas;

/**
 * Sentiment per sentence, the rows {@link ArticleSentiment} averages: the same {@link SentimentChain}, one row
 * per sentence.
 *
 * <p>Input: the Article schema; reads {@code article_id, outlet, group, date, text} (strings).
 * Output: {@link Schemas#SENTENCE_SENTIMENT}:
 * {@code article_id, outlet, group, sentence_index, text, n_tokens, compound, tone, frame_hits, actor_ids},
 * where {@code sentence_index} counts from 0 in text order, {@code text} is the sentence as cut from the cleaned
 * NFKC text, {@code compound} its VADER compound, {@code tone} positive minus negative words per 100 of its
 * {@code n_tokens}, {@code frame_hits} the hits of each frame category ({@link SentimentChain#frames} order) and
 * {@code actor_ids} the actors it mentions ({@link org.framing.lexicon.Actors#actors} indexes). An article
 * without sentences gives no row.
 */
public final class SentenceSentiment {

  private final SentimentChain chain;

  public SentenceSentiment(SentimentChain chain) {
    this.chain = chain;
  }

  public Dataset<Row> transform(Dataset<Row> articles) {
    return ScoredArticles.sentences(ScoredArticles.transform(chain, articles));
  }

  /** One article row ({@code article_id, outlet, group, date, text}) to its sentence rows. */
  static List<Row> score(SentimentChain chain, Row in) {
    return rows(in, chain.score(in.<String>getAs(TEXT)));
  }

  /** The sentence rows of an article row ({@code article_id, outlet, group, date, text}) and its scored sentences. */
  static List<Row> rows(Row in, List<SentimentChain.Scored> sentences) {
    List<Row> out = new ArrayList<>();
    for (SentimentChain.Scored s : sentences) {
      out.add(RowFactory.create(in.getAs(ARTICLE_ID), in.getAs(OUTLET), in.getAs(GROUP), s.index(), s.text(),
          s.tone().words(), s.compound(), s.tone().tone(), boxed(s.frameHits()), boxed(s.actors())));
    }
    return out;
  }

  /** An int array as the Scala sequence Spark's row encoder takes for an array column. */
  private static scala.collection.immutable.Seq<Integer> boxed(int[] values) {
    List<Integer> out = new ArrayList<>(values.length);
    for (int v : values) {
      out.add(v);
    }
    return scala.jdk.javaapi.CollectionConverters.asScala(out).toList();
  }
}
