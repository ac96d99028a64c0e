package org.framing.report;

/**
 * Makes scraped text safe to hand to Tablesaw's plotly templates, which inline it into a {@code <script>}.
 *
 * <p>Tablesaw writes data arrays (bar labels, heatmap axes) as JSON strings, escaping quotes and backslashes
 * but not {@code <}, so {@code </script>} in a term would end the script. Plotly treats {@code <b>}, {@code <br>}
 * and the like in labels as markup and decodes HTML entities, so {@link #data} writes {@code & < >} as entities:
 * the script stays intact and plotly shows the original characters. Titles and trace names go through Pebble's
 * HTML escaping into single-quoted JavaScript strings, which leaves backslashes and line breaks alone; {@link
 * #template} doubles the one and turns the others into spaces. Both show invisible direction and zero-width
 * characters as {@code [U+XXXX]} ({@link Html#showInvisible}).
 */
final class PlotText {

  private PlotText() {}

  /** For strings Tablesaw writes into data arrays ({@code x}, {@code y}). */
  static String data(String text) {
    return Html.showInvisible(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  /** For strings Tablesaw writes through a Pebble template (layout and axis titles, trace names). */
  static String template(String raw) {
    String text = Html.showInvisible(raw);
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        out.append("\\\\");
      } else if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /** {@link #data} applied to each string. */
  static Object[] data(java.util.List<String> texts) {
    return texts.stream().map(PlotText::data).toArray();
  }
}
