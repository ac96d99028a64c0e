package org.framing.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The seed study's five articles against a reading by hand: every direct quotation with its speaker (first words
 * of the quotation), and people who are only paraphrased or named (Dmitry Peskov, Sergei Ryabkov, Alexander
 * Fomin) never quoted directly.
 */
class SeedQuotesTest {

  private static final Path STUDY = Path.of("jobs/nato-russia-council-2022");

  private static List<Quote> find(String article) throws IOException {
    Speakers speakers = Speakers.load(STUDY.resolve(Speakers.FILE));
    String text = Files.readString(STUDY.resolve("articles").resolve(article), StandardCharsets.UTF_8);
    return new QuoteFinder(speakers).find(text, title(article));
  }

  /** The article's title from the study's manifest. */
  private static String title(String article) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build();
    try (CSVParser manifest = format.parse(Files.newBufferedReader(STUDY.resolve("manifest.csv")))) {
      for (CSVRecord r : manifest) {
        if (r.get("file").equals("articles/" + article)) {
          return r.get("title");
        }
      }
    }
    throw new IllegalArgumentException(article + " is not in the manifest");
  }

  /** speaker|first five words, for each direct quotation outside headlines. */
  private static List<String> direct(String article) throws IOException {
    return find(article).stream().filter(q -> q.kind() == Quote.Kind.DIRECT)
        .map(q -> (q.headline() ? "headline " : "") + q.speaker() + "|" + String.join(" ",
            List.of(q.quote().split("\\s+")).subList(0, Math.min(5, q.quote().split("\\s+").length))))
        .toList();
  }

  @Test
  void b92() throws IOException {
    assertEquals(List.of(
        "headline NATO|A new war could break",
        "Jens Stoltenberg|There are significant differences between",
        "Wendy Sherman|If Russia leaves the negotiating",
        "Wendy Sherman|It is Russia that must"), direct("000_75d9bc27a0ff73ff.txt"));
  }

  @Test
  void pressTv() throws IOException {
    assertEquals(List.of(
        "Jens Stoltenberg|We had a very serious",
        "Jens Stoltenberg|Our differences will not be",
        "Jens Stoltenberg|There is a real risk",
        "Alexander Grushko|It’s absolutely imperative to end",
        "Alexander Grushko|The freedom to choose ways"), direct("001_a1966bbe21ffb3d6.txt"));
  }

  @Test
  void cgtn() throws IOException {
    assertEquals(List.of(
        "Jens Stoltenberg|There are significant differences between",
        "Jens Stoltenberg|But it is a positive",
        "Jens Stoltenberg|If Russia once again uses"), direct("002_495b546435612931.txt"));
  }

  @Test
  void voi() throws IOException {
    assertEquals(List.of(
        "Jens Stoltenberg|There is a real risk",
        "Jens Stoltenberg|There are significant differences between",
        "Alexander Grushko|If there is a search",
        "Alexander Grushko|This is not our choice,",
        "Wendy Sherman|Is it about the invasion?"), direct("003_42f0d1a10241132c.txt"));
  }

  @Test
  void egyptianSite() throws IOException {
    assertEquals(List.of(
        "Wendy Sherman|We were basically saying to",
        "Wendy Sherman|Together, the United States and",
        "Jens Stoltenberg|We had a very serious",
        "Jens Stoltenberg|Our differences will not be",
        "Jens Stoltenberg|There is a real risk"), direct("004_e9993763df6aab00.txt"));
  }

  @Test
  void peopleOnlyParaphrasedOrNamedAreNeverQuotedDirectly() throws IOException {
    Set<String> neverDirect = Set.of("Dmitry Peskov", "Sergei Ryabkov", "Alexander Fomin");
    for (String article : List.of("000_75d9bc27a0ff73ff.txt", "001_a1966bbe21ffb3d6.txt", "002_495b546435612931.txt",
        "003_42f0d1a10241132c.txt", "004_e9993763df6aab00.txt")) {
      for (Quote q : find(article)) {
        assertTrue(q.kind() != Quote.Kind.DIRECT || !neverDirect.contains(q.speaker()), article + ": " + q);
      }
    }
    List<Quote> cgtn = find("002_495b546435612931.txt");
    assertTrue(cgtn.stream().anyMatch(q -> q.kind() == Quote.Kind.REPORTED && "Dmitry Peskov".equals(q.speaker())
        && q.quote().contains("Russia is not making ultimatums")), "Peskov is paraphrased in CGTN");
    assertEquals(List.of("partial:ignorance", "partial:incidents and conflict"), find("003_42f0d1a10241132c.txt").stream()
        .filter(q -> "Alexander Fomin".equals(q.speaker())).map(q -> q.kind().label() + ":" + q.quote()).toList(),
        "Fomin is quoted only in part, through Interfax");
  }
}
