package org.framing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The rendered report as headless Chromium draws it: every chart drawn, no fixture script run. */
class ReportBrowserTest {

  private static final List<String> CHART_DIVS = List.of("articles_tokens_0", "top_terms_0", "top_terms_1",
      "top_terms_2", "top_terms_3", "top_terms_4", "tfidf_heatmap_0", "keyness_0", "keyness_1", "keyness_2", "keyness_3",
      "keyness_4", "similarity_0");

  @TempDir
  static Path tmp;

  static Path report;

  @BeforeAll
  static void render() {
    Path study = ReportFixtures.copyStudyWithKeyness(tmp);
    report = ReportWriter.render(study);
  }

  @BeforeEach
  void requireBrowser() {
    Chromium.requireOrSkip();
  }

  /** The part of the DOM from a chart's div up to the next chart or the end of its section. */
  private static String chartDom(String dom, String div) {
    int start = dom.indexOf("id=\"" + div + "\"");
    assertTrue(start >= 0, "no element " + div);
    int end = dom.indexOf("</section>", start);
    for (String other : CHART_DIVS) {
      int next = dom.indexOf("id=\"" + other + "\"", start + 1);
      if (next > start && next < end) {
        end = next;
      }
    }
    return dom.substring(start, end);
  }

  @Test
  void everyChartIsDrawnWithItsLabels() {
    String dom = Chromium.dumpDom(report);
    for (String div : CHART_DIVS) {
      assertTrue(chartDom(dom, div).contains("<svg class=\"main-svg\""), div + " was not drawn");
    }
    for (String group : ReportFixtures.GROUPS) {
      assertTrue(chartDom(dom, "articles_tokens_0").contains(">" + group + "</text>"), group);
      assertTrue(chartDom(dom, "tfidf_heatmap_0").contains(">" + group + "</text>"), group);
    }
    String pressTv = chartDom(dom, "top_terms_0");
    assertTrue(pressTv.contains(">Press TV</text>"), "panel title");
    for (String term : List.of("zionist", "the \"west\"", "null", "1e5", "true", "tehran")) {
      assertTrue(pressTv.contains(">" + term + "</text>"), term);
    }
    assertFalse(pressTv.contains(">regime change</text>"), "11th term drawn");
    assertTrue(chartDom(dom, "top_terms_1").contains(">москва</text>"));
    assertTrue(chartDom(dom, "top_terms_2").contains(">kyiv’s</text>"));
    assertTrue(chartDom(dom, "top_terms_2").contains(">q&amp;a</text>"));
    String keyness = chartDom(dom, "keyness_0");
    assertTrue(keyness.contains(">Press TV vs rest</text>"), "keyness panel title");
    for (String term : List.of("zionist", "the \"west\"", "1e5", "resistance", "talks", "kosovo")) {
      assertTrue(keyness.contains(">" + term + "</text>"), term);
    }
    assertFalse(keyness.contains(">true</text>"), "9th over-used term drawn");
    assertTrue(chartDom(dom, "keyness_1").contains(">москва</text>"));
    assertTrue(chartDom(dom, "keyness_2").contains(">q&amp;a</text>"));
    for (String group : ReportFixtures.GROUPS) {
      assertTrue(chartDom(dom, "similarity_0").contains(">" + group + "</text>"), group);
    }
  }

  @Test
  void fixtureScriptIsShownAsTextAndNeverRuns() {
    String dom = Chromium.dumpDom(report);
    assertFalse(dom.contains("data-pwned"), "the fixture's script ran");
    String shown = ">&lt;/script&gt;&lt;script&gt;document.body.dataset.pwned=1&lt;/script&gt;</text>";
    assertTrue(chartDom(dom, "top_terms_1").contains(shown));
    assertTrue(chartDom(dom, "tfidf_heatmap_0").contains(shown));
    assertTrue(chartDom(dom, "keyness_1").contains(shown));
    assertTrue(dom.contains("<title>Framing report: nato-russia-council-2022</title>"));
  }

  @Test
  void screenshotHasTheRequestedSize() throws IOException {
    Path png = Path.of("target", "report-screenshots", "report.png");
    Files.createDirectories(png.getParent());
    Chromium.screenshot(report, png, 1200, 4200);
    byte[] bytes = Files.readAllBytes(png);
    assertTrue(Arrays.equals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
        Arrays.copyOf(bytes, 8)), "not a PNG");
    ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8);
    assertEquals(1200, header.getInt());
    assertEquals(4200, header.getInt());
  }
}
