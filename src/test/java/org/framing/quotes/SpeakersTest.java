package org.framing.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;
import org.framing.ingest.InputException;
import org.junit.jupiter.api.Test;

class SpeakersTest {

  private static final String HEADER = "speaker,aliases,affiliation\n";

  @Test
  void namesAndAliasesFindTheCanonicalSpeaker() {
    Speakers s = Speakers.parse("# comment\n" + HEADER + "Jens Stoltenberg,Stoltenberg;NATO chief,NATO\n"
        + "Russian government,\"Moscow; the Kremlin\",Russia\n", "s.csv");
    Speakers.Speaker nato = new Speakers.Speaker("Jens Stoltenberg", "NATO");
    assertEquals(Optional.of(nato), s.find("Jens Stoltenberg"));
    assertEquals(Optional.of(nato), s.find("STOLTENBERG"));
    assertEquals(Optional.of(nato), s.find("the  NATO chief"));
    assertEquals(Optional.of(nato), s.find("Stoltenberg’s"));
    assertEquals("Russia", s.find("Kremlin").orElseThrow().affiliation());
    assertEquals(Optional.empty(), s.find("Peskov"));
    assertEquals(6, s.size());
  }

  @Test
  void theSeedStudyListParses() {
    Speakers s = Speakers.load(Path.of("jobs/nato-russia-council-2022/speakers.csv"));
    assertEquals("Russia", s.find("Moscow").orElseThrow().affiliation());
    assertEquals("United States", s.find("Sherman").orElseThrow().affiliation());
  }

  @Test
  void aMissingColumnIsNamed() {
    InputException e = assertThrows(InputException.class, () -> Speakers.parse("speaker,affiliation\nA B,x\n", "s.csv"));
    assertEquals("s.csv line 1: no column 'aliases'; the header must be speaker,aliases,affiliation (it is "
        + "speaker,affiliation)", e.getMessage());
  }

  @Test
  void anUnknownColumnOrAnEmptyAliasIsNamed() {
    assertEquals("s.csv line 1: unknown column 'alias'; the header must be speaker,aliases,affiliation",
        assertThrows(InputException.class, () -> Speakers.parse("speaker,aliases,affiliation,alias\nA B,,x,\n", "s.csv"))
            .getMessage());
    assertEquals("s.csv line 2: an alias of 'A B' is empty; remove the extra ';'",
        assertThrows(InputException.class, () -> Speakers.parse(HEADER + "A B,B;;Bee,x\n", "s.csv")).getMessage());
  }

  @Test
  void aDuplicateAliasNamesBothLines() {
    InputException e = assertThrows(InputException.class, () -> Speakers.parse(HEADER
        + "Alexander Grushko,Grushko,Russia\nAndrei Grushko,grushko,other\n", "s.csv"));
    assertEquals("s.csv line 3: 'grushko' is already a name of 'Alexander Grushko' (line 2); a name or alias may "
        + "belong to one speaker only", e.getMessage());
  }

  @Test
  void anEmptyAffiliationOrNameIsNamed() {
    assertEquals("s.csv line 2: speaker 'A B' has no affiliation; write one, e.g. other",
        assertThrows(InputException.class, () -> Speakers.parse(HEADER + "A B,,\n", "s.csv")).getMessage());
    assertEquals("s.csv line 3: the speaker column is empty; write the speaker's canonical name",
        assertThrows(InputException.class, () -> Speakers.parse(HEADER + "A B,,x\n,C,x\n", "s.csv")).getMessage());
  }

  @Test
  void aLineWithTooManyFieldsIsNamed() {
    assertEquals("s.csv line 2: has 4 fields, the header 3; quote a field that holds a comma",
        assertThrows(InputException.class, () -> Speakers.parse(HEADER + "A B,C,x,y\n", "s.csv")).getMessage());
  }

  @Test
  void aMissingFileIsNamed() {
    assertEquals("nope/speakers.csv: no such file; --speakers names a CSV with the header speaker,aliases,affiliation",
        assertThrows(InputException.class, () -> Speakers.load(Path.of("nope/speakers.csv"))).getMessage());
  }
}
