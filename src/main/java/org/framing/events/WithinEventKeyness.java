package org.framing.events;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.log;
import static org.apache.spark.sql.functions.pow;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sqrt;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.COUNTS;
import static org.framing.schema.Columns.EVENT_ID;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.N;
import static org.framing.schema.Columns.NGRAM;
import static org.framing.schema.Columns.N_REFERENCE;
import static org.framing.schema.Columns.N_TARGET;
import static org.framing.schema.Columns.P;
import static org.framing.schema.Columns.P_ADJ;
import static org.framing.schema.Columns.TERM;
import static org.framing.schema.Columns.TERMS;

import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.framing.spark.ScalaSeq;
import org.framing.spark.Sorted;
import org.framing.stats.BenjaminiHochberg;

/**
 * Keyness of each group against the other groups <i>inside the same events</i>, stratified by event: which words a
 * group uses for the stories it shares with others, apart from which stories it covered.
 *
 * <p>For group g, term t (unigrams and bigrams separately, as in keyness.csv) and each event k that g and at least
 * one other group covered, a 2×2 table: a = g's count of t in k, b = the other groups' count of t in k, c = g's
 * count of every other term of the same order in k, d = the others' (n = a + b + c + d). Pooled over the events
 * with the Mantel–Haenszel estimator (Mantel &amp; Haenszel, JNCI 22, 1959):
 * <ul>
 *   <li>{@code log_odds_mh} = ln(Σ a·d/n ÷ Σ b·c/n): above 0, g uses t more than the other groups reporting the
 *       same events; null when either sum is 0 (g alone, or never, uses t);</li>
 *   <li>{@code log_odds_se}: its standard error by Robins, Breslow &amp; Greenland (Biometrics 42, 1986);</li>
 *   <li>{@code cmh}: the Cochran–Mantel–Haenszel statistic without continuity correction,
 *       (Σ a − Σ E[a])² ÷ Σ Var[a], E[a] = (a+b)(a+c)/n, Var[a] = (a+b)(c+d)(a+c)(b+d)/(n²(n−1)); {@code p} its
 *       chi-square (1 df) tail; {@code p_adj} Benjamini–Hochberg over all of g's tested terms.</li>
 * </ul>
 * These are the quantities of statsmodels' {@code StratifiedTable} ({@code logodds_pooled},
 * {@code logodds_pooled_se}, {@code test_null_odds(correction=False)}), which the tests check against. A term is
 * tested when g and the others use it at least {@code minCount} times together in g's shared events; per group and
 * n-gram order the {@code top} over-used terms (Σ a above Σ E[a]) with the largest cmh are kept, and the {@code top}
 * under-used ones (0 keeps all).
 *
 * <p>Input: the pass's {@code article_id, terms, counts} and the events' {@code article_id, event_id, group}.
 * Output: {@code group, term, ngram, n_events} (shared events where g or the others use t), {@code n_target,
 * n_reference, log_odds_mh, log_odds_se, cmh, p, p_adj}, sorted by group, ngram, then log odds descending, term.
 */
public final class WithinEventKeyness {

  public static final String N_EVENTS = "n_events";
  public static final String LOG_ODDS_MH = "log_odds_mh";
  public static final String LOG_ODDS_SE = "log_odds_se";
  public static final String CMH = "cmh";

  private final long minCount;
  private final int top;

  public WithinEventKeyness(long minCount, int top) {
    this.minCount = minCount;
    this.top = top;
  }

  /** The table; {@code cache} receives what it persists, for the caller to unpersist once the table is written. */
  public Dataset<Row> transform(Dataset<Row> terms, Dataset<Row> events, List<Dataset<Row>> cache) {
    Dataset<Row> shared = events.select(EVENT_ID, GROUP).distinct().groupBy(EVENT_ID).agg(count(lit(1)).as("k"))
        .filter(col("k").geq(2)).select(EVENT_ID);
    Dataset<Row> articles = events.select(ARTICLE_ID, EVENT_ID, GROUP).join(shared, EVENT_ID);
    Dataset<Row> egt = terms.select(col(ARTICLE_ID), org.apache.spark.sql.functions.arrays_zip(col(TERMS), col(COUNTS)).as("z"))
        .join(articles, ARTICLE_ID)
        .select(col(EVENT_ID), col(GROUP), org.apache.spark.sql.functions.explode(col("z")).as("tc"))
        .select(col(EVENT_ID), col(GROUP), col("tc." + TERMS).as(TERM), col("tc." + COUNTS).cast("long").as(N))
        .withColumn(NGRAM, when(col(TERM).contains(" "), 2).otherwise(1))
        .groupBy(EVENT_ID, GROUP, TERM, NGRAM).agg(sum(N).as("a"));
    egt = org.framing.spark.Persisted.keep(cache, egt);
    Dataset<Row> groupTotals = egt.groupBy(EVENT_ID, GROUP, NGRAM).agg(sum("a").as("n_g"));
    Dataset<Row> eventTotals = groupTotals.groupBy(EVENT_ID, NGRAM).agg(sum("n_g").as("n_k"));
    Dataset<Row> termTotals = egt.groupBy(EVENT_ID, TERM, NGRAM).agg(sum("a").as("t_k"));
    // One row per group, shared event and term of that event (used by anyone there): the stratum's table.
    Dataset<Row> strata = groupTotals.join(eventTotals, ScalaSeq.of(EVENT_ID, NGRAM))
        .join(termTotals, ScalaSeq.of(EVENT_ID, NGRAM))
        .join(egt, ScalaSeq.of(EVENT_ID, GROUP, TERM, NGRAM), "left")
        .select(col(GROUP), col(TERM), col(NGRAM), coalesce(col("a"), lit(0L)).cast("double").as("a"),
            col("t_k").cast("double").as("t"), col("n_g").cast("double").as("ng"), col("n_k").cast("double").as("n"));
    Column a = col("a");
    Column b = col("t").minus(a);
    Column c = col("ng").minus(a);
    Column d = col("n").minus(col("ng")).minus(b);
    Column n = col("n");
    Column r = a.multiply(d).divide(n);
    Column s = b.multiply(c).divide(n);
    Column pTerm = a.plus(d).divide(n);
    Column qTerm = b.plus(c).divide(n);
    Dataset<Row> pooled = strata.groupBy(GROUP, TERM, NGRAM).agg(
        count(lit(1)).as(N_EVENTS),
        sum(a).as("sa"), sum(b).as("sb"),
        sum(r).as("R"), sum(s).as("S"),
        sum(a.plus(b).multiply(a.plus(c)).divide(n)).as("E"),
        sum(when(n.gt(1), a.plus(b).multiply(c.plus(d)).multiply(a.plus(c)).multiply(b.plus(d))
            .divide(n.multiply(n).multiply(n.minus(1)))).otherwise(0.0)).as("V"),
        sum(pTerm.multiply(r)).as("PR"), sum(pTerm.multiply(s).plus(qTerm.multiply(r))).as("PSQR"),
        sum(qTerm.multiply(s)).as("QS"))
        .filter(col("sa").plus(col("sb")).geq(minCount).and(col("V").gt(0)));
    Column both = col("R").gt(0).and(col("S").gt(0));
    Dataset<Row> scored = pooled.select(col(GROUP), col(TERM), col(NGRAM), col(N_EVENTS),
        col("sa").cast("long").as(N_TARGET), col("sb").cast("long").as(N_REFERENCE),
        when(both, log(col("R").divide(col("S")))).as(LOG_ODDS_MH),
        when(both, sqrt(col("PR").divide(pow(col("R"), 2).multiply(2))
            .plus(col("PSQR").divide(col("R").multiply(col("S")).multiply(2)))
            .plus(col("QS").divide(pow(col("S"), 2).multiply(2))))).as(LOG_ODDS_SE),
        pow(col("sa").minus(col("E")), 2).divide(col("V")).as(CMH),
        when(col("sa").gt(col("E")), 1).otherwise(-1).as("side"));
    scored = scored.withColumn(P, BenjaminiHochberg.chiSquareOneDfSurvival().apply(col(CMH)));
    scored = BenjaminiHochberg.adjust(scored, List.of(GROUP), P, P_ADJ, List.of(col(NGRAM).asc(), col(TERM).asc()));
    if (top > 0) {
      scored = scored.withColumn("rank", row_number().over(Window.partitionBy(col(GROUP), col(NGRAM), col("side"))
              .orderBy(col(CMH).desc(), col(TERM).asc())))
          .filter(col("rank").leq(top)).drop("rank");
    }
    return Sorted.inOnePartition(scored.drop("side"), col(GROUP), col(NGRAM), col(LOG_ODDS_MH).desc_nulls_last(),
        col(TERM));
  }

}
