package org.framing.reuse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The exact passages two token sequences share: every run of at least {@code n} equal consecutive tokens,
 * found through their n-token shingles and merged into maximal runs. Pure Java, no Spark.
 *
 * <p>Tokens are compared by a 64-bit fingerprint ({@link #prints}: {@code String.hashCode} in the low half,
 * FNV-1a in the high half), so the Spark job ships 8 bytes per token instead of the strings; two different tokens
 * would have to agree in both hashes, and eight such pairs in a row, for a false match.
 *
 * <p>Algorithm: index a's shingles by hash; walk b's shingles in order; a pair of equal shingles (i in a,
 * j in b, token fingerprints compared, so a shingle hash collision never counts) continues the run on its diagonal i − j when the
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
    return shingles(prints(tokens), n);
  }

  /**
   * Hashes of every n-token window of tokens given by their {@link #prints} (none when shorter than n); the same
   * values as {@link #shingles(String[], int)}, which uses only the low half ({@code String.hashCode}).
   */
  public static long[] shingles(long[] prints, int n) {
    int count = Math.max(0, prints.length - n + 1);
    long[] out = new long[count];
    for (int i = 0; i < count; i++) {
      long h = 1125899906842597L;
      for (int k = 0; k < n; k++) {
        h = 31 * h + (int) prints[i + k];
        h ^= h >>> 29;
      }
      out[i] = h;
    }
    return out;
  }

  /** Each token's fingerprint: FNV-1a (32 bits, over its UTF-16 chars) in the high half, String.hashCode in the low. */
  public static long[] prints(String[] tokens) {
    long[] out = new long[tokens.length];
    for (int i = 0; i < tokens.length; i++) {
      out[i] = print(tokens[i]);
    }
    return out;
  }

  /** One token's fingerprint, see {@link #prints}. */
  public static long print(String token) {
    int fnv = 0x811c9dc5;
    for (int i = 0; i < token.length(); i++) {
      fnv = (fnv ^ token.charAt(i)) * 0x01000193;
    }
    return ((long) fnv << 32) | (token.hashCode() & 0xffffffffL);
  }

  /** The maximal shared runs of at least {@code n} tokens, in the order they stand in a. */
  public static List<Run> shared(String[] a, String[] b, int n) {
    return shared(prints(a), prints(b), n);
  }

  /** As {@link #shared(String[], String[], int)}, tokens given by their {@link #prints}. */
  public static List<Run> shared(long[] a, long[] b, int n) {
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
    return jaccard(prints(a), prints(b), n);
  }

  /** As {@link #jaccard(String[], String[], int)}, tokens given by their {@link #prints}. */
  public static double jaccard(long[] a, long[] b, int n) {
    long[] sa = distinctSorted(shingles(a, n));
    long[] sb = distinctSorted(shingles(b, n));
    if (sa.length == 0 || sb.length == 0) {
      return 0;
    }
    int common = 0;
    for (int i = 0, j = 0; i < sa.length && j < sb.length; ) {
      if (sa[i] < sb[j]) {
        i++;
      } else if (sa[i] > sb[j]) {
        j++;
      } else {
        common++;
        i++;
        j++;
      }
    }
    return common / (double) (sa.length + sb.length - common);
  }

  private static long[] distinctSorted(long[] values) {
    long[] v = values.clone();
    Arrays.sort(v);
    int size = 0;
    for (int i = 0; i < v.length; i++) {
      if (size == 0 || v[i] != v[size - 1]) {
        v[size++] = v[i];
      }
    }
    return Arrays.copyOf(v, size);
  }

  private static boolean equal(long[] a, int i, long[] b, int j, int n) {
    for (int k = 0; k < n; k++) {
      if (a[i + k] != b[j + k]) {
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
