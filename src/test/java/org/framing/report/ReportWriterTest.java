package org.framing.report;

import static org.framing.report.ChartsTest.count;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.framing.ingest.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportWriterTest {

  private static final List<String> CHART_DIVS = List.of("articles_tokens_0", "top_terms_0", "top_terms_1",
      "top_terms_2", "top_terms_3", "top_terms_4", "tfidf_heatmap_0");

  @TempDir
  Path tmp;

  private static String read(Path file) throws IOException {
    return Files.readString(file, StandardCharsets.UTF_8);
  }

  static List<String> all(String regex, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(text);
    while (m.find()) {
      found.add(m.group(1));
    }
    return found;
  }

  private static List<String> listNames(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void theStudyNameComesFromRunJsonNotFromTheStagingFolder() throws IOException {
    Path dir = ReportFixtures.copyStudy(tmp);
    Path staging = Files.move(dir, tmp.resolve(".nato-russia-council-2022.partial-123-456"));
    ReportWriter.render(staging);
    assertTrue(read(staging.resolve("report.html")).contains("<h1>Framing report: nato-russia-council-2022</h1>"));
    Files.delete(staging.resolve("run.json"));
    ReportWriter.render(staging);
    assertTrue(read(staging.resolve("report.html")).contains("<h1>Framing report: .nato-russia-council-2022.partial-123-456</h1>"));
  }

  @Test
  void writesReportChartPagesAndPlotly() throws IOException {
    Path dir = ReportFixtures.copyStudy(tmp);
    assertEquals(dir.resolve("report.html"), ReportWriter.render(dir));
    assertEquals(List.of("articles_tokens.html", "plotly.min.js", "png", "svg", "tfidf_heatmap.html", "top_terms.html"),
        listNames(dir.resolve("charts")));
    List<String> prints = CHART_DIVS.stream().map(d -> d + ".png").sorted().toList();
    assertEquals(prints, listNames(dir.resolve("charts/png")));
    assertEquals(prints.stream().map(p -> p.replace(".png", ".svg")).toList(), listNames(dir.resolve("charts/svg")));
    assertEquals(List.of("articles.csv", "boilerplate.csv", "charts", "outlets.csv", "report.html", "run.json",
        "term_frequencies.csv", "tfidf.csv"), listNames(dir));
    byte[] plotly = Files.readAllBytes(dir.resolve("charts/plotly.min.js"));
    try (InputStream bundled = getClass().getClassLoader().getResourceAsStream(ReportWriter.PLOTLY_RESOURCE)) {
      assertArrayEquals(bundled.readAllBytes(), plotly);
    }
    // plotly.js-dist-min 2.35.3 (the build checks its sha512): the minified bundle, not the webjar's 10.8 MB one.
    assertEquals(4_558_732, plotly.length);
    assertTrue(new String(plotly, 0, 40, java.nio.charset.StandardCharsets.UTF_8).startsWith("/**\n* plotly.js v2.35.3\n"));
  }

  @Test
  void pagesLoadPlotlyOnlyFromTheLocalCopyAndNameNoNetworkAddress() throws IOException {
    Path dir = ReportFixtures.copyStudy(tmp);
    ReportWriter.render(dir);
    String report = read(dir.resolve("report.html"));
    assertEquals(List.of("charts/plotly.min.js"), all("src=\"([^\"]*)\"", report));
    for (String page : List.of("articles_tokens.html", "tfidf_heatmap.html", "top_terms.html")) {
      assertEquals(List.of("plotly.min.js"), all("src=\"([^\"]*)\"", read(dir.resolve("charts/" + page))), page);
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".svg")) {
          // SVG names its XML namespaces and DTD by URI; a browser loads none of them.
          assertFalse(read(file).replace("http://www.w3.org/", "").contains("http"), file + " names a network address");
        } else if (!file.equals(dir.resolve("charts/plotly.min.js")) && !name.endsWith(".png")) {
          assertFalse(read(file).contains("http"), file + " names a network address");
        }
      }
    }
  }

  @Test
  void reportEmbedsEveryChartUnderItsHeadingAndHowToRead() throws IOException {
    Path dir = ReportFixtures.copyStudy(tmp);
    String report = read(ReportWriter.render(dir));
    assertTrue(report.contains("<h1>Framing report: nato-russia-council-2022</h1>"), report);
    assertTrue(report.contains("<ul class=\"facts\" id=\"overview_facts\">\n<li>5 outlets, 20 articles, 25,400 "
        + "tokens, dated 2022-01-12 to 2022-01-16.</li>\n</ul>"), report);
    assertEquals(List.of("overview", "articles_tokens", "top_terms", "tfidf_heatmap", "boilerplate", "files"),
        all("<section id=\"([a-z_]+)\">", report));
    assertEquals(List.of("Overview", "Articles and tokens per outlet", "Most distinctive terms per outlet",
        "Distinctive terms compared by outlet", "Boilerplate removed", "Data files"), all("<h2>([^<]*)</h2>", report));
    assertEquals(6, count(report, "<p class=\"how\">"));
    assertEquals(CHART_DIVS, all("<div class=\"chart\" id=\"([a-z_0-9]+)\"></div>", report));
    for (String div : CHART_DIVS) {
      assertTrue(report.contains("Plotly.newPlot(target_" + div + ", data, layout, config);"), div);
    }
    assertEquals(List.of("charts/articles_tokens.html", "charts/top_terms.html", "charts/tfidf_heatmap.html"),
        all("<p class=\"open\"><a href=\"([^\"]+)\">", report));
  }

  @Test
  void reportLinksEveryCsvPresentAndRunJson() throws IOException {
    Path dir = ReportFixtures.copyStudy(tmp);
    String report = read(ReportWriter.render(dir));
    assertEquals(List.of("articles.csv", "boilerplate.csv", "outlets.csv", "term_frequencies.csv", "tfidf.csv",
        "run.json"), all("<li><a href=\"([^\"]+)\">", report));
  }

  @Test
  void tablesHoldTheOverviewAndBoilerplateCounts() throws IOException {
    Path dir = ReportFixtures.copyStudy(tmp);
    String report = read(ReportWriter.render(dir));
    assertTrue(report.contains("<thead><tr><th>outlet</th><th class=\"num\">articles</th><th class=\"num\">tokens"
        + "</th><th class=\"num\">types</th><th>most distinctive term (TF-IDF)</th></tr></thead>"), report);
    assertTrue(report.contains("<tr><td>Egypt Today</td><td class=\"num\">2</td><td class=\"num\">1800</td>"
        + "<td class=\"num\">800</td><td>cairo</td></tr>"), report);
    assertTrue(report.contains("<tr><td>B92</td><td class=\"num\">4</td>"), report);
    assertTrue(report.contains("<td>kosovo</td></tr>"), report);
    assertTrue(report.contains("<tr><td>share_buttons</td><td class=\"num\">3</td><td class=\"num\">3</td></tr>\n"
        + "<tr><td>newsletter</td><td class=\"num\">1</td><td class=\"num\">1</td></tr>"), report);
  }

  @Test
  void hostileTermsStayTextAndAddNoScript() throws IOException {
    Path dir = ReportFixtures.copyStudy(tmp);
    String report = read(ReportWriter.render(dir));
    assertEquals(1 + CHART_DIVS.size(), count(report, "<script"));
    assertEquals(1 + CHART_DIVS.size(), count(report, "</script>"));
    assertFalse(report.contains("<script>document"), report);
    assertEquals(2, count(report, "\"&lt;/script&gt;&lt;script&gt;document.body.dataset.pwned=1&lt;/script&gt;\""));
    assertEquals(2, count(report, "\"the \\\"west\\\"\""));
    assertEquals(3, count(report, "\"kyiv’s\""));
    assertEquals(1, count(report, "\"москва\""));
    assertEquals(1, count(report, "\"q&amp;a\""));
  }

  @Test
  void groupingColumnComesFromTheHeaderAndGroupNamesAreEscaped() throws IOException {
    Path dir = Files.createDirectories(tmp.resolve("by-bias"));
    String hostile = "<i>Fox & \"Friends\"</i>";
    Files.writeString(dir.resolve("outlets.csv"), "bias,articles,tokens,types\n"
        + "\"" + hostile.replace("\"", "\"\"") + "\",3,900,400\nleft,2,1200,500\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("tfidf.csv"), "bias,term,ngram,tfidf,rank\n"
        + "\"" + hostile.replace("\"", "\"\"") + "\",freedom,1,0.2,1\nleft,workers,1,0.3,1\n", StandardCharsets.UTF_8);
    String report = read(ReportWriter.render(dir));
    assertTrue(report.contains("<h1>Framing report: by-bias</h1>"), report);
    assertTrue(report.contains("<h2>Most distinctive terms per bias</h2>"), report);
    assertTrue(report.contains("<tr><td>&lt;i&gt;Fox &amp; &quot;Friends&quot;&lt;/i&gt;</td>"), report);
    assertTrue(report.contains("title: '&lt;i&gt;Fox &amp; &quot;Friends&quot;&lt;/i&gt;',"), report);
    assertTrue(report.contains("y: [\"left\",\"&lt;i&gt;Fox &amp; \\\"Friends\\\"&lt;/i&gt;\"],"), report);
    assertFalse(report.contains("<i>"), report);
    assertEquals(List.of("outlets.csv", "tfidf.csv"), all("<li><a href=\"([^\"]+)\">", report));
  }

  @Test
  void optionalFilesMayBeMissing() throws IOException {
    Path dir = ReportFixtures.copyStudy(tmp);
    for (String name : List.of("articles.csv", "boilerplate.csv", "term_frequencies.csv", "run.json")) {
      Files.delete(dir.resolve(name));
    }
    String report = read(ReportWriter.render(dir));
    assertTrue(report.contains("<li>5 outlets, 20 articles, 25,400 tokens.</li>"), report);
    assertEquals(List.of("overview", "articles_tokens", "top_terms", "tfidf_heatmap", "files"),
        all("<section id=\"([a-z_]+)\">", report));
    assertEquals(List.of("outlets.csv", "tfidf.csv"), all("<li><a href=\"([^\"]+)\">", report));
  }

  @Test
  void missingTfidfSaysToRunTheJobFirst() throws IOException {
    Path dir = ReportFixtures.copyStudy(tmp);
    Files.delete(dir.resolve("tfidf.csv"));
    InputException e = assertThrows(InputException.class, () -> ReportWriter.render(dir));
    assertEquals(dir.resolve("tfidf.csv") + " not found: run the job for this study first, then render the report",
        e.getMessage());
    assertFalse(Files.exists(dir.resolve("report.html")));
  }

  @Test
  void missingOutletsSaysToRunTheJobFirst() {
    Path dir = tmp.resolve("never-run");
    InputException e = assertThrows(InputException.class, () -> ReportWriter.render(dir));
    assertEquals(dir.resolve("outlets.csv") + " not found: run the job for this study first, then render the "
        + "report", e.getMessage());
  }

  @Test
  void mismatchedGroupingIsAnInputException() throws IOException {
    Path dir = ReportFixtures.copyStudy(tmp);
    Files.writeString(dir.resolve("tfidf.csv"), "bias,term,ngram,tfidf,rank\nleft,workers,1,0.3,1\n");
    InputException e = assertThrows(InputException.class, () -> ReportWriter.render(dir));
    assertEquals(dir.resolve("tfidf.csv") + " groups by bias but " + dir.resolve("outlets.csv") + " by outlet: "
        + "both come from one run, so re-run the job", e.getMessage());
  }

  @Test
  void renderingAgainReplacesFilesAndLeavesNoTemporaryFile() throws IOException {
    Path dir = ReportFixtures.copyStudy(tmp);
    ReportWriter.render(dir);
    Files.writeString(dir.resolve("extra.csv"), "outlet,term,g2\nVOI,russia,12.5\n");
    String report = read(ReportWriter.render(dir));
    assertTrue(report.contains("<li><a href=\"extra.csv\">extra.csv</a></li>"), report);
    try (Stream<Path> files = Files.walk(dir)) {
      assertEquals(List.of(), files.map(p -> p.getFileName().toString())
          .filter(n -> n.startsWith(".") || n.endsWith(".tmp")).toList());
    }
  }

  @Test
  void otherAnalysesCanAppendSections() throws IOException {
    Path dir = ReportFixtures.copyStudy(tmp);
    Report report = ReportWriter.standardReport(dir);
    report.add(Section.ofTable("sentiment", "Sentiment <by> outlet", "Two sentences. On how to read it.",
        HtmlTable.of(List.of("outlet", "mean"), List.of(List.of("VOI", "-0.25")))));
    String html = read(ReportWriter.write(report, dir));
    assertEquals(List.of("overview", "articles_tokens", "top_terms", "tfidf_heatmap", "boilerplate", "sentiment",
        "files"), all("<section id=\"([a-z_]+)\">", html));
    assertTrue(html.contains("<h2>Sentiment &lt;by&gt; outlet</h2>"), html);
    assertTrue(html.contains("<tr><td>VOI</td><td class=\"num\">-0.25</td></tr>"), html);
    assertThrows(IllegalArgumentException.class, () -> report.add(Section.ofTable("sentiment", "again", "",
        HtmlTable.of(List.of("a"), List.of()))));
  }
  @Test
  void aChartWithNothingToDrawIsLeftOutWithANoteAndOneLine() throws IOException {
    Path dir = ReportFixtures.copyStudy(tmp);
    Report report = ReportWriter.standardReport(dir);
    TermScore sanctions = new TermScore("CGTN", "sanctions", 1, 2.5, 1);
    report.add(Section.ofFigures("panels", "Panels", "How to read.",
        List.of(Charts.topTermsPanel("VOI", List.of()), Charts.topTermsPanel("CGTN", List.of(sanctions)))));
    List<String> notes = new ArrayList<>();
    String html = read(ReportWriter.write(report, dir, notes::add));
    assertEquals(List.of("the chart \"VOI: top terms by TF-IDF\" (Panels) has nothing to draw; left out of the report"),
        notes);
    assertTrue(html.contains("<p class=\"note\">Left out, with nothing to draw: the chart &quot;VOI: top terms by "
        + "TF-IDF&quot;.</p>"), html);
    // The CGTN panel is drawn as the section's only figure, in the page and at print size.
    assertEquals(List.of("panels_0"), all("<div class=\"chart\" id=\"(panels_[0-9]+)\"></div>", html));
    assertTrue(html.contains("\"sanctions\""), "the CGTN panel's term");
    assertTrue(Files.size(dir.resolve("charts/png/panels_0.png")) > 1000);
    assertFalse(Files.exists(dir.resolve("charts/png/panels_1.png")));
  }

  @Test
  void aPrintThatFailsToDrawIsANoteAndTheRestIsWritten() throws IOException {
    Path dir = ReportFixtures.copyStudy(tmp);
    Report report = ReportWriter.standardReport(dir);
    // Two labels, one value: XChart refuses it ("X and Y-Axis sizes are not the same!!!").
    Print broken = new Print.Bars("Broken", List.of("a", "b"), new double[] {1}, "n");
    report.add(Section.ofFigure("broken", "Broken chart", "How to read.", new StyledFigure(
        Charts.builder(tech.tablesaw.plotly.components.Layout.builder().build()), "", broken)));
    List<String> notes = new ArrayList<>();
    String html = read(ReportWriter.write(report, dir, notes::add));
    assertEquals(List.of("the print-size PNG and SVG of the chart \"Broken\" could not be drawn "
        + "(IllegalArgumentException: X and Y-Axis sizes are not the same!!!); left out"), notes);
    assertTrue(html.contains("<p class=\"note\">The print-size PNG and SVG of the chart &quot;Broken&quot; could not be "
        + "drawn (IllegalArgumentException: X and Y-Axis sizes are not the same!!!) and are left out.</p>"), html);
    assertFalse(html.contains("charts/png/broken_0.png"), "a link to a PNG that was not drawn");
    assertFalse(Files.exists(dir.resolve("charts/png/broken_0.png")));
    for (String div : CHART_DIVS) {
      assertTrue(Files.exists(dir.resolve("charts/png/" + div + ".png")), div);
    }
  }
}
