package org.framing.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * VADER's rules one at a time. The expected compounds are what NLTK 3.8 ({@code python3-nltk} 3.8-1,
 * {@code src/test/python/vader_reference.py} with the bundled lexicon) gave for the same sentences; NLTK rounds to
 * 4 decimals, hence the tolerance.
 */
class VaderTest {

  static final Vader VADER = new Vader(Lexicon.load("vader"));
  static final double NLTK_ROUNDING = 0.5e-4 + 1e-12;

  static void assertCompound(double nltk, String sentence) {
    assertEquals(nltk, VADER.compound(sentence), NLTK_ROUNDING, sentence);
  }

  @Test
  void lexiconWordAlone() {
    assertCompound(0.4404, "The plan is good.");
    assertCompound(0.8439, "VADER is smart, handsome, and funny!");
  }

  @Test
  void negationFlipsAndDampens() {
    assertCompound(-0.3412, "The plan is not good.");
    assertCompound(-0.3865, "The plan isn't very good.");
    assertCompound(-0.652, "The summit ended without agreement and without trust.");
  }

  @Test
  void boostersAndDampeners() {
    assertCompound(0.4927, "The plan is very good.");
    assertCompound(0.3832, "The plan is barely good.");
    assertCompound(0.3832, "The plan is kind of good.");
  }

  @Test
  void butWeighsTheSecondClauseMore() {
    assertCompound(-0.5652, "The plan is extremely good, but the talks were bad.");
  }

  @Test
  void allCapsInAMixedCaseSentence() {
    assertCompound(0.5622, "The plan is GOOD.");
  }

  @Test
  void exclamationAndQuestionMarks() {
    assertCompound(0.5826, "The plan is good!!!");
    assertCompound(0.504, "Is the plan good??");
    // "good????" keeps its marks (not one of NLTK's PUNC_LIST), so no lexicon word is found.
    assertCompound(0.0, "Is the plan good???? Really????");
  }

  @Test
  void leastNegatesUnlessAtLeast() {
    assertCompound(-0.3412, "This is the least good plan.");
    assertCompound(0.4404, "At least the plan is good.");
  }

  @Test
  void neverSoAndIdioms() {
    assertCompound(0.7279, "The deal was never so good.");
    assertCompound(0.6124, "The new deal is the bomb.");
    // "kind of" three and two words before "good" (the idiom check's multi-word dampener).
    assertCompound(0.6386, "It was kind of a good plan, a good one.");
  }

  @Test
  void repeatedWordsAndCapitalsTakeTheFirstOccurrence() {
    assertCompound(0.8271, "Good news: the talks were good, and the good talks went on.");
    assertCompound(-0.5875, "NOT good, they say; it was not good at all.");
  }

  @Test
  void noIsALexiconWordNotARule() {
    assertCompound(0.6369, "There is no hope for peace.");
  }

  @Test
  void quotedWordsAndEmptyTextScoreZero() {
    assertCompound(0.0, "\"Good,\" he said.");
    assertCompound(0.0, "Nothing to report here.");
    assertCompound(0.0, "A");
    assertEquals(new Vader.Scores(0, 0, 0, 0), VADER.score(""));
  }

  @Test
  void sharesAddUpToOne() {
    Vader.Scores s = VADER.score("The plan is extremely good, but the talks were bad.");
    assertEquals(1.0, s.negative() + s.neutral() + s.positive(), 1e-12);
  }

  @Test
  void wordsLoseOneMarkOnlyBesideAPunctuationFreeWord() {
    assertEquals(List.of("good", "(good)", "good...", "don't!", "it's", ":-)", "good"),
        Vader.words("good! (good) good... don't! it's :-) a \"good"));
  }

  @Test
  void pythonUpperCase() {
    assertEquals(true, Vader.isUpper("GOOD!"));
    assertEquals(false, Vader.isUpper("Good"));
    assertEquals(false, Vader.isUpper(":-)"));
  }
}
