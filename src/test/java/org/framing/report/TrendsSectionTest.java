package org.framing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The trends section of the seed study's golden trends.csv: one day per outlet, so each line is one point. */
class TrendsSectionTest {

  private static final Path TRENDS = Path.of("src/test/resources/golden/nato-russia-council-2022/trends.csv");

  @Test
  void linesForCompoundToneAndTheThreeDensestFramesAndATableOfTopTerms() {
    Section s = TrendsSection.section(TextTable.read(TRENDS));
    assertEquals("Trends per day", s.title());
    // Frame totals over the outlets: diplomacy_cooperation 129.7, threat_security 126.0, conflict_military 100.6.
    assertEquals(List.of("Mean VADER compound per day", "Tone per 100 words per day",
        "Frame diplomacy_cooperation: hits per 1,000 tokens per day", "Frame threat_security: hits per 1,000 tokens per day",
        "Frame conflict_military: hits per 1,000 tokens per day"),
        s.figures().stream().map(f -> StyledFigure.printOf(f).title()).toList());
    Print.Lines compound = (Print.Lines) StyledFigure.printOf(s.figures().get(0));
    assertEquals(List.of("B92", "CGTN", "Egyptian site", "Press TV", "VOI"), compound.series());
    assertEquals(List.of(java.time.LocalDate.of(2022, 1, 13)), compound.dates().get(3));
    assertEquals(-0.0973289004665, compound.values().get(3)[0]);
    assertEquals(List.of("B92", "2022-01-12", "1", "russia, nato, deputy, secretary, meeting"), s.table().rows().get(0));
    assertEquals(List.of("VOI", "2022-01-13", "1", "said, russia, nato, grushko, moscow"), s.table().rows().get(4));
    assertNull(s.note());
  }
}
