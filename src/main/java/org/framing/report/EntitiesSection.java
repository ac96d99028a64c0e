package org.framing.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.framing.schema.OutputFile;
import tech.tablesaw.plotly.components.Figure;

/**
 * The report's "Who is in the news" section, from {@code mentions_by_group.csv} ({@code <group>, entity_id, name,
 * type, mentions, per_10k, articles, share_of_articles, ci_low, ci_high}): a heatmap of the share of each group's
 * articles that name each of the corpus's most named people, organisations and places, and a table of those
 * shares with their 95 % intervals.
 */
public final class EntitiesSection {

  /** Entities (columns) in the heatmap and rows of the table. */
  static final int MAX_ENTITIES = 15;
  /** Groups (rows) in the heatmap: those with the most mentions. */
  static final int MAX_GROUPS = 30;
  /** Groups (columns) in the table. */
  static final int MAX_TABLE_GROUPS = 8;

  private EntitiesSection() {}

  /** Appends the section when {@code outputDir} has a mentions_by_group.csv. */
  public static void addTo(Report report, Path outputDir) {
    Path file = outputDir.resolve(OutputFile.MENTIONS_BY_GROUP.file());
    if (Files.isRegularFile(file)) {
      report.add(section(TextTable.read(file)));
    }
  }

  static Section section(TextTable t) {
    String group = t.header().get(0);
    t.require(group, "entity_id", "name", "type", "mentions", "articles", "share_of_articles", "ci_low", "ci_high");
    String how = "Each row is one " + group + " and each column one of the people, organisations and places the "
        + "corpus names in most articles; the colour is the share of the " + group + "'s articles that name it at "
        + "least once (\"Trump\", \"Mr. Trump\" and \"Donald J. Trump\" count as one). The table gives the shares "
        + "with their 95 % intervals: two " + group + "s differ when their intervals do not overlap.";
    Map<String, Long> groupMentions = new HashMap<>();
    Map<String, Integer> entityGroups = new HashMap<>();
    Map<String, Long> entityArticles = new HashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    Map<List<String>, Integer> row = new HashMap<>();
    for (int i = 0; i < t.size(); i++) {
      String g = t.text(i, group);
      String id = t.text(i, "entity_id");
      groupMentions.merge(g, t.whole(i, "mentions"), Long::sum);
      entityGroups.merge(id, 1, Integer::sum);
      entityArticles.merge(id, t.whole(i, "articles"), Long::sum);
      names.putIfAbsent(id, t.text(i, "name"));
      row.put(List.of(g, id), i);
    }
    if (t.size() == 0) {
      return Section.ofTable("entities", "Who is in the news, per " + group, how,
          HtmlTable.of(List.of("result"), List.of(List.of("No person, organisation or place was found."))));
    }
    // The corpus's most named entities are in every group's rows; each group's own follow them.
    int groupsTotal = groupMentions.size();
    List<String> entities = entityArticles.keySet().stream()
        .sorted(Comparator.comparing((String id) -> entityGroups.get(id) == groupsTotal ? 0 : 1)
            .thenComparing(id -> -entityArticles.get(id)).thenComparing(id -> id))
        .limit(MAX_ENTITIES).toList();
    List<String> groups = groupMentions.keySet().stream()
        .sorted(Comparator.comparing((String g) -> -groupMentions.get(g)).thenComparing(g -> g))
        .limit(MAX_GROUPS).toList();
    double[][] values = new double[groups.size()][entities.size()];
    for (int g = 0; g < groups.size(); g++) {
      for (int e = 0; e < entities.size(); e++) {
        Integer i = row.get(List.of(groups.get(g), entities.get(e)));
        values[g][e] = i == null ? 0 : t.decimal(i, "share_of_articles");
      }
    }
    List<String> labels = entities.stream().map(names::get).toList();
    Figure chart = Charts.heatmap("Share of each " + group + "'s articles naming each entity", labels, groups, values,
        "share of articles", 60, "%{z:.0%}");
    List<String> columns = groups.subList(0, Math.min(MAX_TABLE_GROUPS, groups.size()));
    List<String> header = new ArrayList<>(List.of("entity", "type"));
    header.addAll(columns);
    List<List<String>> rows = new ArrayList<>();
    for (String id : entities) {
      List<String> cells = new ArrayList<>(List.of(names.get(id), id.substring(0, id.indexOf(':'))));
      for (String g : columns) {
        Integer i = row.get(List.of(g, id));
        cells.add(i == null ? "" : String.format(Locale.ROOT, "%.0f %% (%.0f–%.0f)", 100 * t.decimal(i, "share_of_articles"),
            100 * t.decimal(i, "ci_low"), 100 * t.decimal(i, "ci_high")));
      }
      rows.add(cells);
    }
    Section s = Section.ofFigure("entities", "Who is in the news, per " + group, how, chart)
        .withTable(HtmlTable.of(header, rows));
    if (groupsTotal > groups.size() || groups.size() > columns.size()) {
      s = s.withNote("The chart shows the " + groups.size() + " " + group + "s that name entities most often and the "
          + "table the first " + columns.size() + "; " + OutputFile.MENTIONS_BY_GROUP.file() + " has every " + group
          + ", and " + OutputFile.ENTITIES.file() + " every entity with the forms it is written in.");
    }
    return s;
  }
}
