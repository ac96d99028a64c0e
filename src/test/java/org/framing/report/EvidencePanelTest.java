package org.framing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.SparkSession;
import org.framing.job.JobOptions;
import org.framing.job.StudyJob;
import org.framing.testing.LocalSpark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The evidence panel in headless Chromium on the seed study's report: each section's chart or table is clicked
 * with mouse events at the bar's or cell's place on screen (src/test/resources/report/click-harness.js), and the
 * panel that opens is read back: the item, the group, the groups listed and the highlighted matches.
 */
class EvidencePanelTest {

  @TempDir
  static Path tmp;

  /** What the panel showed after each click of {@link #CLICKS}, in order; null without Chromium. */
  private static List<JsonNode> clicks;

  private static final String CLICKS = "[{\"kind\":\"bar\",\"div\":\"top_terms_0\",\"index\":0},"
      + "{\"kind\":\"cell\",\"div\":\"tfidf_heatmap_0\",\"col\":0,\"row\":0},"
      + "{\"kind\":\"bar\",\"div\":\"keyness_0\",\"index\":0},"
      + "{\"kind\":\"cell\",\"div\":\"frames_0\",\"col\":0,\"row\":0},"
      + "{\"kind\":\"cell\",\"div\":\"actors_0\",\"col\":0,\"row\":0},"
      + "{\"kind\":\"table\",\"table\":\"#voices table\",\"row\":1,\"col\":2},"
      + "{\"kind\":\"table\",\"table\":\"#voices table\",\"row\":1,\"col\":0},"
      + "{\"kind\":\"table\",\"table\":\"#events table\",\"row\":2,\"col\":3},"
      + "{\"kind\":\"cell\",\"div\":\"entities_0\",\"col\":0,\"row\":0},"
      + "{\"kind\":\"table\",\"table\":\"#entities table\",\"row\":1,\"col\":3},"
      + "{\"kind\":\"cell\",\"div\":\"reuse_0\",\"col\":1,\"row\":0},"
      + "{\"kind\":\"table\",\"table\":\"#reuse table\",\"row\":6,\"col\":3}]";

  @BeforeAll
  static void clickEverySection() throws IOException {
    if (Chromium.find().isEmpty()) {
      return;
    }
    SparkSession spark = LocalSpark.start();
    Path out = tmp.resolve("nato");
    try {
      new StudyJob(spark, JobOptions.defaults().withInput(null, out), null).run();
    } finally {
      spark.stop();
    }
    String html = Files.readString(out.resolve("report.html"), StandardCharsets.UTF_8);
    String harness = new String(EvidencePanelTest.class.getResourceAsStream("/report/click-harness.js").readAllBytes(),
        StandardCharsets.UTF_8);
    Path page = out.resolve("click.html");
    Files.writeString(page, html.replace("</body>", "<script>var CLICKS = " + CLICKS + ";\n" + harness + "</script>\n</body>"));
    Matcher m = Pattern.compile("<pre id=\"clicks\">(\\[.*?)</pre>", Pattern.DOTALL).matcher(Chromium.dumpDom(page));
    assertTrue(m.find(), "the harness wrote no result");
    String json = m.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&");
    clicks = new ArrayList<>();
    new ObjectMapper().readTree(json).forEach(clicks::add);
  }

  private static JsonNode click(int i) {
    Chromium.requireOrSkip();
    JsonNode c = clicks.get(i);
    assertTrue(c.get("error").isNull(), c.toString());
    assertFalse(c.get("hidden").asBoolean(), "the panel did not open: " + c);
    return c;
  }

  private static List<String> texts(JsonNode c, String field) {
    List<String> out = new ArrayList<>();
    c.get(field).forEach(n -> out.add(n.asText()));
    return out;
  }

  @Test
  void aTopTermsBarOpensItsSentencesInThatGroup() {
    JsonNode c = click(0);
    assertEquals("term", c.get("section").asText());
    assertEquals("news", c.get("item").asText());
    assertEquals("VOI", c.get("group").asText());
    assertEquals(List.of("VOI"), texts(c, "groups"));
    assertEquals(List.of("news", "news", "news"), texts(c, "marks"));
    assertTrue(c.get("first").asText().startsWith("At a lengthy news conference, Grushko said"), c.toString());
  }

  @Test
  void aTfidfHeatmapCellOpensItsRowsGroupAndColumnsTerm() {
    JsonNode c = click(1);
    assertEquals(List.of("term", "news", "VOI"), List.of(c.get("section").asText(), c.get("item").asText(),
        c.get("group").asText()));
  }

  @Test
  void aKeynessBarOpensTheTermWithTheGroupFirstAndOthersThatKeptIt() {
    JsonNode c = click(2);
    assertEquals(List.of("term", "said", "VOI"), List.of(c.get("section").asText(), c.get("item").asText(),
        c.get("group").asText()));
    assertEquals(List.of("VOI", "B92"), texts(c, "groups"));
    assertEquals(8, texts(c, "marks").size());
    assertTrue(texts(c, "marks").stream().allMatch("said"::equals));
  }

  @Test
  void aFramesCellOpensTheFramesWordsInEveryGroup() {
    JsonNode c = click(3);
    assertEquals(List.of("frame", "conflict_military", "VOI"), List.of(c.get("section").asText(),
        c.get("item").asText(), c.get("group").asText()));
    assertEquals(List.of("VOI", "B92", "CGTN", "Egyptian site", "Press TV"), texts(c, "groups"));
    assertEquals(List.of("troop", "defense", "attack", "invasion", "defense"), texts(c, "marks").subList(0, 5));
  }

  @Test
  void anActorsCellOpensTheSentencesNamingTheActor() {
    JsonNode c = click(4);
    assertEquals(List.of("actor", "NATO", "VOI"), List.of(c.get("section").asText(), c.get("item").asText(),
        c.get("group").asText()));
    assertTrue(texts(c, "marks").containsAll(List.of("NATO", "North Atlantic Treaty Organization", "NATO’s")));
  }

  @Test
  void aVoicesTableCellOpensTheSpeakersQuotationsAndItsNameEveryGroups() {
    JsonNode c = click(5);
    assertEquals(List.of("voice", "Jens Stoltenberg", "Egyptian site"), List.of(c.get("section").asText(),
        c.get("item").asText(), c.get("group").asText()));
    assertEquals(List.of("Egyptian site", "B92", "CGTN", "Press TV", "VOI"), texts(c, "groups"));
    // The Egyptian site's first example of Stoltenberg: its quotations of him share one article, and go by text.
    assertEquals("Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia "
        + "sat down around the same table and engaged on substantive topics.", c.get("first").asText());
    JsonNode name = click(6);
    assertEquals("", name.get("group").asText());
    assertEquals(List.of("B92", "CGTN", "Egyptian site", "Press TV", "VOI"), texts(name, "groups"));
  }

  @Test
  void anEventsTableRowOpensEachGroupsLeadInThatEvent() {
    JsonNode c = click(7);
    assertEquals(List.of("event", "E1", "CGTN"), List.of(c.get("section").asText(), c.get("item").asText(),
        c.get("group").asText()));
    assertEquals(List.of("CGTN", "B92", "Egyptian site", "Press TV", "VOI"), texts(c, "groups"));
    assertEquals(List.of("", "", "", "", ""), texts(c, "marks"));
    assertEquals("NATO chief says 'significant differences' with Russia but ready to meet again", c.get("first").asText());
  }

  @Test
  void anEntitiesCellOrTableCellOpensTheSentencesNamingTheEntityByAnyOfItsNames() {
    JsonNode c = click(8);
    assertEquals(List.of("entity", "NATO", "VOI"), List.of(c.get("section").asText(), c.get("item").asText(),
        c.get("group").asText()));
    assertEquals(List.of("VOI", "B92", "CGTN", "Egyptian site", "Press TV"), texts(c, "groups"));
    // One entity, several forms: the spelled-out name and the possessive are NATO's mentions too.
    assertEquals(List.of("North Atlantic Treaty Organization", "NATO", "NATO", "NATO's", "NATO"),
        texts(c, "marks").subList(0, 5));
    JsonNode table = click(9);
    assertEquals(List.of("entity", "NATO", "B92"), List.of(table.get("section").asText(), table.get("item").asText(),
        table.get("group").asText()));
  }

  @Test
  void aReuseCellOrRowOpensThePassageInEveryArticleSharingIt() {
    JsonNode c = click(10);
    assertEquals("passage", c.get("section").asText());
    assertEquals("Egyptian site", c.get("group").asText());
    assertEquals(List.of("Egyptian site", "Press TV"), texts(c, "groups"));
    // The same passage, each article's own punctuation: straight quotes in one, curly in the other.
    assertTrue(texts(c, "marks").get(0).startsWith("We had a very serious and direct exchange on the situation in and "
        + "around Ukraine and the implications for European security,\" Stoltenberg said. \"Our"), c.toString());
    assertTrue(texts(c, "marks").get(1).startsWith("We had a very serious and direct exchange on the situation in and "
        + "around Ukraine and the implications for European security,” Stoltenberg said. “Our"), c.toString());
    JsonNode row = click(11);
    assertEquals(List.of("passage", "but it is a positive sign that all NATO allies and Russia", "B92"),
        List.of(row.get("section").asText(), row.get("item").asText(), row.get("group").asText()));
    assertEquals(List.of("B92", "CGTN", "Egyptian site", "Press TV"), texts(row, "groups"));
    assertEquals(List.of("but it is a positive sign that all NATO allies and Russia",
        "But it is a positive sign that all NATO allies and Russia", "but it is a positive sign that all NATO allies and Russia",
        "but it is a positive sign that all NATO allies and Russia"), texts(row, "marks"));
  }

  @Test
  void thePageCarriesTheLeadsOfTheEventsItsTableShowsOnly(@TempDir Path dir) throws IOException {
    StringBuilder summary = new StringBuilder("event_id,label,title,first_date,last_date,n_articles,n_groups,groups\n");
    StringBuilder contexts = new StringBuilder("section,outlet,item,example,article_id,title,url,sentence_index,"
        + "sentence,match_start,match_end\n");
    for (int e = 1; e <= 10; e++) {
      // E1 has the most groups, E10 the fewest: the table's 8 are E1 to E8.
      summary.append("E").append(e).append(",l,t,,,").append(20 - e).append(',').append(12 - e).append(",A|B\n");
      contexts.append("event,A,E").append(e).append(",1,a").append(e).append(",t,,0,Lead ").append(e).append(".,0,0\n");
    }
    Files.writeString(dir.resolve("event_summary.csv"), summary);
    Files.writeString(dir.resolve("contexts.csv"), contexts);
    assertEquals(List.of("E1", "E2", "E3", "E4", "E5", "E6", "E7", "E8"),
        List.copyOf(EventsSection.tableEvents(TextTable.read(dir.resolve("event_summary.csv")))));
    String html = EvidencePanel.html(dir);
    assertTrue(html.contains("\"E8\":{\"A\":[[\"a8\",\"t\",\"\",\"\",\"Lead 8.\",\"\"]]}"), html);
    assertFalse(html.contains("\"E9\""), html);
    assertFalse(html.contains("\"E10\""), html);
  }

  @Test
  void theDataCannotCloseItsScriptAndTheRunWithoutContextsHasNoPanel(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("contexts.csv"), "section,outlet,item,example,article_id,title,sentence_index,"
        + "url,sentence,match_start,match_end\nterm,A</script>,x,1,a1,\"<b>t</b>\",,0,\"x </script><img src=y onerror=alert(1)>"
        + "\u2028 end\",0,1\n");
    String html = EvidencePanel.html(dir);
    String data = html.substring(html.indexOf("id=\"evidence-data\">"), html.indexOf("</script>", html.indexOf("id=\"evidence-data\">")));
    assertFalse(data.contains("<"), data);
    assertFalse(data.contains("\u2028"), data);
    assertTrue(data.contains("\\u003c/script>\\u003cimg src=y onerror=alert(1)>\\u2028 end"), data);
    assertEquals("", EvidencePanel.html(tmp.resolve("no-such-run")));
    // Only web addresses become links.
    assertEquals("https://a.example/1", EvidencePanel.web(" https://a.example/1"));
    assertEquals("HTTP://A.EXAMPLE", EvidencePanel.web("HTTP://A.EXAMPLE"));
    assertEquals("", EvidencePanel.web("javascript:alert(1)"));
    assertEquals("", EvidencePanel.web("/etc/passwd"));
  }
}
