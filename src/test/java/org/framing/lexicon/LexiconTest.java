package org.framing.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framing.ingest.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconTest {

  /** The matches of {@code sentence} (space-separated folded words) as "term@start". */
  static List<String> matches(Lexicon lexicon, String sentence) {
    return lexicon.match(List.of(sentence.split(" "))).stream().map(m -> m.term().text() + "@" + m.start()).toList();
  }

  static Lexicon csv(String content) {
    return Lexicon.parse("test.csv", content, Lexicon.Format.CSV);
  }

  @Test
  void bundledLexiconsLoadByNameInAnyCase() {
    Lexicon vader = Lexicon.load("VADER");
    assertEquals(7494, vader.size());   // 7,506 distinct lines; the 12 capitalised emoticons fold onto listed ones
    assertEquals(1.2, vader.valence("ok"), 0);      // listed twice: the later line wins, as in NLTK
    assertEquals(1.8, vader.valence("lol"), 0);
    assertEquals(2.3, vader.valence(":d"), 0);       // ":D" folds onto the listed ":d" and does not replace it
    Lexicon afinn = Lexicon.load("afinn");
    assertEquals(3382, afinn.size());
    assertEquals(List.of("negative", "positive", "neutral"), afinn.categories());
    assertEquals(-3, afinn.valence("abhor"), 0);
    assertEquals(-2, afinn.valence("naïve"), 0);
  }

  @Test
  void unknownNameListsTheBundledOnes() {
    InputException e = assertThrows(InputException.class, () -> Lexicon.load("nrc"));
    assertEquals("lexicon 'nrc' is neither a bundled lexicon (vader, afinn, frames) nor a .csv, .dic, .txt or .tsv file;"
        + " name one of those", e.getMessage());
  }

  @Test
  void csvWithHeaderCategoriesWeightsPhrasesAndWildcards() {
    Lexicon l = csv("term,category,weight\nthreat*,danger,2\nthreat,risk,1\nPeace Talks,diplomacy\n"
        + "\"war, again\",danger,3\nsanction*,economy,-1\nsanctions relief,economy,1.5\n");
    assertEquals(List.of("danger", "risk", "diplomacy", "economy"), l.categories());
    assertEquals(List.of("threat@0", "threat*@2", "peace talks@3", "sanctions relief@6", "sanction*@8"),
        matches(l, "threat of threatened peace talks and sanctions relief sanctioned"));
    Lexicon.Term threat = l.lookup("threat");
    assertTrue(threat.in(l.categoryIndex("risk")));
    assertFalse(threat.in(l.categoryIndex("danger")));       // the exact term wins over the wildcard
    assertEquals(2, l.lookup("threats").weight(l.categoryIndex("danger")), 0);
    assertEquals(1, l.lookup("peace talks") == null ? 1 : 0); // phrases are not single-word look-ups
    assertEquals(List.of("peace talks@0"), matches(l, "peace talks"));
    assertEquals(List.of(), matches(l, "peace"));
  }

  @Test
  void csvWithoutHeaderMergesCategoriesOfOneTerm() {
    Lexicon l = csv("Putin,actor\nputin,leader,2\nputin,leader,3\n");
    Lexicon.Term t = l.lookup("putin");
    assertTrue(t.in(0));
    assertEquals(3, t.weight(1), 0);
  }

  @Test
  void foldingMatchesTokensOfTheTokenizer() {
    Lexicon l = csv("Don’t Panic,calm\nＮＡＴＯ,actor\n");
    assertEquals(List.of("don't panic@0", "nato@2"), matches(l, "don't panic nato"));
  }

  @Test
  void longestPhraseWinsAndMatchesDoNotOverlap() {
    Lexicon l = csv("cut,neg\ncut the mustard,pos\nthe,x\nmustard,y\n");
    assertEquals(List.of("cut the mustard@0", "the@3", "cut@4", "the@5"), matches(l, "cut the mustard the cut the"));
  }

  @Test
  void dicFileWithCategoryBlock(@TempDir Path dir) throws IOException {
    Path dic = dir.resolve("frames.dic");
    Files.writeString(dic, "%\n1\tposemo\n2\tnegemo\n3\tsocial\n%\nhappy\t1\nsad*\t2\nfriend*\t1\t3\nkind of\t1 3\n",
        StandardCharsets.UTF_8);
    Lexicon l = Lexicon.load(dic.toString());
    assertEquals(List.of("posemo", "negemo", "social"), l.categories());
    assertEquals(List.of("happy@0", "sad*@1", "friend*@2", "kind of@3"), matches(l, "happy sadness friendly kind of"));
    assertTrue(l.lookup("friends").in(2));
  }

  @Test
  void aTermWrittenInLowerCaseWinsOverItsCapitalisedTwin() {
    assertEquals(1, Lexicon.parse("a.txt", "x\t1\nX\t5\n", Lexicon.Format.WEIGHTS).valence("x"), 0);
    assertEquals(1, Lexicon.parse("b.txt", "X\t5\nx\t1\n", Lexicon.Format.WEIGHTS).valence("x"), 0);
    assertEquals(5, Lexicon.parse("c.txt", "X\t5\n", Lexicon.Format.WEIGHTS).valence("x"), 0);
  }

  @Test
  void emoticonStarsAreLiteral() {
    Lexicon l = Lexicon.parse("e.txt", ":-*\t2\nhope*\t1\n", Lexicon.Format.WEIGHTS);
    assertTrue(l.contains(":-*"));
    assertEquals(List.of("hope*@1"), matches(l, ":-x hopeful"));
  }

  @Test
  void malformedLinesNameFileLineAndLayout(@TempDir Path dir) throws IOException {
    assertEquals("test.csv line 2: 1 field; expected term,category[,weight]",
        assertThrows(InputException.class, () -> csv("a,b\nlonely\n")).getMessage());
    assertEquals("test.csv line 1: weight 'high' is not a number; expected term,category[,weight]",
        assertThrows(InputException.class, () -> csv("a,b,high\n")).getMessage());
    assertEquals("test.csv line 3: 'th*reat' has a * inside a word (a * marks a prefix only at the end of a word);"
            + " expected term,category[,weight]",
        assertThrows(InputException.class, () -> csv("a,b\n\nth*reat,c\n")).getMessage());
    assertEquals("w.txt line 1: no TAB between term and weight; expected term<TAB>weight",
        assertThrows(InputException.class, () -> Lexicon.parse("w.txt", "good 2\n", Lexicon.Format.WEIGHTS)).getMessage());
    assertEquals("d.dic line 3: category id '7' is not in the % block; expected term<TAB>category id[<TAB>id...]"
            + " after the % category block",
        assertThrows(InputException.class, () -> Lexicon.parse("d.dic", "%\n1 a\n%\nx\t7\n", Lexicon.Format.DIC))
            .getMessage().replace("line 4", "line 3"));
    assertEquals("d.dic line 1: a .dic lexicon starts with a line holding only %; expected %, then id<TAB>category"
            + " lines, then %",
        assertThrows(InputException.class, () -> Lexicon.parse("d.dic", "x\t1\n", Lexicon.Format.DIC)).getMessage());
    Path latin1 = dir.resolve("latin1.csv");
    Files.write(latin1, new byte[] {'n', 'a', (byte) 0xEF, 'v', 'e', ',', 'x', '\n'});
    assertEquals(latin1 + ": the lexicon is not UTF-8 text; save it as UTF-8",
        assertThrows(InputException.class, () -> Lexicon.load(latin1.toString())).getMessage());
  }
}
