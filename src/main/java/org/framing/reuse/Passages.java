package org.framing.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The exact passages two token sequences share: every run of at least {@code n} equal consecutive tokens,
 * found through their n-token shingles and merged into maximal runs. Pure Java, no Spark.
 *
 * <p>Algorithm: index a's shingles by hash; walk b's shingles in order; a pair of equal shingles (i in a,
 * j in b, tokens compared, so a hash collision never counts) continues the run on its diagonal i − j when the
 * run's last match was (i − 1, j − 1), else starts one. A run of k shingles covers k + n − 1 tokens. Runs are
 * then taken longest first, dropping any that overlaps an accepted one in either sequence (a phrase repeated
 * inside one article is reported once). Shingle Jaccard = |S_a ∩ S_b| / |S_a ∪ S_b| over distinct shingles
 * (Broder, "On the resemblance and containment of documents", 1997).
 */
public final class Passages {

  /** A shared run: token ranges [startA, startA + length) in a and [startB, startB + length) in b. */
  public record Run(int startA, int startB, int length) {}

  private Passages() {}

  /** Hashes of every n-token window of {@code tokens} (none when shorter than n). */
  public static long[] shingles(String[] tokens, int n) {
    int count = Math.max(0, tokens.length - n + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 1125899906842597L;
      for (int k = 0; k < n; k++) {
        h = 31 * h + tokens[i + k].hashCode();
        h ^= h >>> 29;
      }
      out[i] = h;
    }
    return out;
  }

  /** The maximal shared runs of at least {@code n} tokens, in the order they stand in a. */
  public static List<Run> shared(String[] a, String[] b, int n) {
    long[] sa = shingles(a, n);
    long[] sb = shingles(b, n);
    Map<Long, List<Integer>> index = new HashMap<>();
    for (int i = 0; i < sa.length; i++) {
      index.computeIfAbsent(sa[i], k -> new ArrayList<>(1)).add(i);
    }
    Map<Integer, int[]> open = new HashMap<>();   // diagonal -> {startA, startB, lastA}
    List<Run> runs = new ArrayList<>();
    for (int j = 0; j < sb.length; j++) {
      List<Integer> hits = index.get(sb[j]);
      if (hits == null) {
        continue;
      }
      for (int i : hits) {
        if (!equal(a, i, b, j, n)) {
          continue;
        }
        int d = i - j;
        int[] run = open.get(d);
        if (run != null && run[2] == i - 1) {
          run[2] = i;
        } else {
          if (run != null) {
            runs.add(new Run(run[0], run[1], run[2] - run[0] + n));
          }
          open.put(d, new int[] {i, j, i});
        }
      }
    }
    for (int[] run : open.values()) {
      runs.add(new Run(run[0], run[1], run[2] - run[0] + n));
    }
    return disjoint(runs);
  }

  /** Shingle Jaccard of two token sequences (0 when either has no shingle). */
  public static double jaccard(String[] a, String[] b, int n) {
    Set<Long> sa = new HashSet<>();
    for (long h : shingles(a, n)) {
      sa.add(h);
    }
    Set<Long> sb = new HashSet<>();
    for (long h : shingles(b, n)) {
      sb.add(h);
    }
    if (sa.isEmpty() || sb.isEmpty()) {
      return 0;
    }
    int common = 0;
    for (long h : sb) {
      if (sa.contains(h)) {
        common++;
      }
    }
    return common / (double) (sa.size() + sb.size() - common);
  }

  private static boolean equal(String[] a, int i, String[] b, int j, int n) {
    for (int k = 0; k < n; k++) {
      if (!a[i + k].equals(b[j + k])) {
        return false;
      }
    }
    return true;
  }

  private static List<Run> disjoint(List<Run> runs) {
    List<Run> byLength = new ArrayList<>(runs);
    byLength.sort(Comparator.comparingInt(Run::length).reversed().thenComparingInt(Run::startA).thenComparingInt(Run::startB));
    List<Run> kept = new ArrayList<>();
    for (Run r : byLength) {
      boolean overlaps = false;
      for (Run k : kept) {
        overlaps |= r.startA() < k.startA() + k.length() && k.startA() < r.startA() + r.length()
            || r.startB() < k.startB() + k.length() && k.startB() < r.startB() + r.length();
      }
      if (!overlaps) {
        kept.add(r);
      }
    }
    kept.sort(Comparator.comparingInt(Run::startA));
    return kept;
  }

  /** Token texts of a list of runs, for messages and tests. */
  public static List<String> describe(String[] a, List<Run> runs) {
    List<String> out = new ArrayList<>();
    for (Run r : runs) {
      out.add(String.join(" ", Arrays.copyOfRange(a, r.startA(), r.startA() + r.length())));
    }
    return out;
  }
}
