package org.framing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TextAnalyzerTest {

  private static final TextAnalyzer ENGLISH = new TextAnalyzer(StopWords.load("english"), false);

  @Test
  void emptyArticleYieldsNoTerms() {
    TextAnalyzer.Analysis a = ENGLISH.analyze("");
    assertEquals(0, a.tokens());
    assertEquals(0, a.sentences());
    assertEquals(List.of(), TextAnalyzer.describe(a));
  }

  @Test
  void bigramsDoNotCrossStopWordsPunctuationNumbersOrSentences() {
    TextAnalyzer.Analysis a = ENGLISH.analyze(
        "There is a real risk of war in Brussels, Belgium. Real risk: 30 troops. Zyxwv talks");
    assertEquals(List.of("belgium=1", "brussels=1", "real=2", "real risk=2", "risk=2", "talks=1", "troops=1",
        "war=1", "zyxwv=1", "zyxwv talks=1"), TextAnalyzer.describe(a));
    assertEquals(16, a.tokens());
    assertEquals(3, a.sentences());
  }

  @Test
  void anHonorificAttachedToANameIsNoTermButStillAWord() {
    TextAnalyzer.Analysis a = ENGLISH.analyze("Mr. Trump met Mr Johnson and Gov. Perry. The mr title, Dr. no.");
    assertEquals(List.of("dr=1", "johnson=1", "met=1", "mr=1", "mr title=1", "perry=1", "title=1", "trump=1",
        "trump met=1"), TextAnalyzer.describe(a));
    assertEquals(13, a.tokens());
  }

  @Test
  void contractionsOfStopWordsAreStopWordsAndShortTokensAreNotTerms() {
    TextAnalyzer.Analysis a = ENGLISH.analyze("They’re sure we don’t know x y NATO’s plan");
    assertEquals(List.of("know=1", "nato=1", "nato plan=1", "plan=1", "sure=1"), TextAnalyzer.describe(a));
  }

  @Test
  void numbersBecomeTermsOnlyWhenKept() {
    TextAnalyzer keep = new TextAnalyzer(Set.of("the"), true);
    assertEquals(List.of("100,000=1", "100,000 troops=1", "troops=1"), TextAnalyzer.describe(keep.analyze("the 100,000 troops")));
    assertEquals(List.of("troops=1"), TextAnalyzer.describe(new TextAnalyzer(Set.of("the"), false).analyze("the 100,000 troops")));
  }
}
