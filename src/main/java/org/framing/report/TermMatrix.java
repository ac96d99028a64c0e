package org.framing.report;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The data behind the TF-IDF heatmap: one row per group, one column per term in the union of each group's
 * top terms (in group order, then each group's rank order, first appearance wins), and the group's TF-IDF for
 * the term as the value (0 where the group has no score for it).
 */
public final class TermMatrix {

  private final List<String> groups;
  private final List<String> terms;
  private final double[][] values;

  private TermMatrix(List<String> groups, List<String> terms, double[][] values) {
    this.groups = List.copyOf(groups);
    this.terms = List.copyOf(terms);
    this.values = values;
  }

  /** Builds the matrix for {@code groups} from the {@code perGroup} top terms of each. */
  public static TermMatrix of(StudyData data, List<String> groups, int perGroup) {
    Set<String> terms = new LinkedHashSet<>();
    for (String group : groups) {
      data.topTerms(group, perGroup).forEach(s -> terms.add(s.term()));
    }
    List<String> columns = List.copyOf(terms);
    double[][] values = new double[groups.size()][columns.size()];
    for (int r = 0; r < groups.size(); r++) {
      for (int c = 0; c < columns.size(); c++) {
        values[r][c] = data.tfidf(groups.get(r), columns.get(c));
      }
    }
    return new TermMatrix(groups, columns, values);
  }

  /** The row labels: groups, in the order given. */
  public List<String> groups() {
    return groups;
  }

  /** The column labels: terms. */
  public List<String> terms() {
    return terms;
  }

  /** A copy of the values, {@code [row][column]}. */
  public double[][] values() {
    double[][] copy = new double[values.length][];
    for (int r = 0; r < values.length; r++) {
      copy[r] = values[r].clone();
    }
    return copy;
  }
}
