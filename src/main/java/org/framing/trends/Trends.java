package org.framing.trends;

import org.framing.spark.Runs;
import org.framing.spark.Sorted;

import static org.apache.spark.sql.functions.aggregate;
import static org.apache.spark.sql.functions.array_repeat;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.zip_with;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.COMPOUND;
import static org.framing.schema.Columns.COUNTS;
import static org.framing.schema.Columns.DATE;
import static org.framing.schema.Columns.FRAME_HITS;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.ITEM;
import static org.framing.schema.Columns.MEASURE;
import static org.framing.schema.Columns.N_ARTICLES;
import static org.framing.schema.Columns.N_TOKENS;
import static org.framing.schema.Columns.PERIOD_START;
import static org.framing.schema.Columns.RANK;
import static org.framing.schema.Columns.TERM;
import static org.framing.schema.Columns.TERMS;
import static org.framing.schema.Columns.TOKENS;
import static org.framing.schema.Columns.TONE;
import static org.framing.schema.Columns.VALUE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.schema.Schemas;

/**
 * Time trends: per group and period (day, ISO week starting Monday, or calendar month), the group's tone, frame
 * densities and top terms in that period's articles.
 *
 * <p>Input, one row per article ({@link #articles} builds it): {@code group} (string), {@code date} (string, ISO
 * {@code YYYY-MM-DD}; articles without one are left out), {@code tokens} (int, running words after cleaning),
 * {@code terms} and {@code counts} (the article's terms and their counts, as {@link Schemas#ANALYZED} has them),
 * {@code compound} and {@code tone} (double, may be null) and {@code frame_hits} (array of int, the article's hits
 * per frame in {@code frames} order; may be null).
 *
 * <p>Output, one row per group × period × measure × item, sorted by group, period_start, measure, rank, item:
 * {@code group, period_start} (the period's first day, ISO), {@code measure}, {@code item}, {@code value},
 * {@code rank}, {@code n_articles}, {@code n_tokens} (the group's articles and tokens in the period). For the
 * articles A of a group in a period, T = Σ tokens:
 * <ul>
 *   <li>{@code compound}: mean over A of the article compound (each article one vote, as sentiment_by_outlet.csv
 *       does for groups of 5 or more articles); {@code tone}: the same for tone per 100 words; item empty;</li>
 *   <li>{@code frame}: item the frame, value 1000 · Σ hits / T, hits per 1,000 tokens (the pooled density of
 *       frames_by_outlet.csv, after LIWC's per-100-words rates: Pennebaker et al. 2015);</li>
 *   <li>{@code term}: item a unigram, value 10⁴ · n / T, its count per 10,000 tokens (the {@code per_10k} of
 *       term_frequencies.csv), rank 1 for the most frequent in the period, ties alphabetical; the top
 *       {@code topTerms} are kept. Rank is empty for the other measures.</li>
 * </ul>
 * A measure with no value in a period (no article with a compound) has no row.
 */
public final class Trends {

  /** The length of a period; {@code AUTO} is resolved from the dates' span with {@link #forSpan}. */
  public enum Period {
    AUTO, DAY, WEEK, MONTH;

    /** The option's spelling: {@code day}, {@code week}, {@code month}. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The period a span of {@code days} days (last date − first date) is best read in: day up to 31 days, week up
     * to a year (366 days), month beyond: enough points for a line, not so many that it is noise.
     */
    public static Period forSpan(long days) {
      return days <= 31 ? DAY : days <= 366 ? WEEK : MONTH;
    }
  }

  private final Period period;
  private final List<String> frames;
  private final int topTerms;

  /**
   * @param frames   the frame names, in the order of the {@code frame_hits} arrays
   * @param topTerms terms kept per group and period (at least 1)
   */
  public Trends(Period period, List<String> frames, int topTerms) {
    if (period == Period.AUTO) {
      throw new IllegalArgumentException("period must be day, week or month: resolve auto with Period.forSpan first");
    }
    if (topTerms < 1) {
      throw new IllegalArgumentException("topTerms must be at least 1 but was " + topTerms);
    }
    this.period = period;
    this.frames = List.copyOf(frames);
    this.topTerms = topTerms;
  }

  /**
   * The input of {@link #transform}: {@code analyzed} ({@link Schemas#ANALYZED}) with each article's
   * {@code compound} and {@code tone} from {@code articleSentiment} ({@link Schemas#ARTICLE_SENTIMENT}) and its
   * frame hits summed over its sentences ({@link Schemas#SENTENCE_SENTIMENT}); either may be null (no
   * sentiment), and the columns are then null.
   */
  public static Dataset<Row> articles(Dataset<Row> analyzed, Dataset<Row> articleSentiment, Dataset<Row> sentences,
                                      int frameCount) {
    Dataset<Row> base = analyzed.select(col(ARTICLE_ID), col(GROUP), col(DATE), col(TOKENS), col(TERMS), col(COUNTS));
    if (articleSentiment == null) {
      return base.withColumn(COMPOUND, lit(null).cast(DataTypes.DoubleType))
          .withColumn(TONE, lit(null).cast(DataTypes.DoubleType))
          .withColumn(FRAME_HITS, lit(null).cast(DataTypes.createArrayType(DataTypes.IntegerType)));
    }
    Dataset<Row> tone = articleSentiment.select(col(ARTICLE_ID), col(COMPOUND), col(TONE));
    Dataset<Row> hits = sentences.groupBy(ARTICLE_ID).agg(aggregate(collect_list(col(FRAME_HITS)),
        array_repeat(lit(0), frameCount), (acc, x) -> zip_with(acc, x, (a, b) -> a.plus(b))).as(FRAME_HITS));
    return base.join(tone, new String[] {ARTICLE_ID}, "left").join(hits, new String[] {ARTICLE_ID}, "left");
  }

  public Dataset<Row> transform(Dataset<Row> in) {
    Schemas.require(in.schema(), GROUP, DataTypes.StringType);
    Schemas.require(in.schema(), DATE, DataTypes.StringType);
    Schemas.require(in.schema(), TOKENS, DataTypes.IntegerType);
    Schemas.require(in.schema(), COMPOUND, DataTypes.DoubleType);
    Schemas.require(in.schema(), TONE, DataTypes.DoubleType);
    String[] keys = {GROUP, PERIOD_START};
    Dataset<Row> dated = in.filter(col(DATE).rlike("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))
        .withColumn(PERIOD_START, start(to_date(col(DATE))).cast(DataTypes.StringType));
    // One aggregation per group and period gives the totals, the sentiment means and the frame hits (as three
    // aggregations joined to the totals they took a shuffle and a join each).
    int nFrames = frames.size();
    Dataset<Row> periods = dated.groupBy(GROUP, PERIOD_START).agg(
        count(lit(1)).as(N_ARTICLES), sum(col(TOKENS)).cast(DataTypes.LongType).as(N_TOKENS),
        avg(col(COMPOUND)).as(COMPOUND), avg(col(TONE)).as(TONE), count(col(FRAME_HITS)).as("with_hits"),
        aggregate(collect_list(col(FRAME_HITS)), array_repeat(lit(0L), nFrames),
            (acc, x) -> zip_with(acc, x, (a, b) -> a.plus(b.cast(DataTypes.LongType)))).as(FRAME_HITS));
    Dataset<Row> totals = periods.select(GROUP, PERIOD_START, N_ARTICLES, N_TOKENS);
    Dataset<Row> compound = measure(periods.filter(col(COMPOUND).isNotNull()), COMPOUND, lit(""), col(COMPOUND), nullRank());
    Dataset<Row> tone = measure(periods.filter(col(TONE).isNotNull()), TONE, lit(""), col(TONE), nullRank());

    Dataset<Row> frameHits = periods.filter(col("with_hits").gt(0))
        .select(col(GROUP), col(PERIOD_START), col(N_ARTICLES), col(N_TOKENS),
            posexplode(col(FRAME_HITS)).as(new String[] {"f", "hits"}));
    Column frameName = lit(null).cast(DataTypes.StringType);
    for (int i = 0; i < nFrames; i++) {
      frameName = org.apache.spark.sql.functions.when(col("f").equalTo(i), lit(frames.get(i))).otherwise(frameName);
    }
    Dataset<Row> frame = measure(frameHits, "frame", frameName,
        col("hits").multiply(1000.0).divide(col(N_TOKENS)), nullRank());

    // Articles are shuffled by group and period, then each period's unigram counts are summed in one hash map and
    // ranked in Java: exploding every article's terms into Spark's aggregation (23 million rows on the AllSides
    // corpus) cost more than the articles' shuffle, and counting a whole input partition's terms at once had spilled
    // until that corpus ran out of heap.
    Dataset<Row> articleTerms = dated.select(GROUP, PERIOD_START, TERMS, COUNTS);
    Dataset<Row> termCounts = articleTerms
        .repartition(col(GROUP), col(PERIOD_START))
        .sortWithinPartitions(GROUP, PERIOD_START)
        .mapPartitions(topTermsPerPeriod(articleTerms.schema(), topTerms), Encoders.row(TOP_TERMS))
        .join(broadcast(totals), keys);
    Dataset<Row> term = measure(termCounts, TERM, col(TERM), col("n").multiply(10000.0).divide(col(N_TOKENS)),
        col(RANK).cast(DataTypes.IntegerType));

    Dataset<Row> all = compound.unionByName(tone).unionByName(frame).unionByName(term);
    return Sorted.inOnePartition(all, col(GROUP), col(PERIOD_START), col(MEASURE), coalesce(col(RANK), lit(0)), col(ITEM))
        .select(GROUP, PERIOD_START, MEASURE, ITEM, VALUE, RANK, N_ARTICLES, N_TOKENS);
  }

  private static final StructType TOP_TERMS = new StructType()
      .add(GROUP, DataTypes.StringType, false)
      .add(PERIOD_START, DataTypes.StringType, false)
      .add(TERM, DataTypes.StringType, false)
      .add("n", DataTypes.LongType, false)
      .add(RANK, DataTypes.IntegerType, false);

  /**
   * Reads articles ({@code group, period_start, terms, counts}) sorted by group and period; after each period's
   * last article, its {@code top} most frequent unigrams with their summed counts and ranks (1 the most frequent,
   * ties in Spark's string order: by code point). The columns are found by name in {@code in}, the rows' schema,
   * once.
   */
  private static MapPartitionsFunction<Row, Row> topTermsPerPeriod(StructType in, int top) {
    int groupAt = in.fieldIndex(GROUP);
    int periodAt = in.fieldIndex(PERIOD_START);
    int termsAt = in.fieldIndex(TERMS);
    int countsAt = in.fieldIndex(COUNTS);
    return rows -> Runs.fold(rows, r -> List.of(r.getString(groupAt), r.getString(periodAt)), new Runs.Fold<Map<String, long[]>>() {
      @Override
      public Map<String, long[]> start() {
        return new HashMap<>();
      }

      @Override
      public void add(Map<String, long[]> counts, Row article) {
        Trends.add(counts, article.getList(termsAt), article.getList(countsAt));
      }

      @Override
      public List<Row> finish(Row first, Map<String, long[]> counts) {
        List<Map.Entry<String, long[]>> ranked = new ArrayList<>(counts.entrySet());
        ranked.sort((a, b) -> a.getValue()[0] != b.getValue()[0] ? Long.compare(b.getValue()[0], a.getValue()[0])
            : Sorted.byCodePoint(a.getKey(), b.getKey()));
        List<Row> out = new ArrayList<>(Math.min(top, ranked.size()));
        for (int k = 0; k < Math.min(top, ranked.size()); k++) {
          out.add(RowFactory.create(first.getString(groupAt), first.getString(periodAt), ranked.get(k).getKey(),
              ranked.get(k).getValue()[0], k + 1));
        }
        return out;
      }
    });
  }

  /** One article's unigrams (terms without a space) and their counts {@code n} added to its period's counts. */
  private static void add(Map<String, long[]> counts, List<String> terms, List<Integer> n) {
    for (int k = 0; k < terms.size(); k++) {
      if (terms.get(k).indexOf(' ') < 0) {
        counts.computeIfAbsent(terms.get(k), t -> new long[1])[0] += n.get(k);
      }
    }
  }

  /** The first and last ISO dates among {@code in}'s dated rows, or null when none is dated. */
  public static String[] dateRange(Dataset<Row> in) {
    Row r = in.filter(col(DATE).rlike("^[0-9]{4}-[0-9]{2}-[0-9]{2}$")).agg(min(col(DATE)), max(col(DATE))).first();
    return r.isNullAt(0) ? null : new String[] {r.getString(0), r.getString(1)};
  }

  private Column start(Column date) {
    return period == Period.DAY ? date : to_date(date_trunc(period == Period.WEEK ? "week" : "month", date));
  }

  private static Column nullRank() {
    return lit(null).cast(DataTypes.IntegerType);
  }

  private static Dataset<Row> measure(Dataset<Row> ds, String name, Column item, Column value, Column rank) {
    Dataset<Row> out = ds.withColumn(MEASURE, lit(name)).withColumn(ITEM, item).withColumn(VALUE, value.cast(DataTypes.DoubleType))
        .withColumn(RANK, rank);
    return out.select(GROUP, PERIOD_START, MEASURE, ITEM, VALUE, RANK, N_ARTICLES, N_TOKENS);
  }
}
