package org.framing.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.framing.report.Chromium;
import org.framing.report.TextTable;
import org.junit.jupiter.api.Test;

/**
 * The seed study's report.html as headless Chromium shows it on a laptop screen (1366 x 768): the overview is the
 * first section, and its numbers are those of the run's CSVs, recomputed here from the files.
 */
class ReportOverviewIT {

  private static List<String> all(Pattern pattern, String text) {
    List<String> out = new ArrayList<>();
    Matcher m = pattern.matcher(text);
    while (m.find()) {
      out.add(m.group(1));
    }
    return out;
  }

  private static String f3(double x) {
    return String.format(Locale.ROOT, "%.3f", x);
  }

  @Test
  void overviewFirstAndItsNumbersMatchTheCsvs() throws Exception {
    assertEquals(0, SeedRun.get().code(), String.join("\n", SeedRun.get().err()));
    Path out = SeedRun.OUTPUT;
    Chromium.requireOrSkip();
    Path png = Path.of("target", "report-screenshots", "seed-overview-1366x768.png");
    Files.createDirectories(png.getParent());
    Chromium.screenshot(out.resolve("report.html"), png, 1366, 768);
    byte[] bytes = Files.readAllBytes(png);
    ByteBuffer size = ByteBuffer.wrap(bytes, 16, 8);
    assertEquals(1366, size.getInt());
    assertEquals(768, size.getInt());
    assertTrue(bytes.length > 20_000, "a blank screenshot: " + bytes.length + " bytes");

    String dom = Chromium.dumpDom(out.resolve("report.html"));
    assertEquals("overview", all(Pattern.compile("<section id=\"([a-z_]+)\">"), dom).get(0));
    int start = dom.indexOf("<ul class=\"facts\" id=\"overview_facts\">");
    assertTrue(start > 0, "no overview facts");
    List<String> facts = all(Pattern.compile("<li>([^<]*)</li>"), dom.substring(start, dom.indexOf("</ul>", start)));

    TextTable outlets = TextTable.read(out.resolve("outlets.csv"));
    long articles = IntStream.range(0, outlets.size()).mapToLong(i -> outlets.whole(i, "articles")).sum();
    long tokens = IntStream.range(0, outlets.size()).mapToLong(i -> outlets.whole(i, "tokens")).sum();
    TextTable arts = TextTable.read(out.resolve("articles.csv"));
    List<String> dates = IntStream.range(0, arts.size()).mapToObj(i -> arts.text(i, "date")).sorted().toList();
    assertEquals(String.format(Locale.ROOT, "%d outlets, %,d articles, %,d tokens, dated %s to %s.", outlets.size(),
        articles, tokens, dates.get(0), dates.get(dates.size() - 1)), facts.get(0));
    assertEquals("5 outlets, 5 articles, 2,120 tokens, dated 2022-01-12 to 2022-01-13.", facts.get(0));

    TextTable sentiment = TextTable.read(out.resolve("sentiment_by_outlet.csv"));
    List<Integer> compound = IntStream.range(0, sentiment.size())
        .filter(i -> sentiment.text(i, "measure").equals("compound")).boxed()
        .sorted(Comparator.comparingDouble(i -> sentiment.decimal(i, "mean"))).toList();
    int low = compound.get(0);
    int high = compound.get(compound.size() - 1);
    assertEquals("Outlet with the lowest mean compound (VADER): " + sentiment.text(low, "outlet") + ", "
        + f3(sentiment.decimal(low, "mean")) + " [" + f3(sentiment.decimal(low, "ci_low")) + ", "
        + f3(sentiment.decimal(low, "ci_high")) + "].", facts.get(1));
    assertTrue(facts.get(2).startsWith("Highest mean compound: " + sentiment.text(high, "outlet") + ", "
        + f3(sentiment.decimal(high, "mean")) + " [" + f3(sentiment.decimal(high, "ci_low")) + ", "
        + f3(sentiment.decimal(high, "ci_high")) + "]"), facts.get(2));

    // The overview table's row of every outlet: its sizes and its most quoted voice as voices.csv has them.
    String table = dom.substring(start, dom.indexOf("</table>", start));
    TextTable voices = TextTable.read(out.resolve("voices.csv"));
    for (int i = 0; i < outlets.size(); i++) {
      String outlet = outlets.text(i, "outlet");
      String row = "<tr><td>" + outlet + "</td><td class=\"num\">" + outlets.text(i, "articles") + "</td><td class=\"num\">"
          + outlets.text(i, "tokens") + "</td><td class=\"num\">" + outlets.text(i, "types") + "</td>";
      assertTrue(table.contains(row), row);
      int top = IntStream.range(0, voices.size())
          .filter(v -> voices.text(v, "outlet").equals(outlet) && !voices.text(v, "speaker").equals("(unattributed)"))
          .boxed().max(Comparator.<Integer>comparingDouble(v -> voices.decimal(v, "share_of_quotes"))
              .thenComparingLong(v -> voices.whole(v, "words"))).orElseThrow();
      String voice = voices.text(top, "speaker") + " (" + Math.round(100 * voices.decimal(top, "share_of_quotes"))
          + " % of quotations)";
      int rowAt = table.indexOf(row);
      assertTrue(table.substring(rowAt, table.indexOf("</tr>", rowAt)).contains("<td>" + voice + "</td>"),
          outlet + ": " + voice);
    }
    assertTrue(table.contains("<td>Jens Stoltenberg (58 % of quotations)</td>"), "Press TV's voice");
    assertTrue(table.contains("<td>VOI</td>"), "VOI row");
  }
}
