package org.framing.metrics;

import static org.framing.schema.Columns.*;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.framing.lexicon.Lexicon;
import org.framing.lexicon.Tone;
import org.framing.lexicon.Vader;
import org.framing.schema.Schemas;
import org.framing.text.Boilerplate;
import org.framing.text.Tokenizer;

/**
 * The text chain of the sentiment stages ({@link ArticleSentiment}, {@link SentenceSentiment}) for one article:
 * {@link Boilerplate#clean}, then {@link Tokenizer#split}, then per sentence the {@link Vader} compound of its
 * text (cut from the NFKC text, so VADER sees the sentence's own punctuation and capitals) and the {@link Tone}
 * counts of its tokens. The text runs from the sentence's first word to its final marks and closing quotes
 * ({@link Tokenizer.Sentence}): an opening quote or bracket before the first word is not part of it.
 * Immutable and serialisable: Spark ships it to the executors with its lexicons.
 */
public final class SentimentChain implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One sentence: its index in the article (from 0), its text, VADER compound and tone counts. */
  public record Scored(int index, String text, double compound, Tone.Score tone) {}

  private final Vader vader;
  private final Tone tone;

  /** Sentences scored by {@code vader}, their words by {@code tone}. */
  public SentimentChain(Vader vader, Tone tone) {
    this.vader = vader;
    this.tone = tone;
  }

  /** VADER with its bundled lexicon, tone with AFINN. */
  public static SentimentChain defaults() {
    return new SentimentChain(new Vader(Lexicon.load("vader")), new Tone(Lexicon.load("afinn")));
  }

  /** The scored sentences of one raw article text (null is empty). */
  public List<Scored> score(String raw) {
    String clean = Boilerplate.clean(raw == null ? "" : raw).text();
    String normalized = Tokenizer.normalize(clean);
    List<Scored> out = new ArrayList<>();
    for (Tokenizer.Sentence s : Tokenizer.split(clean)) {
      String text = s.text(normalized);
      out.add(new Scored(out.size(), text, vader.compound(text), tone.score(s.tokens())));
    }
    return out;
  }

  /** Checks the Article columns the stages read and selects them in the order their row functions expect. */
  static Dataset<Row> input(Dataset<Row> articles) {
    for (String c : List.of(ARTICLE_ID, OUTLET, GROUP, DATE, TEXT)) {
      Schemas.require(articles.schema(), c, DataTypes.StringType);
    }
    return articles.select(ARTICLE_ID, OUTLET, GROUP, DATE, TEXT);
  }
}
