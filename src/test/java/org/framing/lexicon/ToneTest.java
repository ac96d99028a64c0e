package org.framing.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.framing.ingest.InputException;
import org.framing.text.Token;
import org.framing.text.Tokenizer;
import org.junit.jupiter.api.Test;

class ToneTest {

  static final Tone AFINN = new Tone(Lexicon.load("afinn"));

  /** The summed counts of every sentence of {@code text}. */
  static Tone.Score score(Tone tone, String text) {
    Tone.Score s = Tone.Score.EMPTY;
    for (List<Token> sentence : Tokenizer.sentences(text)) {
      s = s.plus(tone.score(sentence));
    }
    return s;
  }

  @Test
  void positiveAndNegativeWordsPer100() {
    // peace +2, good +3 | crisis -3, bad -3; 9 words
    Tone.Score s = score(AFINN, "Peace talks are good, but the crisis is bad.");
    assertEquals(new Tone.Score(9, 2, 2, 4), s);
    assertEquals(200.0 / 9, s.positive(), 1e-12);
    assertEquals(200.0 / 9, s.negative(), 1e-12);
    assertEquals(0.0, s.tone(), 1e-12);
    assertEquals(400.0 / 9, s.polarity(), 1e-12);
  }

  @Test
  void phrasesCountEveryWordAndCurlyAndFullWidthFormsMatch() {
    // "can't stand" (-3, two words, curly apostrophe) and full-width "ＷＡＲ" (-2): 3 of 5 words negative
    Tone.Score s = score(AFINN, "They can’t stand the ＷＡＲ.");
    assertEquals(new Tone.Score(5, 0, 3, 3), s);
    assertEquals(-60.0, s.tone(), 1e-12);
    assertEquals(60.0, s.polarity(), 1e-12);
  }

  @Test
  void sentencesAddUpAndUnknownOrNoWordsScoreZero() {
    assertEquals(new Tone.Score(1, 0, 0, 0), score(AFINN, "Zyxqv."));
    Tone.Score empty = score(AFINN, "");
    assertEquals(Tone.Score.EMPTY, empty);
    assertEquals(0.0, empty.tone(), 0);
    assertEquals(new Tone.Score(6, 1, 0, 1), score(AFINN, "Zyxqv.\nThey hope.\nThree more words"));
  }

  @Test
  void otherCategoriesCanCarryTheValence() {
    Lexicon liwc = Lexicon.parse("liwc.dic", "%\n1\tposemo\n2\tnegemo\n%\nhop*\t1\nthreat*\t2\n", Lexicon.Format.DIC);
    Tone tone = new Tone(liwc, "posemo", "negemo");
    assertEquals(new Tone.Score(4, 1, 1, 2), score(tone, "Hopes fade, threats grow."));
    assertEquals("lexicon liwc.dic has no category 'positive'; its categories are posemo, negemo",
        assertThrows(InputException.class, () -> new Tone(liwc)).getMessage());
  }
}
