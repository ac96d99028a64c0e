package org.framing.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PassagesTest {

  private static String[] t(String s) {
    return s.isEmpty() ? new String[0] : s.split(" ");
  }

  @Test
  void aSharedRunIsMergedIntoOnePassage() {
    String[] a = t("x y there is a real risk for a new armed conflict in europe z");
    String[] b = t("he said there is a real risk for a new armed conflict in europe today");
    List<Passages.Run> runs = Passages.shared(a, b, 8);
    assertEquals(List.of(new Passages.Run(2, 2, 12)), runs);
    assertEquals(List.of("there is a real risk for a new armed conflict in europe"), Passages.describe(a, runs));
  }

  @Test
  void runsShorterThanTheShingleAndEmptyTextsShareNothing() {
    assertEquals(List.of(), Passages.shared(t("a b c d e f g"), t("a b c d e f g"), 8));
    assertEquals(List.of(), Passages.shared(t(""), t("a b c d e f g h"), 8));
    assertEquals(0.0, Passages.jaccard(t(""), t("a b c d e f g h"), 8));
  }

  @Test
  void twoPassagesInOrderAndARepeatedPhraseOnce() {
    String[] a = t("p1 p2 p3 p4 p5 p6 p7 p8 mid q1 q2 q3 q4 q5 q6 q7 q8 q9 end p1 p2 p3 p4 p5 p6 p7 p8");
    String[] b = t("q1 q2 q3 q4 q5 q6 q7 q8 q9 and p1 p2 p3 p4 p5 p6 p7 p8");
    assertEquals(List.of("p1 p2 p3 p4 p5 p6 p7 p8", "q1 q2 q3 q4 q5 q6 q7 q8 q9"), Passages.describe(a, Passages.shared(a, b, 8)));
  }

  @Test
  void jaccardCountsDistinctShingles() {
    // a has shingles {abc, bcd}, b has {abc, bce}: 1 shared of 3.
    assertEquals(1 / 3.0, Passages.jaccard(t("a b c d"), t("a b c e"), 3), 1e-15);
    assertEquals(1.0, Passages.jaccard(t("a b c a b c"), t("a b c a b c"), 3), 1e-15);
  }

  /**
   * "Aa" and "BB" have the same String.hashCode (2112), so their shingle hashes agree; the fingerprint's FNV-1a
   * half tells them apart and no passage is reported. Same tokens give the same fingerprint, and the
   * fingerprints' shingles are the strings' shingles.
   */
  @Test
  void tokensWithTheSameHashCodeDoNotMatch() {
    assertEquals("Aa".hashCode(), "BB".hashCode());
    String[] a = t("Aa b c d e f g h");
    String[] b = t("BB b c d e f g h");
    assertEquals(Passages.shingles(a, 8)[0], Passages.shingles(b, 8)[0]);
    assertEquals(List.of(), Passages.shared(a, b, 8));
    assertEquals(List.of(new Passages.Run(0, 0, 8)), Passages.shared(a, t("Aa b c d e f g h"), 8));
    // FNV-1a 32 of "asd" is 0x1d72cecb, its String.hashCode 0x17a72 (computed apart, in Python).
    assertEquals(0x1d72cecbL << 32 | 0x17a72L, Passages.print("asd"));
    org.junit.jupiter.api.Assertions.assertArrayEquals(Passages.shingles(a, 3), Passages.shingles(Passages.prints(a), 3));
  }
}
