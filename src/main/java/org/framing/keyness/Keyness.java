package org.framing.keyness;

import org.framing.spark.Sorted;
import org.framing.stats.BenjaminiHochberg;
import org.framing.terms.GroupTermCounts;

import static org.apache.spark.sql.functions.*;
import static org.framing.schema.Columns.*;

import java.util.List;
import org.apache.commons.math3.special.Gamma;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.framing.schema.Schemas;

/**
 * Keyness: which terms one group uses more (or less) than another, with a test, an effect size and a
 * regularised score per term.
 *
 * <p><b>Comparisons.</b> Every group (target) against the rest of the corpus (reference {@value #REST},
 * comparison {@code "B92 vs rest"}); with {@code pairs}, also every pair of groups a &lt; b (by string order)
 * with a as target and b as reference ({@code "B92 vs CGTN"}). Unigrams and bigrams are separate vocabularies:
 * for a term of order k, {@code N_target} and {@code N_reference} are the sums of {@code n} over all terms of
 * order k on each side (before any cut). A term is compared wherever the two sides together use it at least
 * {@code minCount} times ({@code n_target + n_reference >= minCount}; for one against the rest that is its
 * corpus count), including terms one side never uses. An n-gram order is skipped in a comparison where one side
 * has no terms of that order (nothing to compare against).
 *
 * <p><b>Statistics</b>, with {@code a = n_target}, {@code b = n_reference}, {@code c = N_target − a},
 * {@code d = N_reference − b}, {@code N = a + b + c + d}; natural logs unless stated:
 * <ul>
 *   <li>{@code g2}: Dunning's log-likelihood ratio (Dunning, "Accurate methods for the statistics of surprise
 *       and coincidence", Computational Linguistics 19(1), 1993), the full 2×2 contingency form
 *       {@code G² = 2 Σ O·ln(O/E)} over the four cells O ∈ {a, b, c, d} with expected counts
 *       {@code E = row total · column total / N} (e.g. {@code E_a = N_target·(a+b)/N}) and {@code 0·ln 0 = 0};
 *       signed: negative when the term is relatively rarer in the target ({@code a/N_target < b/N_reference}),
 *       0 when the rates are equal. This equals {@code scipy.stats.chi2_contingency(table, correction=False,
 *       lambda_="log-likelihood")} and quanteda's {@code textstat_keyness(measure = "lr", correction = "none")}.</li>
 *   <li>{@code p}: the chi-square survival function with 1 degree of freedom at |G²|, computed as the regularised
 *       upper incomplete gamma function {@code Q(1/2, |G²|/2)} (Commons Math {@code Gamma.regularizedGammaQ}),
 *       which keeps its relative precision for tiny p where {@code 1 − cdf} would round to 0.</li>
 *   <li>{@code p_adj}: Benjamini–Hochberg ("Controlling the false discovery rate", JRSS B 57(1), 1995) within
 *       each comparison, over all its compared terms of both orders (the m tests are the terms that pass
 *       {@code minCount}, before the {@code top} cut): with p ascending and rank j of m,
 *       {@code p_adj(j) = min(1, min_{k ≥ j} p(k)·m/k)} (R's {@code p.adjust(method = "BH")}).</li>
 *   <li>{@code log_odds_z}: the z-score of the log-odds ratio with an informative Dirichlet prior (Monroe,
 *       Colaresi &amp; Quinn, "Fightin' words", Political Analysis 16(4), 2008, eqs. 16–22), target i against
 *       reference j: prior {@code α_w = priorScale·(a + b)} (the term's count in both sides pooled, which for
 *       one against the rest is its corpus count), {@code α_0 = Σ_w α_w = priorScale·(N_target + N_reference)}
 *       over the term's n-gram order, {@code δ = ln((a+α_w)/(N_target+α_0−a−α_w)) −
 *       ln((b+α_w)/(N_reference+α_0−b−α_w))} (eq. 16), {@code σ² = 1/(a+α_w) + 1/(b+α_w)} (eq. 20, the
 *       paper's approximation), {@code z = δ/σ} (eq. 22).</li>
 *   <li>{@code log_ratio}: Hardie's Log Ratio effect size ("Log Ratio: an informal introduction", CASS, 2014),
 *       {@code log2((a/N_target) / (b/N_reference))}: +1 means twice as frequent in the target. A zero count is
 *       replaced by 0.5 (as in Hardie's CQPweb), so a term one side never uses gets a finite value.</li>
 * </ul>
 *
 * <p><b>Prior scale.</b> {@value #DEFAULT_PRIOR_SCALE} by default: the prior adds, on each side, 1% of the
 * term's pooled count. That keeps terms one side never uses finite and shrinks the log-odds of terms seen a
 * handful of times (their σ stays large, so their z is small), while a frequent term's estimate is the data's
 * to within about 1%. Scaling with the pooled counts keeps the prior's relative weight the same on a corpus of
 * 5 or 500 outlets; a scale of 1 would weigh the prior as much as the data and halve every log-odds.
 *
 * <p>Input: {@link GroupTermCounts} output ({@code group, term, ngram (int), n (long)} are used). Output:
 * {@code comparison, target, reference, term, ngram, n_target, n_reference, g2, p, p_adj, log_odds_z,
 * log_ratio}; per comparison and n-gram order the {@code top} terms with the highest g2 and the {@code top}
 * with the lowest ({@code top = 0} keeps all); sorted by comparison, then g2 descending, then term.
 *
 * <p>Cost: with a {@code top} cut and more than {@value #CROSS_JOIN_GROUPS} groups, one against the rest scores
 * each group's own terms (the summed group vocabularies), a few candidates per group and order that the group
 * never uses, and one row per group, order and distinct corpus count for the p_adj of the rest (see
 * {@link KeynessCut}); with {@code top = 0} it scores every group against every term of the corpus that passes
 * {@code minCount} (groups × vocabulary rows: on the 37,536-article AllSides corpus with 491 outlets that took 51
 * minutes on a busy 2-core machine). {@code pairs} adds (groups − 1) × the summed group vocabularies. Only the cut
 * rows leave Spark.
 */
public final class Keyness {

  /** The reference of a one-against-the-rest comparison. */
  public static final String REST = "rest";
  /** The default prior scale of the log-odds ratio (see the class comment for why). */
  public static final double DEFAULT_PRIOR_SCALE = 0.01;

  /** A zero count in the Log Ratio becomes this (Hardie 2014). */
  static final double LOG_RATIO_ZERO = 0.5;

  private static final String PAIRWISE = "pairwise";
  private static final String N_TERM = "n_term";
  private static final String N_T = "n_t";
  private static final String N_R = "n_r";

  private final long minCount;
  private final int top;
  private final double priorScale;
  private final boolean pairs;

  /**
   * @param minCount compare a term only where {@code n_target + n_reference >= minCount}
   * @param top per comparison and n-gram order, keep this many terms with the highest and with the lowest g2
   *     ({@code 0}: all)
   * @param priorScale the log-odds prior {@code α_w = priorScale·(a + b)}; positive
   * @param pairs also compare every pair of groups
   */
  public Keyness(long minCount, int top, double priorScale, boolean pairs) {
    if (top < 0) {
      throw new IllegalArgumentException("top must be 0 (all) or more but was " + top);
    }
    if (!(priorScale > 0) || Double.isInfinite(priorScale)) {
      throw new IllegalArgumentException("priorScale must be a positive number but was " + priorScale);
    }
    this.minCount = minCount;
    this.top = top;
    this.priorScale = priorScale;
    this.pairs = pairs;
  }

  public Dataset<Row> transform(Dataset<Row> groupTerms) {
    return transform(groupTerms, null);
  }

  /**
   * As {@link #transform(Dataset)}; with {@code cache} not null, the table that {@link KeynessCut} reads twice
   * (the group-term counts gathered by term) is persisted and added to it, for the caller to unpersist once it has
   * read the result. Without it, that table is computed twice.
   */
  public Dataset<Row> transform(Dataset<Row> groupTerms, List<Dataset<Row>> cache) {
    return transform(groupTerms, cache, groupTerms.select(GROUP).distinct().count());
  }

  /**
   * Up to this many groups, the cut is taken from the full groups × vocabulary table ({@link #oneVsRest}): for a
   * few groups that table is small (the seed study's five outlets: 4.7 s against 14.7 s for the window-based cut
   * path that {@link KeynessCut} replaced; the new path was not timed on the seed). Beyond it {@link KeynessCut}
   * avoids the cross join (491 outlets of the AllSides corpus: 491 × 4.6 million rows).
   */
  static final long CROSS_JOIN_GROUPS = 16;

  /** As {@link #transform(Dataset, List)}, with the number of groups known ({@code groups}). */
  public Dataset<Row> transform(Dataset<Row> groupTerms, List<Dataset<Row>> cache, long groups) {
    Schemas.require(groupTerms.schema(), GROUP, DataTypes.StringType);
    Schemas.require(groupTerms.schema(), TERM, DataTypes.StringType);
    Schemas.require(groupTerms.schema(), NGRAM, DataTypes.IntegerType);
    Schemas.require(groupTerms.schema(), N, DataTypes.LongType);
    Dataset<Row> counts = groupTerms.select(GROUP, TERM, NGRAM, N);
    Dataset<Row> sizes = counts.groupBy(GROUP, NGRAM).agg(sum(N).as(N_T));
    Dataset<Row> scored;
    if (top == 0) {
      Dataset<Row> tables = oneVsRest(counts, sizes);
      if (pairs) {
        tables = tables.unionByName(pairwise(counts, sizes));
      }
      scored = adjust(score(compared(tables)));
    } else {
      scored = groups <= CROSS_JOIN_GROUPS
          ? cut(adjust(score(compared(oneVsRest(counts, sizes)))))
          : KeynessCut.oneVsRest(counts, tables(counts, sizes), minCount, top, this::score, cache);
      if (pairs) {
        scored = scored.unionByName(cut(adjust(score(compared(pairwise(counts, sizes))))));
      }
    }
    Column comparison = concat(col(TARGET), lit(" vs "), col(REFERENCE)).as(COMPARISON);
    return Sorted.inOnePartition(scored.select(comparison, col(PAIRWISE), col(TARGET), col(REFERENCE), col(TERM),
            col(NGRAM), col(N_TARGET), col(N_REFERENCE), col(G2), col(P), col(P_ADJ), col(LOG_ODDS_Z), col(LOG_RATIO)),
            col(COMPARISON), col(PAIRWISE), col(G2).desc(), col(TERM))
        .select(COMPARISON, TARGET, REFERENCE, TERM, NGRAM, N_TARGET, N_REFERENCE, G2, P, P_ADJ, LOG_ODDS_Z, LOG_RATIO);
  }

  /** The tables a comparison can score: both sides use some term of the order. */
  private static Dataset<Row> compared(Dataset<Row> tables) {
    return tables.filter(col(N_T).gt(0).and(col(N_R).gt(0)));
  }

  /** The {@code top} rows with the highest and the {@code top} with the lowest g2 of each comparison and order. */
  private Dataset<Row> cut(Dataset<Row> scored) {
    WindowSpec part = Window.partitionBy(PAIRWISE, TARGET, REFERENCE, NGRAM);
    return scored
        .withColumn("hi", row_number().over(part.orderBy(desc(G2), asc(TERM))))
        .withColumn("lo", row_number().over(part.orderBy(asc(G2), asc(TERM))))
        .filter(col("hi").leq(top).or(col("lo").leq(top)))
        .select(col(PAIRWISE), col(TARGET), col(REFERENCE), col(TERM), col(NGRAM), col(N_TARGET), col(N_REFERENCE),
            col(G2), col(P), col(P_ADJ), col(LOG_ODDS_Z), col(LOG_RATIO));
  }

  /** Each group's compared one-against-the-rest tables: {@code group, ngram, n_t, n_r}, both sides positive. */
  private static Dataset<Row> tables(Dataset<Row> counts, Dataset<Row> sizes) {
    Dataset<Row> orderTotals = counts.groupBy(NGRAM).agg(sum(N).as("n_order"));
    return sizes.join(orderTotals, NGRAM)
        .select(col(GROUP), col(NGRAM), col(N_T), col("n_order").minus(col(N_T)).as(N_R))
        .filter(col(N_T).gt(0).and(col(N_R).gt(0)));
  }

  /**
   * Each group against the rest, over every corpus term that passes minCount: {@code pairwise, target,
   * reference, term, ngram, n_target, n_reference, n_t, n_r}.
   */
  private Dataset<Row> oneVsRest(Dataset<Row> counts, Dataset<Row> sizes) {
    Dataset<Row> corpus = counts.groupBy(TERM, NGRAM).agg(sum(N).as(N_TERM)).filter(col(N_TERM).geq(minCount));
    Dataset<Row> orderTotals = counts.groupBy(NGRAM).agg(sum(N).as("n_order"));
    Dataset<Row> groups = counts.select(GROUP).distinct();
    return corpus.crossJoin(broadcast(groups))
        .join(counts, new String[] {GROUP, TERM, NGRAM}, "left")
        .join(broadcast(sizes), new String[] {GROUP, NGRAM}, "left")
        .join(broadcast(orderTotals), NGRAM)
        .select(lit(false).as(PAIRWISE), col(GROUP).as(TARGET), lit(REST).as(REFERENCE), col(TERM), col(NGRAM),
            coalesce(col(N), lit(0L)).as(N_TARGET), col(N_TERM).minus(coalesce(col(N), lit(0L))).as(N_REFERENCE),
            coalesce(col(N_T), lit(0L)).as(N_T), col("n_order").minus(coalesce(col(N_T), lit(0L))).as(N_R));
  }

  /** Every pair of groups a &lt; b, a the target, over the terms either uses (minCount on the pair's sum). */
  private Dataset<Row> pairwise(Dataset<Row> counts, Dataset<Row> sizes) {
    Dataset<Row> groups = counts.select(GROUP).distinct();
    Dataset<Row> pairList = groups.select(col(GROUP).as(TARGET))
        .crossJoin(groups.select(col(GROUP).as(REFERENCE))).filter(col(TARGET).lt(col(REFERENCE)));
    Dataset<Row> asTarget = counts.join(broadcast(pairList), col(GROUP).equalTo(col(TARGET)))
        .select(col(TARGET), col(REFERENCE), col(TERM), col(NGRAM), col(N).as(N_TARGET), lit(0L).as(N_REFERENCE));
    Dataset<Row> asReference = counts.join(broadcast(pairList), col(GROUP).equalTo(col(REFERENCE)))
        .select(col(TARGET), col(REFERENCE), col(TERM), col(NGRAM), lit(0L).as(N_TARGET), col(N).as(N_REFERENCE));
    Dataset<Row> targetSizes = sizes.select(col(GROUP).as(TARGET), col(NGRAM), col(N_T));
    Dataset<Row> referenceSizes = sizes.select(col(GROUP).as(REFERENCE), col(NGRAM), col(N_T).as(N_R));
    return asTarget.unionByName(asReference)
        .groupBy(TARGET, REFERENCE, TERM, NGRAM).agg(sum(N_TARGET).as(N_TARGET), sum(N_REFERENCE).as(N_REFERENCE))
        .filter(col(N_TARGET).plus(col(N_REFERENCE)).geq(minCount))
        .join(broadcast(targetSizes), new String[] {TARGET, NGRAM}, "left")
        .join(broadcast(referenceSizes), new String[] {REFERENCE, NGRAM}, "left")
        .select(lit(true).as(PAIRWISE), col(TARGET), col(REFERENCE), col(TERM), col(NGRAM), col(N_TARGET),
            col(N_REFERENCE), coalesce(col(N_T), lit(0L)).as(N_T), coalesce(col(N_R), lit(0L)).as(N_R));
  }

  /** Adds g2, p, log_odds_z and log_ratio to the 2×2 tables (see the class comment for the formulas). */
  Dataset<Row> score(Dataset<Row> tables) {
    Column a = col(N_TARGET).cast(DataTypes.DoubleType);
    Column b = col(N_REFERENCE).cast(DataTypes.DoubleType);
    Column nt = col(N_T).cast(DataTypes.DoubleType);
    Column nr = col(N_R).cast(DataTypes.DoubleType);
    Column c = nt.minus(a);
    Column d = nr.minus(b);
    Column total = nt.plus(nr);
    Column term = a.plus(b);
    Column rest = c.plus(d);
    Column g2 = lit(2).multiply(oLogOverE(a, nt.multiply(term).divide(total))
        .plus(oLogOverE(b, nr.multiply(term).divide(total)))
        .plus(oLogOverE(c, nt.multiply(rest).divide(total)))
        .plus(oLogOverE(d, nr.multiply(rest).divide(total))));
    Column sign = signum(a.multiply(nr).minus(b.multiply(nt)));
    Column alpha = term.multiply(priorScale);
    Column alpha0 = total.multiply(priorScale);
    Column delta = log(a.plus(alpha).divide(nt.plus(alpha0).minus(a).minus(alpha)))
        .minus(log(b.plus(alpha).divide(nr.plus(alpha0).minus(b).minus(alpha))));
    Column sigma = sqrt(lit(1).divide(a.plus(alpha)).plus(lit(1).divide(b.plus(alpha))));
    Column logRatio = log2(greatest(a, lit(LOG_RATIO_ZERO)).divide(nt))
        .minus(log2(greatest(b, lit(LOG_RATIO_ZERO)).divide(nr)));
    return tables
        .withColumn("g2_abs", greatest(g2, lit(0.0)))
        .withColumn(G2, sign.multiply(col("g2_abs")))
        .withColumn(P, BenjaminiHochberg.chiSquareOneDfSurvival().apply(col("g2_abs")))
        .withColumn(LOG_ODDS_Z, delta.divide(sigma))
        .withColumn(LOG_RATIO, logRatio)
        .drop("g2_abs");
  }

  /** {@code O·ln(O/E)}, 0 where O is 0. */
  private static Column oLogOverE(Column observed, Column expected) {
    return when(observed.gt(0), observed.multiply(log(observed.divide(expected)))).otherwise(lit(0.0));
  }

  /** Adds p_adj: Benjamini–Hochberg within each comparison, both n-gram orders together. */
  private static Dataset<Row> adjust(Dataset<Row> scored) {
    return BenjaminiHochberg.adjust(scored, List.of(PAIRWISE, TARGET, REFERENCE), P, P_ADJ,
        List.of(asc(NGRAM), asc(TERM)));
  }
}
