package org.framing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The overview of the seed study's golden CSVs, every value read off the CSVs by hand. */
class OverviewTest {

  private static final Path SEED = Path.of("src/test/resources/golden/nato-russia-council-2022");

  private static Optional<TextTable> csv(String name) {
    return Optional.of(TextTable.read(SEED.resolve(name)));
  }

  private static StudyData data() {
    return StudyData.of("nato-russia-council-2022", TextTable.read(SEED.resolve("outlets.csv")),
        TextTable.read(SEED.resolve("tfidf.csv")));
  }

  private static Overview.Facts facts() {
    return Overview.facts(data(), csv("articles.csv"), csv("keyness.csv"), csv("tfidf.csv"),
        csv("sentiment_by_outlet.csv"), csv("voices.csv"));
  }

  @Test
  void seedFactsComeFromTheCsvs() {
    Overview.Facts f = facts();
    assertEquals(5, f.groups());
    assertEquals(5, f.articles());
    assertEquals(389 + 276 + 482 + 354 + 619, f.tokens());
    assertEquals(Optional.of("2022-01-12"), f.firstDate());
    assertEquals(Optional.of("2022-01-13"), f.lastDate());
    assertEquals(new Overview.Interval("VOI", -0.142663466604, -0.282458241395, -0.00149775855367),
        f.lowestCompound().get());
    assertEquals(new Overview.Interval("CGTN", 0.208143019231, -0.0829762953979, 0.467303668593),
        f.highestCompound().get());
    // keyness.csv: the highest positive G2 of each "X vs rest".
    assertEquals(Map.of("B92", "secretary (9.8)", "CGTN", "russia (3.2)", "Egyptian site", "european security (2.3)",
        "Press TV", "military (5.5)", "VOI", "said (4.7)"), f.distinctiveTerm());
    // B92 quotes Stoltenberg and Sherman twice each: the tie goes to more words (43 against 41).
    assertEquals("Jens Stoltenberg (50 % of quotations)", f.topVoice().get("B92"));
    assertEquals("Jens Stoltenberg (100 % of quotations)", f.topVoice().get("CGTN"));
    assertEquals("Jens Stoltenberg (58 % of quotations)", f.topVoice().get("Press TV"));
  }

  @Test
  void linesStateCorpusAndBothEndsWithIntervals() {
    assertEquals(List.of("5 outlets, 5 articles, 2,120 tokens, dated 2022-01-12 to 2022-01-13.",
        "Outlet with the lowest mean compound (VADER): VOI, -0.143 [-0.282, -0.001].",
        "Highest mean compound: CGTN, 0.208 [-0.083, 0.467]; the two intervals overlap, so the data do not separate them."),
        Overview.lines(facts(), "outlet"));
  }

  @Test
  void withoutKeynessTheTermIsTfidfRankOneAndColumnsFollowTheFilesPresent() {
    Section s = Overview.section(data(), Optional.empty(), Optional.empty(), csv("tfidf.csv"), Optional.empty(),
        Optional.empty());
    assertEquals(List.of("outlet", "articles", "tokens", "types", "most distinctive term (TF-IDF)"), s.table().header());
    assertEquals(List.of("VOI", "1", "619", "220", "news"), s.table().rows().get(0));
    assertEquals(List.of("5 outlets, 5 articles, 2,120 tokens."), s.facts());
  }

  @Test
  void fullTableHasOneRowPerGroupLargestFirst() {
    Section s = Overview.section(data(), csv("articles.csv"), csv("keyness.csv"), csv("tfidf.csv"),
        csv("sentiment_by_outlet.csv"), csv("voices.csv"));
    assertEquals(List.of("outlet", "articles", "tokens", "types", "most distinctive term (G² vs rest)",
        "compound (95 % interval)", "most quoted voice"), s.table().header());
    assertEquals(List.of("VOI", "1", "619", "220", "said (4.7)", "-0.143 [-0.282, -0.001]",
        "Jens Stoltenberg (30 % of quotations)"), s.table().rows().get(0));
    assertEquals(List.of("VOI", "Egyptian site", "B92", "Press TV", "CGTN"),
        s.table().rows().stream().map(r -> r.get(0)).toList());
    assertTrue(s.toHtml(null).contains("<ul class=\"facts\" id=\"overview_facts\">"));
  }
  @Test
  void whenEveryGroupIsPositiveTheEndsAreLowestAndHighestNotNegative() {
    Overview.Facts f = new Overview.Facts(2, 2, 20, Optional.empty(), Optional.empty(),
        Optional.of(new Overview.Interval("A", 0.1, 0.05, 0.15)), Optional.of(new Overview.Interval("B", 0.5, 0.4, 0.6)),
        Map.of(), Map.of());
    assertEquals(List.of("2 outlets, 2 articles, 20 tokens.",
        "Outlet with the lowest mean compound (VADER): A, 0.100 [0.050, 0.150].",
        "Highest mean compound: B, 0.500 [0.400, 0.600]; the intervals do not overlap."), Overview.lines(f, "outlet"));
  }
}
