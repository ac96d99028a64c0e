package org.framing.text;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The terms of one article, from its tokens after the text chain ({@link ArticleText}: {@link Boilerplate}
 * removal, then {@link Tokenizer} sentences and tokens).
 *
 * <p>Terms: a unigram term is a token that is not a stop word (nor a contraction whose first part is one:
 * "don't", "they're"), has at least two characters, is not numeric unless numbers are kept, and is not an
 * honorific attached to a name ({@link Honorifics}: "Mr." in "Mr. Trump" is part of the name, not a word of the
 * outlet's vocabulary). A bigram term
 * is two unigram terms next to each other in one sentence with only white space between them: bigrams do not
 * cross a sentence end, a stop word, a number or punctuation ("Brussels, Belgium" gives no bigram). Its text is
 * the two tokens joined by one space.
 *
 * <p>Counts: {@code tokens} counts every word token of the cleaned text, stop words and numbers included (the
 * "running words" that per-10,000 rates divide by); {@code sentences} counts sentences with at least one token.
 */
public final class TextAnalyzer implements Serializable {

  private static final long serialVersionUID = 1L;

  /** What the chain finds in one article; {@code terms} are sorted and {@code counts} line up with them. */
  public record Analysis(String cleanText, List<Boilerplate.Removal> removals, int tokens, int sentences,
                         String[] terms, int[] counts) {}

  private final Set<String> stopWords;
  private final boolean keepNumbers;

  public TextAnalyzer(Set<String> stopWords, boolean keepNumbers) {
    this.stopWords = Set.copyOf(stopWords);
    this.keepNumbers = keepNumbers;
  }

  /** The terms of one raw article text, through the whole chain ({@link ArticleText#of}). */
  public Analysis analyze(String raw) {
    return analyze(ArticleText.of(raw));
  }

  /** The terms of an article already through the chain. */
  public Analysis analyze(ArticleText text) {
    Map<String, int[]> counts = new HashMap<>();
    int tokens = 0;
    for (Tokenizer.Sentence sentence : text.sentences()) {
      String previous = null;
      List<Token> words = sentence.tokens();
      for (int i = 0; i < words.size(); i++) {
        Token token = words.get(i);
        tokens++;
        boolean term = isTerm(token)
            && !Honorifics.attached(text.normalized(), token, i + 1 < words.size() ? words.get(i + 1) : null);
        if (term) {
          counts.computeIfAbsent(token.text(), k -> new int[1])[0]++;
          if (previous != null && token.joinsPrevious()) {
            counts.computeIfAbsent(previous + " " + token.text(), k -> new int[1])[0]++;
          }
        }
        previous = term ? token.text() : null;
      }
    }
    String[] terms = counts.keySet().toArray(new String[0]);
    Arrays.sort(terms);
    int[] values = new int[terms.length];
    for (int k = 0; k < terms.length; k++) {
      values[k] = counts.get(terms[k])[0];
    }
    return new Analysis(text.clean(), text.removals(), tokens, text.sentences().size(), terms, values);
  }

  boolean isTerm(Token token) {
    String t = token.text();
    if (t.codePointCount(0, t.length()) < 2 || (token.numeric() && !keepNumbers) || stopWords.contains(t)) {
      return false;
    }
    int apostrophe = t.indexOf('\'');
    return apostrophe < 0 || !stopWords.contains(t.substring(0, apostrophe));
  }

  /** The terms of an analysis as a list of "term=count", for messages and tests. */
  public static List<String> describe(Analysis a) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < a.terms().length; i++) {
      out.add(a.terms()[i] + "=" + a.counts()[i]);
    }
    return out;
  }
}
