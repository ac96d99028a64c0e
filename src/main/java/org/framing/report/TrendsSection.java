package org.framing.report;

import org.framing.schema.OutputFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import tech.tablesaw.api.DateColumn;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.ScatterTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * The report's time trends, from {@code trends.csv} ({@code <group>, period, period_start, measure, item, value,
 * rank, n_articles, n_tokens}): one line per group over the periods for mean compound, for tone and for each of the
 * {@value #FRAMES} frames densest over the whole corpus, and a table of each group's top terms per period. Lines
 * are drawn for the {@value #MAX_GROUPS} groups with the most articles; the CSV has them all.
 */
public final class TrendsSection {
  static final int MAX_GROUPS = 8;
  static final int FRAMES = 3;
  static final int TABLE_TERMS = 5;

  private TrendsSection() {}

  /** Appends the section when {@code outputDir} has a trends.csv with rows. */
  public static void addTo(Report report, Path outputDir) {
    Path file = outputDir.resolve(OutputFile.TRENDS.file());
    if (Files.isRegularFile(file)) {
      TextTable t = TextTable.read(file);
      if (t.size() > 0) {
        report.add(section(t));
      }
    }
  }

  /** One line series: a group's values by period start. */
  record Series(String group, TreeMap<LocalDate, Double> values) {}

  static Section section(TextTable t) {
    String group = t.header().get(0);
    t.require("period", "period_start", "measure", "item", "value", "rank", "n_articles");
    String period = t.text(0, "period");
    Map<String, Long> articles = new LinkedHashMap<>();
    Map<String, Double> frameTotals = new TreeMap<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.text(i, "measure").equals("compound") || (t.text(i, "measure").equals("term") && t.text(i, "rank").equals("1"))) {
        articles.merge(t.text(i, group) + "\u0000" + t.text(i, "period_start"), t.whole(i, "n_articles"), Math::max);
      }
      if (t.text(i, "measure").equals("frame")) {
        frameTotals.merge(t.text(i, "item"), t.decimal(i, "value"), Double::sum);
      }
    }
    Map<String, Long> perGroup = new TreeMap<>();
    articles.forEach((k, n) -> perGroup.merge(k.substring(0, k.indexOf('\u0000')), n, Long::sum));
    List<String> shown = perGroup.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_GROUPS).map(Map.Entry::getKey).toList();
    List<Figure> figures = new ArrayList<>();
    for (String measure : List.of("compound", "tone")) {
      List<Series> series = series(t, group, shown, measure, "");
      if (!series.isEmpty()) {
        figures.add(lines((measure.equals("tone") ? "Tone per 100 words" : "Mean VADER compound") + " per " + period,
            measure.equals("tone") ? "tone per 100 words" : "mean compound", series));
      }
    }
    frameTotals.entrySet().stream()
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(FRAMES).map(Map.Entry::getKey)
        .forEach(frame -> figures.add(lines("Frame " + frame + ": hits per 1,000 tokens per " + period, "per 1,000 tokens",
            series(t, group, shown, "frame", frame))));

    Map<String, List<String>> terms = new TreeMap<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.text(i, "measure").equals("term") && t.whole(i, "rank") <= TABLE_TERMS && shown.contains(t.text(i, group))) {
        terms.computeIfAbsent(t.text(i, group) + "\u0000" + t.text(i, "period_start"), k -> new ArrayList<>())
            .add(t.text(i, "item"));
      }
    }
    List<List<String>> rows = new ArrayList<>();
    terms.forEach((k, v) -> rows.add(List.of(k.substring(0, k.indexOf('\u0000')), k.substring(k.indexOf('\u0000') + 1),
        Long.toString(articles.getOrDefault(k, 0L)), String.join(", ", v))));
    String how = "Each line is one " + group + " over time, one point per " + period + " that has articles (the date is the "
        + period + "'s first day): its mean compound, its tone, and the hits per 1,000 tokens of the " + FRAMES
        + " frames used most overall. A point stands for the articles of that " + period + " only, so a " + group
        + " with one or two articles in a " + period + " jumps around: check n_articles in " + OutputFile.TRENDS.file()
        + ". The table lists each " + group + "'s most frequent words per " + period + ".";
    Section s = Section.ofFigures("trends", "Trends per " + period, how, figures)
        .withTable(HtmlTable.of(List.of(group, period + " from", "articles", "top terms"), rows));
    List<String> hidden = perGroup.keySet().stream().filter(g -> !shown.contains(g)).toList();
    return hidden.isEmpty() ? s : s.withNote("Lines show the " + shown.size() + " " + group + "s with the most dated "
        + "articles; " + hidden.size() + " more are in " + OutputFile.TRENDS.file() + ".");
  }

  private static List<Series> series(TextTable t, String group, List<String> shown, String measure, String item) {
    Map<String, TreeMap<LocalDate, Double>> byGroup = new LinkedHashMap<>();
    shown.forEach(g -> byGroup.put(g, new TreeMap<>()));
    for (int i = 0; i < t.size(); i++) {
      if (t.text(i, "measure").equals(measure) && t.text(i, "item").equals(item) && byGroup.containsKey(t.text(i, group))) {
        byGroup.get(t.text(i, group)).put(LocalDate.parse(t.text(i, "period_start")), t.decimal(i, "value"));
      }
    }
    return byGroup.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(e -> new Series(e.getKey(), e.getValue()))
        .toList();
  }

  /** Lines over dates, one trace per series, the series' names in the legend. */
  static Figure lines(String title, String axisTitle, List<Series> series) {
    List<Trace> traces = new ArrayList<>();
    for (Series s : series) {
      DateColumn x = DateColumn.create("period_start", s.values().keySet().toArray(LocalDate[]::new));
      DoubleColumn y = DoubleColumn.create(axisTitle, s.values().values().stream().mapToDouble(Double::doubleValue).toArray());
      traces.add(ScatterTrace.builder(x, y).mode(ScatterTrace.Mode.LINE_AND_MARKERS).name(PlotText.template(s.group())).build());
    }
    Layout layout = Layout.builder(PlotText.template(title)).width(760).height(360)
        .margin(Charts.margin(60, 60))
        .xAxis(Axis.builder().type(Axis.Type.DATE).build())
        .yAxis(Axis.builder().title(axisTitle).build())
        .build();
    Print print = new Print.Lines(title, series.stream().map(Series::group).toList(),
        series.stream().map(s -> List.copyOf(s.values().keySet())).toList(),
        series.stream().map(s -> s.values().values().stream().mapToDouble(Double::doubleValue).toArray()).toList(), axisTitle);
    return new StyledFigure(Charts.builder(layout, traces.toArray(Trace[]::new)), "", print);
  }

}
