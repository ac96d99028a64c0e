package org.framing.report;

import org.framing.schema.OutputFile;

import static org.framing.schema.Columns.COMPARISON;
import static org.framing.schema.Columns.COSINE;
import static org.framing.schema.Columns.G2;
import static org.framing.schema.Columns.LOG_ODDS_Z;
import static org.framing.schema.Columns.NGRAM;
import static org.framing.schema.Columns.N_REFERENCE;
import static org.framing.schema.Columns.N_TARGET;
import static org.framing.schema.Columns.REFERENCE;
import static org.framing.schema.Columns.TARGET;
import static org.framing.schema.Columns.TERM;
import static org.framing.schema.Columns.TOKENS;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.framing.ingest.InputException;
import tech.tablesaw.plotly.components.Figure;

/**
 * The report sections for {@code keyness.csv} and {@code similarity.csv}: after the job wrote them,
 * {@code KeynessReport.addTo(ReportWriter.standardReport(dir), dir)} appends a section for each file present,
 * then {@link ReportWriter#write} writes the page. Groups are ordered as the other charts order them: by tokens in
 * {@code outlets.csv} (most first, ties by name), groups absent from it after them by name.
 */
public final class KeynessReport {

  /** The keyness table's file name. */
  /** The similarity table's file name. */
  private static final String REST = "rest";

  private KeynessReport() {}

  /** Appends the keyness section if {@code keyness.csv} exists and the similarity section if similarity.csv does. */
  public static Report addTo(Report report, Path outputDir) {
    Path outlets = outputDir.resolve(OutputFile.OUTLETS.file());
    TextTable sizes = Files.isRegularFile(outlets) ? TextTable.read(outlets) : null;
    Path keyness = outputDir.resolve(OutputFile.KEYNESS.file());
    if (Files.isRegularFile(keyness)) {
      TextTable table = TextTable.read(keyness);
      report.add(keyness(groupColumn(sizes, "group"), table, groupOrder(sizes, targets(table))));
    }
    Path similarity = outputDir.resolve(OutputFile.SIMILARITY.file());
    if (Files.isRegularFile(similarity)) {
      TextTable table = TextTable.read(similarity);
      String column = table.header().get(0).replaceFirst("_a$", "");
      Map<String, Map<String, Double>> cosine = cosines(table, column);
      report.add(similarity(column, cosine, groupOrder(sizes, cosine.keySet())));
    }
    return report;
  }

  /** keyness.csv's one-against-the-rest comparisons: each target group's terms, in file order. */
  public static Map<String, List<KeyTerm>> againstRest(TextTable table) {
    table.require(COMPARISON, TARGET, REFERENCE, TERM, NGRAM, N_TARGET, N_REFERENCE, G2, LOG_ODDS_Z);
    Map<String, List<KeyTerm>> byTarget = new LinkedHashMap<>();
    for (int i = 0; i < table.size(); i++) {
      String target = table.text(i, TARGET);
      if (table.text(i, REFERENCE).equals(REST) && table.text(i, COMPARISON).equals(target + " vs " + REST)) {
        byTarget.computeIfAbsent(target, k -> new ArrayList<>()).add(new KeyTerm(table.text(i, TERM),
            (int) table.whole(i, NGRAM), table.whole(i, N_TARGET), table.whole(i, N_REFERENCE), table.decimal(i, G2),
            table.decimal(i, LOG_ODDS_Z)));
      }
    }
    return byTarget;
  }

  /** Diverging bars per group (one against the rest), the first {@link Charts#MAX_GROUPS} of {@code order}. */
  static Section keyness(String g, TextTable table, List<String> order) {
    Map<String, List<KeyTerm>> byTarget = againstRest(table);
    List<String> withTerms = order.stream().filter(byTarget::containsKey).toList();
    List<String> shown = withTerms.stream().limit(Charts.MAX_GROUPS).toList();
    List<Figure> panels = shown.stream().map(t -> KeynessCharts.keynessPanel(t + " vs " + REST, t,
        KeynessCharts.distinctive(byTarget.get(t), KeynessCharts.PER_SIDE))).toList();
    Section section = Section.ofFigures("keyness", "Terms each " + g + " uses more or less than the rest", "Each panel "
        + "compares one " + g + " with all the others: bars to the right are terms it uses more than the rest, bars "
        + "to the left terms it uses less, ranked by the log-odds z-score, which discounts terms seen only a few "
        + "times. Hover a bar for its counts on both sides and its G²; a z beyond ±2 is unlikely to be chance, and "
        + OutputFile.KEYNESS.file() + " has p and the adjusted p of every term.", panels);
    return withHidden(section, withTerms, shown, OutputFile.KEYNESS.file());
  }

  /** The cosine heatmap over the first {@link KeynessCharts#SIMILARITY_GROUPS} of {@code order}. */
  static Section similarity(String g, Map<String, Map<String, Double>> cosine, List<String> order) {
    List<String> shown = order.stream().limit(KeynessCharts.SIMILARITY_GROUPS).toList();
    double[][] z = new double[shown.size()][shown.size()];
    for (int r = 0; r < shown.size(); r++) {
      for (int c = 0; c < shown.size(); c++) {
        z[r][c] = cosine.get(shown.get(r)).getOrDefault(shown.get(c), 0.0);
      }
    }
    Section section = Section.ofFigure("similarity", "How alike the " + g + "s' vocabularies are", "Each cell is "
        + "the cosine similarity of two " + g + "s' TF-IDF profiles over all their terms: 1 on the diagonal, near 0 "
        + "for " + g + "s that share almost none of their distinctive words. Look for blocks of darker cells: " + g
        + "s that lean on the same words, whether because they frame the events alike or reuse the same source.",
        KeynessCharts.similarityHeatmap(g, shown, z));
    return withHidden(section, order, shown, OutputFile.SIMILARITY.file());
  }

  private static Section withHidden(Section section, List<String> all, List<String> shown, String file) {
    if (shown.size() == all.size()) {
      return section;
    }
    List<String> hidden = all.subList(shown.size(), all.size());
    return section.withNote("Only the " + shown.size() + " with the most tokens are shown: " + String.join(", ", shown)
        + ". Not shown: " + String.join(", ", hidden) + " (their scores are in " + file + ").");
  }

  private static Set<String> targets(TextTable keyness) {
    keyness.require(TARGET);
    Set<String> targets = new TreeSet<>();
    for (int i = 0; i < keyness.size(); i++) {
      targets.add(keyness.text(i, TARGET));
    }
    return targets;
  }

  private static Map<String, Map<String, Double>> cosines(TextTable table, String g) {
    String a = g + "_a";
    String b = g + "_b";
    table.require(a, b, COSINE);
    Map<String, Map<String, Double>> cosine = new LinkedHashMap<>();
    for (int i = 0; i < table.size(); i++) {
      cosine.computeIfAbsent(table.text(i, a), k -> new HashMap<>()).put(table.text(i, b), table.decimal(i, COSINE));
    }
    for (String group : cosine.keySet()) {
      if (!cosine.get(group).containsKey(group)) {
        throw new InputException(table.file() + " has no row " + group + "," + group + ": it holds every ordered pair "
            + "of groups; re-run the job to rewrite it");
      }
    }
    return cosine;
  }

  private static String groupColumn(TextTable sizes, String fallback) {
    return sizes == null ? fallback : sizes.header().get(0);
  }

  /** {@code groups} ordered by tokens in outlets.csv (most first, then by name), the others after them by name. */
  private static List<String> groupOrder(TextTable sizes, Set<String> groups) {
    Set<String> order = new LinkedHashSet<>();
    if (sizes != null) {
      sizes.require(TOKENS);
      String g = sizes.header().get(0);
      List<Integer> rows = new ArrayList<>();
      for (int i = 0; i < sizes.size(); i++) {
        rows.add(i);
      }
      rows.sort(Comparator.<Integer>comparingLong(i -> -sizes.whole(i, TOKENS)).thenComparing(i -> sizes.text(i, g)));
      rows.stream().map(i -> sizes.text(i, g)).filter(groups::contains).forEach(order::add);
    }
    order.addAll(new TreeSet<>(groups));
    return List.copyOf(order);
  }
}
