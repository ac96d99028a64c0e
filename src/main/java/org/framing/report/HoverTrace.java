package org.framing.report;

import java.util.List;
import tech.tablesaw.plotly.Utils;
import tech.tablesaw.plotly.components.HoverLabel;
import tech.tablesaw.plotly.traces.Trace;

/**
 * A Tablesaw trace plus per-point hover text, which Tablesaw's bar builder lacks. Each point's text is lines
 * of data joined by plotly's {@code <br>}; every line passes through {@link PlotText#data} and the array is
 * written by Tablesaw's own {@link Utils#dataAsString} (JSON string escaping), exactly as bar labels are, so a
 * term with quotes, {@code <} or {@code </script>} shows as written and cannot break the script.
 */
final class HoverTrace implements Trace {

  private final Trace trace;
  private final List<List<String>> lines;

  /** {@code trace} with hover text {@code lines.get(i)} for point i. */
  HoverTrace(Trace trace, List<List<String>> lines) {
    this.trace = trace;
    this.lines = List.copyOf(lines);
  }

  @Override
  public String asJavascript(int i) {
    Object[] text = lines.stream()
        .map(point -> String.join("<br>", point.stream().map(PlotText::data).toList())).toArray();
    return trace.asJavascript(i) + "\ntrace" + i + ".hovertext = " + Utils.dataAsString(text) + ";\ntrace" + i
        + ".hoverinfo = 'text';\n";
  }

  @Override
  public String name() {
    return trace.name();
  }

  @Override
  public HoverLabel hoverLabel() {
    return trace.hoverLabel();
  }

  @Override
  public boolean showLegend() {
    return trace.showLegend();
  }
}
