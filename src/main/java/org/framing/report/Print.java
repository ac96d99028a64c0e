package org.framing.report;

import java.time.LocalDate;
import java.util.List;

/**
 * What a chart shows, as plain numbers, for its print-size PNG and SVG ({@link PrintCharts}). Each report chart
 * that has one carries it ({@link StyledFigure#print}); it holds the same numbers, from the same CSVs, as the
 * plotly figure, with the same encoding: bars, heatmap cells, stacked shares, means with their intervals, lines.
 */
sealed interface Print permits Print.Bars, Print.Heat, Print.Stacked, Print.Intervals, Print.Lines {

  /** The chart's title. */
  String title();

  /** One bar per label, in the order given. */
  record Bars(String title, List<String> labels, double[] values, String axisTitle) implements Print {}

  /** {@code values[row][column]} as colour; rows and columns in the order given. */
  record Heat(String title, List<String> columns, List<String> rows, double[][] values, String scaleTitle,
      boolean diverging) implements Print {}

  /** One bar per row, stacked from the series; {@code shares[series][row]}. */
  record Stacked(String title, List<String> rows, List<String> series, double[][] shares, String axisTitle)
      implements Print {}

  /** Per label a mean with its interval [low, high] (a 95 % bootstrap interval in the report). */
  record Intervals(String title, List<String> labels, double[] mean, double[] low, double[] high, String axisTitle)
      implements Print {}

  /** One line per series over dates; {@code values[series][i]} at {@code dates[series][i]}. */
  record Lines(String title, List<String> series, List<List<LocalDate>> dates, List<double[]> values,
      String axisTitle) implements Print {}
}
