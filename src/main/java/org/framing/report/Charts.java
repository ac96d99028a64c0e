package org.framing.report;

import java.util.List;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Config;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Grid;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Margin;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.HeatmapTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Chart builders: each returns a Tablesaw {@link Figure} (plotly) and writes nothing; {@link ReportWriter} writes
 * the pages. Every label taken from the data passes through {@link PlotText}, so terms and group names with
 * quotes, {@code <}, {@code &} or backslashes show as written and cannot break the page's script.
 */
public final class Charts {

  /** At most this many groups get a top-terms panel and a heatmap row: those with the most tokens. */
  public static final int MAX_GROUPS = 12;
  /**
   * Groups in the print-size bars of articles and tokens, those with the most tokens: more labels than this do not
   * fit a printed column, and on the 37.5k corpus the SVG of all 491 took 13.5 MB (XChart draws text as outlines).
   */
  static final int PRINT_GROUPS = 40;
  /** Terms per top-terms panel. */
  public static final int TOP_TERMS = 10;
  /** Terms each group contributes to the heatmap's columns. */
  public static final int HEATMAP_TERMS = 3;

  private static final String BAR_COLOR = "#4c78a8";
  private static final String SECOND_BAR_COLOR = "#f58518";
  private static final int ROW_HEIGHT = 24;
  /**
   * White for 0 (no score) to dark blue for the highest value, cells separated by a thin gap; %s is the colour
   * bar's title, always a fixed text of this class (never data).
   */
  private static final String HEATMAP_STYLE = "Object.assign(trace0, {colorscale: [[0, '#f7fbff'], [0.5, '#6baed6'],"
      + " [1, '#08306b']], zmin: 0, xgap: 1, ygap: 1, colorbar: {title: {text: '%s'}}});"
      + " layout.xaxis.automargin = true; layout.yaxis.automargin = true;";

  private Charts() {}

  /**
   * Articles and tokens per group, as two panels of horizontal bars sharing the group axis: articles on the
   * left, tokens on the right, groups in the order given (most tokens first in the report).
   */
  public static Figure articlesAndTokens(String groupColumn, List<GroupSize> groups) {
    Object[] names = PlotText.data(groups.stream().map(GroupSize::group).toList());
    Trace articles = BarTrace.builder(names, groups.stream().mapToDouble(GroupSize::articles).toArray())
        .orientation(BarTrace.Orientation.HORIZONTAL).name("articles")
        .marker(Marker.builder().color(BAR_COLOR).build()).xAxis("x").yAxis("y").build();
    Trace tokens = BarTrace.builder(names, groups.stream().mapToDouble(GroupSize::tokens).toArray())
        .orientation(BarTrace.Orientation.HORIZONTAL).name("tokens")
        .marker(Marker.builder().color(SECOND_BAR_COLOR).build()).xAxis("x2").yAxis("y").build();
    Layout layout = Layout.builder(PlotText.template("Articles (left) and tokens (right) per " + groupColumn))
        .width(960).height(110 + ROW_HEIGHT * Math.max(groups.size(), 1))
        .margin(margin(labelMargin(groups.stream().map(GroupSize::group).toList()), 40)).showLegend(false)
        .grid(Grid.builder().rows(1).columns(2).pattern(Grid.Pattern.COUPLED).xGap(0.08).yGap(0.1).build())
        .xAxis(Axis.builder().title("articles").build())
        .yAxis(categories(true))
        .build();
    List<GroupSize> printed = groups.subList(0, Math.min(PRINT_GROUPS, groups.size()));
    List<String> labels = printed.stream().map(g -> g.group() + " (" + g.articles() + ")").toList();
    Print print = new Print.Bars("Tokens per " + groupColumn + " (articles in brackets)"
        + (printed.size() < groups.size() ? ", the " + printed.size() + " with the most" : ""), labels,
        printed.stream().mapToDouble(GroupSize::tokens).toArray(), "tokens");
    return new StyledFigure(builder(layout, articles, tokens), "layout.xaxis2 = {title: {text: 'tokens'}};", print);
  }

  /**
   * One small-multiple panel: the given terms of one group as horizontal bars of TF-IDF, in the order given
   * (highest first, drawn at the top); the panel's title is the group.
   */
  public static Figure topTermsPanel(String group, List<TermScore> terms) {
    List<String> labels = terms.stream().map(TermScore::term).toList();
    Trace bars = BarTrace.builder(PlotText.data(labels), terms.stream().mapToDouble(TermScore::tfidf).toArray())
        .orientation(BarTrace.Orientation.HORIZONTAL).name("tfidf")
        .marker(Marker.builder().color(BAR_COLOR).build()).build();
    Layout layout = Layout.builder(PlotText.template(group))
        .width(460).height(90 + ROW_HEIGHT * Math.max(terms.size(), 1))
        .margin(margin(labelMargin(labels), 45))
        .xAxis(Axis.builder().title("TF-IDF").build())
        .yAxis(categories(true))
        .build();
    return new StyledFigure(builder(layout, bars), "", new Print.Bars(group + ": top terms by TF-IDF", labels,
        terms.stream().mapToDouble(TermScore::tfidf).toArray(), "TF-IDF"));
  }

  /**
   * Top distinctive terms per group as small multiples: one {@link #topTermsPanel} per group in
   * {@code groups}, each with its {@value #TOP_TERMS} highest-TF-IDF terms (a group without scores gets an empty
   * panel, which the report leaves out with a note).
   */
  public static List<Figure> topTerms(StudyData data, List<String> groups) {
    return groups.stream()
        .map(g -> topTermsPanel(g, data.topTerms(g, TOP_TERMS)))
        .toList();
  }

  /**
   * The group x term TF-IDF heatmap: rows are the matrix's groups (first at the top), columns its terms, the
   * colour the TF-IDF (0 where the group has no score for the term).
   */
  public static Figure tfidfHeatmap(String groupColumn, TermMatrix matrix) {
    return heatmap("TF-IDF of each " + groupColumn + "'s top " + HEATMAP_TERMS + " terms", matrix.terms(),
        matrix.groups(), matrix.values(), "TF-IDF");
  }

  /**
   * A heatmap: {@code rows} top to bottom, {@code columns} left to right, {@code values[row][column]} as colour
   * from white (0) to dark blue. {@code colorbarTitle} must be a fixed text, not data.
   */
  public static Figure heatmap(String title, List<String> columns, List<String> rows, double[][] values,
                               String colorbarTitle) {
    return heatmap(title, columns, rows, values, colorbarTitle, 30, "");
  }

  /**
   * {@link #heatmap} with cells {@code cellWidth} pixels wide and, unless {@code textTemplate} is empty, each
   * cell labelled by that plotly text template (a fixed string such as {@code '%{z:.1f}'}, never data).
   */
  public static Figure heatmap(String title, List<String> columns, List<String> rows, double[][] values,
                               String colorbarTitle, int cellWidth, String textTemplate) {
    int left = labelMargin(rows);
    int bottom = Math.min(200, Math.max(60, 30 + 4 * longest(columns)));
    Trace heat = HeatmapTrace.builder(PlotText.data(columns), PlotText.data(rows), values).build();
    Layout layout = Layout.builder(PlotText.template(title))
        .width(Math.min(1100, Math.max(560, left + cellWidth * columns.size() + 140)))
        .height(70 + bottom + 34 * Math.max(rows.size(), 1))
        .margin(margin(left, bottom))
        .xAxis(categories(false))
        .yAxis(categories(true))
        .build();
    String labels = textTemplate.isEmpty() ? "" : " trace0.texttemplate = '" + textTemplate + "';";
    return new StyledFigure(builder(layout, heat), String.format(HEATMAP_STYLE, colorbarTitle) + labels,
        new Print.Heat(title, columns, rows, values, colorbarTitle, false));
  }

  /** Colours of stacked series, in order; the last two are for "other" and "unattributed" style remainders. */
  private static final List<String> SERIES_COLORS = List.of("#4c78a8", "#e45756", "#54a24b", "#f58518", "#b279a2",
      "#72b7b2", "#eeca3b", "#9d755d", "#bab0ac", "#d3d3d3");

  /**
   * Horizontal bars stacked to 1: one bar per row label ({@code rows}, first at the top), one coloured segment per
   * series ({@code series}, in legend order), {@code shares[series][row]} its length. The series' names go
   * through {@link PlotText#template}, the row labels through {@link PlotText#data}.
   */
  public static Figure stackedShares(String title, List<String> rows, List<String> series, double[][] shares,
                                     String axisTitle) {
    Trace[] traces = new Trace[series.size()];
    Object[] labels = PlotText.data(rows);
    for (int k = 0; k < series.size(); k++) {
      traces[k] = BarTrace.builder(labels, shares[k]).orientation(BarTrace.Orientation.HORIZONTAL)
          .name(PlotText.template(series.get(k)))
          .marker(Marker.builder().color(SERIES_COLORS.get(Math.min(k, SERIES_COLORS.size() - 1))).build()).build();
    }
    Layout layout = Layout.builder(PlotText.template(title))
        .width(820).height(150 + ROW_HEIGHT * Math.max(rows.size(), 1))
        .margin(margin(labelMargin(rows), 50))
        .barMode(Layout.BarMode.STACK)
        .xAxis(Axis.builder().title(axisTitle).build())
        .yAxis(categories(true))
        .build();
    return new StyledFigure(builder(layout, traces), "", new Print.Stacked(title, rows, series, shares, axisTitle));
  }

  static Figure.FigureBuilder builder(Layout layout, Trace... traces) {
    return Figure.builder().layout(layout).addTraces(traces)
        .config(Config.builder().displayModeBar(false).displayLogo(false).build());
  }

  /** A category axis, so that terms like {@code 1e5} or {@code 2022} are labels, not numbers. */
  static Axis categories(boolean firstAtTop) {
    Axis.AxisBuilder axis = Axis.builder().type(Axis.Type.CATEGORY);
    return (firstAtTop ? axis.autoRange(Axis.AutoRange.REVERSED) : axis).build();
  }

  static Margin margin(int left, int bottom) {
    return Margin.builder().left(left).right(30).top(50).bottom(bottom).build();
  }

  /** Room for the longest label at plotly's 12px default font, within bounds. */
  static int labelMargin(List<String> labels) {
    return Math.min(260, Math.max(50, 20 + 7 * longest(labels)));
  }

  private static int longest(List<String> labels) {
    return labels.stream().mapToInt(s -> s.codePointCount(0, s.length())).max().orElse(0);
  }
}
