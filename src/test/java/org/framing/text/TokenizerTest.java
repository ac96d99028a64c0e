package org.framing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

  private static List<String> words(String text) {
    return Tokenizer.tokens(text).stream().map(Token::text).toList();
  }

  private static List<List<String>> sentences(String text) {
    return Tokenizer.sentences(text).stream().map(s -> s.stream().map(Token::text).toList()).toList();
  }

  @Test
  void emptyTextHasNoSentences() {
    assertEquals(List.of(), Tokenizer.sentences(""));
    assertEquals(List.of(), Tokenizer.sentences(" \n\t ... \n"));
  }

  @Test
  void curlyAndStraightApostrophesAreOneFormAndPossessivesGo() {
    assertEquals(List.of("russia", "don't", "nato", "allies", "rock'n'roll"),
        words("Russia’s don’t NATO's allies' rock'n'roll"));
  }

  @Test
  void fullWidthLettersQuotesAndApostrophesAreNormalised() {
    assertEquals(List.of("nato", "kremlin", "don't", "2022"), words("＂ＮＡＴＯ＂ Ｋｒｅｍｌｉｎ ｄｏｎ＇ｔ ２０２２"));
  }

  @Test
  void hyphenatedCompoundsStayWholeButDashesSplit() {
    assertEquals(List.of("de-escalation", "us-led", "nato-russia", "russia", "nato"),
        words("de-escalation US‐led NATO-Russia Russia—NATO -"));
  }

  @Test
  void numbersKeepTheirSeparatorsAndAreMarkedNumeric() {
    List<Token> t = Tokenizer.tokens("100,000 troops at 09:19, 2.5 km; 30.");
    assertEquals(List.of("100,000", "troops", "at", "09:19", "2.5", "km", "30"), t.stream().map(Token::text).toList());
    assertTrue(t.get(0).numeric());
    assertFalse(t.get(1).numeric());
    assertTrue(t.get(3).numeric());
  }

  @Test
  void acronymsWithPeriodsAreOneTokenAndDoNotEndSentences() {
    assertEquals(List.of(List.of("the", "u.s.", "deputy", "secretary", "of", "state", "spoke"),
        List.of("she", "left")), sentences("The U.S. Deputy Secretary of State spoke. She left."));
  }

  @Test
  void theCountryIsOneTermHoweverWrittenAndThePronounStaysItself() {
    // "US" in capitals, "U.S." and "U.S" are the country; "us" and "Us" the pronoun; "US-led" stays one compound.
    assertEquals(List.of("u.s.", "troops", "told", "us", "u.s.", "and", "u.s.", "officials", "u.s.", "envoy", "us", "too",
        "us-led", "u.s."),
        words("US troops told us: U.S. and U.S officials... US’s envoy. Us too, US-led (US)"));
    assertEquals(List.of(List.of("the", "u.s.", "deputy", "spoke"), List.of("she", "left")),
        sentences("The U.S deputy spoke. She left."));
  }

  @Test
  void sentencesEndAtTerminalMarksBeforeCapitalsAndAtLineBreaks() {
    assertEquals(List.of(
        List.of("is", "it", "about", "the", "invasion"),
        List.of("is", "it", "about", "intimidation"),
        List.of("sherman", "said"),
        List.of("mr", "smith", "and", "j", "doe", "met", "on", "jan", "12"),
        List.of("a", "headline", "without", "a", "period"),
        List.of("next", "line")),
        sentences("“Is it about the invasion? Is it about intimidation?” Sherman said.\n"
            + "Mr. Smith and J. Doe met on Jan. 12.\nA headline without a period\nnext line"));
  }

  @Test
  void aPeriodBeforeLowerCaseDoesNotEndTheSentence() {
    assertEquals(1, Tokenizer.sentences("The talks ended at 5 p.m. on Wednesday.").size());
  }

  @Test
  void bigramJoinFlagsFollowPunctuation() {
    List<Token> t = Tokenizer.tokens("Brussels, Belgium real risk");
    assertEquals(List.of(false, false, true, true), t.stream().map(Token::joinsPrevious).toList());
  }

  @Test
  void sentencesKnowTheirTextAndTokensTheirOffsetsInTheNormalisedText() {
    String raw = "“Is it about the invasion? Is it？” Sherman said.\nＮＡＴＯ chief warns";
    String text = Tokenizer.normalize(raw);
    List<Tokenizer.Sentence> s = Tokenizer.split(raw);
    assertEquals(List.of("Is it about the invasion?", "Is it?”", "Sherman said.", "NATO chief warns"),
        s.stream().map(x -> x.text(text)).toList());
    Token nato = s.get(3).tokens().get(0);
    assertEquals("NATO", text.substring(nato.start(), nato.end()));
  }

  @Test
  void aWordIsFoldedAsATokensCharactersAre() {
    // NFKC (full-width letters), lower case, each apostrophe and hyphen in one form: as inside a token.
    assertEquals("russia'*", Tokenizer.foldWord("ＲＵＳＳＩＡ\u2019*"));
    assertEquals("don'*", Tokenizer.foldWord("Don\u02BC*"));
    assertEquals("*-led", Tokenizer.foldWord("*\u2011Led"));
    // For a word the chain keeps whole, the fold is the token.
    assertEquals(Tokenizer.tokens("US\u2011led").get(0).text(), Tokenizer.foldWord("US\u2011led"));
  }
}
