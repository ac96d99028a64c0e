package org.framing.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.plotly.components.Figure;

class ChartsTest {

  private static final String SCRIPT_TERM_IN_JS =
      "&lt;/script&gt;&lt;script&gt;document.body.dataset.pwned=1&lt;/script&gt;";

  @TempDir
  Path dir;

  @Test
  void groupsAreOrderedByTokensThenName() {
    StudyData data = ReportFixtures.load(dir);
    assertEquals("outlet", data.groupColumn());
    assertEquals(ReportFixtures.GROUPS, data.largestGroups(Charts.MAX_GROUPS));
    assertEquals(List.of("Press TV", "CGTN"), data.largestGroups(2));
  }

  @Test
  void topTermsMixUnigramsAndBigramsByTfidf() {
    StudyData data = ReportFixtures.load(dir);
    assertEquals(List.of("zionist", "hegemony", "the \"west\"", "us hegemony", "null", "washington", "1e5",
            "resistance", "true", "tehran"),
        data.topTerms("Press TV", Charts.TOP_TERMS).stream().map(TermScore::term).toList());
    assertEquals(List.of("cairo", "aswan", "suez"),
        data.topTerms("Egypt Today", Charts.TOP_TERMS).stream().map(TermScore::term).toList());
  }

  @Test
  void topTermsPanelHoldsTheGroupsTermsHighestFirst() {
    StudyData data = ReportFixtures.load(dir);
    List<Figure> panels = Charts.topTerms(data, data.largestGroups(Charts.MAX_GROUPS));
    assertEquals(5, panels.size());
    String js = panels.get(0).asJavascript("top_terms_0");
    assertTrue(js.contains("title: 'Press TV',"), js);
    assertTrue(js.contains("x: [0.052, 0.048, 0.045, 0.035, 0.03, 0.025, 0.02, 0.015, 0.01, 0.008],"), js);
    assertTrue(js.contains("y: [\"zionist\",\"hegemony\",\"the \\\"west\\\"\",\"us hegemony\",\"null\","
        + "\"washington\",\"1e5\",\"resistance\",\"true\",\"tehran\"],"), js);
    assertTrue(js.contains("autorange: 'reversed',\n    type: 'category',"), js);
    String cgtn = panels.get(1).asJavascript("top_terms_1");
    assertTrue(cgtn.contains("y: [\"multilateral\",\"cold war\",\"" + SCRIPT_TERM_IN_JS + "\",\"москва\","
        + "\"cooperation\"],"), cgtn);
  }

  @Test
  void heatmapColumnsAreTheUnionOfEachGroupsTopThree() {
    StudyData data = ReportFixtures.load(dir);
    TermMatrix matrix = TermMatrix.of(data, data.largestGroups(Charts.MAX_GROUPS), Charts.HEATMAP_TERMS);
    assertEquals(ReportFixtures.GROUPS, matrix.groups());
    assertEquals(List.of("zionist", "hegemony", "the \"west\"", "multilateral", "cold war",
        ReportFixtures.SCRIPT_TERM, "kosovo", "kyiv’s", "nato russia", "russia", "cairo", "aswan", "suez"),
        matrix.terms());
    double[][] z = matrix.values();
    assertArrayEquals(new double[] {0.052, 0.048, 0.045, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0}, z[0]);
    assertArrayEquals(new double[] {0, 0, 0, 0.041, 0.038, 0.036, 0, 0, 0, 0, 0, 0, 0}, z[1]);
    assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0, 0.061, 0.044, 0.042, 0, 0, 0, 0}, z[2]);
    assertArrayEquals(new double[] {0, 0.005, 0, 0, 0, 0, 0, 0.028, 0.029, 0.03, 0, 0, 0}, z[3]);
    assertArrayEquals(new double[] {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.07, 0.05, 0.05}, z[4]);
  }

  @Test
  void heatmapScriptCarriesTheMatrixWithLabelsEscaped() {
    StudyData data = ReportFixtures.load(dir);
    TermMatrix matrix = TermMatrix.of(data, data.largestGroups(Charts.MAX_GROUPS), Charts.HEATMAP_TERMS);
    String js = Charts.tfidfHeatmap("outlet", matrix).asJavascript("tfidf_heatmap_0");
    assertTrue(js.contains("x: [\"zionist\",\"hegemony\",\"the \\\"west\\\"\",\"multilateral\",\"cold war\",\""
        + SCRIPT_TERM_IN_JS + "\",\"kosovo\",\"kyiv’s\",\"nato russia\",\"russia\",\"cairo\",\"aswan\",\"suez\"],"),
        js);
    assertTrue(js.contains("y: [\"Press TV\",\"CGTN\",\"B92\",\"VOI\",\"Egypt Today\"],"), js);
    assertTrue(js.contains("z: [[0.052,0.048,0.045,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,0.0,],"), js);
    assertTrue(js.contains("title: 'TF-IDF of each outlet&#39;s top 3 terms',"), js);
    assertEquals(1, count(js, "<script"), "only the figure's own script: " + js);
    assertEquals(1, count(js, "</script"), "only the figure's own script: " + js);
  }

  @Test
  void articlesAndTokensShareTheGroupAxis() {
    StudyData data = ReportFixtures.load(dir);
    String js = Charts.articlesAndTokens("outlet", data.groups()).asJavascript("articles_tokens_0");
    assertTrue(js.contains("x: [6.0, 5.0, 4.0, 3.0, 2.0],\ny: [\"Press TV\",\"CGTN\",\"B92\",\"VOI\","
        + "\"Egypt Today\"],"), js);
    assertTrue(js.contains("x: [8100.0, 7400.0, 5200.0, 2900.0, 1800.0],"), js);
    assertTrue(js.contains("xaxis: 'x2',\nyaxis: 'y',\ntype: 'bar',\nname: 'tokens',"), js);
    assertTrue(js.contains("title: 'Articles (left) and tokens (right) per outlet',"), js);
  }

  @Test
  void thePrintOfArticlesAndTokensKeepsTheFortyGroupsWithTheMostTokens() {
    List<GroupSize> groups = new java.util.ArrayList<>();
    for (int i = 0; i < 45; i++) {
      groups.add(new GroupSize("g" + i, 1 + i % 3, 1000 - i, 100));
    }
    Print.Bars print = (Print.Bars) StyledFigure.printOf(Charts.articlesAndTokens("outlet", groups));
    assertEquals("Tokens per outlet (articles in brackets), the 40 with the most", print.title());
    assertEquals(40, print.labels().size());
    assertEquals(List.of("g0 (1)", "g1 (2)"), print.labels().subList(0, 2));
    assertEquals("g39 (1)", print.labels().get(39));
    assertEquals(961.0, print.values()[39]);
    // The web chart keeps every group.
    assertTrue(Charts.articlesAndTokens("outlet", groups).asJavascript("a_0").contains("\"g44\""));
    Print.Bars all = (Print.Bars) StyledFigure.printOf(Charts.articlesAndTokens("outlet", groups.subList(0, 40)));
    assertEquals("Tokens per outlet (articles in brackets)", all.title());
  }

  @Test
  void hostileGroupNamesCannotBreakTheScript() {
    String name = "Fox \\ \"News\" <i>'s</i>\nonline </script>";
    Figure panel = Charts.topTermsPanel(name, List.of(new TermScore(name, "a</script>b", 1, 0.5, 1)));
    String js = panel.asJavascript("p_0");
    assertFalse(js.contains("</script>b"), js);
    assertEquals(1, count(js, "</script>"), js);
    assertTrue(js.contains("title: 'Fox \\\\ &quot;News&quot; &lt;i&gt;&#39;s&lt;/i&gt; online &lt;/script&gt;',"),
        js);
    assertTrue(js.contains("y: [\"a&lt;/script&gt;b\"],"), js);
  }

  @Test
  void plotTextEscapesMarkupForDataAndBackslashesForTemplates() {
    assertEquals("q&amp;a &lt;b&gt; \"x\"", PlotText.data("q&a <b> \"x\""));
    assertEquals("a\\\\b c d", PlotText.template("a\\b\nc\td"));
  }

  @Test
  void atMostTwelveGroupsAreChartedAndTheRestNamed() {
    List<GroupSize> groups = new ArrayList<>();
    List<TermScore> scores = new ArrayList<>();
    IntStream.rangeClosed(1, 14).forEach(i -> {
      String g = String.format("outlet %02d", i);
      groups.add(new GroupSize(g, 1, 1000 - i, 10));
      scores.add(new TermScore(g, "term " + i, 2, 0.1, 1));
    });
    StudyData data = new StudyData("big", "country", groups, scores);
    Section section = Sections.topTerms(data);
    assertEquals(12, section.figures().size());
    assertEquals("Only the 12 with the most tokens are shown: outlet 01, outlet 02, outlet 03, outlet 04, "
        + "outlet 05, outlet 06, outlet 07, outlet 08, outlet 09, outlet 10, outlet 11, outlet 12. Not shown: "
        + "outlet 13, outlet 14 (their scores are in tfidf.csv).", section.note());
    assertEquals("Most distinctive terms per country", section.title());
    assertEquals(12, TermMatrix.of(data, data.largestGroups(Charts.MAX_GROUPS), 3).groups().size());
  }

  @Test
  void labelMarginGrowsWithTheLongestLabelWithinBounds() {
    assertEquals(50, Charts.labelMargin(List.of("a")));
    assertEquals(20 + 7 * 11, Charts.labelMargin(List.of("Egypt Today", "VOI")));
    assertEquals(260, Charts.labelMargin(List.of(ReportFixtures.SCRIPT_TERM)));
  }

  static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
