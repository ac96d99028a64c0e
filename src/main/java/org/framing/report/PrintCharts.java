package org.framing.report;

import de.erichseifert.vectorgraphics2d.Document;
import de.erichseifert.vectorgraphics2d.Processor;
import de.erichseifert.vectorgraphics2d.Processors;
import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import de.erichseifert.vectorgraphics2d.util.PageSize;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategoryChartBuilder;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.HeatMapChart;
import org.knowm.xchart.HeatMapChartBuilder;
import org.knowm.xchart.HeatMapSeries;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Print-size figures of a {@link Print}: a PNG at {@value #DPI} dpi and an SVG, both {@value #WIDTH_INCHES} inches
 * wide (a page's text width), drawn with XChart without a browser. Bars stand upright (XChart draws no horizontal
 * bars), with the labels turned; everything else is encoded as in the report's plotly chart.
 */
final class PrintCharts {

  static final double WIDTH_INCHES = 6.5;
  static final int DPI = 300;
  /** The chart's size in points (1/72 inch); the PNG is scaled by DPI / 72. */
  static final int WIDTH = (int) Math.round(WIDTH_INCHES * 72);

  private static final Color BAR = new Color(0x4c, 0x78, 0xa8);
  private static final Color[] SERIES = {new Color(0x4c78a8), new Color(0xe45756), new Color(0x54a24b),
      new Color(0xf58518), new Color(0xb279a2), new Color(0x72b7b2), new Color(0xeeca3b), new Color(0x9d755d),
      new Color(0xbab0ac), new Color(0xd3d3d3)};

  private PrintCharts() {}

  /** Writes {@code print} as {@code png} and {@code svg} (each written whole, then moved into place). */
  static void write(Print print, Path png, Path svg) {
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    Chart<?, ?> chart = chart(print);
    AtomicFiles.copy(new ByteArrayInputStream(png(chart)), png);
    AtomicFiles.copy(new ByteArrayInputStream(svg(chart)), svg);
  }

  /** The XChart chart of {@code print}. */
  static Chart<?, ?> chart(Print print) {
    if (print instanceof Print.Bars b) {
      return bars(b);
    } else if (print instanceof Print.Heat h) {
      return heat(h);
    } else if (print instanceof Print.Stacked s) {
      return stacked(s);
    } else if (print instanceof Print.Intervals i) {
      return intervals(i);
    }
    return lines((Print.Lines) print);
  }

  private static int height(int labels, int longestLabel) {
    return Math.min(640, Math.max(260, 200 + 5 * longestLabel + (labels > 20 ? 4 * (labels - 20) : 0)));
  }

  private static int longest(List<String> labels) {
    return labels.stream().mapToInt(s -> s.codePointCount(0, s.length())).max().orElse(0);
  }

  private static void style(Styler styler) {
    styler.setChartBackgroundColor(Color.WHITE);
    styler.setPlotBackgroundColor(Color.WHITE);
    styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 9));
    styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 8));
    styler.setAnnotationTextFont(new Font(Font.SANS_SERIF, Font.PLAIN, 7));
    styler.setChartPadding(6);
    styler.setChartTitleBoxVisible(false);
    styler.setLegendBorderColor(Color.WHITE);
  }

  private static void axes(org.knowm.xchart.style.AxesChartStyler styler) {
    style(styler);
    styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 9));
    styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 8));
    styler.setPlotGridLinesColor(new Color(0xe4e4e4));
    styler.setPlotBorderVisible(false);
  }

  private static CategoryChart bars(Print.Bars b) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(height(b.labels().size(), longest(b.labels())))
        .title(b.title()).yAxisTitle(b.axisTitle()).build();
    axes(chart.getStyler());
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setXAxisLabelRotation(60);
    chart.getStyler().setAvailableSpaceFill(0.7);
    List<Double> values = new ArrayList<>();
    for (double v : b.values()) {
      values.add(v);
    }
    CategorySeries series = chart.addSeries(b.axisTitle(), b.labels(), values);
    series.setFillColor(BAR);
    return chart;
  }

  private static CategoryChart stacked(Print.Stacked s) {
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(height(s.rows().size(), longest(s.rows())))
        .title(s.title()).yAxisTitle(s.axisTitle()).build();
    axes(chart.getStyler());
    chart.getStyler().setStacked(true);
    chart.getStyler().setXAxisLabelRotation(60);
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    chart.getStyler().setAvailableSpaceFill(0.7);
    for (int k = 0; k < s.series().size(); k++) {
      List<Double> values = new ArrayList<>();
      for (double v : s.shares()[k]) {
        values.add(v);
      }
      chart.addSeries(s.series().get(k), s.rows(), values).setFillColor(SERIES[Math.min(k, SERIES.length - 1)]);
    }
    return chart;
  }

  private static HeatMapChart heat(Print.Heat h) {
    int longest = Math.max(longest(h.columns()), 1);
    HeatMapChart chart = new HeatMapChartBuilder().width(WIDTH)
        .height(Math.min(640, Math.max(240, 120 + 5 * longest + 22 * h.rows().size()))).title(h.title()).build();
    style(chart.getStyler());
    chart.getStyler().setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 8));
    chart.getStyler().setXAxisLabelRotation(60);
    chart.getStyler().setShowValue(h.rows().size() * h.columns().size() <= 120);
    chart.getStyler().setValueFont(new Font(Font.SANS_SERIF, Font.PLAIN, 6));
    chart.getStyler().setRangeColors(h.diverging()
        ? new Color[] {new Color(0xb2182b), Color.WHITE, new Color(0x2166ac)}
        : new Color[] {Color.WHITE, new Color(0x9ecae1), new Color(0x08306b)});
    chart.getStyler().setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 7));
    chart.getStyler().setHeatMapValueDecimalPattern("#,##0.##");
    chart.getStyler().setDecimalPattern("#,##0.##");
    List<Number[]> cells = new ArrayList<>();
    // XChart draws the first y label at the bottom; rows are reversed so the first row is at the top, as in plotly.
    List<String> rows = new ArrayList<>(h.rows());
    java.util.Collections.reverse(rows);
    double extreme = 0.05;
    for (int r = 0; r < h.rows().size(); r++) {
      for (int c = 0; c < h.columns().size(); c++) {
        double v = h.values()[r][c];
        if (!Double.isNaN(v)) {
          cells.add(new Number[] {c, h.rows().size() - 1 - r, v});
          extreme = Math.max(extreme, Math.abs(v));
        }
      }
    }
    HeatMapSeries series = chart.addSeries(h.scaleTitle(), h.columns(), rows, cells);
    if (h.diverging()) {
      // Centred on 0 like the report's diverging scale: red below, blue above, white at 0.
      series.setMin(-extreme).setMax(extreme);
    } else {
      series.setMin(0);
    }
    return chart;
  }

  /**
   * Means as points on a category axis; each interval [low, high] is drawn as the error bar of an unmarked point at
   * its midpoint with half its width, which spans exactly low to high (XChart's error bars are symmetric).
   */
  private static CategoryChart intervals(Print.Intervals p) {
    int n = p.labels().size();
    CategoryChart chart = new CategoryChartBuilder().width(WIDTH).height(height(n, longest(p.labels())))
        .title(p.title()).yAxisTitle(p.axisTitle()).build();
    axes(chart.getStyler());
    chart.getStyler().setLegendVisible(false);
    chart.getStyler().setXAxisLabelRotation(60);
    chart.getStyler().setDefaultSeriesRenderStyle(CategorySeries.CategorySeriesRenderStyle.Scatter);
    chart.getStyler().setErrorBarsColor(new Color(0x4c78a8));
    chart.getStyler().setOverlapped(true);
    List<String> labels = new ArrayList<>();
    List<Double> mid = new ArrayList<>();
    List<Double> half = new ArrayList<>();
    List<Double> means = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      labels.add(p.labels().get(i));
      boolean has = !Double.isNaN(p.low()[i]) && !Double.isNaN(p.high()[i]);
      mid.add(has ? (p.low()[i] + p.high()[i]) / 2 : p.mean()[i]);
      half.add(has ? (p.high()[i] - p.low()[i]) / 2 : 0.0);
      means.add(p.mean()[i]);
    }
    CategorySeries interval = chart.addSeries("95 % interval", labels, mid, half);
    interval.setMarker(SeriesMarkers.NONE);
    CategorySeries mean = chart.addSeries("mean", labels, means);
    mean.setMarker(SeriesMarkers.CIRCLE);
    mean.setMarkerColor(BAR);
    return chart;
  }

  private static XYChart lines(Print.Lines l) {
    XYChart chart = new XYChartBuilder().width(WIDTH).height(300).title(l.title()).yAxisTitle(l.axisTitle()).build();
    axes(chart.getStyler());
    chart.getStyler().setLegendPosition(Styler.LegendPosition.OutsideE);
    chart.getStyler().setDatePattern("yyyy-MM-dd");
    chart.getStyler().setXAxisLabelRotation(45);
    for (int k = 0; k < l.series().size(); k++) {
      List<Date> dates = l.dates().get(k).stream().map(d -> Date.from(d.atStartOfDay().toInstant(ZoneOffset.UTC))).toList();
      List<Double> values = new ArrayList<>();
      for (double v : l.values().get(k)) {
        values.add(v);
      }
      XYSeries s = chart.addSeries(l.series().get(k), dates, values);
      s.setLineColor(SERIES[k % SERIES.length]);
      s.setMarkerColor(SERIES[k % SERIES.length]);
      s.setMarker(SeriesMarkers.CIRCLE);
    }
    return chart;
  }

  /** The chart as a PNG at {@value #DPI} dpi. */
  static byte[] png(Chart<?, ?> chart) {
    try {
      Path tmp = Files.createTempFile("framing-chart", ".png");
      try {
        BitmapEncoder.saveBitmapWithDPI(chart, tmp.toString(), BitmapEncoder.BitmapFormat.PNG, DPI);
        return Files.readAllBytes(tmp);
      } finally {
        Files.deleteIfExists(tmp);
      }
    } catch (IOException e) {
      if (DiskFullException.isDiskFull(e)) {
        throw DiskFullException.writeFailed(Path.of(System.getProperty("java.io.tmpdir")), e);
      }
      throw new UncheckedIOException("cannot draw the chart " + chart.getTitle(), e);
    }
  }

  /** The chart as an SVG document, its size in points. */
  static byte[] svg(Chart<?, ?> chart) {
    VectorGraphics2D g = new VectorGraphics2D();
    chart.paint(g, chart.getWidth(), chart.getHeight());
    Processor processor = Processors.get("svg");
    Document doc = processor.getDocument(g.getCommands(), new PageSize(0, 0, chart.getWidth(), chart.getHeight()));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      doc.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
