package org.framing.report;

import org.framing.schema.OutputFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.ScatterTrace;

/**
 * The report's sentiment section, from {@code sentiment_by_outlet.csv} ({@code <group>, measure, mean, ci_low,
 * ci_high, n_articles, n_sentences, resampled_unit}): for VADER compound and for tone, each group's mean as a
 * point with its 95 % bootstrap interval as a bar, and the numbers behind them as a table.
 */
public final class SentimentSection {
  /** Groups shown: those with the most articles. */
  static final int MAX_GROUPS = 30;

  private static final List<String> MEASURES = List.of("compound", "tone");

  private SentimentSection() {}

  /** Appends the section when {@code outputDir} has a sentiment_by_outlet.csv. */
  public static void addTo(Report report, Path outputDir) {
    Path file = outputDir.resolve(OutputFile.SENTIMENT_BY_GROUP.file());
    if (Files.isRegularFile(file)) {
      report.add(section(TextTable.read(file)));
    }
  }

  static Section section(TextTable t) {
    String group = t.header().get(0);
    t.require(group, "measure", "mean", "ci_low", "ci_high", "n_articles", "n_sentences", "resampled_unit");
    List<Integer> compound = rows(t, "compound");
    List<Figure> figures = new ArrayList<>();
    for (String measure : MEASURES) {
      figures.add(panel(t, rows(t, measure), group, measure));
    }
    List<List<String>> table = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      table.add(List.of(t.text(i, group), t.text(i, "measure"), fixed(t.decimal(i, "mean")),
          fixed(t.decimal(i, "ci_low")) + " to " + fixed(t.decimal(i, "ci_high")), t.text(i, "n_articles"),
          t.text(i, "n_sentences"), t.text(i, "resampled_unit")));
    }
    String how = "Each point is one " + group + "'s mean, the bar its 95 % bootstrap interval: compound is VADER's sentence "
        + "score (-1 most negative, +1 most positive) averaged over the articles, tone is positive minus negative words "
        + "per 100 words. Where two bars overlap the data do not separate the two " + group + "s; intervals of any "
        + group + " with fewer than 5 articles resample its sentences and describe only those articles.";
    Section s = Section.ofFigures("sentiment", "Sentiment and tone per " + group, how, figures)
        .withTable(HtmlTable.of(List.of(group, "measure", "mean", "95 % interval", "articles", "sentences", "resampled"), table));
    long shown = compound.size();
    return shown > MAX_GROUPS ? s.withNote("The charts show the " + MAX_GROUPS + " " + group + "s with the most articles "
        + "of " + shown + "; the table lists all.") : s;
  }

  /** Row indexes of one measure, groups with the most articles first. */
  private static List<Integer> rows(TextTable t, String measure) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.text(i, "measure").equals(measure)) {
        out.add(i);
      }
    }
    out.sort((a, b) -> Long.compare(t.whole(b, "n_articles"), t.whole(a, "n_articles")));
    return out;
  }

  static Figure panel(TextTable t, List<Integer> rows, String group, String measure) {
    return intervals(t, rows, group, "mean", measure + " per " + group + " (95 % bootstrap interval)",
        measure.equals("tone") ? "tone per 100 words" : "mean VADER compound");
  }

  /**
   * One point per row with its 95 % interval ({@code ci_low}, {@code ci_high}), labelled by {@code labelColumn}, the
   * first {@value #MAX_GROUPS} of {@code rows} from the top.
   */
  static Figure intervals(TextTable t, List<Integer> rows, String labelColumn, String meanColumn, String title,
                          String axisTitle) {
    List<Integer> shown = rows.subList(0, Math.min(MAX_GROUPS, rows.size()));
    List<String> labels = shown.stream().map(i -> t.text(i, labelColumn)).toList();
    double[] mean = shown.stream().mapToDouble(i -> t.decimal(i, meanColumn)).toArray();
    StringBuilder plus = new StringBuilder();
    StringBuilder minus = new StringBuilder();
    for (int k = 0; k < shown.size(); k++) {
      int i = shown.get(k);
      plus.append(k == 0 ? "" : ",").append(js(t.decimal(i, "ci_high") - mean[k]));
      minus.append(k == 0 ? "" : ",").append(js(mean[k] - t.decimal(i, "ci_low")));
    }
    ScatterTrace points = ScatterTrace.builder(DoubleColumn.create(meanColumn, mean),
            StringColumn.create(labelColumn, labels.stream().map(PlotText::data).toList()))
        .mode(ScatterTrace.Mode.MARKERS).marker(Marker.builder().color("#4c78a8").size(9).build()).build();
    Layout layout = Layout.builder(PlotText.template(title))
        .width(520).height(110 + 26 * Math.max(shown.size(), 1))
        .margin(Charts.margin(Charts.labelMargin(labels), 50))
        .xAxis(Axis.builder().title(axisTitle).showZeroLine(true).build())
        .yAxis(Charts.categories(true))
        .showLegend(false)
        .build();
    String errors = "trace0.error_x = {type: 'data', symmetric: false, array: [" + plus + "], arrayminus: [" + minus
        + "], color: '#4c78a8', thickness: 1.5, width: 4};";
    Print print = new Print.Intervals(title, labels, mean,
        shown.stream().mapToDouble(i -> t.decimal(i, "ci_low")).toArray(),
        shown.stream().mapToDouble(i -> t.decimal(i, "ci_high")).toArray(), axisTitle);
    return new StyledFigure(Charts.builder(layout, points), errors, print);
  }

  /** A number for the script: finite, plain, dot decimal. */
  private static String js(double d) {
    return Double.isFinite(d) ? String.format(Locale.ROOT, "%.6f", d) : "0";
  }

  private static String fixed(double d) {
    return String.format(Locale.ROOT, "%.3f", d);
  }
}
