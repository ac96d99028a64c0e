package org.framing.lexicon;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.framing.ingest.InputException;
import org.framing.text.Token;

/**
 * Tone per 100 words, as GDELT's Global Knowledge Graph defines the first four numbers of its tone field
 * (GDELT Project, "The GDELT Global Knowledge Graph (GKG) Data Format Codebook V2.1", 2015, field
 * {@code V1.5TONE}: Tone, Positive Score, Negative Score, Polarity):
 * <ul>
 *   <li>{@code positive} = 100 · (words with positive valence) / (all words);</li>
 *   <li>{@code negative} = 100 · (words with negative valence) / (all words), reported as a positive number;</li>
 *   <li>{@code tone} = positive - negative, from -100 to +100;</li>
 *   <li>{@code polarity} = 100 · (words with any valence) / (all words).</li>
 * </ul>
 * GDELT computes these with its own dictionaries; here the lexicon is a parameter, AFINN by default. The words
 * are the {@link org.framing.text.Tokenizer} tokens of the text (every running word, numbers and stop words
 * included, is in the denominator). A word has positive valence when the lexicon term it is part of is in the
 * positive category (for the bundled and {@code .txt} lexicons: weight above 0), negative likewise; the
 * categories are named by the constructor, so a LIWC dictionary's {@code posemo}/{@code negemo} work too.
 * Terms match as {@link Lexicon#match} finds them within one sentence; every word of a multi-word term
 * ("can't stand") counts. A word in both categories counts in both, and once in polarity. A text without
 * words scores 0 throughout.
 */
public final class Tone implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The category names of the bundled and {@code .txt} lexicons. */
  public static final String POSITIVE = "positive";
  public static final String NEGATIVE = "negative";

  /** Word counts of a text; the rates per 100 words derive from them, so scores of sentences add up. */
  public record Score(int words, int positiveWords, int negativeWords, int polarWords) {
    public static final Score EMPTY = new Score(0, 0, 0, 0);

    public Score plus(Score o) {
      return new Score(words + o.words, positiveWords + o.positiveWords, negativeWords + o.negativeWords,
          polarWords + o.polarWords);
    }

    public double positive() {
      return per100(positiveWords);
    }

    public double negative() {
      return per100(negativeWords);
    }

    public double tone() {
      return positive() - negative();
    }

    public double polarity() {
      return per100(polarWords);
    }

    private double per100(int count) {
      return words == 0 ? 0 : 100.0 * count / words;
    }
  }

  private final Lexicon lexicon;
  private final int positive;
  private final int negative;

  /** Tone with the lexicon's {@link #POSITIVE} and {@link #NEGATIVE} categories. */
  public Tone(Lexicon lexicon) {
    this(lexicon, POSITIVE, NEGATIVE);
  }

  /** Tone with the named categories of {@code lexicon} as positive and negative valence. */
  public Tone(Lexicon lexicon, String positiveCategory, String negativeCategory) {
    this.lexicon = lexicon;
    this.positive = index(lexicon, positiveCategory);
    this.negative = index(lexicon, negativeCategory);
  }

  private static int index(Lexicon lexicon, String category) {
    int k = lexicon.categoryIndex(category);
    if (k < 0) {
      throw new InputException("lexicon " + lexicon.name() + " has no category '" + category + "'; its categories are "
          + String.join(", ", lexicon.categories()));
    }
    return k;
  }

  /** The counts of one sentence's tokens. */
  public Score score(List<Token> sentence) {
    List<String> words = new ArrayList<>(sentence.size());
    for (Token t : sentence) {
      words.add(t.text());
    }
    int pos = 0;
    int neg = 0;
    int polar = 0;
    for (Lexicon.Match m : lexicon.match(words)) {
      int span = m.end() - m.start();
      boolean p = m.term().in(positive);
      boolean n = m.term().in(negative);
      pos += p ? span : 0;
      neg += n ? span : 0;
      polar += p || n ? span : 0;
    }
    return new Score(words.size(), pos, neg, polar);
  }
}
