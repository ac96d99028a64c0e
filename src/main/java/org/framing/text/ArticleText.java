package org.framing.text;

import java.util.ArrayList;
import java.util.List;

/**
 * One article through the text chain, computed once and read by every analysis of the run (terms, sentiment,
 * frames, actors, reuse): {@link Boilerplate#clean} on the raw text, then {@link Tokenizer#normalize} (NFKC),
 * then {@link Tokenizer#split} into sentences of tokens. The chain is declared here and nowhere else, as Lucene's
 * {@code Analyzer} declares its chain once for every consumer; an analysis that needs words, sentences or offsets
 * takes them from this record instead of cleaning or tokenising the text again.
 *
 * @param clean      the text with boilerplate removed (line structure kept)
 * @param removals   what cleaning cut, in text order, with its rule
 * @param normalized {@code clean} in NFKC form: the text that sentence and token offsets index
 * @param sentences  the sentences with at least one token, in text order
 */
public record ArticleText(String clean, List<Boilerplate.Removal> removals, String normalized,
                          List<Tokenizer.Sentence> sentences) {

  /** The chain over one raw article text; null is the empty text. */
  public static ArticleText of(String raw) {
    Boilerplate.Result c = Boilerplate.clean(raw == null ? "" : raw);
    String normalized = Tokenizer.normalize(c.text());
    return new ArticleText(c.text(), c.removals(), normalized, Tokenizer.splitNormalized(normalized));
  }

  /** Every token in text order, sentence boundaries dropped. */
  public List<Token> tokens() {
    List<Token> all = new ArrayList<>();
    for (Tokenizer.Sentence s : sentences) {
      all.addAll(s.tokens());
    }
    return all;
  }
}
