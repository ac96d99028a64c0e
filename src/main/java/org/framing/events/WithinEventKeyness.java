package org.framing.events;

import static org.apache.spark.sql.functions.arrays_zip;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
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
import static org.framing.schema.Columns.NGRAM;
import static org.framing.schema.Columns.N_REFERENCE;
import static org.framing.schema.Columns.N_TARGET;
import static org.framing.schema.Columns.P;
import static org.framing.schema.Columns.P_ADJ;
import static org.framing.schema.Columns.TERM;
import static org.framing.schema.Columns.TERMS;

import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.sketch.BloomFilter;
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

  /**
   * The table. The shared events' articles (a broadcast join of the small event table onto the pass's term
   * arrays) are read twice: once to count each term over all shared events (the terms below {@code minCount} there
   * are tested for no group and get no strata; the tested ones go to the executors as a broadcast Bloom filter),
   * once grouped by event, where each event's strata are computed from its articles' arrays ({@link #strata}) and
   * only their sums travel on. On the 37,536 AllSides articles this replaced three shuffles of the event-group-term
   * table (its aggregation, a join of it with the tested terms by term, and its regrouping by event), 1.1 GB, with
   * one of the articles' arrays.
   */
  public Dataset<Row> transform(Dataset<Row> terms, Dataset<Row> events) {
    Dataset<Row> shared = events.select(EVENT_ID, GROUP).distinct().groupBy(EVENT_ID).agg(count(lit(1)).as("k"))
        .filter(col("k").geq(2)).select(EVENT_ID);
    Dataset<Row> articles = events.select(ARTICLE_ID, EVENT_ID, GROUP).join(shared, EVENT_ID);
    Dataset<Row> arrays = terms.select(ARTICLE_ID, TERMS, COUNTS)
        .join(broadcast(articles), ARTICLE_ID)
        .select(EVENT_ID, GROUP, TERMS, COUNTS);
    // A group's Σ a + Σ b is the term's use in the shared events that group covered, at most its use in all shared
    // events: a term used fewer than minCount times there is tested for no group, and gets no strata.
    Dataset<Row> testedTerms = arrays.select(explode(arrays_zip(col(TERMS), col(COUNTS))).as("tc"))
        .groupBy(col("tc." + TERMS).as(TERM)).agg(sum(col("tc." + COUNTS).cast("long")).as("t_all"))
        .filter(col("t_all").geq(minCount)).select(TERM)
        .persist(StorageLevel.MEMORY_AND_DISK());
    // The tested terms travel to the executors as a Bloom filter (1 % false positives), not as a set of strings:
    // at four times the 37.5k corpus the set, held by the driver and again by the broadcast, ran the job out of
    // memory. A term let through by mistake adds strata that the final filter drops: its use in all shared events
    // is below minCount, so its use in any group's shared events is too. The output is the same.
    BloomFilter filter;
    try {
      long n = testedTerms.count();
      // Spark's bloomFilter fails on no rows (a null buffer): no tested term is an empty filter.
      filter = n == 0 ? BloomFilter.create(1, 0.01)
          : testedTerms.stat().bloomFilter(TERM, n, 0.01);
    } finally {
      testedTerms.unpersist();
    }
    Broadcast<BloomFilter> tested = new JavaSparkContext(terms.sparkSession().sparkContext()).broadcast(filter);
    org.apache.spark.sql.types.StructType in = arrays.schema();
    int eventAt = in.fieldIndex(EVENT_ID);
    Dataset<Row> pooled = arrays
        .groupByKey((org.apache.spark.api.java.function.MapFunction<Row, String>) row -> row.getString(eventAt),
            org.apache.spark.sql.Encoders.STRING())
        .flatMapGroups((org.apache.spark.api.java.function.FlatMapGroupsFunction<String, Row, Row>)
            (event, rows) -> strata(rows, in, tested.value()), org.apache.spark.sql.Encoders.row(STRATUM))
        .groupBy(GROUP, TERM, NGRAM).agg(
            count(lit(1)).as(N_EVENTS),
            sum("sa").as("sa"), sum("sb").as("sb"), sum("R").as("R"), sum("S").as("S"), sum("E").as("E"),
            sum("V").as("V"), sum("PR").as("PR"), sum("PSQR").as("PSQR"), sum("QS").as("QS"))
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


  /** One stratum's terms of the pooled sums: {@code group, term, ngram, sa, sb, R, S, E, V, PR, PSQR, QS}. */
  static final org.apache.spark.sql.types.StructType STRATUM = new org.apache.spark.sql.types.StructType()
      .add(GROUP, org.apache.spark.sql.types.DataTypes.StringType, false)
      .add(TERM, org.apache.spark.sql.types.DataTypes.StringType, false)
      .add(NGRAM, org.apache.spark.sql.types.DataTypes.IntegerType, false)
      .add("sa", org.apache.spark.sql.types.DataTypes.DoubleType, false)
      .add("sb", org.apache.spark.sql.types.DataTypes.DoubleType, false)
      .add("R", org.apache.spark.sql.types.DataTypes.DoubleType, false)
      .add("S", org.apache.spark.sql.types.DataTypes.DoubleType, false)
      .add("E", org.apache.spark.sql.types.DataTypes.DoubleType, false)
      .add("V", org.apache.spark.sql.types.DataTypes.DoubleType, false)
      .add("PR", org.apache.spark.sql.types.DataTypes.DoubleType, false)
      .add("PSQR", org.apache.spark.sql.types.DataTypes.DoubleType, false)
      .add("QS", org.apache.spark.sql.types.DataTypes.DoubleType, false);

  /**
   * One event's strata, from its articles' rows {@code event_id, group, terms, counts} (of schema {@code in}: the
   * columns are found by name once): for every term of the event that {@code tested} lets through and every group
   * with terms of that order there, the 2×2 table (a = the group's count, b = the other groups' count, c, d) and
   * its terms of the Mantel–Haenszel sums (class comment). A term with a space is a bigram (n-gram order 2), else
   * a unigram.
   */
  static Iterator<Row> strata(Iterator<Row> rows, org.apache.spark.sql.types.StructType in, BloomFilter tested) {
    int groupAt = in.fieldIndex(GROUP);
    int termsAt = in.fieldIndex(TERMS);
    int countsAt = in.fieldIndex(COUNTS);
    Map<String, long[]> groupTotals = new java.util.TreeMap<>();
    long[] eventTotals = new long[3];
    Map<String, Long> termTotals = new java.util.TreeMap<>();
    Map<String, Integer> orders = new HashMap<>();
    Map<String, Long> uses = new HashMap<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      String group = r.getString(groupAt);
      List<String> terms = r.getList(termsAt);
      List<Integer> counts = r.getList(countsAt);
      long[] totals = groupTotals.computeIfAbsent(group, g -> new long[3]);
      for (int i = 0; i < terms.size(); i++) {
        String term = terms.get(i);
        int ngram = term.indexOf(' ') >= 0 ? 2 : 1;
        long a = counts.get(i);
        totals[ngram] += a;
        eventTotals[ngram] += a;
        if (tested.mightContainString(term)) {
          termTotals.merge(term, a, Long::sum);
          orders.put(term, ngram);
          uses.merge(group + '\u0000' + term, a, Long::sum);
        }
      }
    }
    // Made one by one as Spark reads them: a large event's strata (its tested terms times its groups) held in a
    // list ran the corpus four times over out of memory.
    return termTotals.entrySet().stream().flatMap(t -> {
      int ngram = orders.get(t.getKey());
      double total = t.getValue();
      double n = eventTotals[ngram];
      return groupTotals.entrySet().stream().filter(g -> g.getValue()[ngram] != 0).map(g -> {
        double a = uses.getOrDefault(g.getKey() + '\u0000' + t.getKey(), 0L);
        double ng = g.getValue()[ngram];
        double b = total - a;
        double c = ng - a;
        double d = n - ng - b;
        double r = a * d / n;
        double s = b * c / n;
        double p = (a + d) / n;
        double q = (b + c) / n;
        double v = n > 1 ? (a + b) * (c + d) * (a + c) * (b + d) / (n * n * (n - 1)) : 0.0;
        return RowFactory.create(g.getKey(), t.getKey(), ngram, a, b, r, s, (a + b) * (a + c) / n, v, p * r,
            p * s + q * r, q * s);
      });
    }).iterator();
  }
}
