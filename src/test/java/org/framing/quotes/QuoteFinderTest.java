package org.framing.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The quotation rules on small texts, each with its exact expected rows. Pure Java, no Spark. */
class QuoteFinderTest {

  private static final Speakers SPEAKERS = Speakers.parse("""
      speaker,aliases,affiliation
      Jens Stoltenberg,Stoltenberg,NATO
      NATO,North Atlantic Treaty Organization,NATO
      Russian government,Moscow;Kremlin,Russia
      """, "test speakers.csv");

  private static final QuoteFinder FINDER = new QuoteFinder(SPEAKERS);

  /** kind|speaker|verb|quote, one string per row, for exact comparison. */
  private static List<String> rows(String text) {
    return rows(text, null);
  }

  private static List<String> rows(String text, String title) {
    List<Quote> quotes = FINDER.find(text, title);
    for (Quote q : quotes) {
      assertEquals(q.quote(), text.substring(q.start(), q.end()), "offsets index the original text");
    }
    return quotes.stream().map(q -> q.kind().label() + (q.headline() ? " headline" : "") + "|" + q.speaker() + "|"
        + q.verb() + "|" + q.quote()).toList();
  }

  @Test
  void emptyArticleYieldsNoQuotes() {
    assertEquals(List.of(), rows(""));
    assertEquals(List.of(), rows("   \n\n"));
  }

  @Test
  void quoteThenSpeakerThenVerb() {
    assertEquals(List.of("direct|Jens Stoltenberg|told|There is a real risk of war,"),
        rows("\"There is a real risk of war,\" NATO Secretary General Jens Stoltenberg told reporters."));
  }

  @Test
  void curlyQuotesAndAPronounResolvedToTheLastSpeaker() {
    assertEquals(List.of("direct|Wendy Sherman|said|We are ready.", "direct|Wendy Sherman|said|It is Russia that must choose,"),
        rows("Deputy Secretary of State Wendy Sherman said: “We are ready.”\n\n“It is Russia that must choose,” she said."));
  }

  @Test
  void aNameAfterOfIsThePersonBeforeItOrTheWholeName() {
    assertEquals(List.of("direct|John Cornyn|told|We are talking,", "partial|Board of Elections|acknowledged|discrepancy",
            "partial|New York City Board of Elections|called|patience"),
        rows("\"We are talking,\" Senate Republican Whip John Cornyn of Texas told The Hill.\n\n"
            + "Later the Board of Elections acknowledged a \"discrepancy\" in the count.\n\n"
            + "The New York City Board of Elections called for \"patience\" from the candidates."));
  }

  @Test
  void aPlaceBeforeALowerCaseRoleIsNoPersonForTheRoleToFind() {
    assertEquals(List.of("direct|former official|says|I was sitting there going,"),
        rows("The former Arkansas governor was standing next to him.\n\n"
            + "One former administration official worried. “I was sitting there going,” the former official says."));
  }

  @Test
  void invertedVerbBeforeTheSpeaker() {
    assertEquals(List.of("direct|Jens Stoltenberg|said|We will not give up,"),
        rows("“We will not give up,” said NATO Secretary-General Jens Stoltenberg."));
  }

  @Test
  void surnameResolvesToTheFullNameMentionedBefore() {
    assertEquals(List.of("reported|Alexander Grushko|said|Moscow was ready to talk",
        "direct|Alexander Grushko|stressed|This is not our choice,"),
        rows("Russian Deputy Foreign Minister Alexander Grushko said Moscow was ready to talk.\n"
            + "\"This is not our choice,\" Grushko stressed."));
  }

  @Test
  void mixedStraightAndCurlyMarksCloseOneQuotation() {
    assertEquals(List.of("partial|Jens Stoltenberg|called|defining moment,", "partial|Jens Stoltenberg|said|significant differences"),
        rows("Stoltenberg called the meeting a \"defining moment,” but said \"significant differences\" remained."));
  }

  @Test
  void partialQuoteInsideTheReportersSentence() {
    assertEquals(List.of("partial|Jens Stoltenberg|warned|a real risk"),
        rows("Jens Stoltenberg has warned of “a real risk” of a new war in Europe."));
  }

  @Test
  void scareQuotedWordsInSingleQuotesAreNotQuotations() {
    assertEquals(List.of("reported|NATO chief|warns|of ‘real risk’ of war as Russia's talks end"),
        rows("NATO chief warns of ‘real risk’ of war as Russia's talks end"));
    assertEquals(List.of("partial|Wendy Sherman|reiterated|not a start"),
        rows("Wendy Sherman reiterated that the demands were 'not a start'."));
  }

  @Test
  void guillemetsAndFullWidthMarks() {
    assertEquals(List.of("direct|Jens Stoltenberg|said|Nous sommes prêts,"),
        rows("«Nous sommes prêts,» Jens Stoltenberg said."));
    assertEquals(List.of("direct|Jens Stoltenberg|said|We are ready,"),
        rows("＂We are ready,＂ Jens Stoltenberg said."));
  }

  @Test
  void aQuotationOverTwoParagraphsIsOne() {
    String text = "Jens Stoltenberg said: “The first paragraph goes on.\n\n“And the second ends it.”";
    List<Quote> q = FINDER.find(text, null);
    assertEquals(1, q.size());
    assertEquals("The first paragraph goes on.\n\n“And the second ends it.", q.get(0).quote());
    assertEquals(Quote.Kind.DIRECT, q.get(0).kind());
    assertEquals("Jens Stoltenberg", q.get(0).speaker());
    assertEquals(24, q.get(0).start());
  }

  @Test
  void aQuotationNeverClosedIsDropped() {
    assertEquals(List.of(), rows("He said “this never ends\n\nA new paragraph without a mark."));
  }

  @Test
  void aSpeakerGoingOnInTheSameParagraph() {
    assertEquals(List.of("direct|Jens Stoltenberg|said|We had a serious exchange,", "direct|Jens Stoltenberg||Our differences remain."),
        rows("“We had a serious exchange,” Stoltenberg said. “Our differences remain.”"));
  }

  @Test
  void aQuotationParagraphAfterASpeakersParagraphGoesOn() {
    assertEquals(List.of("direct|Jens Stoltenberg|said|We had a serious exchange,", "direct|Jens Stoltenberg||Our differences remain."),
        rows("“We had a serious exchange,” Stoltenberg said.\n\n“Our differences remain.”"));
  }

  @Test
  void aQuotedHeadingIsNotGuessed() {
    assertEquals(List.of("direct|Jens Stoltenberg|said|We had a serious exchange,", "direct|null||Our differences remain"),
        rows("“We had a serious exchange,” Stoltenberg said.\n\n“Our differences remain”"));
  }

  @Test
  void paraphraseIsReportedNotDirect() {
    assertEquals(List.of("reported|Dmitry Peskov|said|Russia is not making ultimatums in its negotiations"),
        rows("Kremlin spokesperson Dmitry Peskov said earlier that Russia is not making ultimatums in its negotiations."
            .replace("said earlier that", "said that")));
    assertEquals(List.of("reported|Jens Stoltenberg|said|It will not be easy to bridge the differences"),
        rows("It will not be easy to bridge the differences, said NATO Secretary General Jens Stoltenberg."));
  }

  @Test
  void aNamedPersonWhoDoesNotSpeakIsNotQuoted() {
    assertEquals(List.of(), rows("The Russian delegation was headed by Deputy Foreign Minister Alexander Grushko."));
  }

  @Test
  void definiteRoleResolvesToTheMatchingPerson() {
    assertEquals(List.of("partial|Alexander Grushko|described|serious, deep",
        "direct|Alexander Grushko|said|It is imperative to end the policy,"),
        rows("Russian Deputy Foreign Minister Alexander Grushko, for his part, described the talks as “serious, deep”.\n"
            + "“It is imperative to end the policy,” the Russian official said."));
  }

  @Test
  void indefiniteRoleStaysARole() {
    assertEquals(List.of("partial|foreign ministry official|told|no positive agenda at all."),
        rows("Later a foreign ministry official told reporters that there was \"no positive agenda at all.\""));
  }

  @Test
  void quotedAsSayingGivesTheFloorToThePersonQuoted() {
    assertEquals(List.of("partial|Alexander Fomin|saying|incidents and conflict"),
        rows("The Interfax news agency quoted Russia's Deputy Defense Minister Alexander Fomin as saying it created the "
            + "risk of \"incidents and conflict\"."));
    assertEquals(List.of("partial|Alexander Fomin|saying|critically low level."),
        rows("The Russian deputy defense minister, Alexander Fomin, was quoted as saying that relations were at a "
            + "\"critically low level.\""));
  }

  @Test
  void organisationsAndAliases() {
    assertEquals(List.of("partial|Russian government|said|very dangerous"),
        rows("NATO was willing to talk, but Moscow said the situation was \"very dangerous\" and unclear."));
    assertEquals(List.of("reported|NATO|said|it was willing to talk to Russia"),
        rows("The North Atlantic Treaty Organization (NATO) said it was willing to talk to Russia."));
  }

  @Test
  void accordingTo() {
    assertEquals(List.of("direct|Jens Stoltenberg|according to|We are ready."),
        rows("According to Jens Stoltenberg: “We are ready.”"));
  }

  @Test
  void anUnattributedQuotationIsKeptWithoutASpeaker() {
    assertEquals(List.of("partial|null||neutralize the threats"),
        rows("The minister emerged from the talks renewing the threat to \"neutralize the threats\" it says it faces."));
  }

  @Test
  void aPronounWithNoPersonBeforeItIsNotGuessed() {
    assertEquals(List.of("direct|null||We are ready,"), rows("\"We are ready,\" they said."));
  }

  @Test
  void headlineQuotationsAreMarked() {
    String text = "NATO: \"A new war could break out in Europe\"\n\nJens Stoltenberg said the talks were hard to bridge.";
    assertEquals(List.of("direct headline|NATO|:|A new war could break out in Europe",
        "reported|Jens Stoltenberg|said|the talks were hard to bridge"), rows(text, "NATO: \"A new war could break out in Europe\""));
    assertEquals(List.of("direct headline|NATO|:|A new war could break out in Europe",
        "reported|Jens Stoltenberg|said|the talks were hard to bridge"), rows(text, null));
  }

  @Test
  void aPassiveVerbDoesNotMakeItsSubjectTheSpeaker() {
    assertEquals(List.of("direct|null||Leave now,"), rows("\"Leave now,\" Jens Stoltenberg was told."));
  }

  @Test
  void apostrophesAndPossessivesAreNotQuotationMarks() {
    assertEquals(List.of(), rows("NATO’s allies don't say Russia's 'yes' and the allies' plans."));
  }

  @Test
  void aQuestionEndingAQuotationKeepsItsSpeaker() {
    assertEquals(List.of("direct|Wendy Sherman|asked|Is it about the invasion? Is it about intimidation?"),
        rows("“Is it about the invasion? Is it about intimidation?” Wendy Sherman asked."));
  }

  @Test
  void wordsAreCounted() {
    Quote q = FINDER.find("“Don't de-escalate 100,000 troops,” Jens Stoltenberg said.", null).get(0);
    assertEquals(5, q.words());
    assertTrue(q.start() == 1 && q.end() == 34);
  }
}
