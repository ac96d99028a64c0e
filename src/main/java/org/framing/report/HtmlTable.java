package org.framing.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * A table for the report: a header and rows of text, every cell escaped when rendered. Columns whose cells are
 * all numbers are right-aligned.
 */
public final class HtmlTable {

  private static final Pattern NUMBER = Pattern.compile("-?[0-9][0-9,]*(\\.[0-9]+)?([eE][-+]?[0-9]+)?");

  private final List<String> header;
  private final List<List<String>> rows;

  private HtmlTable(List<String> header, List<List<String>> rows) {
    for (List<String> row : rows) {
      if (row.size() != header.size()) {
        throw new IllegalArgumentException("row " + row + " has " + row.size() + " cells, header " + header.size());
      }
    }
    this.header = List.copyOf(header);
    this.rows = rows.stream().map(List::copyOf).toList();
  }

  /** A table with the given header and rows (each row as long as the header). */
  public static HtmlTable of(List<String> header, List<List<String>> rows) {
    return new HtmlTable(header, rows);
  }

  /** A CSV file's header and rows, as read. */
  public static HtmlTable of(TextTable table) {
    return new HtmlTable(table.header(), table.rows());
  }

  /** The column names. */
  public List<String> header() {
    return header;
  }

  /** The rows, each a list of cells in header order. */
  public List<List<String>> rows() {
    return rows;
  }

  /** The table as an HTML {@code <table>}; every cell escaped. */
  public String toHtml() {
    StringBuilder out = new StringBuilder("<table>\n<thead><tr>");
    for (int c = 0; c < header.size(); c++) {
      out.append(cell("th", c, header.get(c)));
    }
    out.append("</tr></thead>\n<tbody>\n");
    for (List<String> row : rows) {
      out.append("<tr>");
      for (int c = 0; c < row.size(); c++) {
        out.append(cell("td", c, row.get(c)));
      }
      out.append("</tr>\n");
    }
    return out.append("</tbody>\n</table>\n").toString();
  }

  private String cell(String tag, int column, String text) {
    String open = numeric(column) ? "<" + tag + " class=\"num\">" : "<" + tag + ">";
    return open + Html.escape(text) + "</" + tag + ">";
  }

  private boolean numeric(int column) {
    return !rows.isEmpty() && rows.stream().allMatch(r -> NUMBER.matcher(r.get(column).strip()).matches());
  }
}
