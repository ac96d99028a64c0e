package org.framing.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.linalg.SparseVector;

/**
 * The sum of a cluster's article vectors (L2-normalised TF-IDF), with its squared norm kept as vectors are added
 * (|s + v|² = |s|² + 2 s·v + |v|²) rather than summed again for every comparison. Its direction is the cluster's
 * mean direction, so cosines to it and the order of its weights are the mean's.
 */
final class Centroid {

  private final Map<Integer, Double> sum = new HashMap<>();
  private double square;

  double dot(SparseVector v) {
    double d = 0;
    for (int i = 0; i < v.indices().length; i++) {
      d += v.values()[i] * sum.getOrDefault(v.indices()[i], 0.0);
    }
    return d;
  }

  /** The cosine of {@code v} and the centroid; 0 for an empty centroid. */
  double cosine(SparseVector v) {
    return square > 0 ? dot(v) / Math.sqrt(square) : 0;
  }

  void add(SparseVector v) {
    double own = 0;
    double d = dot(v);
    for (int i = 0; i < v.indices().length; i++) {
      sum.merge(v.indices()[i], v.values()[i], Double::sum);
      own += v.values()[i] * v.values()[i];
    }
    square += 2 * d + own;
  }

  /** The indexes with weight, as (index, weight) entries, in no particular order. */
  List<Map.Entry<Integer, Double>> weights() {
    return new ArrayList<>(sum.entrySet());
  }
}
