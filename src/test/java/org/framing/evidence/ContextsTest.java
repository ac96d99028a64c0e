package org.framing.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.framing.job.JobOptions;
import org.framing.job.StudyJob;
import org.framing.testing.LocalSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

/** contexts.csv on the seed study: which sentences are kept for each group and item, exactly. */
@ExtendWith(LocalSpark.PerClass.class)
class ContextsTest {

  private static SparkSession spark;

  @Test
  void theSeedStudysExamplesAreTheSentencesWhereEachItemStands(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("nato");
    new StudyJob(spark, JobOptions.defaults().withInput(null, out).withoutCharts()
        .withEvents(new JobOptions.Events(JobOptions.Events.Mode.NONE, null, 3)), null).run();
    List<String> lines = Files.readAllLines(out.resolve("contexts.csv"));
    assertEquals("section,outlet,item,example,article_id,title,url,sentence_index,sentence,match_start,match_end",
        lines.get(0));
    assertEquals(Map.of("actor", 122L, "entity", 186L, "frame", 72L, "passage", 32L, "term", 253L, "voice", 40L),
        lines.stream().skip(1)
        .collect(Collectors.groupingBy(l -> l.substring(0, l.indexOf(',')), Collectors.counting())));
    // Sorted by section, group, item and example; at most 5 per group and item.
    assertEquals("actor,B92,Alexander Grushko,1,000_75d9bc27a0ff73ff,\"NATO: \"\"A new war could break out in Europe\"\"\","
        + ",6,\"At the first meeting of the Council in the last two years, the Russian delegation was headed by Deputy "
        + "Foreign Minister Alexander Grushko, who was Russia's permanent representative to NATO for five years, and Deputy "
        + "Defense Minister Alexander Fomin.\",120,137", lines.get(1));
    assertTrue(lines.contains("term,CGTN,accession,1,002_495b546435612931,NATO chief says 'significant differences' with "
        + "Russia but ready to meet again,,9,Moscow has asked Washington to prevent further eastward expansion of NATO and "
        + "deny former Soviet republics accession to the alliance.,107,116"));
    assertTrue(lines.contains("voice,B92,Jens Stoltenberg,2,000_75d9bc27a0ff73ff,\"NATO: \"\"A new war could break out "
        + "in Europe\"\"\",,,real risk,0,9"));
    // An entity by any of its names (the first example of NATO is "North Atlantic Treaty Organization").
    assertTrue(lines.contains("entity,VOI,NATO,3,003_42f0d1a10241132c,\"Revealing Significant Differences With Russia, "
        + "NATO Secretary General: There Is A Real Risk Of New Armed Conflict In Europe\",,5,There are significant "
        + "differences between NATO allies and Russia.,42,46"));
    // B92's passage in the Egyptian site's article, its own capital and inside a longer sentence.
    assertTrue(lines.contains("passage,Egyptian site,but it is a positive sign that all NATO allies and Russia,1,"
        + "004_e9993763df6aab00,NATO Chief Warns of Real Crisis as Talks with Russia over Ukraine Reach Impasse,,15,"
        + "\"Our differences will not be easy to bridge, but it is a positive sign that all NATO allies and Russia sat "
        + "down around the same table and engaged on substantive topics.\"\"\",44,101"));
    assertTrue(lines.contains("frame,VOI,conflict_military,2,003_42f0d1a10241132c,\"Revealing Significant Differences "
        + "With Russia, NATO Secretary General: There Is A Real Risk Of New Armed Conflict In Europe\",,10,\"If there is a "
        + "search for vulnerabilities in Russian defense systems, there will also be a search for vulnerabilities in "
        + "NATO,\"\" Grushko said.\",52,59"));
  }

  @Test
  void eachTermsMatchIsTheTermInItsSentence(@TempDir Path tmp) throws IOException {
    Path out = tmp.resolve("nato");
    new StudyJob(spark, JobOptions.defaults().withInput(null, out).withoutCharts()
        .withEvents(new JobOptions.Events(JobOptions.Events.Mode.NONE, null, 3))
        .withEvidence(new JobOptions.Evidence(false, 2)), null).run();
    List<org.apache.commons.csv.CSVRecord> rows;
    try (java.io.Reader r = Files.newBufferedReader(out.resolve("contexts.csv"))) {
      rows = org.apache.commons.csv.CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
          .parse(r).getRecords();
    }
    assertEquals(472, rows.size());
    for (org.apache.commons.csv.CSVRecord r : rows) {
      assertTrue(Integer.parseInt(r.get("example")) <= 2, r.toString());
      String match = r.get("sentence").substring(Integer.parseInt(r.get("match_start")), Integer.parseInt(r.get("match_end")));
      if (r.get("section").equals("term")) {
        // The match, read alone by the text chain, is the term ("US" is the term u.s., "NATO's" nato).
        assertEquals(r.get("item"), String.join(" ", org.framing.text.Tokenizer.tokens(match).stream()
            .map(org.framing.text.Token::text).toList()), r.toString());
      }
      if (r.get("section").equals("passage")) {
        // The match runs the passage's tokens, whatever its case and punctuation.
        assertEquals(org.framing.text.Tokenizer.tokens(r.get("item")).stream().map(org.framing.text.Token::text).toList(),
            org.framing.text.Tokenizer.tokens(match).stream().map(org.framing.text.Token::text).toList(), r.toString());
      }
    }
    assertTrue(Files.notExists(out.resolve("articles.parquet")));
  }

  @Test
  void theInputsUrlTravelsWithItsExamplesAndAMissingUrlColumnIsNamed(@TempDir Path tmp) throws IOException {
    Path corpus = tmp.resolve("two.jsonl");
    Files.writeString(corpus, "{\"id\":\"a1\",\"outlet\":\"A\",\"link\":\"https://a.example/1\",\"text\":\"NATO talks "
        + "ended in Brussels. Allies met again.\"}\n{\"id\":\"b1\",\"outlet\":\"B\",\"link\":\"javascript:alert(1)\","
        + "\"text\":\"Russia said the talks failed.\"}\n");
    Path out = tmp.resolve("out");
    JobOptions base = JobOptions.defaults().withInput(corpus.toString(), out).withoutCharts()
        .withEvents(new JobOptions.Events(JobOptions.Events.Mode.NONE, null, 3));
    org.framing.ingest.ColumnMapping d = org.framing.ingest.ColumnMapping.DEFAULTS;
    JobOptions options = base.withColumns(new org.framing.ingest.ColumnMapping(d.id(), d.outlet(), d.text(), d.date(),
        d.title(), d.groupBy(), false, false, null, "link", true));
    new StudyJob(spark, options, null).run();
    List<String> lines = Files.readAllLines(out.resolve("contexts.csv"));
    assertTrue(lines.contains("term,A,brussels,1,a1,,https://a.example/1,0,NATO talks ended in Brussels.,20,28"), lines.toString());
    assertTrue(lines.contains("term,B,failed,1,b1,,javascript:alert(1),0,Russia said the talks failed.,22,28"), lines.toString());
    List<org.apache.spark.sql.Row> urls = spark.read().parquet(out.resolve("articles.parquet").toString())
        .select("article_id", "url").orderBy("article_id").collectAsList();
    assertEquals("[[a1,https://a.example/1], [b1,javascript:alert(1)]]", urls.toString());

    JobOptions missing = base.withColumns(new org.framing.ingest.ColumnMapping(d.id(), d.outlet(), d.text(), d.date(),
        d.title(), d.groupBy(), false, false, null, "href", true));
    assertEquals("--url-col href: " + corpus + " has no column 'href'",
        org.junit.jupiter.api.Assertions.assertThrows(org.framing.ingest.InputException.class,
            () -> new StudyJob(spark, missing, null).run()).getMessage().split(";")[0]);
  }
}
