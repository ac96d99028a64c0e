package org.framing.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a clustering of items agrees with a reference clustering of the same items (each item one label in
 * each), as event detection is scored against hand-made events.
 *
 * <ul>
 *   <li><b>B-cubed</b> (Bagga &amp; Baldwin, "Entity-based cross-document coreferencing using the vector space
 *       model", COLING-ACL 1998; Amigó et al., "A comparison of extrinsic clustering evaluation metrics based on
 *       formal constraints", Information Retrieval 12, 2009): for each item, precision is the share of the items in
 *       its found cluster that share its reference cluster, recall the share of its reference cluster found in its
 *       cluster; both averaged over items (each item itself included), F1 their harmonic mean.</li>
 *   <li><b>Adjusted Rand index</b> (Hubert &amp; Arabie, "Comparing partitions", Journal of Classification 2, 1985):
 *       (Σ C(n_ij, 2) − E) / (½ (Σ C(a_i, 2) + Σ C(b_j, 2)) − E) with E = Σ C(a_i, 2) Σ C(b_j, 2) / C(n, 2), over
 *       the contingency table n_ij of found cluster i and reference cluster j; 1 when the two agree, about 0 for
 *       chance. scikit-learn's {@code adjusted_rand_score} computes the same.</li>
 * </ul>
 */
public record ClusterAgreement(double bcubedPrecision, double bcubedRecall, double bcubedF1, double adjustedRand) {

  /** The agreement of {@code found} with {@code reference}, item by item (the two lists line up). */
  public static ClusterAgreement of(List<String> found, List<String> reference) {
    if (found.size() != reference.size() || found.isEmpty()) {
      throw new IllegalArgumentException("need two labellings of the same items, at least one");
    }
    Map<String, Long> foundSizes = new HashMap<>();
    Map<String, Long> referenceSizes = new HashMap<>();
    Map<String, Long> both = new HashMap<>();
    for (int i = 0; i < found.size(); i++) {
      foundSizes.merge(found.get(i), 1L, Long::sum);
      referenceSizes.merge(reference.get(i), 1L, Long::sum);
      both.merge(found.get(i) + "\u0000" + reference.get(i), 1L, Long::sum);
    }
    double precision = 0;
    double recall = 0;
    for (int i = 0; i < found.size(); i++) {
      double shared = both.get(found.get(i) + "\u0000" + reference.get(i));
      precision += shared / foundSizes.get(found.get(i));
      recall += shared / referenceSizes.get(reference.get(i));
    }
    int n = found.size();
    precision /= n;
    recall /= n;
    double f1 = 2 * precision * recall / (precision + recall);
    double index = both.values().stream().mapToDouble(ClusterAgreement::pairs).sum();
    double a = foundSizes.values().stream().mapToDouble(ClusterAgreement::pairs).sum();
    double b = referenceSizes.values().stream().mapToDouble(ClusterAgreement::pairs).sum();
    double expected = a * b / pairs(n);
    double max = (a + b) / 2;
    double ari = max == expected ? 1.0 : (index - expected) / (max - expected);
    return new ClusterAgreement(precision, recall, f1, ari);
  }

  private static double pairs(long k) {
    return k * (k - 1) / 2.0;
  }
}
