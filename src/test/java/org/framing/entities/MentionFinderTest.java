package org.framing.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.framing.text.ArticleText;
import org.junit.jupiter.api.Test;

/** Mentions and their keys inside one article, case by case (the cases of the issue on entities among them). */
class MentionFinderTest {

  private static List<String> mentions(String text) {
    return new MentionFinder().find(ArticleText.of(text)).stream()
        .map(m -> m.kind().label() + ":" + m.key() + "=" + m.text() + (m.titled() ? "*" : "")).toList();
  }

  @Test
  void aTitleRunGivesThePersonAndTheAffiliationNotTheTitles() {
    assertEquals(List.of("person:alexander grushko=Alexander Grushko*"),
        mentions("The delegation was led by Deputy Foreign Minister Alexander Grushko on Wednesday."));
    assertEquals(List.of("organisation:nato=NATO", "person:jens stoltenberg=Jens Stoltenberg*"),
        mentions("The talks ended, said NATO Secretary General Jens Stoltenberg after the meeting."));
    assertEquals(List.of("place:united states=U.S.", "person:wendy sherman=Wendy Sherman*",
            "person:sergei ryabkov=Sergei Ryabkov*", "name:~geneva=Geneva"),
        mentions("They were led by U.S. Deputy Secretary of State Wendy Sherman and Russian Deputy Foreign Minister "
            + "Sergei Ryabkov in Geneva last week."));
  }

  @Test
  void oneKeyForTheFormsOfOneName() {
    assertEquals(List.of("person:donald trump=Donald John Trump", "person:donald trump=Donald J. Trump",
            "person:donald trump=Trump*", "person:donald trump=Trump*", "person:donald trump=Trump"),
        mentions("Donald John Trump was sworn in. Later Donald J. Trump spoke. Then President Trump left, "
            + "and the aides of Mr. Trump followed. Trump said nothing."));
    assertEquals(List.of("person:hillary clinton=Hillary Rodham Clinton", "person:hillary clinton=Hillary Clinton",
            "person:hillary clinton=Clinton*"),
        mentions("Hillary Rodham Clinton ran in 2016. A rally for Hillary Clinton was held, and Mrs. Clinton spoke."));
    assertEquals(List.of("person:joseph biden=Joe Biden", "person:joseph biden=Joseph R. Biden"),
        mentions("Voters saw Joe Biden on stage. The oath was taken by Joseph R. Biden in January."));
    assertEquals(List.of("person:donald trump jr=Donald Trump Jr", "person:donald trump=Donald Trump"),
        mentions("Meanwhile Donald Trump Jr. tweeted, and his father Donald Trump did not."));
  }

  @Test
  void aSurnameGoesToTheNearestFullNameOfTheArticle() {
    assertEquals(List.of("person:melania trump=Melania Trump", "person:donald trump=Donald Trump",
            "person:donald trump=Trump", "person:melania trump=Melania Trump", "person:melania trump=Trump"),
        mentions("The visit of Melania Trump was brief. Donald Trump stayed home. Trump said little.\n"
            + "Later Melania Trump came back. Trump said she was glad."));
    assertEquals(List.of("person:~trump=Trump*"), mentions("Yesterday Mr. Trump said it was fine."));
    assertEquals(List.of("person:william de blasio=Bill de Blasio*", "person:william de blasio=Blasio"),
        mentions("Mayor Bill de Blasio spoke. He later called de Blasio a winner."));
  }

  @Test
  void anAcronymIsTheOrganisationItSpellsInTheArticle() {
    assertEquals(List.of("organisation:north atlantic treaty organization=North Atlantic Treaty Organization",
            "organisation:north atlantic treaty organization=NATO", "organisation:fbi=FBI"),
        mentions("Members of the North Atlantic Treaty Organization met. Then NATO said the FBI had warned them."));
    assertEquals(List.of("organisation:union of concerned scientists=Union of Concerned Scientists",
            "organisation:organization for security and co-operation in europe="
                + "Organization for Security and Co-operation in Europe"),
        mentions("A report by the Union of Concerned Scientists reached the Organization for Security and "
            + "Co-operation in Europe yesterday."));
  }

  @Test
  void sentenceWordsAdjectivesAndCompoundsAreNoNames() {
    assertEquals(List.of(), mentions("Critics say the plan is weak."));
    assertEquals(List.of(), mentions("Others said the message violated the rules."));
    assertEquals(List.of(), mentions("Organizers said guards served smaller meals."));
    assertEquals(List.of("name:~grushko=Grushko"), mentions("Grushko said the talks were over."));
    assertEquals(List.of("place:ukraine=Ukraine"),
        mentions("The US-led talks with Russian officials and Western diplomats on Ukraine ended."));
    assertEquals(List.of(), mentions("I'm sure it is."));
    assertEquals(List.of(), mentions("Readers can write to Us at any time."));
  }

  @Test
  void placesHaveOneKeyHoweverWritten() {
    assertEquals(List.of("place:united states=U.S.", "place:united states=United States",
            "place:united states=US", "place:moscow=Moscow", "place:europe=Europe"),
        mentions("The U.S. and the United States are the same, as is the US; Moscow is not, nor is Europe."));
  }

  @Test
  void aHeadlineInTitleCaseHasNoMentions() {
    assertEquals(List.of("organisation:nato=NATO"),
        mentions("NATO Chief Warns Of Real Risk Of War In Europe\nNATO met on Wednesday."));
  }

  @Test
  void aCaptionRepeatingItsNameAndASurnameWithASuffix() {
    assertEquals(List.of("person:~francis=Francis*", "place:rome=Rome"),
        mentions("Photos: Pope Francis Francis speaks with the crowd in Rome."));
    // "Trump" alone may be either Trump (here the only one named); "Trump Jr." only the son.
    assertEquals(List.of("person:donald trump jr=Donald Trump Jr", "person:donald trump jr=Trump Jr",
            "person:donald trump jr=Trump"),
        mentions("Donald Trump Jr. met them in June. Later Trump Jr. said no, and Trump said nothing."));
    assertEquals(List.of("person:~trump jr=Trump Jr"), mentions("Yesterday Trump Jr. said no."));
  }
}
