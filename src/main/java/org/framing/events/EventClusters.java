package org.framing.events;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.datediff;
import static org.apache.spark.sql.functions.floor;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.to_date;
import static org.apache.spark.sql.functions.when;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.COUNTS;
import static org.framing.schema.Columns.DATE;
import static org.framing.schema.Columns.DF;
import static org.framing.schema.Columns.TERM;
import static org.framing.schema.Columns.TERMS;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.IDF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.spark.ScalaSeq;

/**
 * Groups articles into events (stories): articles that tell the same story within a few days of each other.
 *
 * <ol>
 *   <li><b>Vectors.</b> Each article is a TF-IDF vector of its terms (unigrams and bigrams after stop words, as
 *       everywhere in the job): weight {@code (1 + ln c) + LEAD_WEIGHT·[in lead] + TITLE_WEIGHT·[in title]} for a
 *       term counted c times in the body, then MLlib's {@link IDF} formula (ln((m + 1)/(df + 1)), plus 1) and
 *       MLlib's L2 normaliser. Sublinear term frequency keeps a long article's repeated words from deciding the story
 *       (Manning, Raghavan &amp; Schütze, "Introduction to Information Retrieval", 2008, §6.4.1); the title and
 *       the lead name the story's who, what and where. The vocabulary is the terms found in at least two articles,
 *       as MLlib's {@link CountVectorizer} with {@code minDF = 2} keeps them: a term of one article links nothing.
 *       The weight is {@code tf · (idf + 1)}, scikit-learn's {@code smooth_idf}, so the words every article shares
 *       still count. One aggregation counts the document frequencies for both ({@link #vectors}).</li>
 *   <li><b>Candidates.</b> Spark MLlib's {@link MinHashLSH} ({@value #HASH_TABLES} tables) on each article's
 *       {@value #KEY_TERMS} highest-weighted terms: two articles are a candidate pair when one of their min-hashes
 *       agrees (a pair whose key sets have Jaccard index J, with probability 1 − (1 − J)^tables) and their dates
 *       fall in the same block of {@code windowDays + 1} days or in neighbouring blocks (undated articles make one
 *       block). Each block's candidates are found and weighed where its articles meet, on the executors
 *       ({@link #blockPairs}); no all-pairs comparison.</li>
 *   <li><b>Pairs.</b> A candidate pair is kept when, dated, their dates are at most {@code windowDays} apart
 *       (news of one story spreads over days; Miranda et al., "Multilingual Clustering of Streaming News", EMNLP
 *       2018, also bound clusters in time) and the cosine of the two full vectors less {@value #DAY_PENALTY} per
 *       day between them reaches {@code threshold}.</li>
 *   <li><b>Clusters.</b> Connected components of the kept pairs (union-find on the driver, which holds two longs
 *       per kept pair), then, against chaining (A like B, B like C, A unlike C), inside each component a single
 *       pass in date order as in streaming news clustering (Miranda et al.): each article joins, among the
 *       clusters its kept pairs lead to, the one whose centroid (the sum of its articles' vectors) it is most like,
 *       if that cosine less the day penalty (days since the cluster's latest article) reaches
 *       {@code centroidThreshold}, or starts a cluster of its own.
 *       An article like no other is an event of its own.</li>
 *   <li><b>Settings</b> were chosen on the AllSides round-ups (505 events, see README), measuring B-cubed F1 over
 *       a grid: threshold and centroid threshold 0.1 to 0.3, title and lead weights, key terms 30 to 60, hash
 *       tables 20 to 40, key distance 0.9 to 0.97, day penalty 0 to 0.1.</li>
 * </ol>
 *
 * <p>Input: {@code article_id, date} (ISO or null), {@code terms, counts} (the pass's body terms),
 * {@code title_terms, lead_terms} ({@link EventText}). Output: {@code article_id, cluster} (a long: the smallest
 * row number among the cluster's articles, in {@code article_id} order), one row per article.
 */
public final class EventClusters implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Extra weight of a term of the title, and of a term of the lead. */
  public static final double TITLE_WEIGHT = 2.0;
  public static final double LEAD_WEIGHT = 1.0;
  /** How many of an article's terms are its keys for the LSH candidates. */
  public static final int KEY_TERMS = 40;
  /** MinHash tables: a pair whose key sets have Jaccard J is a candidate with probability 1 − (1 − J)^tables. */
  public static final int HASH_TABLES = 30;
  /** Cosine (less the day penalty) a pair needs to link two articles, and an article needs to join a cluster. */
  public static final double DEFAULT_THRESHOLD = 0.15;
  public static final double DEFAULT_CENTROID_THRESHOLD = 0.15;

  public static final String CLUSTER = "cluster";
  /** An article's row number (0.. in article_id order) and its L2-normalised TF-IDF vector, in the vectors' rows. */
  static final String ROW = "row";
  static final String FEATURES = "features";
  /** A kept pair's two row numbers, a &lt; b. */
  private static final String ROW_A = "a";
  private static final String ROW_B = "b";
  /** A date block's group: which block, and whether an article is of it (home) or of the next block (visitor). */
  private static final String BLOCK = "block";
  private static final String HOME = "home";
  /** An article's connected component (its smallest row number) and the rows it is paired with. */
  private static final String COMPONENT = "component";
  private static final String NEIGHBOURS = "neighbours";
  /**
   * What each day between two articles takes off their cosine, inside the window: coverage of one story is
   * densest in its first days, and two alike stories a few days apart are more often two events than one.
   */
  public static final double DAY_PENALTY = 0.05;

  private final double threshold;
  private final double centroidThreshold;
  private final int windowDays;
  private final long seed;

  public EventClusters(double threshold, double centroidThreshold, int windowDays, long seed) {
    this.threshold = threshold;
    this.centroidThreshold = centroidThreshold;
    this.windowDays = windowDays;
    this.seed = seed;
  }

  /**
   * The articles' vectors: {@code row} (0.. in article_id order), {@code article_id, date, features} (the
   * L2-normalised TF-IDF vector) and {@code keys}; {@code vocabulary} names the features' indexes.
   */
  public record ArticleVectors(Dataset<Row> rows, String[] vocabulary) {}

  /** {@code article_id, cluster} of every article of {@code vectors} (persisted by the caller). */
  public Dataset<Row> transform(ArticleVectors vectors) {
    {
      Dataset<Row> pairs = pairs(vectors.rows());
      List<long[]> edges = new ArrayList<>();
      int aAt = pairs.schema().fieldIndex(ROW_A);
      int bAt = pairs.schema().fieldIndex(ROW_B);
      Iterator<Row> it = pairs.toLocalIterator();
      while (it.hasNext()) {
        Row r = it.next();
        edges.add(new long[] {r.getLong(aAt), r.getLong(bAt)});
      }
      long n = vectors.rows().count();
      long[] component = components(n, edges);
      List<List<Long>> neighbours = new ArrayList<>((int) n);
      for (int i = 0; i < n; i++) {
        neighbours.add(new ArrayList<>());
      }
      for (long[] e : edges) {
        neighbours.get((int) e[0]).add(e[1]);
        neighbours.get((int) e[1]).add(e[0]);
      }
      List<Row> labels = new ArrayList<>((int) n);
      for (int i = 0; i < n; i++) {
        labels.add(RowFactory.create((long) i, component[i], ScalaSeq.of(neighbours.get(i))));
      }
      StructType labelSchema = new StructType().add(ROW, DataTypes.LongType, false)
          .add(COMPONENT, DataTypes.LongType, false)
          .add(NEIGHBOURS, DataTypes.createArrayType(DataTypes.LongType, false), false);
      Dataset<Row> labelled = vectors.rows().join(org.framing.spark.DriverRows.table(vectors.rows().sparkSession(), labels, labelSchema), ROW);
      return guarded(labelled);
    }
  }

  /** The largest vocabulary: terms beyond it (the rarest) are left out of the vectors. */
  static final int MAX_VOCABULARY = 1 << 18;

  /**
   * The vectors of the input's articles (see the class comment for the input columns). The input is read three
   * times: for the document frequencies, the row numbers and the vectors.
   *
   * <p>The document frequencies are counted once, by one Spark SQL aggregation, and serve both the vocabulary (as
   * MLlib's {@link CountVectorizer} with {@code binary, minDF = 2}: terms of two or more articles, the
   * {@value #MAX_VOCABULARY} most frequent) and the weights (MLlib's {@link IDF} formula, ln((m + 1)/(df + 1))):
   * fitting both MLlib stages read the articles' terms twice more, and on the 37,536 AllSides articles those reads
   * took a minute. Ties in document frequency at the vocabulary's cut go by term, so the same corpus always gives
   * the same vocabulary (CountVectorizer breaks them in the order its partial counts merge). The vectors are then
   * normalised by MLlib's {@code Normalizer} (L2).
   */
  public static ArticleVectors vectors(Dataset<Row> in) {
    Column all = org.apache.spark.sql.functions.array_distinct(org.apache.spark.sql.functions.concat(
        col(TERMS), col(EventText.TITLE_TERMS), col(EventText.LEAD_TERMS)));
    Dataset<Row> counted = in.select(org.apache.spark.sql.functions.explode(all).as(TERM))
        .groupBy(TERM).agg(count(lit(1)).as(DF)).filter(col(DF).geq(2))
        .orderBy(col(DF).desc(), col(TERM).asc()).limit(MAX_VOCABULARY);
    int termAt = counted.schema().fieldIndex(TERM);
    int dfAt = counted.schema().fieldIndex(DF);
    List<Row> frequent = counted.collectAsList();
    String[] terms = new String[frequent.size()];
    Map<String, Long> df = new HashMap<>();
    for (int i = 0; i < terms.length; i++) {
      terms[i] = frequent.get(i).getString(termAt);
      df.put(terms[i], frequent.get(i).getLong(dfAt));
    }
    // Indexes in the terms' own order, not by frequency: MinHash hashes the indexes, and the order of the terms
    // does not depend on how the counts were merged.
    Arrays.sort(terms);
    List<String> ids = new ArrayList<>();
    in.select(ARTICLE_ID).collectAsList().forEach(r -> ids.add(r.getAs(ARTICLE_ID)));
    // Row numbers in article_id order (Spark's order of strings, by code point): the same ids give the same numbers.
    ids.sort(org.framing.spark.Sorted::byCodePoint);
    long m = ids.size();
    Map<String, Integer> index = new HashMap<>();
    double[] idf = new double[terms.length];
    for (int i = 0; i < terms.length; i++) {
      index.put(terms[i], i);
      idf[i] = Math.log((m + 1.0) / (df.get(terms[i]) + 1.0));
    }
    Map<String, Long> rowOf = new HashMap<>();
    for (int i = 0; i < ids.size(); i++) {
      rowOf.put(ids.get(i), (long) i);
    }
    org.apache.spark.api.java.JavaSparkContext jsc = new org.apache.spark.api.java.JavaSparkContext(in.sparkSession().sparkContext());
    Broadcast<Map<String, Integer>> sharedIndex = jsc.broadcast(index);
    Broadcast<double[]> sharedIdf = jsc.broadcast(idf);
    Broadcast<Map<String, Long>> sharedRows = jsc.broadcast(rowOf);
    int size = Math.max(1, terms.length);
    StructType out = new StructType()
        .add(ROW, DataTypes.LongType, false)
        .add(ARTICLE_ID, DataTypes.StringType, false)
        .add(DATE, DataTypes.StringType, true)
        .add(FEATURES, SQLDataTypes.VectorType(), false)
        .add("keys", SQLDataTypes.VectorType(), false);
    Dataset<Row> articles = in.select(ARTICLE_ID, DATE, TERMS, COUNTS, EventText.TITLE_TERMS, EventText.LEAD_TERMS);
    StructType read = articles.schema();
    int idAt = read.fieldIndex(ARTICLE_ID);
    int dateAt = read.fieldIndex(DATE);
    int termsAt = read.fieldIndex(TERMS);
    int countsAt = read.fieldIndex(COUNTS);
    int titleAt = read.fieldIndex(EventText.TITLE_TERMS);
    int leadAt = read.fieldIndex(EventText.LEAD_TERMS);
    Dataset<Row> rows = articles
        .map((MapFunction<Row, Row>) r -> {
          Vector features = features(sharedIndex.value(), sharedIdf.value(), size, r.getList(termsAt),
              r.getList(countsAt), r.getList(titleAt), r.getList(leadAt));
          return RowFactory.create(sharedRows.value().get(r.getString(idAt)), r.getString(idAt), r.getString(dateAt),
              features, keys(features));
        }, Encoders.row(out));
    return new ArticleVectors(rows, terms);
  }

  /**
   * An article's L2-normalised TF-IDF vector over the vocabulary ({@code index}): its weight per term (class
   * comment: {@code 1 + ln c} for c uses in the body, plus {@value #LEAD_WEIGHT} for each use in the lead and
   * {@value #TITLE_WEIGHT} for each in the title), {@code tf · idf + tf} (MLlib's IDF product, plus tf for
   * scikit-learn's {@code smooth_idf}), normalised by MLlib's {@code Normalizer}.
   */
  static Vector features(Map<String, Integer> index, double[] idf, int size, List<String> terms, List<Integer> counts,
                         List<String> title, List<String> lead) {
    Map<Integer, Double> tf = new HashMap<>();
    for (int i = 0; i < terms.size(); i++) {
      Integer k = index.get(terms.get(i));
      if (k != null) {
        tf.merge(k, 1 + Math.log(counts.get(i)), Double::sum);
      }
    }
    for (String t : lead) {
      Integer k = index.get(t);
      if (k != null) {
        tf.merge(k, LEAD_WEIGHT, Double::sum);
      }
    }
    for (String t : title) {
      Integer k = index.get(t);
      if (k != null) {
        tf.merge(k, TITLE_WEIGHT, Double::sum);
      }
    }
    int[] indices = new int[tf.size()];
    int j = 0;
    for (int k : tf.keySet()) {
      indices[j++] = k;
    }
    Arrays.sort(indices);
    double[] values = new double[indices.length];
    for (int i = 0; i < indices.length; i++) {
      double w = tf.get(indices[i]);
      values[i] = w + w * idf[indices[i]];
    }
    return new org.apache.spark.mllib.feature.Normalizer(2.0)
        .transform(org.apache.spark.mllib.linalg.Vectors.sparse(size, indices, values)).asML();
  }

  /** Kept pairs {@code (row_a, row_b)} with row_a < row_b. */
  Dataset<Row> pairs(Dataset<Row> vectors) {
    Dataset<Row> keyed = vectors.filter((org.apache.spark.api.java.function.FilterFunction<Row>)
        r -> ((Vector) r.getAs("keys")).numNonzeros() > 0);
    StructType pairSchema = new StructType().add(ROW_A, DataTypes.LongType, false)
        .add(ROW_B, DataTypes.LongType, false);
    if (keyed.isEmpty()) {
      // MLlib's LSH reads the vector size off the first row: with no keyed article there is no pair to find.
      return vectors.sparkSession().createDataFrame(List.of(), pairSchema);
    }
    MinHashLSHModel lsh = new MinHashLSH().setNumHashTables(HASH_TABLES).setSeed(seed).setInputCol("keys")
        .setOutputCol("hashes").fit(keyed);
    // MLlib's approxSimilarityJoin buckets every article with every other of the corpus: 13 years of AllSides
    // made the join the job's largest stage. Two articles are a pair only inside the window, so each date block of
    // (window + 1) days is one group, holding its own articles and, as visitors, those of the next block; undated
    // articles form one block. Candidates and their cosines are found inside the group ({@link #blockPairs}), so
    // each article's vector travels twice, not once per candidate pair: joining the candidates to their two
    // vectors wrote 1.6 GB of shuffle on the 37,536 AllSides articles, and filled the disk at four times that.
    long span = windowDays + 1L;
    Column day = datediff(to_date(col(DATE)), to_date(lit("1970-01-01")));
    Dataset<Row> hashed = lsh.transform(keyed)
        .select(col(ROW), col(DATE), col(FEATURES), col("hashes"),
            when(col(DATE).isNull(), lit(-1L)).otherwise(floor(day.divide(span))).as(BLOCK));
    Dataset<Row> members = hashed.withColumn(HOME, lit(true))
        .unionByName(hashed.filter(col(BLOCK).geq(1)).withColumn(BLOCK, col(BLOCK).minus(1))
            .withColumn(HOME, lit(false)));
    StructType in = members.schema();
    int blockAt = in.fieldIndex(BLOCK);
    int w = windowDays;
    double t = threshold;
    return members
        .groupByKey((MapFunction<Row, Long>) r -> r.getLong(blockAt), Encoders.LONG())
        .flatMapGroups((FlatMapGroupsFunction<Long, Row, Row>) (block, rows) ->
            blockPairs(rows, in, w, t).iterator(), Encoders.row(pairSchema));
  }

  /** One MinHash table's bucket: the articles whose hash in that table is {@code hash}. */
  private record Bucket(int table, double hash) {}

  /**
   * The kept pairs of one date block's group ({@code row, date, features, hashes, block, home} of schema {@code in}):
   * two articles are candidates when their min-hashes agree in a table and at least one is of the block itself
   * (two visitors meet in their own block's group), and a candidate is kept when its dates are at most
   * {@code windowDays} apart and its cosine less the day penalty reaches {@code threshold} (class comment).
   * Each pair is weighed once, however many tables it shares.
   */
  static List<Row> blockPairs(Iterator<Row> rows, StructType in, int windowDays, double threshold) {
    int rowAt = in.fieldIndex(ROW);
    int dateAt = in.fieldIndex(DATE);
    int featuresAt = in.fieldIndex(FEATURES);
    int hashesAt = in.fieldIndex("hashes");
    int homeAt = in.fieldIndex(HOME);
    List<Row> members = new ArrayList<>();
    Map<Bucket, List<Integer>> buckets = new HashMap<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      int m = members.size();
      members.add(r);
      List<Vector> hashes = r.getList(hashesAt);
      for (int table = 0; table < hashes.size(); table++) {
        buckets.computeIfAbsent(new Bucket(table, hashes.get(table).apply(0)), k -> new ArrayList<>()).add(m);
      }
    }
    java.util.Set<Long> seen = new java.util.HashSet<>();
    List<Row> out = new ArrayList<>();
    for (List<Integer> bucket : buckets.values()) {
      for (int i = 0; i < bucket.size(); i++) {
        Row x = members.get(bucket.get(i));
        for (int j = i + 1; j < bucket.size(); j++) {
          Row y = members.get(bucket.get(j));
          if (!x.getBoolean(homeAt) && !y.getBoolean(homeAt)) {
            continue;
          }
          long a = Math.min(x.getLong(rowAt), y.getLong(rowAt));
          long b = Math.max(x.getLong(rowAt), y.getLong(rowAt));
          if (!seen.add(a * Integer.MAX_VALUE + b)) {
            continue;
          }
          String da = x.getString(dateAt);
          String db = y.getString(dateAt);
          long apart = days(da, db);
          if (apart <= windowDays
              && dot((Vector) x.get(featuresAt), (Vector) y.get(featuresAt)) - DAY_PENALTY * apart >= threshold) {
            out.add(RowFactory.create(a, b));
          }
        }
      }
    }
    return out;
  }

  /** The clusters inside each component ({@link #prune}); {@code article_id, cluster}. */
  private Dataset<Row> guarded(Dataset<Row> labelled) {
    StructType out = new StructType().add(ARTICLE_ID, DataTypes.StringType, false).add(CLUSTER, DataTypes.LongType, false);
    double c = centroidThreshold;
    Dataset<Row> members = labelled.select(COMPONENT, ROW, ARTICLE_ID, DATE, FEATURES, NEIGHBOURS);
    StructType in = members.schema();
    int componentAt = in.fieldIndex(COMPONENT);
    return members
        .groupByKey((MapFunction<Row, Long>) r -> r.getLong(componentAt), Encoders.LONG())
        .flatMapGroups((FlatMapGroupsFunction<Long, Row, Row>) (k, rows) -> prune(rows, in, c).iterator(),
            Encoders.row(out));
  }

  /**
   * One component's rows ({@code component, row, article_id, date, features, neighbours}, of schema {@code in}: the
   * columns are found by name once) to {@code article_id, cluster}: in date order (undated last, then row), each
   * article joins, among the clusters of its kept pairs' articles already placed, the one whose centroid it is most
   * like, if that cosine less the day penalty reaches {@code centroidThreshold}; else it starts a cluster. A
   * cluster's label is its first row.
   */
  static List<Row> prune(Iterator<Row> rows, StructType in, double centroidThreshold) {
    int rowAt = in.fieldIndex(ROW);
    int idAt = in.fieldIndex(ARTICLE_ID);
    int dateAt = in.fieldIndex(DATE);
    int featuresAt = in.fieldIndex(FEATURES);
    int neighboursAt = in.fieldIndex(NEIGHBOURS);
    List<Row> members = new ArrayList<>();
    rows.forEachRemaining(members::add);
    members.sort(Comparator.comparing((Row r) -> r.getString(dateAt), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparingLong(r -> r.getLong(rowAt)));
    List<Centroid> clusters = new ArrayList<>();
    List<Long> labels = new ArrayList<>();
    List<String> lastDates = new ArrayList<>();
    Map<Long, Integer> placed = new HashMap<>();
    List<Row> out = new ArrayList<>();
    for (Row m : members) {
      SparseVector v = ((Vector) m.get(featuresAt)).toSparse();
      int best = -1;
      double bestCos = Double.NEGATIVE_INFINITY;
      java.util.TreeSet<Integer> candidates = new java.util.TreeSet<>();
      for (Long n : m.<Long>getList(neighboursAt)) {
        Integer c = placed.get(n);
        if (c != null) {
          candidates.add(c);
        }
      }
      for (int c : candidates) {
        double cos = clusters.get(c).cosine(v) - DAY_PENALTY * days(m.getString(dateAt), lastDates.get(c));
        if (cos > bestCos) {
          bestCos = cos;
          best = c;
        }
      }
      if (best < 0 || bestCos < centroidThreshold) {
        clusters.add(new Centroid());
        labels.add(m.getLong(rowAt));
        lastDates.add(m.getString(dateAt));
        best = clusters.size() - 1;
      }
      clusters.get(best).add(v);
      if (m.getString(dateAt) != null) {
        lastDates.set(best, m.getString(dateAt));
      }
      placed.put(m.getLong(rowAt), best);
      out.add(RowFactory.create(m.getString(idAt), labels.get(best)));
    }
    return out;
  }

  /** Union-find over {@code n} rows: each row's component, the smallest row number in it. */
  static long[] components(long n, List<long[]> edges) {
    int[] parent = new int[(int) n];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (long[] e : edges) {
      int x = find(parent, (int) e[0]);
      int y = find(parent, (int) e[1]);
      if (x != y) {
        parent[Math.max(x, y)] = Math.min(x, y);
      }
    }
    long[] out = new long[parent.length];
    for (int i = 0; i < parent.length; i++) {
      out[i] = find(parent, i);
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** A binary vector of the {@value #KEY_TERMS} largest entries of {@code v} (ties: the lower index). */
  static Vector keys(Vector features) {
    SparseVector v = features.toSparse();
    Integer[] order = new Integer[v.indices().length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (x, y) -> v.values()[x] != v.values()[y] ? Double.compare(v.values()[y], v.values()[x])
        : Integer.compare(v.indices()[x], v.indices()[y]));
    int k = Math.min(KEY_TERMS, order.length);
    int[] idx = new int[k];
    for (int i = 0; i < k; i++) {
      idx[i] = v.indices()[order[i]];
    }
    Arrays.sort(idx);
    double[] ones = new double[k];
    Arrays.fill(ones, 1.0);
    return Vectors.sparse(v.size(), idx, ones);
  }

  /** Days between two ISO dates; 0 when either is missing. */
  static long days(String a, String b) {
    if (a == null || b == null) {
      return 0;
    }
    return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(a), java.time.LocalDate.parse(b)));
  }

  static double dot(Vector x, Vector y) {
    SparseVector a = x.toSparse();
    SparseVector b = y.toSparse();
    double d = 0;
    int i = 0;
    int j = 0;
    while (i < a.indices().length && j < b.indices().length) {
      int p = a.indices()[i];
      int q = b.indices()[j];
      if (p == q) {
        d += a.values()[i++] * b.values()[j++];
      } else if (p < q) {
        i++;
      } else {
        j++;
      }
    }
    return d;
  }
}
