package org.framing.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which speakers name nobody and so count as the one voice "(unnamed source)". */
class SpeakerEntitiesTest {

  private static List<String> nameless(String... speakers) {
    return List.of(speakers).stream().filter(SpeakerEntities::nameless).toList();
  }

  @Test
  void rolesPartiesPlacesAndSentenceWordsNameNobody() {
    assertEquals(List.of("president", "President", "Pope", "Mrs", "Republican", "Kentucky Republican",
            "New Hampshire Republican", "critics", "Another", "former vice president", "GOP lawmaker",
            "Sixteen-year-old", "President-elect", "Others", "Organizers"),
        nameless("president", "President", "Pope", "Mrs", "Republican", "Kentucky Republican",
            "New Hampshire Republican", "critics", "Another", "former vice president", "GOP lawmaker",
            "Sixteen-year-old", "President-elect", "Others", "Organizers", "King", "Team Obama", "Human Services", "Bill Sweeney",
            "Sixteen-year-old Patricia Harrison", "de Blasio", "Air Force One", "Russian government", "the ministry"));
  }
}
