package org.framing.keyness;

import org.framing.spark.Sorted;

import org.framing.spark.Persisted;
import org.framing.spark.Runs;
import org.framing.terms.TopPerGroup;

import static org.apache.spark.sql.functions.*;
import static org.framing.schema.Columns.*;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.function.UnaryOperator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The cut of {@link Keyness}'s one-against-the-rest comparisons for many groups: per group and n-gram order the
 * {@code top} terms with the highest and the {@code top} with the lowest G², with Benjamini–Hochberg's p_adj over
 * every compared term, without scoring the groups × vocabulary table.
 *
 * <p>Which rows can be in the cut: every term the group uses, and among the terms it never uses ({@code a = 0},
 * {@code b} = the corpus count) only the {@code top} with the largest corpus count and the {@code top} with the
 * smallest (ties by term): within a group and order such a term's table depends on b alone, and its G² falls as
 * b grows (see {@link Keyness}). The p of every other absent term is only needed for p_adj, and it is the same
 * for every absent term of a group, order and corpus count, so those terms enter Benjamini–Hochberg as a count
 * per corpus count.
 *
 * <p>How, in two shuffles of the group-term table and no sort by count:
 * <ol>
 *   <li>By term: the table is partitioned by term and sorted by term within each partition. Each term's run of
 *       rows gives its corpus count. A term that passes minCount becomes one row per group that uses it; it is
 *       offered to every other group's two bounded heaps of absent candidates (largest and smallest corpus count)
 *       and counted in the partition's corpus count distribution. After the last run each partition writes its
 *       heaps and its distribution.</li>
 *   <li>Scored by {@link Keyness}'s column expressions (one formula for every path), the rows of each group meet
 *       in one partition, where a hash map per group keeps: the best absent candidates over all partitions, two
 *       bounded heaps for the cut, every used term's p, and the number of used terms per corpus count. From those
 *       it computes p_adj and writes the cut rows.</li>
 * </ol>
 * Written by hand rather than as Spark's windows over the ranked vocabulary: that plan ranked every corpus term
 * in one partition per order, joined and grouped the group-term table five times and took 44 Spark jobs for
 * 46 s on the first 12,000 AllSides articles. {@code KeynessTest} checks the rows and numbers against scoring
 * every term and cutting.
 */
final class KeynessCut {

  private static final String KIND = "kind";
  private static final String WEIGHT = "weight";
  private static final String N_T = "n_t";
  private static final String N_R = "n_r";
  /** A row of a term one group uses; weight 1. */
  private static final int USED = 0;
  /** A candidate term the group never uses; weight 0. */
  private static final int ABSENT = 1;
  /** No term: {@code weight} corpus terms of this order have corpus count {@code n_reference}. */
  private static final int CORPUS_COUNT = 2;

  private static final StructType BY_TERM = new StructType()
      .add(KIND, DataTypes.IntegerType, false)
      .add(GROUP, DataTypes.StringType, true)
      .add(TERM, DataTypes.StringType, true)
      .add(NGRAM, DataTypes.IntegerType, false)
      .add(N_TARGET, DataTypes.LongType, false)
      .add(N_REFERENCE, DataTypes.LongType, false)
      .add(WEIGHT, DataTypes.LongType, false);

  static final StructType CUT = new StructType()
      .add("pairwise", DataTypes.BooleanType, false)
      .add(TARGET, DataTypes.StringType, false)
      .add(REFERENCE, DataTypes.StringType, false)
      .add(TERM, DataTypes.StringType, false)
      .add(NGRAM, DataTypes.IntegerType, false)
      .add(N_TARGET, DataTypes.LongType, false)
      .add(N_REFERENCE, DataTypes.LongType, false)
      .add(G2, DataTypes.DoubleType, true)
      .add(P, DataTypes.DoubleType, true)
      .add(P_ADJ, DataTypes.DoubleType, true)
      .add(LOG_ODDS_Z, DataTypes.DoubleType, true)
      .add(LOG_RATIO, DataTypes.DoubleType, true);

  private KeynessCut() {}

  /**
   * @param counts {@code group, term, ngram, n}
   * @param tables the compared tables {@code group, ngram, n_t, n_r} (both sides positive)
   * @param score adds {@code g2, p, log_odds_z, log_ratio} from {@code n_target, n_reference, n_t, n_r}
   * @param cache where the by-term table is persisted (read twice), or null
   * @return {@link #CUT}'s columns, unsorted
   */
  static Dataset<Row> oneVsRest(Dataset<Row> counts, Dataset<Row> tables, long minCount, int top,
      UnaryOperator<Dataset<Row>> score, List<Dataset<Row>> cache) {
    int partitions = Integer.parseInt(counts.sparkSession().conf().get("spark.sql.shuffle.partitions"));
    String[] groups = tables.select(GROUP).distinct().collectAsList().stream().map(r -> r.<String>getAs(GROUP))
        .sorted().toArray(String[]::new);
    Dataset<Row> groupTerms = counts.select(GROUP, TERM, NGRAM, N);
    Dataset<Row> byTerm = groupTerms
        .repartition(partitions, col(TERM))
        .sortWithinPartitions(TERM)
        .mapPartitions(byTerm(groupTerms.schema(), groups, minCount, top), Encoders.row(BY_TERM))
        .transform(ds -> Persisted.keep(cache, ds));
    Dataset<Row> corpusCounts = byTerm.filter(col(KIND).equalTo(CORPUS_COUNT))
        .groupBy(NGRAM, N_REFERENCE).agg(sum(WEIGHT).as(WEIGHT));
    Dataset<Row> terms = byTerm.filter(col(KIND).notEqual(CORPUS_COUNT))
        .join(broadcast(tables), new String[] {GROUP, NGRAM});
    Dataset<Row> perCount = tables.join(broadcast(corpusCounts), NGRAM)
        .select(lit(CORPUS_COUNT).as(KIND), col(GROUP), lit(null).cast(DataTypes.StringType).as(TERM), col(NGRAM),
            lit(0L).as(N_TARGET), col(N_REFERENCE), col(WEIGHT), col(N_T), col(N_R));
    Dataset<Row> scored = score.apply(terms.unionByName(perCount))
        .select(KIND, GROUP, TERM, NGRAM, N_TARGET, N_REFERENCE, WEIGHT, G2, P, LOG_ODDS_Z, LOG_RATIO);
    return scored.repartition(partitions, col(GROUP)).mapPartitions(byGroup(scored.schema(), top), Encoders.row(CUT));
  }

  // ---- step 1: by term ------------------------------------------------------------------------------------

  /**
   * Reads rows sorted by term. Spark sorts strings by code point, so a later term never comes before an earlier
   * one: a heap's worst candidate can only be displaced by a strictly better corpus count. The columns
   * {@code group, term, ngram, n} are found by name in {@code in}, the rows' schema, once.
   */
  private static MapPartitionsFunction<Row, Row> byTerm(StructType in, String[] groups, long minCount, int top) {
    int groupAt = in.fieldIndex(GROUP);
    int termAt = in.fieldIndex(TERM);
    int ngramAt = in.fieldIndex(NGRAM);
    int nAt = in.fieldIndex(N);
    return rows -> {
      Map<String, Integer> index = new HashMap<>();
      for (int g = 0; g < groups.length; g++) {
        index.put(groups[g], g);
      }
      Heaps[] heaps = {new Heaps(groups.length, top), new Heaps(groups.length, top)};
      List<Map<Long, Long>> distribution = List.of(new HashMap<>(), new HashMap<>());
      boolean[] uses = new boolean[groups.length];
      Iterator<Row> used = Runs.fold(rows, r -> r.getString(termAt), new Runs.Fold<List<Row>>() {
        @Override
        public List<Row> start() {
          return new ArrayList<>(4);
        }

        @Override
        public void add(List<Row> run, Row row) {
          run.add(row);
        }

        @Override
        public List<Row> finish(Row first, List<Row> run) {
          long corpus = 0;
          for (Row r : run) {
            corpus += r.getLong(nAt);
          }
          if (corpus < minCount) {
            return List.of();
          }
          String term = first.getString(termAt);
          int ngram = first.getInt(ngramAt);
          distribution.get(ngram - 1).merge(corpus, 1L, Long::sum);
          List<Row> out = new ArrayList<>(run.size());
          for (Row r : run) {
            Integer g = index.get(r.getString(groupAt));
            if (g != null) {
              uses[g] = true;
            }
            out.add(RowFactory.create(USED, r.getString(groupAt), term, ngram, r.getLong(nAt), corpus - r.getLong(nAt),
                1L));
          }
          heaps[ngram - 1].offer(term, corpus, uses);
          for (Row r : run) {
            Integer g = index.get(r.getString(groupAt));
            if (g != null) {
              uses[g] = false;
            }
          }
          return out;
        }
      });
      return new Iterator<Row>() {
        private Iterator<Row> tail;

        @Override
        public boolean hasNext() {
          if (tail == null) {
            if (used.hasNext()) {
              return true;
            }
            tail = tail(groups, heaps, distribution).iterator();
          }
          return tail.hasNext();
        }

        @Override
        public Row next() {
          return tail == null && used.hasNext() ? used.next() : tailNext();
        }

        private Row tailNext() {
          hasNext();
          return tail.next();
        }
      };
    };
  }

  /** A partition's absent candidates per group and its corpus count distribution, after its last term. */
  private static List<Row> tail(String[] groups, Heaps[] heaps, List<Map<Long, Long>> distribution) {
    List<Row> out = new ArrayList<>();
    for (int k = 0; k < 2; k++) {
      int ngram = k + 1;
      for (int g = 0; g < groups.length; g++) {
        Map<String, Long> candidates = new LinkedHashMap<>();
        for (PriorityQueue<Candidate> heap : List.of(heaps[k].largest[g], heaps[k].smallest[g])) {
          heap.forEach(c -> candidates.put(c.term, c.count));
        }
        String group = groups[g];
        candidates.forEach((term, count) -> out.add(RowFactory.create(ABSENT, group, term, ngram, 0L, count, 0L)));
      }
      distribution.get(k).forEach((count, terms) ->
          out.add(RowFactory.create(CORPUS_COUNT, null, null, ngram, 0L, count, terms)));
    }
    return out;
  }

  /** A term and its corpus count. */
  private record Candidate(String term, long count) {}

  /** Better first: the larger corpus count, then the smaller term. */
  private static final Comparator<Candidate> LARGEST =
      Comparator.comparingLong((Candidate c) -> -c.count).thenComparing(Candidate::term, Sorted::byCodePoint);
  /** Better first: the smaller corpus count, then the smaller term. */
  private static final Comparator<Candidate> SMALLEST =
      Comparator.comparingLong(Candidate::count).thenComparing(Candidate::term, Sorted::byCodePoint);

  /**
   * Per group, the {@code top} absent terms of one order with the largest and with the smallest corpus count
   * seen so far in a partition. Each heap's head is its worst candidate. {@code bound} holds, once every heap is
   * full, the loosest of their worst counts: a term not strictly better than it enters no heap, so most terms
   * skip the loop over the groups.
   */
  private static final class Heaps {
    final PriorityQueue<Candidate>[] largest;
    final PriorityQueue<Candidate>[] smallest;
    private final int top;
    private long largestBound = Long.MIN_VALUE;
    private long smallestBound = Long.MAX_VALUE;
    private boolean largestFull;
    private boolean smallestFull;

    @SuppressWarnings("unchecked")
    Heaps(int groups, int top) {
      this.top = top;
      largest = new PriorityQueue[groups];
      smallest = new PriorityQueue[groups];
      for (int g = 0; g < groups; g++) {
        largest[g] = new PriorityQueue<>(LARGEST.reversed());
        smallest[g] = new PriorityQueue<>(SMALLEST.reversed());
      }
    }

    void offer(String term, long count, boolean[] uses) {
      if (!largestFull || count > largestBound) {
        offerTo(largest, LARGEST, term, count, uses);
        largestBound = Long.MAX_VALUE;
        largestFull = true;
        for (PriorityQueue<Candidate> heap : largest) {
          largestFull &= heap.size() == top;
          largestBound = heap.isEmpty() ? Long.MIN_VALUE : Math.min(largestBound, heap.peek().count);
        }
      }
      if (!smallestFull || count < smallestBound) {
        offerTo(smallest, SMALLEST, term, count, uses);
        smallestBound = Long.MIN_VALUE;
        smallestFull = true;
        for (PriorityQueue<Candidate> heap : smallest) {
          smallestFull &= heap.size() == top;
          smallestBound = heap.isEmpty() ? Long.MAX_VALUE : Math.max(smallestBound, heap.peek().count);
        }
      }
    }

    private void offerTo(PriorityQueue<Candidate>[] heaps, Comparator<Candidate> better, String term, long count,
        boolean[] uses) {
      Candidate c = new Candidate(term, count);
      for (int g = 0; g < heaps.length; g++) {
        if (!uses[g]) {
          TopPerGroup.offer(heaps[g], better, top, c);
        }
      }
    }
  }

  // ---- step 2: by group -----------------------------------------------------------------------------------

  /**
   * Rows {@code kind, group, term, ngram, n_target, n_reference, weight, g2, p, log_odds_z, log_ratio}, of schema
   * {@code in}.
   */
  private static MapPartitionsFunction<Row, Row> byGroup(StructType in, int top) {
    return rows -> {
      ScoredColumns cols = new ScoredColumns(in);
      Map<String, GroupCut> cuts = new HashMap<>();
      while (rows.hasNext()) {
        Row r = rows.next();
        cuts.computeIfAbsent(r.getString(cols.group), g -> new GroupCut(cols, top)).add(r);
      }
      List<Row> out = new ArrayList<>();
      cuts.forEach((group, cut) -> cut.finish(group, out));
      return out.iterator();
    };
  }

  /**
   * Where step 2's columns are in its rows, found by name in their schema once per task (not per row: the heaps
   * compare rows many times), and the orders of those rows.
   */
  private static final class ScoredColumns {
    final int kind;
    final int group;
    final int term;
    final int ngram;
    final int nTarget;
    final int nReference;
    final int weight;
    final int g2;
    final int p;
    final int logOddsZ;
    final int logRatio;
    /** Better first: the highest g2, then the smaller term. */
    final Comparator<Row> highest;
    /** Better first: the lowest g2, then the smaller term. */
    final Comparator<Row> lowest;
    final Comparator<Row> absentLargest;
    final Comparator<Row> absentSmallest;

    ScoredColumns(StructType schema) {
      kind = schema.fieldIndex(KIND);
      group = schema.fieldIndex(GROUP);
      term = schema.fieldIndex(TERM);
      ngram = schema.fieldIndex(NGRAM);
      nTarget = schema.fieldIndex(N_TARGET);
      nReference = schema.fieldIndex(N_REFERENCE);
      weight = schema.fieldIndex(WEIGHT);
      g2 = schema.fieldIndex(G2);
      p = schema.fieldIndex(P);
      logOddsZ = schema.fieldIndex(LOG_ODDS_Z);
      logRatio = schema.fieldIndex(LOG_RATIO);
      int g2At = g2;
      int termAt = term;
      int nReferenceAt = nReference;
      highest = ((Comparator<Row>) (x, y) -> TopPerGroup.compareDoubles(y.getDouble(g2At), x.getDouble(g2At)))
          .thenComparing(r -> r.getString(termAt), Sorted::byCodePoint);
      lowest = ((Comparator<Row>) (x, y) -> TopPerGroup.compareDoubles(x.getDouble(g2At), y.getDouble(g2At)))
          .thenComparing(r -> r.getString(termAt), Sorted::byCodePoint);
      absentLargest = Comparator.comparingLong((Row r) -> -r.getLong(nReferenceAt))
          .thenComparing(r -> r.getString(termAt), Sorted::byCodePoint);
      absentSmallest = Comparator.comparingLong((Row r) -> r.getLong(nReferenceAt))
          .thenComparing(r -> r.getString(termAt), Sorted::byCodePoint);
    }
  }

  /** {@code weight} compared terms with the same p. */
  private record Weighted(double p, long weight) {}

  /** One group's state in step 2. */
  private static final class GroupCut {
    private final ScoredColumns cols;
    private final int top;
    private final List<List<Row>> absent = List.of(new ArrayList<>(), new ArrayList<>());
    private final List<PriorityQueue<Row>> highest;
    private final List<PriorityQueue<Row>> lowest;
    /** Per order: how many used terms have each corpus count. */
    private final List<Map<Long, Long>> used = List.of(new HashMap<>(), new HashMap<>());
    private final List<Row> perCount = new ArrayList<>();
    private double[] usedP = new double[64];
    private int nUsed;

    GroupCut(ScoredColumns cols, int top) {
      this.cols = cols;
      this.top = top;
      highest = List.of(new PriorityQueue<>(cols.highest.reversed()), new PriorityQueue<>(cols.highest.reversed()));
      lowest = List.of(new PriorityQueue<>(cols.lowest.reversed()), new PriorityQueue<>(cols.lowest.reversed()));
    }

    void add(Row r) {
      int k = r.getInt(cols.ngram) - 1;
      switch (r.getInt(cols.kind)) {
        case USED -> {
          offer(k, r);
          used.get(k).merge(r.getLong(cols.nTarget) + r.getLong(cols.nReference), 1L, Long::sum);
          if (nUsed == usedP.length) {
            usedP = Arrays.copyOf(usedP, nUsed * 2);
          }
          usedP[nUsed++] = r.getDouble(cols.p);
        }
        case ABSENT -> absent.get(k).add(r);
        default -> perCount.add(r);
      }
    }

    private void offer(int k, Row r) {
      TopPerGroup.offer(highest.get(k), cols.highest, top, r);
      TopPerGroup.offer(lowest.get(k), cols.lowest, top, r);
    }

    void finish(String group, List<Row> out) {
      for (int k = 0; k < 2; k++) {
        List<Row> candidates = absent.get(k);
        Map<String, Row> chosen = new LinkedHashMap<>();
        for (Comparator<Row> order : List.of(cols.absentLargest, cols.absentSmallest)) {
          candidates.stream().sorted(order).limit(top).forEach(r -> chosen.put(r.getString(cols.term), r));
        }
        for (Row r : chosen.values()) {
          offer(k, r);
        }
      }
      double[][] adjusted = benjaminiHochberg();
      for (int k = 0; k < 2; k++) {
        Map<String, Row> kept = new LinkedHashMap<>();
        highest.get(k).forEach(r -> kept.put(r.getString(cols.term), r));
        lowest.get(k).forEach(r -> kept.put(r.getString(cols.term), r));
        for (Row r : kept.values()) {
          int at = Arrays.binarySearch(adjusted[0], r.getDouble(cols.p));
          out.add(RowFactory.create(false, group, Keyness.REST, r.getString(cols.term), r.getInt(cols.ngram),
              r.getLong(cols.nTarget), r.getLong(cols.nReference), r.getDouble(cols.g2), r.getDouble(cols.p),
              adjusted[1][at], r.getDouble(cols.logOddsZ), r.getDouble(cols.logRatio)));
        }
      }
    }

    /**
     * The group's distinct p values ascending and their p_adj: with K(p) the number of compared terms whose p is
     * at most p and m all of them, {@code p_adj(p) = min(1, min_{p' >= p} p'·m/K(p'))}, the same as the rank-by-
     * rank form (R's {@code p.adjust(method = "BH")}) since p·m/k is smallest at the last rank of a run of ties.
     */
    private double[][] benjaminiHochberg() {
      double[] usedSorted = Arrays.copyOf(usedP, nUsed);
      Arrays.sort(usedSorted);
      List<Weighted> others = new ArrayList<>(perCount.size());
      for (Row r : perCount) {
        long w = r.getLong(cols.weight)
            - used.get(r.getInt(cols.ngram) - 1).getOrDefault(r.getLong(cols.nReference), 0L);
        if (w > 0) {
          others.add(new Weighted(r.getDouble(cols.p), w));
        }
      }
      others.sort(Comparator.comparingDouble(Weighted::p));
      int n = usedSorted.length + others.size();
      double[] distinct = new double[n];
      long[] atMost = new long[n];
      int d = 0;
      long k = 0;
      for (int i = 0, j = 0; i + j < n; ) {
        double v;
        if (j == others.size() || (i < usedSorted.length && usedSorted[i] <= others.get(j).p())) {
          v = usedSorted[i++];
          k++;
        } else {
          v = others.get(j).p();
          k += others.get(j++).weight();
        }
        if (d > 0 && distinct[d - 1] == v) {
          atMost[d - 1] = k;
        } else {
          distinct[d] = v;
          atMost[d++] = k;
        }
      }
      long m = k;
      double[] adjusted = new double[d];
      double min = Double.POSITIVE_INFINITY;
      for (int i = d - 1; i >= 0; i--) {
        min = Math.min(min, Math.min(1.0, distinct[i] * m / atMost[i]));
        adjusted[i] = min;
      }
      return new double[][] {Arrays.copyOf(distinct, d), adjusted};
    }
  }
}
