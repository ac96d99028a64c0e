package org.framing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.framing.ingest.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tech.tablesaw.plotly.components.Figure;

class KeynessReportTest {

  private static final String SCRIPT_TERM_IN_JS =
      "&lt;/script&gt;&lt;script&gt;document.body.dataset.pwned=1&lt;/script&gt;";

  @TempDir
  Path dir;

  private Report report() {
    Path study = ReportFixtures.copyStudyWithKeyness(dir);
    return ReportWriter.standardReport(study);
  }

  private static Section section(Report report, String id) {
    return report.sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void keynessAndSimilarityFollowTheTermSections() {
    assertEquals(List.of("overview", "articles_tokens", "top_terms", "tfidf_heatmap", "keyness", "similarity",
        "boilerplate"), report().sections().stream().map(Section::id).toList());
  }

  @Test
  void noSectionWithoutTheCsvs() {
    Path study = ReportFixtures.copyStudy(dir);
    Report report = KeynessReport.addTo(ReportWriter.standardReport(study), study);
    assertFalse(report.sections().stream().anyMatch(s -> s.id().equals("keyness") || s.id().equals("similarity")));
  }

  @Test
  void keynessPanelsFollowTheGroupsByTokensAndShowOneAgainstTheRestOnly() {
    Section keyness = section(report(), "keyness");
    assertEquals("Terms each outlet uses more or less than the rest", keyness.title());
    assertNull(keyness.note());
    List<String> titles = keyness.figures().stream().map(f -> f.asJavascript("k")).map(js ->
        js.substring(js.indexOf("title: '") + 8, js.indexOf("'", js.indexOf("title: '") + 8))).toList();
    assertEquals(List.of("Press TV vs rest", "CGTN vs rest", "B92 vs rest", "VOI vs rest", "Egypt Today vs rest"),
        titles);
    String b92 = keyness.figures().get(2).asJavascript("keyness_2");
    assertTrue(b92.contains("y: [\"kosovo\",\"kyiv’s\",\"nato russia\",\"q&amp;a\",\"hegemony\"],"), b92);
    assertFalse(b92.contains("1.21"), "the pairwise row B92 vs CGTN is not charted");
  }

  @Test
  void panelHoldsEightTermsPerSideByLogOddsZWithCountsInTheHoverText() {
    String js = section(report(), "keyness").figures().get(0).asJavascript("keyness_0");
    assertTrue(js.contains("x: [4.4, 4.3, 3.5, 3.2, 2.6, 2.3, 2.2, 1.9, -2.4, -2.7],"), js);
    assertTrue(js.contains("y: [\"zionist\",\"hegemony\",\"the \\\"west\\\"\",\"us hegemony\",\"null\","
        + "\"washington\",\"1e5\",\"resistance\",\"talks\",\"kosovo\"],"), js);
    assertEquals(8, ChartsTest.count(js, "#4c78a8"), "blue bars: used more than the rest");
    assertEquals(2, ChartsTest.count(js, "#f58518"), "orange bars: used less");
    assertTrue(js.contains("trace0.hovertext = [\"zionist<br>log-odds z 4.40, G² 28.30<br>14 in Press TV, 0 in the "
        + "reference\","), js);
    assertTrue(js.contains("\"the \\\"west\\\"<br>log-odds z 3.50, G² 16.20<br>13 in Press TV, 1 in the reference\""),
        js);
    assertTrue(js.contains("trace0.hoverinfo = 'text';"), js);
    assertFalse(js.contains("\"true\""), "the 9th over-used term is cut");
  }

  @Test
  void hostileTermsAreEscapedInLabelsAndHoverText() {
    String js = section(report(), "keyness").figures().get(1).asJavascript("keyness_1");
    assertTrue(js.contains("\"" + SCRIPT_TERM_IN_JS + "\",\"москва\""), js);
    assertTrue(js.contains("\"" + SCRIPT_TERM_IN_JS + "<br>log-odds z 2.10"), js);
    assertEquals(1, ChartsTest.count(js, "</script>"), js);
    String name = "Fox \\ \"News\" <i>'s</i>\n</script>";
    Figure panel = KeynessCharts.keynessPanel(name + " vs rest", name, List.of(new KeyTerm("a</script>b", 1, 3, 0, 5, 2)));
    String hostile = panel.asJavascript("p_0");
    assertEquals(1, ChartsTest.count(hostile, "</script>"), hostile);
    assertTrue(hostile.contains("title: 'Fox \\\\ &quot;News&quot; &lt;i&gt;&#39;s&lt;/i&gt; &lt;/script&gt; vs rest',"),
        hostile);
    assertTrue(hostile.contains("[\"a&lt;/script&gt;b<br>log-odds z 2.00, G² 5.00<br>3 in Fox \\\\ \\\"News\\\" "
        + "&lt;i&gt;'s&lt;/i&gt;\\n&lt;/script&gt;, 0 in the reference\"]"), hostile);
  }

  @Test
  void distinctiveTakesTheExtremesOfEachSideHighestFirst() {
    List<KeyTerm> terms = new ArrayList<>();
    IntStream.rangeClosed(-5, 5).forEach(z -> terms.add(new KeyTerm("t" + z, 1, 1, 1, z, z)));
    terms.add(new KeyTerm("u5", 1, 1, 1, 5, 5));
    List<String> shown = KeynessCharts.distinctive(terms, 2).stream().map(KeyTerm::term).toList();
    assertEquals(List.of("t5", "u5", "t-4", "t-5"), shown);
  }

  @Test
  void similarityHeatmapIsTheGroupMatrixByTokens() {
    Section similarity = section(report(), "similarity");
    assertEquals("How alike the outlets' vocabularies are", similarity.title());
    String js = similarity.figures().get(0).asJavascript("similarity_0");
    assertTrue(js.contains("x: [\"Press TV\",\"CGTN\",\"B92\",\"VOI\",\"Egypt Today\"],"), js);
    assertTrue(js.contains("y: [\"Press TV\",\"CGTN\",\"B92\",\"VOI\",\"Egypt Today\"],"), js);
    assertTrue(js.contains("z: [[1.0,0.078,0.056,0.0,0.0,],[0.078,1.0,0.13,0.149,0.0,],"), js);
    assertTrue(js.contains("title: 'Cosine similarity of each outlet&#39;s TF-IDF',"), js);
    assertTrue(js.contains("zmin: 0, zmax: 1"), js);
  }

  @Test
  void similarityWithoutADiagonalRowIsAnInputError() throws Exception {
    Path study = ReportFixtures.copyStudyWithKeyness(dir);
    Files.writeString(study.resolve("similarity.csv"), "outlet_a,outlet_b,cosine\nB92,CGTN,0.1\n");
    InputException e = org.junit.jupiter.api.Assertions.assertThrows(InputException.class,
        () -> KeynessReport.addTo(new Report("x"), study));
    assertEquals(study.resolve("similarity.csv") + " has no row B92,B92: it holds every ordered pair of groups; "
        + "re-run the job to rewrite it", e.getMessage());
  }

  @Test
  void manyGroupsAreCutAndNamedInANote() {
    List<String> groups = IntStream.rangeClosed(1, 14).mapToObj(i -> String.format("g%02d", i)).toList();
    StringBuilder csv = new StringBuilder("comparison,target,reference,term,ngram,n_target,n_reference,g2,p,p_adj,"
        + "log_odds_z,log_ratio\n");
    groups.forEach(g -> csv.append(g).append(" vs rest,").append(g).append(",rest,w,1,3,0,5,0.02,0.03,2,3\n"));
    Path file = dir.resolve("keyness.csv");
    try {
      Files.writeString(file, csv);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Section section = KeynessReport.keyness("country", TextTable.read(file), groups);
    assertEquals(12, section.figures().size());
    assertEquals("Only the 12 with the most tokens are shown: g01, g02, g03, g04, g05, g06, g07, g08, g09, g10, "
        + "g11, g12. Not shown: g13, g14 (their scores are in keyness.csv).", section.note());
  }
}
