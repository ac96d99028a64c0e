package org.framing.report;

import org.framing.schema.OutputFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The report's text reuse section, from {@code reuse.csv} ({@code article_a, <group>_a, article_b, <group>_b,
 * shared_tokens, jaccard, passage}): a group × group matrix of the tokens their articles share verbatim, and
 * the longest shared passages.
 */
public final class ReuseSection {
  /** Groups in the matrix: those sharing the most tokens. */
  static final int MAX_GROUPS = 15;
  /** Passages in the table: the longest. */
  static final int MAX_PASSAGES = 20;

  private ReuseSection() {}

  /** Appends the section to {@code report} when {@code outputDir} has a reuse.csv. */
  public static void addTo(Report report, Path outputDir) {
    Path file = outputDir.resolve(OutputFile.REUSE.file());
    if (Files.isRegularFile(file)) {
      report.add(section(TextTable.read(file)));
    }
  }

  /**
   * The passages a click in the section opens ({@code reuse.csv}'s rows {@code article_a, <group>_a, article_b,
   * <group>_b, shared_tokens, jaccard, passage}): each row of the table, and for each cell of the heatmap the
   * longest passage the two groups share, keyed by the cell's (row group, column group).
   */
  public record Openable(List<String> table, Map<List<String>, String> cells) {

    /** Every passage text a click can open. */
    public java.util.Set<String> passages() {
      java.util.Set<String> all = new java.util.LinkedHashSet<>(table);
      all.addAll(cells.values());
      return all;
    }
  }

  /** What a click opens in the section drawn from {@code reuse}. */
  public static Openable openable(TextTable reuse) {
    String groupA = reuse.header().get(1);
    String groupB = reuse.header().get(3);
    List<Integer> order = longest(reuse);
    java.util.Set<String> shown = new java.util.HashSet<>(shownGroups(reuse));
    Map<List<String>, String> cells = new HashMap<>();
    for (int i : order) {
      String a = reuse.text(i, groupA);
      String b = reuse.text(i, groupB);
      if (shown.contains(a) && shown.contains(b)) {
        cells.putIfAbsent(List.of(a, b), reuse.text(i, "passage"));
        cells.putIfAbsent(List.of(b, a), reuse.text(i, "passage"));
      }
    }
    return new Openable(order.stream().limit(MAX_PASSAGES).map(i -> reuse.text(i, "passage")).toList(), cells);
  }

  /** The heatmap's groups: those sharing the most tokens, ties by name. */
  private static List<String> shownGroups(TextTable reuse) {
    Map<String, Long> perGroup = new HashMap<>();
    for (int i = 0; i < reuse.size(); i++) {
      for (String side : List.of(reuse.header().get(1), reuse.header().get(3))) {
        perGroup.merge(reuse.text(i, side), reuse.whole(i, "shared_tokens"), Long::sum);
      }
    }
    return perGroup.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_GROUPS).map(Map.Entry::getKey).toList();
  }

  /** The rows by length, longest first, ties in file order. */
  private static List<Integer> longest(TextTable reuse) {
    return IntStream.range(0, reuse.size()).boxed()
        .sorted(Comparator.comparingLong((Integer i) -> -reuse.whole(i, "shared_tokens")).thenComparing(i -> i))
        .toList();
  }

  static Section section(TextTable reuse) {
    String groupA = reuse.header().get(1);
    String groupB = reuse.header().get(3);
    String group = groupA.substring(0, groupA.length() - 2);
    String groups = group.equals("outlet") ? "outlets" : group + " groups";
    reuse.require("article_a", groupA, "article_b", groupB, "shared_tokens", "passage");
    String how = "Each cell counts the tokens of passages that articles of two " + groups + " share word for word "
        + "(at least 8 tokens in a row, after cleaning): wire copy and the same quotations. A dark row that lights up with "
        + "several others marks copy that travelled; the table lists the longest shared passages.";
    if (reuse.size() == 0) {
      return Section.ofTable("reuse", "Text shared between " + groups, how,
          HtmlTable.of(List.of("result"), List.of(List.of("No passage of 8 or more tokens is shared between groups."))));
    }
    Map<List<String>, Long> perPair = new HashMap<>();
    for (int i = 0; i < reuse.size(); i++) {
      long tokens = reuse.whole(i, "shared_tokens");
      String a = reuse.text(i, groupA);
      String b = reuse.text(i, groupB);
      perPair.merge(List.of(a, b), tokens, Long::sum);
      perPair.merge(List.of(b, a), tokens, Long::sum);
    }
    List<String> shown = shownGroups(reuse);
    double[][] values = new double[shown.size()][shown.size()];
    for (int r = 0; r < shown.size(); r++) {
      for (int c = 0; c < shown.size(); c++) {
        values[r][c] = perPair.getOrDefault(List.of(shown.get(r), shown.get(c)), 0L);
      }
    }
    List<List<String>> longest = longest(reuse).stream().limit(MAX_PASSAGES)
        .map(i -> List.of(reuse.text(i, groupA), reuse.text(i, groupB), reuse.text(i, "shared_tokens"), reuse.text(i, "passage")))
        .toList();
    how += " Click a cell or a row for the passage in each article that shares it.";
    Section s = Section.ofFigure("reuse", "Text shared between " + groups, how,
        Charts.heatmap("Tokens shared verbatim between " + groups, shown, shown, values, "tokens"));
    List<String> header = new ArrayList<>(List.of(groupA, groupB, "shared_tokens", "passage"));
    return s.withTable(HtmlTable.of(header, longest));
  }
}
