package org.framing.report;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import tech.tablesaw.plotly.components.Axis;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.components.Marker;
import tech.tablesaw.plotly.traces.BarTrace;
import tech.tablesaw.plotly.traces.HeatmapTrace;
import tech.tablesaw.plotly.traces.Trace;

/**
 * Chart builders for keyness and similarity; like {@link Charts}, each returns a {@link Figure} and writes
 * nothing, and every label from the data passes through {@link PlotText}.
 */
public final class KeynessCharts {

  /** Terms per side (over- and under-used) in a keyness panel. */
  public static final int PER_SIDE = 8;
  /** At most this many groups get a row and a column in the similarity heatmap: those with the most tokens. */
  public static final int SIMILARITY_GROUPS = 30;

  private static final String MORE_COLOR = "#4c78a8";
  private static final String LESS_COLOR = "#f58518";
  private static final int ROW_HEIGHT = 22;
  /** White for 0 (no shared scored term) to dark blue for 1, on a fixed 0–1 scale. */
  private static final String SIMILARITY_STYLE = "Object.assign(trace0, {colorscale: [[0, '#f7fbff'], [0.5, '#6baed6'],"
      + " [1, '#08306b']], zmin: 0, zmax: 1, xgap: 1, ygap: 1, colorbar: {title: {text: 'cosine'}}});"
      + " layout.xaxis.automargin = true; layout.yaxis.automargin = true;";

  private KeynessCharts() {}

  /**
   * The terms a keyness panel shows: the {@code perSide} with the highest positive log-odds z and the
   * {@code perSide} with the lowest negative z, highest first (so over-used terms on top, under-used below).
   */
  public static List<KeyTerm> distinctive(List<KeyTerm> terms, int perSide) {
    List<KeyTerm> shown = new ArrayList<>(
        terms.stream().filter(t -> t.logOddsZ() > 0).sorted(KeyTerm.BY_Z).limit(perSide).toList());
    List<KeyTerm> less = new ArrayList<>(
        terms.stream().filter(t -> t.logOddsZ() < 0).sorted(KeyTerm.BY_Z.reversed()).limit(perSide).toList());
    Collections.reverse(less);
    shown.addAll(less);
    return shown;
  }

  /**
   * One small-multiple panel: diverging horizontal bars of log-odds z for {@code terms} in the order given (the
   * first at the top), blue to the right for terms the target uses more, orange to the left for less; the
   * hover text gives both counts and G². The panel's title is {@code title} (e.g. "B92 vs rest").
   */
  public static Figure keynessPanel(String title, String target, List<KeyTerm> terms) {
    List<String> labels = terms.stream().map(KeyTerm::term).toList();
    String[] colors = terms.stream().map(t -> t.logOddsZ() >= 0 ? MORE_COLOR : LESS_COLOR).toArray(String[]::new);
    Trace bars = BarTrace.builder(PlotText.data(labels), terms.stream().mapToDouble(KeyTerm::logOddsZ).toArray())
        .orientation(BarTrace.Orientation.HORIZONTAL).name("log-odds z")
        .marker(Marker.builder().color(colors).build()).build();
    List<List<String>> hover = terms.stream().map(t -> List.of(t.term(),
        String.format(Locale.ROOT, "log-odds z %.2f, G² %.2f", t.logOddsZ(), t.g2()),
        String.format(Locale.ROOT, "%,d in %s, %,d in the reference", t.nTarget(), target, t.nReference()))).toList();
    Layout layout = Layout.builder(PlotText.template(title))
        .width(460).height(90 + ROW_HEIGHT * Math.max(terms.size(), 1))
        .margin(Charts.margin(Charts.labelMargin(labels), 45))
        .xAxis(Axis.builder().title("log-odds z (Monroe et al. 2008)").showZeroLine(true).build())
        .yAxis(Charts.categories(true))
        .showLegend(false)
        .build();
    return new StyledFigure(Charts.builder(layout, new HoverTrace(bars, hover)), "", new Print.Bars(title, labels,
        terms.stream().mapToDouble(KeyTerm::logOddsZ).toArray(), "log-odds z (Monroe et al. 2008)"));
  }

  /** The group × group cosine heatmap: rows and columns in the order given (first at the top and left). */
  public static Figure similarityHeatmap(String groupColumn, List<String> groups, double[][] cosine) {
    int margin = Charts.labelMargin(groups);
    Object[] labels = PlotText.data(groups);
    Trace heat = HeatmapTrace.builder(labels, labels, cosine).build();
    Layout layout = Layout.builder(PlotText.template("Cosine similarity of each " + groupColumn + "'s TF-IDF"))
        .width(Math.min(1100, Math.max(520, margin + 34 * groups.size() + 140)))
        .height(Math.min(1100, 70 + margin + 30 * Math.max(groups.size(), 1)))
        .margin(Charts.margin(margin, margin))
        .xAxis(Charts.categories(false))
        .yAxis(Charts.categories(true))
        .build();
    return new StyledFigure(Charts.builder(layout, heat), SIMILARITY_STYLE, new Print.Heat(
        "Cosine similarity of each " + groupColumn + "'s TF-IDF", groups, groups, cosine, "cosine", false));
  }
}
