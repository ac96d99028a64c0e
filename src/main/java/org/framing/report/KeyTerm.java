package org.framing.report;

import java.util.Comparator;

/** One row of {@code keyness.csv} for one comparison: the term, its counts on both sides and two statistics. */
public record KeyTerm(String term, int ngram, long nTarget, long nReference, double g2, double logOddsZ) {

  /** Highest log-odds z first, then by term. */
  public static final Comparator<KeyTerm> BY_Z =
      Comparator.comparingDouble(KeyTerm::logOddsZ).reversed().thenComparing(KeyTerm::term);
}
