package org.framing.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.framing.entities.Resolution.KeyCount;
import org.junit.jupiter.api.Test;

/** Resolution across the corpus: surnames, confirmation, acronyms, names and ids, and speakers. */
class ResolutionTest {

  private static final List<KeyCount> CORPUS = List.of(
      new KeyCount("person", "donald trump", "Donald Trump", 90, 0),
      new KeyCount("person", "donald trump", "Trump", 130, 20),
      new KeyCount("person", "donald trump", "Donald John Trump", 14, 0),
      new KeyCount("person", "melania trump", "Melania Trump", 12, 0),
      new KeyCount("person", "melania trump", "Trump", 3, 0),
      new KeyCount("name", "~trump", "Trump", 40, 0),
      new KeyCount("person", "hillary clinton", "Hillary Clinton", 40, 0),
      new KeyCount("person", "hillary clinton", "Hillary Rodham Clinton", 31, 1),
      new KeyCount("person", "bill clinton", "Bill Clinton", 36, 0),
      new KeyCount("person", "bill clinton", "Clinton", 5, 0),
      new KeyCount("person", "~clinton", "Clinton", 9, 9),
      new KeyCount("person", "planned parenthood", "Planned Parenthood", 25, 0),
      new KeyCount("person", "~obama", "Obama", 4, 4),
      new KeyCount("name", "~obamacare", "Obamacare", 7, 0),
      new KeyCount("organisation", "north atlantic treaty organization", "North Atlantic Treaty Organization", 3, 0),
      new KeyCount("organisation", "north atlantic treaty organization", "NATO", 5, 0),
      new KeyCount("organisation", "nato", "NATO", 60, 0),
      new KeyCount("place", "united states", "U.S.", 50, 0),
      new KeyCount("place", "united states", "United States", 20, 0),
      new KeyCount("person", "donald trump jr", "Donald Trump Jr", 30, 2),
      new KeyCount("person", "donald trump jr", "Trump Jr", 8, 0),
      new KeyCount("person", "betsy devos", "Betsy DeVos", 6, 1),
      new KeyCount("person", "~democrats", "Democrats", 20, 5),
      new KeyCount("organisation", "democrats", "Democrats", 70, 0),
      new KeyCount("organisation", "king", "KING", 15, 0),
      new KeyCount("organisation", "president-elect donald trump", "PRESIDENT-ELECT DONALD TRUMP", 4, 0));

  private static String entity(Resolution r, String kind, String key) {
    Resolution.Entity e = r.entity(kind, key);
    return e.id() + "=" + e.name() + "/" + e.type();
  }

  @Test
  void aSurnameAloneGoesToTheDominantPersonOfThatSurname() {
    Resolution r = Resolution.of(CORPUS);
    assertEquals("person:donald-trump=Donald Trump/person", entity(r, "name", "~trump"));
    // Hillary Clinton (71 mentions) is not twice Bill Clinton (41): a bare "Clinton" stays its own person.
    assertEquals("person:clinton=Clinton/person", entity(r, "person", "~clinton"));
    assertEquals("person:hillary-clinton=Hillary Clinton/person", entity(r, "person", "hillary clinton"));
    assertEquals("person:melania-trump=Melania Trump/person", entity(r, "person", "melania trump"));
  }

  @Test
  void aNameNeverTitledNorShortenedIsNoPerson() {
    Resolution r = Resolution.of(CORPUS);
    assertEquals("other:planned-parenthood=Planned Parenthood/other", entity(r, "person", "planned parenthood"));
    assertEquals("person:obama=Obama/person", entity(r, "person", "~obama"));
    assertEquals("other:obamacare=Obamacare/other", entity(r, "name", "~obamacare"));
  }

  @Test
  void anAcronymSpelledOutSomewhereIsThatOrganisationEverywhere() {
    Resolution r = Resolution.of(CORPUS);
    // NATO (60 mentions) is written more than its expansion (8): the organisation is keyed by the acronym.
    assertEquals("organisation:nato=NATO/organisation", entity(r, "organisation", "nato"));
    assertEquals("organisation:nato=NATO/organisation", entity(r, "organisation", "north atlantic treaty organization"));
    assertEquals("place:united-states=U.S./place", entity(r, "place", "united states"));
  }

  @Test
  void speakersAsTheQuotationRulesNameThem() {
    Resolution r = Resolution.of(CORPUS);
    assertEquals("person:donald-trump", r.speaker("Donald John Trump").id());
    assertEquals("person:donald-trump", r.speaker("Trump").id());
    assertEquals("person:hillary-clinton", r.speaker("Hillary Rodham Clinton").id());
    assertEquals("organisation:nato", r.speaker("NATO").id());
    assertNull(r.speaker("Russian official"));
    assertNull(r.speaker(null));
  }

  @Test
  void speakersWithTitlesSuffixesOrWordsInFrontFindTheirPerson() {
    Resolution r = Resolution.of(CORPUS);
    // No article wrote "Trump Jr." alone, yet the speaker is the son, the only Trump with that suffix.
    assertEquals("person:donald-trump-jr", r.speaker("Trump Jr.").id());
    assertEquals("person:donald-trump", r.speaker("President-elect Donald Trump").id());
    assertEquals("person:donald-trump", r.speaker("Although Trump").id());
    assertEquals("person:betsy-devos", r.speaker("Education Betsy DeVos").id());
    // A transcript's label in capitals is no match for a surname: "King" is not the organisation "KING".
    assertNull(r.speaker("King"));
    assertEquals("organisation:king", r.speaker("KING").id());
    assertEquals("organisation:nato", r.speaker("North Atlantic Treaty Organization").id());
    // A party's members after a title ("Senate Democrats") are the party's organisation, no person.
    assertEquals("organisation:democrats=Democrats/organisation", entity(r, "person", "~democrats"));
    assertEquals("organisation:democrats", r.speaker("Democrats").id());
  }
}
