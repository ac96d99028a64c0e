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
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.framing.schema.OutputFile;
import tech.tablesaw.plotly.components.Figure;

/**
 * The report's "Same story, different frames" section, from {@code event_summary.csv}, {@code events.csv},
 * {@code coverage_pairs.csv}, {@code within_event.csv} and {@code sentiment_by_article.csv}: how many events and
 * how many several groups covered; each group's deviation from the others inside shared events (compound and
 * tone, with intervals); which groups covered the same events (a heatmap); and the largest shared events with each
 * group's headline and tone. With several events, the outlet-level sections get a sentence saying that they pool
 * every story a group covered.
 */
public final class EventsSection {

  /** Shared events in the table: those with the most groups, then articles. */
  static final int MAX_EVENTS = 8;
  /** Groups in the coverage heatmap: those covering the most shared events. */
  static final int MAX_GROUPS = 15;
  /** The sections that compare groups over everything they published. */
  static final Set<String> POOLED = Set.of("top_terms", "tfidf_heatmap", "keyness", "sentiment", "frames", "actors");

  private EventsSection() {}

  /** Appends the section to {@code report} when {@code outputDir} has an event_summary.csv. */
  public static void addTo(Report report, Path outputDir) {
    Path summaryFile = outputDir.resolve(OutputFile.EVENT_SUMMARY.file());
    Path eventsFile = outputDir.resolve(OutputFile.EVENTS.file());
    if (!Files.isRegularFile(summaryFile) || !Files.isRegularFile(eventsFile)) {
      return;
    }
    TextTable summary = TextTable.read(summaryFile).require("event_id", "label", "n_articles", "n_groups");
    TextTable events = TextTable.read(eventsFile);
    String group = events.header().get(2);
    events.require("article_id", "event_id", group, "title");
    Path pairs = outputDir.resolve(OutputFile.COVERAGE_PAIRS.file());
    Path within = outputDir.resolve(OutputFile.WITHIN_EVENT.file());
    Path byArticle = outputDir.resolve(OutputFile.SENTIMENT_BY_ARTICLE.file());
    report.add(section(group, summary, events, Files.isRegularFile(pairs) ? TextTable.read(pairs) : null,
        Files.isRegularFile(within) ? TextTable.read(within) : null,
        Files.isRegularFile(byArticle) ? TextTable.read(byArticle) : null));
    if (summary.size() > 1) {
      report.addToNotes(POOLED, "These numbers pool every story each " + group + " covered: with " + summary.size()
          + " events they mix which stories a " + group + " chose with how it told them; \"Same story, different "
          + "frames\" compares " + group + "s inside the events they share.");
    }
  }

  static Section section(String group, TextTable summary, TextTable events, TextTable pairs, TextTable within,
                         TextTable byArticle) {
    List<Integer> shared = shared(summary);
    String how = summary.size() + (summary.size() == 1 ? " event" : " events") + ", " + shared.size()
        + " of them covered by two or more " + group + "s. Inside each shared event every " + group + "'s mean is "
        + "compared with the mean of the " + group + "s that covered it (each one vote). A point right of zero: "
        + "more positive than the other " + group + "s on the same stories, whichever stories it chose. The "
        + "bars are 95 % bootstrap intervals over events. The heatmap counts the events two " + group + "s both "
        + "covered; the table shows the largest shared events with each " + group + "'s headline and mean compound.";
    List<Figure> figures = new ArrayList<>();
    if (within != null) {
      for (String measure : List.of("compound", "tone")) {
        List<Integer> rows = IntStream.range(0, within.size()).filter(i -> within.text(i, "measure").equals(measure))
            .boxed().sorted(Comparator.comparingLong((Integer i) -> -within.whole(i, "n_events")).thenComparing(i -> i))
            .toList();
        if (!rows.isEmpty()) {
          figures.add(SentimentSection.intervals(within, rows, group, "mean_deviation",
              measure + ": deviation inside shared events (95 % interval)",
              measure.equals("tone") ? "tone per 100 words, minus the others'" : "VADER compound, minus the others'"));
        }
      }
    }
    if (pairs != null && pairs.size() > 0) {
      figures.add(coverage(group, pairs));
    }
    Section s = figures.isEmpty()
        ? Section.ofTable("events", "Same story, different frames", how, table(group, summary, shared, events, byArticle))
        : Section.ofFigures("events", "Same story, different frames", how, figures)
            .withTable(table(group, summary, shared, events, byArticle));
    return within == null ? s.withNote("No within-event comparison: it needs two or more " + group
        + "s and sentiment.") : s;
  }

  private static Figure coverage(String group, TextTable pairs) {
    String a = pairs.header().get(0);
    String b = pairs.header().get(1);
    Map<String, Long> total = new HashMap<>();
    Map<List<String>, Long> cell = new HashMap<>();
    for (int i = 0; i < pairs.size(); i++) {
      long n = pairs.whole(i, "shared_events");
      total.merge(pairs.text(i, a), n, Long::sum);
      total.merge(pairs.text(i, b), n, Long::sum);
      cell.put(List.of(pairs.text(i, a), pairs.text(i, b)), n);
      cell.put(List.of(pairs.text(i, b), pairs.text(i, a)), n);
    }
    List<String> shown = total.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_GROUPS).map(Map.Entry::getKey).toList();
    double[][] values = new double[shown.size()][shown.size()];
    for (int r = 0; r < shown.size(); r++) {
      for (int c = 0; c < shown.size(); c++) {
        values[r][c] = cell.getOrDefault(List.of(shown.get(r), shown.get(c)), 0L);
      }
    }
    return Charts.heatmap("Events both " + group + "s covered", shown, shown, values, "events");
  }

  /** The rows of event_summary.csv covered by two or more groups, the most groups first, then the most articles. */
  private static List<Integer> shared(TextTable summary) {
    return IntStream.range(0, summary.size()).filter(i -> summary.whole(i, "n_groups") >= 2).boxed()
        .sorted(Comparator.comparingLong((Integer i) -> -summary.whole(i, "n_groups"))
            .thenComparingLong(i -> -summary.whole(i, "n_articles")).thenComparing(i -> i))
        .toList();
  }

  /** The ids of the events the section's table shows, from event_summary.csv. */
  static java.util.Set<String> tableEvents(TextTable summary) {
    List<Integer> shared = shared(summary);
    java.util.Set<String> ids = new java.util.LinkedHashSet<>();
    shared.subList(0, Math.min(MAX_EVENTS, shared.size())).forEach(i -> ids.add(summary.text(i, "event_id")));
    return ids;
  }

  /** The largest shared events: one row per event and group, its first headline and its mean compound. */
  private static HtmlTable table(String group, TextTable summary, List<Integer> shared, TextTable events,
                                 TextTable byArticle) {
    Map<String, Double> compound = new HashMap<>();
    if (byArticle != null) {
      for (int i = 0; i < byArticle.size(); i++) {
        String v = byArticle.text(i, "compound");
        if (!v.isEmpty()) {
          compound.put(byArticle.text(i, "article_id"), Double.parseDouble(v));
        }
      }
    }
    Map<String, Map<String, List<Integer>>> members = new LinkedHashMap<>();
    for (int i = 0; i < events.size(); i++) {
      members.computeIfAbsent(events.text(i, "event_id"), k -> new TreeMap<>())
          .computeIfAbsent(events.text(i, group), k -> new ArrayList<>()).add(i);
    }
    List<List<String>> rows = new ArrayList<>();
    for (int i : shared.subList(0, Math.min(MAX_EVENTS, shared.size()))) {
      String id = summary.text(i, "event_id");
      String label = summary.text(i, "label");
      for (Map.Entry<String, List<Integer>> g : members.getOrDefault(id, Map.of()).entrySet()) {
        double sum = 0;
        int n = 0;
        for (int k : g.getValue()) {
          Double c = compound.get(events.text(k, "article_id"));
          if (c != null) {
            sum += c;
            n++;
          }
        }
        rows.add(List.of(id, label, g.getKey(), events.text(g.getValue().get(0), "title"),
            n == 0 ? "" : String.format(Locale.ROOT, "%.3f", sum / n)));
      }
    }
    if (rows.isEmpty()) {
      rows.add(List.of("", "No event was covered by two or more " + group + "s.", "", "", ""));
    }
    return HtmlTable.of(List.of("event", "label", group, "headline", "compound"), rows);
  }
}
