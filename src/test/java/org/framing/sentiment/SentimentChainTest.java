package org.framing.sentiment;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.framing.lexicon.Actors;
import org.framing.lexicon.Lexicon;
import org.framing.lexicon.Tone;
import org.framing.lexicon.Vader;
import org.junit.jupiter.api.Test;

/** Frame hits and actor mentions of the sentiment chain, without Spark. */
class SentimentChainTest {

  static final SentimentChain CHAIN = new SentimentChain(new Vader(Lexicon.load("vader")), new Tone(Lexicon.load("afinn")),
      List.of(Lexicon.load("frames"), Lexicon.parse("mine.csv", "term,category\nsummit,event\n", Lexicon.Format.CSV)),
      Actors.parse("actors.csv", "actor,group,aliases\nNATO,,alliance\nRussia,,Moscow\n"));

  @Test
  void framesAreEveryCategoryOfEveryLexiconInOrder() {
    assertEquals(List.of("conflict_military", "diplomacy_cooperation", "threat_security", "economic_consequences",
        "morality_values", "responsibility_blame", "human_interest", "legality_sovereignty", "event"),
        CHAIN.frames().stream().map(SentimentChain.Frame::category).toList());
    assertEquals("mine.csv", CHAIN.frames().get(8).lexicon());
  }

  @Test
  void aPhraseIsOneHitAndTheLongestTermWins() {
    List<SentimentChain.Scored> s = CHAIN.score("Moscow wants security guarantees, not threats.\n"
        + "The alliance held a summit on warships and sanctions; Russia’s troops warned.");
    // "security guarantees" is one diplomacy hit (not also security); "threats" one threat hit.
    assertArrayEquals(new int[] {0, 1, 1, 0, 0, 0, 0, 0, 0}, s.get(0).frameHits());
    assertArrayEquals(new int[] {1}, s.get(0).actors());
    // warships, troops: military; summit: diplomacy and the second lexicon's event; sanctions: economic;
    // warned: threat.
    assertArrayEquals(new int[] {2, 1, 1, 1, 0, 0, 0, 0, 1}, s.get(1).frameHits());
    assertArrayEquals(new int[] {0, 1}, s.get(1).actors());
  }

  @Test
  void wildcardsSpareTheWordsTheReadmeExcludes() {
    // warn (threat), not war; determined, important, investigate, familiar, respectively: no frame.
    assertArrayEquals(new int[] {0, 0, 1, 0, 0, 0, 0, 0, 0},
        CHAIN.score("They warn the determined, important, investigated and familiar officials respectively.").get(0).frameHits());
  }
}
