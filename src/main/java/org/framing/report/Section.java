package org.framing.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Page;

/**
 * One section of the report: a title, a short text on how to read it, an optional note, and its content:
 * one or more figures (several are laid out as small multiples) or a table. Immutable; analyses add their own
 * sections to a {@link Report}.
 *
 * <p>The id names the section's anchor, its chart page {@code charts/<id>.html} and its figures' elements
 * ({@code <id>_0}, {@code <id>_1}...), so it is lower-case letters, digits and underscores.
 */
public final class Section {

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

  private final String id;
  private final String title;
  private final String howToRead;
  private final String note;
  private final List<Figure> figures;
  private final HtmlTable table;
  private final List<String> facts;

  private Section(String id, String title, String howToRead, String note, List<Figure> figures, HtmlTable table) {
    this(id, title, howToRead, note, figures, table, List.of());
  }

  private Section(String id, String title, String howToRead, String note, List<Figure> figures, HtmlTable table,
      List<String> facts) {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("section id must match " + ID + " but was '" + id + "'");
    }
    this.id = id;
    this.title = Objects.requireNonNull(title);
    this.howToRead = Objects.requireNonNull(howToRead);
    this.note = note;
    this.figures = List.copyOf(figures);
    this.table = table;
    this.facts = List.copyOf(facts);
  }

  /** A section showing one figure. */
  public static Section ofFigure(String id, String title, String howToRead, Figure figure) {
    return new Section(id, title, howToRead, null, List.of(figure), null);
  }

  /** A section showing several figures side by side (small multiples). */
  public static Section ofFigures(String id, String title, String howToRead, List<Figure> figures) {
    return new Section(id, title, howToRead, null, figures, null);
  }

  /** A section showing a table. */
  public static Section ofTable(String id, String title, String howToRead, HtmlTable table) {
    return new Section(id, title, howToRead, null, List.of(), Objects.requireNonNull(table));
  }

  /** This section with a note (plain text, shown under the how-to-read text). */
  public Section withNote(String text) {
    return new Section(id, title, howToRead, text, figures, table, facts);
  }

  /** This section with a table shown under its figures. */
  public Section withTable(HtmlTable newTable) {
    return new Section(id, title, howToRead, note, figures, Objects.requireNonNull(newTable), facts);
  }

  /** This section with a list of key facts (plain text lines) shown above its figures or table. */
  public Section withFacts(List<String> lines) {
    return new Section(id, title, howToRead, note, figures, table, lines);
  }

  /**
   * This section without the figures whose {@link Print} has nothing to draw ({@link Print#isEmpty}): its note
   * names each, and {@code notes} gets one line each; the section itself when every figure has something to draw.
   */
  Section withoutEmptyCharts(Consumer<String> notes) {
    List<Figure> kept = new ArrayList<>();
    List<String> empty = new ArrayList<>();
    for (Figure f : figures) {
      Print p = StyledFigure.printOf(f);
      if (p != null && p.isEmpty()) {
        empty.add("\"" + p.title() + "\"");
      } else {
        kept.add(f);
      }
    }
    if (empty.isEmpty()) {
      return this;
    }
    empty.forEach(t -> notes.accept("the chart " + t + " (" + title + ") has nothing to draw; left out of the report"));
    String said = "Left out, with nothing to draw: the chart" + (empty.size() == 1 ? " " : "s ") + String.join(", ", empty)
        + ".";
    return new Section(id, title, howToRead, note == null ? said : note + " " + said, kept, table, facts);
  }

  /** The key facts, possibly none. */
  public List<String> facts() {
    return facts;
  }

  /** The id: anchor, chart page name and element-name prefix. */
  public String id() {
    return id;
  }

  /** The heading. */
  public String title() {
    return title;
  }

  /** How to read the section, in plain text. */
  public String howToRead() {
    return howToRead;
  }

  /** The note, or {@code null}. */
  public String note() {
    return note;
  }

  /** The figures, possibly none. */
  public List<Figure> figures() {
    return figures;
  }

  /** The table, or {@code null}. */
  public HtmlTable table() {
    return table;
  }

  /** The element id of figure {@code i}: a valid JavaScript name, as Tablesaw declares a variable after it. */
  public String divName(int i) {
    return id + "_" + i;
  }

  /** The section as an HTML fragment, its figures drawn in place; {@code chartPage} is linked if not null. */
  String toHtml(String chartPage) {
    return toHtml(chartPage, null);
  }

  /**
   * {@link #toHtml(String)} with, under each figure that has a {@link Print}, links to its print-size files
   * {@code <printsFolder>png/<div>.png} and {@code <printsFolder>svg/<div>.svg} (none when {@code printsFolder}
   * is null).
   */
  String toHtml(String chartPage, String printsFolder) {
    return toHtml(chartPage, printsFolder, Set.of());
  }

  /** {@link #toHtml(String, String)} without print links for the figures whose div is in {@code unprinted}. */
  String toHtml(String chartPage, String printsFolder, Set<String> unprinted) {
    StringBuilder out = new StringBuilder();
    out.append("<section id=\"").append(id).append("\">\n");
    out.append("<h2>").append(Html.escape(title)).append("</h2>\n");
    out.append(body(printsFolder, unprinted));
    if (chartPage != null) {
      out.append("<p class=\"open\"><a href=\"").append(Html.href(chartPage))
          .append("\">Open this chart on its own page</a></p>\n");
    }
    return out.append("</section>\n").toString();
  }

  /** How to read, the note, then the figures or the table. */
  private String body() {
    return body(null, Set.of());
  }

  private String body(String printsFolder, Set<String> unprinted) {
    StringBuilder out = new StringBuilder();
    out.append("<p class=\"how\">").append(Html.escape(howToRead)).append("</p>\n");
    if (note != null) {
      out.append("<p class=\"note\">").append(Html.escape(note)).append("</p>\n");
    }
    if (!facts.isEmpty()) {
      out.append("<ul class=\"facts\" id=\"").append(id).append("_facts\">\n");
      facts.forEach(f -> out.append("<li>").append(Html.escape(f)).append("</li>\n"));
      out.append("</ul>\n");
    }
    out.append(figuresHtml(printsFolder, unprinted));
    if (table != null) {
      out.append(table.toHtml());
    }
    return out.toString();
  }

  /** The print-size file of figure {@code i}: {@code png/<div>.png} or {@code svg/<div>.svg}. */
  public String printFile(int i, String extension) {
    return extension + "/" + divName(i) + "." + extension;
  }

  private String figuresHtml(String printsFolder, Set<String> unprinted) {
    if (figures.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder(figures.size() > 1 ? "<div class=\"panels\">\n" : "");
    for (int i = 0; i < figures.size(); i++) {
      out.append("<div class=\"chart\" id=\"").append(divName(i)).append("\"></div>\n");
      out.append(figures.get(i).asJavascript(divName(i))).append('\n');
      if (printsFolder != null && StyledFigure.printOf(figures.get(i)) != null && !unprinted.contains(divName(i))) {
        out.append("<p class=\"print\">For print: <a href=\"").append(Html.href(printsFolder + printFile(i, "png")))
            .append("\">PNG</a> <a href=\"").append(Html.href(printsFolder + printFile(i, "svg")))
            .append("\">SVG</a></p>\n");
      }
    }
    return out.append(figures.size() > 1 ? "</div>\n" : "").toString();
  }

  /**
   * The section's figures as a standalone page loading plotly from {@code plotlyJsLocation}: Tablesaw's
   * {@link Page} for a single figure, the report's page frame for small multiples.
   */
  String chartPage(String plotlyJsLocation) {
    if (figures.size() == 1) {
      return Page.pageBuilder(figures.get(0), divName(0)).plotlyJsLocation(plotlyJsLocation).build().asJavascript();
    }
    return Html.page(title, plotlyJsLocation, body());
  }
}
