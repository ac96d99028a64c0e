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

  /** Whether there is nothing to draw (no label, no cell, no point): such a chart is left out with a note. */
  boolean isEmpty();

  /** One bar per label, in the order given. */
  record Bars(String title, List<String> labels, double[] values, String axisTitle) implements Print {
    @Override
    public boolean isEmpty() {
      return labels.isEmpty() || values.length == 0;
    }
  }

  /** {@code values[row][column]} as colour; rows and columns in the order given. */
  record Heat(String title, List<String> columns, List<String> rows, double[][] values, String scaleTitle,
      boolean diverging) implements Print {
    @Override
    public boolean isEmpty() {
      for (double[] row : values) {
        for (double v : row) {
          if (!Double.isNaN(v)) {
            return columns.isEmpty() || rows.isEmpty();
          }
        }
      }
      return true;
    }
  }

  /** One bar per row, stacked from the series; {@code shares[series][row]}. */
  record Stacked(String title, List<String> rows, List<String> series, double[][] shares, String axisTitle)
      implements Print {
    @Override
    public boolean isEmpty() {
      return rows.isEmpty() || series.isEmpty();
    }
  }

  /** Per label a mean with its interval [low, high] (a 95 % bootstrap interval in the report). */
  record Intervals(String title, List<String> labels, double[] mean, double[] low, double[] high, String axisTitle)
      implements Print {
    @Override
    public boolean isEmpty() {
      return labels.isEmpty();
    }
  }

  /** One line per series over dates; {@code values[series][i]} at {@code dates[series][i]}. */
  record Lines(String title, List<String> series, List<List<LocalDate>> dates, List<double[]> values,
      String axisTitle) implements Print {
    @Override
    public boolean isEmpty() {
      return values.stream().allMatch(v -> v.length == 0);
    }
  }
}
