package org.framing.report;

import java.util.Comparator;

/**
 * One row of {@code tfidf.csv}: a term (unigram or bigram) of a group with its TF-IDF and its rank within the
 * group and n-gram size.
 */
public record TermScore(String group, String term, int ngram, double tfidf, int rank) {

  /** Highest TF-IDF first, then by term, so that ties come out in the same order on every run. */
  public static final Comparator<TermScore> BY_TFIDF =
      Comparator.comparingDouble(TermScore::tfidf).reversed().thenComparing(TermScore::term);
}
