package org.framing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Print-size PNG and SVG: size, the numbers drawn, hostile labels kept as text; and the report's links to them. */
class PrintChartsTest {

  @TempDir
  Path tmp;

  private static int[] pngSize(Path png) throws IOException {
    byte[] bytes = Files.readAllBytes(png);
    assertEquals((byte) 0x89, bytes[0]);
    assertEquals('P', bytes[1]);
    ByteBuffer header = ByteBuffer.wrap(bytes, 16, 8);
    return new int[] {header.getInt(), header.getInt()};
  }

  @Test
  void pngIsSixAndAHalfInchesAt300DpiAndSvgHoldsTheLabelsAsText() throws IOException {
    Print bars = new Print.Bars("B92 & <Press TV>", List.of("</script><b>x", "kyiv’s", "москва"),
        new double[] {3, 2, 1}, "TF-IDF");
    Path png = tmp.resolve("png/a.png");
    Path svg = tmp.resolve("svg/a.svg");
    PrintCharts.write(bars, png, svg);
    int[] size = pngSize(png);
    assertEquals(1950, size[0]); // 6.5 in x 300 dpi
    assertTrue(size[1] >= 260 * 300 / 72, "height " + size[1]);
    String text = Files.readString(svg, StandardCharsets.UTF_8);
    assertTrue(text.startsWith("<?xml"), text.substring(0, 40));
    assertTrue(text.contains("viewBox=\"0 0 468 ") && text.contains("width=\"468px\""), "468 pt wide");
    // XChart draws every string as glyph outlines: a label cannot become markup, whatever it holds.
    assertTrue(text.contains("<path d=\"M"), "no outlines");
    assertFalse(text.contains("<text") || text.contains("<script") || text.contains("москва"), "text in the SVG");
  }

  @Test
  void everyKindDraws() throws IOException {
    List<Print> prints = List.of(
        new Print.Heat("h", List.of("a", "b"), List.of("x", "y"), new double[][] {{0, 1}, {2, 3}}, "TF-IDF", false),
        new Print.Heat("d", List.of("a"), List.of("x", "y"), new double[][] {{-0.5}, {Double.NaN}}, "compound", true),
        new Print.Stacked("s", List.of("B92", "VOI"), List.of("NATO", "Russia"), new double[][] {{0.5, 0.3}, {0.5, 0.7}},
            "share"),
        new Print.Intervals("i", List.of("B92", "VOI"), new double[] {0.04, -0.14}, new double[] {-0.19, -0.28},
            new double[] {0.27, -0.001}, "mean VADER compound"),
        new Print.Lines("l", List.of("B92", "VOI"), List.of(List.of(LocalDate.of(2022, 1, 12), LocalDate.of(2022, 1, 13)),
            List.of(LocalDate.of(2022, 1, 12))), List.of(new double[] {1, 2}, new double[] {3}), "tone"));
    int k = 0;
    for (Print p : prints) {
      Path png = tmp.resolve("p" + k + ".png");
      Path svg = tmp.resolve("p" + k++ + ".svg");
      PrintCharts.write(p, png, svg);
      assertEquals(1950, pngSize(png)[0], p.title());
      assertTrue(Files.readString(svg, StandardCharsets.UTF_8).contains("<path d=\"M"), p.title());
    }
  }

  @Test
  void reportLinksAPngAndSvgBesideEveryChartAndWritesThem() throws IOException {
    Path dir = ReportFixtures.copyStudyWithKeyness(tmp);
    String report = Files.readString(ReportWriter.render(dir), StandardCharsets.UTF_8);
    List<String> divs = ReportWriterTest.all("<div class=\"chart\" id=\"([a-z_0-9]+)\"></div>", report);
    assertEquals(ReportWriterTest.all("<p class=\"print\">For print: <a href=\"charts/png/([a-z_0-9]+)\\.png\">PNG</a>",
        report), divs);
    for (String div : divs) {
      assertTrue(report.contains("<a href=\"charts/svg/" + div + ".svg\">SVG</a></p>"), div);
      assertEquals(1950, pngSize(dir.resolve("charts/png/" + div + ".png"))[0], div);
      assertTrue(Files.size(dir.resolve("charts/svg/" + div + ".svg")) > 1000, div);
    }
    try (Stream<Path> pngs = Files.list(dir.resolve("charts/png"))) {
      assertEquals(divs.size(), pngs.count());
    }
  }
}
