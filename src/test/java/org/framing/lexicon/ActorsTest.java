package org.framing.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.framing.ingest.InputException;
import org.framing.text.Tokenizer;
import org.junit.jupiter.api.Test;

class ActorsTest {

  static final Actors SEED = Actors.parse("actors.csv", """
      actor,group,aliases
      NATO,NATO,nato;North Atlantic Treaty Organization;alliance
      Jens Stoltenberg,NATO,Stoltenberg
      Russia,,Russian Federation;Moscow;Kremlin
      United States,United States,"US;U.S.;Washington"
      """);

  /** The names of the actors each sentence of {@code text} mentions. */
  static List<List<String>> mentioned(Actors actors, String text) {
    String normalized = Tokenizer.normalize(text);
    List<List<String>> out = new ArrayList<>();
    for (Tokenizer.Sentence s : Tokenizer.split(text)) {
      out.add(Arrays.stream(actors.mentioned(s.tokens(), normalized)).mapToObj(i -> actors.actors().get(i).name()).toList());
    }
    return out;
  }

  @Test
  void theActorsNameIsAnAliasAndAnEmptyGroupIsTheActorItself() {
    assertEquals(new Actors.Actor("Russia", "Russia", List.of("Russia", "Russian Federation", "Moscow", "Kremlin")),
        SEED.actors().get(2));
    assertEquals(List.of("NATO", "nato", "North Atlantic Treaty Organization", "alliance"), SEED.actors().get(0).aliases());
  }

  @Test
  void possessivesCountAndHyphenatedCompoundsDoNot() {
    assertEquals(List.of(List.of("Russia"), List.of(), List.of("Russia")),
        mentioned(SEED, "Russia’s demands were heard. The NATO-Russia Council met. Moscow's envoy left."));
  }

  @Test
  void anAliasWithCapitalsKeepsItsCaseAndALowerCaseAliasMatchesAnyCase() {
    assertEquals(List.of(List.of("United States"), List.of(), List.of("NATO"), List.of("NATO", "United States")),
        mentioned(SEED, "The US said so. Tell us more. The Alliance and NAtO met. Washington and the alliance agreed."));
  }

  @Test
  void phrasesMatchWordForWordAndEachActorCountsOncePerSentence() {
    assertEquals(List.of(List.of("NATO", "Jens Stoltenberg", "Russia")),
        mentioned(SEED, "NATO chief Jens Stoltenberg told the North Atlantic Treaty Organization and the Russian Federation: NATO again."));
    assertEquals(List.of(List.of()), mentioned(SEED, "The North Atlantic was calm."));
  }

  @Test
  void noActorsMentionNothing() {
    assertEquals(List.of(List.of()), mentioned(Actors.none(), "NATO met Russia."));
  }

  @Test
  void badFilesNameTheLineAndWhatToDo() {
    assertEquals("a.csv line 3: alias 'us' already names actor 'United States'; give each alias to one actor",
        assertThrows(InputException.class, () -> Actors.parse("a.csv",
            "actor,group,aliases\nUnited States,,US\nUkraine,,us\n")).getMessage());
    assertEquals("a.csv line 3: actor 'NATO' is already listed on line 2; merge the two lines",
        assertThrows(InputException.class, () -> Actors.parse("a.csv", "actor,group,aliases\nNATO,,\nNATO,,alliance\n"))
            .getMessage());
    assertEquals("a.csv line 1: no column 'aliases'; the header must be actor,group,aliases",
        assertThrows(InputException.class, () -> Actors.parse("a.csv", "actor,group\nNATO,NATO\n")).getMessage());
    assertEquals("a.csv line 2: the actor is empty; name it or delete the line",
        assertThrows(InputException.class, () -> Actors.parse("a.csv", "actor,group,aliases\n,NATO,alliance\n")).getMessage());
    assertEquals("a.csv line 2: alias '--' has no words; remove it",
        assertThrows(InputException.class, () -> Actors.parse("a.csv", "actor,group,aliases\nNATO,,--\n")).getMessage());
    assertEquals("a.csv line 1: unknown column 'alias'; the header must be actor,group,aliases",
        assertThrows(InputException.class, () -> Actors.parse("a.csv", "actor,group,aliases,alias\nNATO,,,\n"))
            .getMessage());
    assertEquals("a.csv line 2: an alias of 'NATO' is empty; remove the extra ';'",
        assertThrows(InputException.class, () -> Actors.parse("a.csv", "actor,group,aliases\nNATO,,alliance;;\n"))
            .getMessage());
    assertEquals("a.csv line 2: 4 fields where the header has 3; quote an alias list that holds a comma",
        assertThrows(InputException.class, () -> Actors.parse("a.csv", "actor,group,aliases\nNATO,,a,b\n")).getMessage());
  }
}
