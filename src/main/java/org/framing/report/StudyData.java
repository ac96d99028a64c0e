package org.framing.report;

import static org.framing.schema.Columns.ARTICLES;
import static org.framing.schema.Columns.NGRAM;
import static org.framing.schema.Columns.RANK;
import static org.framing.schema.Columns.TERM;
import static org.framing.schema.Columns.TFIDF;
import static org.framing.schema.Columns.TOKENS;
import static org.framing.schema.Columns.TYPES;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.framing.ingest.InputException;

/**
 * What the charts need from a run: the study name, the grouping column's name (the first column of
 * {@code outlets.csv} and {@code tfidf.csv}), the groups sorted by tokens (most first, then by name) and every
 * group's TF-IDF scores sorted by {@link TermScore#BY_TFIDF}.
 */
public final class StudyData {

  private final String study;
  private final String groupColumn;
  private final List<GroupSize> groups;
  private final Map<String, List<TermScore>> termsByGroup;

  /** Holds the given rows; groups and scores may come in any order. */
  public StudyData(String study, String groupColumn, List<GroupSize> groups, List<TermScore> tfidf) {
    this.study = study;
    this.groupColumn = groupColumn;
    this.groups = groups.stream()
        .sorted(Comparator.comparingLong(GroupSize::tokens).reversed().thenComparing(GroupSize::group))
        .toList();
    this.termsByGroup = tfidf.stream().sorted(TermScore.BY_TFIDF)
        .collect(Collectors.groupingBy(TermScore::group, LinkedHashMap::new, Collectors.toUnmodifiableList()));
  }

  /** The groups of outlets.csv, in file order. */
  static List<GroupSize> groups(TextTable outlets) {
    outlets.require(ARTICLES, TOKENS, TYPES);
    String groupColumn = outlets.header().get(0);
    List<GroupSize> groups = new ArrayList<>();
    for (int i = 0; i < outlets.size(); i++) {
      groups.add(new GroupSize(outlets.text(i, groupColumn), outlets.whole(i, ARTICLES), outlets.whole(i, TOKENS),
          outlets.whole(i, TYPES)));
    }
    return groups;
  }

  /**
   * Reads the groups from {@code outlets} ({@code <group>,articles,tokens,types}) and the scores from
   * {@code tfidf} ({@code <group>,term,ngram,tfidf,rank}); both must group by the same column.
   */
  public static StudyData of(String study, TextTable outlets, TextTable tfidf) {
    outlets.require(ARTICLES, TOKENS, TYPES);
    tfidf.require(TERM, NGRAM, TFIDF, RANK);
    String groupColumn = outlets.header().get(0);
    if (!tfidf.header().get(0).equals(groupColumn)) {
      throw new InputException(tfidf.file() + " groups by " + tfidf.header().get(0) + " but " + outlets.file()
          + " by " + groupColumn + ": both come from one run, so re-run the job");
    }
    List<GroupSize> groups = groups(outlets);
    List<TermScore> scores = new ArrayList<>();
    for (int i = 0; i < tfidf.size(); i++) {
      scores.add(new TermScore(tfidf.text(i, groupColumn), tfidf.text(i, TERM), (int) tfidf.whole(i, NGRAM),
          tfidf.decimal(i, TFIDF), (int) tfidf.whole(i, RANK)));
    }
    return new StudyData(study, groupColumn, groups, scores);
  }

  /** The study's name (its output folder's name). */
  public String study() {
    return study;
  }

  /** The grouping column's name: {@code outlet}, {@code bias}, {@code country}... */
  public String groupColumn() {
    return groupColumn;
  }

  /** Every group, most tokens first (ties by name). */
  public List<GroupSize> groups() {
    return groups;
  }

  /** The names of the {@code max} groups with the most tokens, most first. */
  public List<String> largestGroups(int max) {
    return groups.stream().limit(max).map(GroupSize::group).toList();
  }

  /** The {@code n} terms of {@code group} with the highest TF-IDF, unigrams and bigrams together. */
  public List<TermScore> topTerms(String group, int n) {
    List<TermScore> terms = termsByGroup.getOrDefault(group, List.of());
    return terms.subList(0, Math.min(n, terms.size()));
  }

  /** The TF-IDF of {@code term} in {@code group}, 0 where {@code tfidf.csv} has no such row. */
  public double tfidf(String group, String term) {
    return termsByGroup.getOrDefault(group, List.of()).stream()
        .filter(s -> s.term().equals(term)).mapToDouble(TermScore::tfidf).max().orElse(0);
  }
}
