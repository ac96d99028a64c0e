package org.framing.report;

import org.framing.schema.OutputFile;

import java.util.List;

/** The report's standard sections, built from a {@link StudyData}. */
final class Sections {

  private Sections() {}

  /** {@link Charts#articlesAndTokens} for every group. */
  static Section articlesAndTokens(StudyData data) {
    String g = data.groupColumn();
    return Section.ofFigure("articles_tokens", "Articles and tokens per " + g, "The left panel counts each "
        + g + "'s articles and the right panel its tokens, the " + g + " with the most tokens at the top. Any "
        + g + " with few articles or tokens has less text behind its terms, so read its charts below with care.",
        Charts.articlesAndTokens(g, data.groups()));
  }

  /** {@link Charts#topTerms} for the largest groups, with a note naming any left out. */
  static Section topTerms(StudyData data) {
    String g = data.groupColumn();
    List<String> shown = data.largestGroups(Charts.MAX_GROUPS);
    Section section = Section.ofFigures("top_terms", "Most distinctive terms per " + g, "Each panel shows the "
        + Charts.TOP_TERMS + " terms (words and two-word phrases) with the highest TF-IDF in one " + g + ": "
        + "terms it uses often that the others use rarely, the most distinctive at the top. Compare which words "
        + "each " + g + " leans on rather than bar lengths across panels, since each panel has its own scale.",
        Charts.topTerms(data, shown));
    return withHiddenNote(section, data, shown);
  }

  /** {@link Charts#tfidfHeatmap} over the largest groups' top terms. */
  static Section heatmap(StudyData data) {
    String g = data.groupColumn();
    List<String> shown = data.largestGroups(Charts.MAX_GROUPS);
    Section section = Section.ofFigure("tfidf_heatmap", "Distinctive terms compared by " + g, "Each row is "
        + "one " + g + " and each column one of the top " + Charts.HEATMAP_TERMS + " terms of some " + g + "; the "
        + "colour is the term's TF-IDF in that row, 0 where the row has no score for it. A column lit in one row "
        + "only is that " + g + "'s own vocabulary, a column lit in several rows is wording they share.",
        Charts.tfidfHeatmap(g, TermMatrix.of(data, shown, Charts.HEATMAP_TERMS)));
    return withHiddenNote(section, data, shown);
  }

  private static Section withHiddenNote(Section section, StudyData data, List<String> shown) {
    List<String> hidden = data.groups().stream().map(GroupSize::group).filter(x -> !shown.contains(x)).toList();
    if (hidden.isEmpty()) {
      return section;
    }
    return section.withNote("Only the " + shown.size() + " with the most tokens are shown: "
        + String.join(", ", shown) + ". Not shown: " + String.join(", ", hidden) + " (their scores are in "
        + OutputFile.TFIDF_CSV.file() + ").");
  }
}
