package org.framing.sentiment;

import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.DATE;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.OUTLET;
import static org.framing.schema.Columns.TEXT;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.framing.lexicon.Tone;
import org.framing.schema.Schemas;

/**
 * Sentiment per article: VADER sentence sentiment averaged over the article's sentences, and tone per 100 words.
 *
 * <p>Chain ({@link SentimentChain}): {@link org.framing.text.Boilerplate} cleaning,
 * {@link org.framing.text.Tokenizer} sentences; per sentence the {@link org.framing.lexicon.Vader} compound
 * (Hutto &amp; Gilbert 2014, the rules as NLTK 3.8 applies them) of its text and the {@link Tone} counts (GDELT
 * GKG V1.5TONE) of its tokens.
 *
 * <p>Input: the Article schema; reads {@code article_id, outlet, group, date, text} (strings).
 * Output: {@link Schemas#ARTICLE_SENTIMENT}, one row per article:
 * {@code article_id, outlet, group, date, n_sentences, n_tokens, compound, tone, positive, negative, polarity}:
 * <ul>
 *   <li>{@code compound} = the mean of its sentences' compounds (each sentence weighs the same, whatever its
 *       length); null for an article without sentences;</li>
 *   <li>{@code positive}, {@code negative} = 100 · words with positive (negative) valence / {@code n_tokens};
 *       {@code tone} = positive - negative; {@code polarity} = 100 · words with either / {@code n_tokens};
 *       the words are all tokens of the cleaned text; null for an article without words.</li>
 * </ul>
 * {@link SentenceSentiment} gives the same scores one row per sentence.
 */
public final class ArticleSentiment {

  private final SentimentChain chain;

  public ArticleSentiment(SentimentChain chain) {
    this.chain = chain;
  }

  public Dataset<Row> transform(Dataset<Row> articles) {
    return ScoredArticles.articles(ScoredArticles.transform(chain, articles));
  }

  /** One article row ({@code article_id, outlet, group, date, text}) to its sentiment row. */
  static Row score(SentimentChain chain, Row in) {
    return row(in, chain.score(in.<String>getAs(TEXT)));
  }

  /** The sentiment row of an article row ({@code article_id, outlet, group, date, text}) and its scored sentences. */
  static Row row(Row in, List<SentimentChain.Scored> sentences) {
    double sum = 0;
    Tone.Score words = Tone.Score.EMPTY;
    for (SentimentChain.Scored s : sentences) {
      sum += s.compound();
      words = words.plus(s.tone());
    }
    boolean hasWords = words.words() > 0;
    return RowFactory.create(in.getAs(ARTICLE_ID), in.getAs(OUTLET), in.getAs(GROUP), in.getAs(DATE), sentences.size(),
        words.words(), sentences.isEmpty() ? null : sum / sentences.size(),
        hasWords ? words.tone() : null, hasWords ? words.positive() : null, hasWords ? words.negative() : null,
        hasWords ? words.polarity() : null);
  }
}
