package org.framing.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The report page, modelled as an ordered list of {@link Section}s under a title, with intro paragraphs and
 * links to the data files. Analyses append their sections with {@link #add}; {@link ReportWriter#write} writes
 * the page and one chart page per section with figures.
 */
public final class Report {

  private final String title;
  private final List<String> paragraphs = new ArrayList<>();
  private final List<Section> sections = new ArrayList<>();
  private final Map<String, String> files = new LinkedHashMap<>();
  private String evidence = "";

  /** An empty report under {@code title} (plain text). */
  public Report(String title) {
    this.title = title;
  }

  /** Adds a paragraph (plain text) under the title. */
  public Report addParagraph(String text) {
    paragraphs.add(text);
    return this;
  }

  /** Appends a section; its id must be new (and not {@code files}, the data files' anchor). */
  public Report add(Section section) {
    if (section.id().equals("files") || sections.stream().anyMatch(s -> s.id().equals(section.id()))) {
      throw new IllegalArgumentException("the report already has a section " + section.id());
    }
    sections.add(section);
    return this;
  }

  /**
   * Adds {@code sentence} to the note of each section whose id is in {@code ids} (after its own note, if any).
   */
  public Report addToNotes(java.util.Set<String> ids, String sentence) {
    for (int i = 0; i < sections.size(); i++) {
      Section s = sections.get(i);
      if (ids.contains(s.id())) {
        sections.set(i, s.withNote(s.note() == null ? sentence : s.note() + " " + sentence));
      }
    }
    return this;
  }

  /** Sets the evidence panel's markup ({@link EvidencePanel#html}), placed at the end of the page. */
  Report withEvidence(String html) {
    evidence = html;
    return this;
  }

  /**
   * Leaves out every chart with nothing to draw ({@link Section#withoutEmptyCharts}), each named in its
   * section's note and passed to {@code notes} as one line.
   */
  Report withoutEmptyCharts(java.util.function.Consumer<String> notes) {
    sections.replaceAll(s -> s.withoutEmptyCharts(notes));
    return this;
  }

  /** Links a data file (a path relative to the report) with a one-line description, possibly empty. */
  public Report addFile(String relativePath, String description) {
    files.put(relativePath, description);
    return this;
  }

  /** The title. */
  public String title() {
    return title;
  }

  /** The sections, in page order. */
  public List<Section> sections() {
    return List.copyOf(sections);
  }

  /** The linked data files (relative path to description), in page order. */
  public Map<String, String> files() {
    return Map.copyOf(files);
  }

  /**
   * The page: title, paragraphs, contents, every section with its figures drawn in place, then the data
   * files. Plotly is loaded from {@code plotlyJsLocation} only; chart pages are linked from
   * {@code chartsFolder + <id>.html}.
   */
  public String toHtml(String plotlyJsLocation, String chartsFolder) {
    return toHtml(plotlyJsLocation, chartsFolder, java.util.Set.of());
  }

  /** {@link #toHtml(String, String)} without print links for the figures whose div is in {@code unprinted}. */
  String toHtml(String plotlyJsLocation, String chartsFolder, java.util.Set<String> unprinted) {
    StringBuilder body = new StringBuilder();
    paragraphs.forEach(p -> body.append("<p>").append(Html.escape(p)).append("</p>\n"));
    body.append(contents());
    for (Section section : sections) {
      body.append(section.toHtml(section.figures().isEmpty() ? null : chartsFolder + section.id() + ".html",
          chartsFolder, unprinted));
    }
    body.append(filesHtml());
    body.append(evidence);
    return Html.page(title, plotlyJsLocation, body.toString());
  }

  private String contents() {
    StringBuilder out = new StringBuilder("<nav class=\"toc\">");
    for (Section section : sections) {
      out.append("<a href=\"#").append(section.id()).append("\">").append(Html.escape(section.title()))
          .append("</a> ");
    }
    if (!files.isEmpty()) {
      out.append("<a href=\"#files\">Data files</a>");
    }
    return out.append("</nav>\n").toString();
  }

  private String filesHtml() {
    if (files.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder("<section id=\"files\">\n<h2>Data files</h2>\n<p class=\"how\">"
        + "The numbers behind this page, as the job wrote them: UTF-8 CSV files with a header, and the run's "
        + "settings in run.json.</p>\n<ul class=\"files\">\n");
    files.forEach((path, description) -> {
      out.append("<li><a href=\"").append(Html.href(path)).append("\">").append(Html.escape(path)).append("</a>");
      out.append(description.isEmpty() ? "" : ": " + Html.escape(description)).append("</li>\n");
    });
    return out.append("</ul>\n</section>\n").toString();
  }
}
