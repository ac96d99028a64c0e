package org.framing.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.framing.testing.PythonReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** B-cubed worked by hand; the adjusted Rand index against scikit-learn's {@code adjusted_rand_score}. */
class ClusterAgreementTest {

  @Test
  void bcubedAndRandOfASmallCaseWorkedByHand() {
    // Found a={1,2} b={3,4} c={5}; reference x={1,2,3} y={4,5}.
    // Precision per item 1, 1, 1/2, 1/2, 1: 0.8. Recall 2/3, 2/3, 1/3, 1/2, 1/2: 8/15. F1 = 0.64.
    // ARI: sum C(n_ij,2) = 1, rows 2, columns 4, E = 2·4/10 = 0.8, max 3: (1 − 0.8)/(3 − 0.8) = 1/11.
    ClusterAgreement a = ClusterAgreement.of(List.of("a", "a", "b", "b", "c"), List.of("x", "x", "x", "y", "y"));
    assertEquals(0.8, a.bcubedPrecision(), 1e-15);
    assertEquals(8.0 / 15, a.bcubedRecall(), 1e-15);
    assertEquals(0.64, a.bcubedF1(), 1e-15);
    assertEquals(1.0 / 11, a.adjustedRand(), 1e-15);
    ClusterAgreement same = ClusterAgreement.of(List.of("p", "p", "q"), List.of("x", "x", "y"));
    assertEquals(new ClusterAgreement(1, 1, 1, 1), same);
    assertThrows(IllegalArgumentException.class, () -> ClusterAgreement.of(List.of("a"), List.of()));
  }

  @Test
  void adjustedRandIsScikitLearns(@TempDir Path tmp) throws IOException {
    Random random = new Random(7);
    List<List<String>> found = new ArrayList<>();
    List<List<String>> reference = new ArrayList<>();
    StringBuilder cases = new StringBuilder();
    for (int c = 0; c < 12; c++) {
      int n = 2 + random.nextInt(60);
      int k = 1 + random.nextInt(8);
      int m = 1 + random.nextInt(8);
      List<String> f = new ArrayList<>();
      List<String> r = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        f.add("f" + random.nextInt(k));
        // Half the cases agree in part: the reference copies the found label most of the time.
        r.add(c % 2 == 0 && random.nextInt(4) > 0 ? f.get(i).replace('f', 'r') : "r" + random.nextInt(m));
      }
      found.add(f);
      reference.add(r);
      cases.append(String.join(" ", f)).append('|').append(String.join(" ", r)).append('\n');
    }
    Path file = tmp.resolve("cases.txt");
    Files.writeString(file, cases);
    String[] expected = PythonReference.run("sklearn", "python3-sklearn", Path.of("src/test/python/ari_reference.py"),
        List.of(file.toString())).strip().split("\n");
    assertEquals(found.size(), expected.length);
    for (int c = 0; c < expected.length; c++) {
      assertEquals(Double.parseDouble(expected[c]), ClusterAgreement.of(found.get(c), reference.get(c)).adjustedRand(),
          1e-12, "case " + c);
    }
  }
}
