package org.framing.reuse;

import static org.apache.spark.sql.functions.array_position;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.TEXT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.metrics.Persisted;
import org.framing.metrics.Sorted;
import org.framing.schema.Schemas;
import org.framing.text.Boilerplate;
import org.framing.text.Token;
import org.framing.text.Tokenizer;

/**
 * Text reuse: passages that articles of different groups share word for word (wire copy, the same quotation).
 *
 * <p>Two steps. {@link #tokenize} runs boilerplate removal and the tokenizer once per article (the job caches
 * the result). {@link #transform} then
 * <ol>
 *   <li>turns every sentence into the set of its n-token shingles (lower-cased tokens, punctuation ignored;
 *       n = {@code ngram}, 8 by default) as a binary vector and hashes it with Spark MLlib's
 *       {@code MinHashLSH} ({@code numHashTables} min-hash functions, fixed seed). Two sentences are a candidate
 *       pair when they share the min-hash in at least {@code minJaccard · tables} of the tables (the share of
 *       tables that agree is MinHash's estimate of their Jaccard similarity; Broder 1997); with the defaults,
 *       20 tables and 0.05, one table suffices, so a pair of Jaccard J is proposed with probability
 *       1 − (1 − J)^20: 0.88 at J = 0.1, 0.99 at J = 0.2. The candidates are listed per (table, bucket) from
 *       sentence ids only, leaving out pairs of two sentences that only one and the same group uses;
 *       {@code approxSimilarityJoin} would carry every sparse vector once per table through the shuffle, which
 *       did not finish on the 37,536-article corpus. Buckets of more than
 *       {@value #MAX_BUCKET} sentences hold a common phrase's shingle and are not used. Sentences, not whole
 *       articles, are hashed: a shared quotation is a small share of an article but a large share of the
 *       sentence that carries it. Identical sentences are hashed once and expanded to their articles
 *       afterwards; a sentence found in more than {@code maxRepeat} articles is site furniture (copyright lines,
 *       newsletter prompts) and is left out;</li>
 *   <li>for every article pair (different groups) with a candidate sentence pair, finds the exact shared runs
 *       of at least n tokens over the whole articles ({@link Passages}), so a passage may span sentences;
 *       a shingle match is confirmed token by token (by their 64-bit fingerprints, {@link Passages#prints}), so
 *       nothing is reported that is not shared verbatim.</li>
 * </ol>
 *
 * <p>Input: the Article schema. Output, one row per passage, sorted by article_a, article_b, position:
 * {@code article_a, group_a, article_b, group_b, shared_tokens} (the passage's length in tokens),
 * {@code jaccard} (shingle Jaccard of the two whole articles), {@code passage} (its text as article a has it,
 * after cleaning and NFKC). article_a &lt; article_b.
 */
public final class SharedPassages {

  public static final String ARTICLE_A = "article_a";
  public static final String ARTICLE_B = "article_b";
  public static final String GROUP_A = "group_a";
  public static final String GROUP_B = "group_b";
  public static final String SHARED_TOKENS = "shared_tokens";
  public static final String JACCARD = "jaccard";
  public static final String PASSAGE = "passage";

  /** The tokens' fingerprints ({@link Passages#prints}): 8 bytes a token in the joins instead of the strings. */
  static final String PRINTS = "prints";

  /** One article after cleaning: its normalised text, token fingerprints with offsets, and where sentences begin. */
  public static final StructType TOKENIZED = new StructType()
      .add(ARTICLE_ID, DataTypes.StringType, false)
      .add(GROUP, DataTypes.StringType, false)
      .add(TEXT, DataTypes.StringType, false)
      .add(PRINTS, DataTypes.createArrayType(DataTypes.LongType, false), false)
      .add("starts", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add("ends", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add("sentence_starts", DataTypes.createArrayType(DataTypes.IntegerType, false), false);

  private static final StructType SENTENCES = new StructType()
      .add(ARTICLE_ID, DataTypes.StringType, false)
      .add(GROUP, DataTypes.StringType, false)
      .add("sig", DataTypes.LongType, false)
      .add("features", SQLDataTypes.VectorType(), false);

  private static final StructType OUTPUT = new StructType()
      .add(ARTICLE_A, DataTypes.StringType, false)
      .add(GROUP_A, DataTypes.StringType, false)
      .add(ARTICLE_B, DataTypes.StringType, false)
      .add(GROUP_B, DataTypes.StringType, false)
      .add(SHARED_TOKENS, DataTypes.IntegerType, false)
      .add(JACCARD, DataTypes.DoubleType, false)
      .add(PASSAGE, DataTypes.StringType, false)
      .add("start_a", DataTypes.IntegerType, false);

  /** Buckets holding more sentences than this share only a common phrase's shingle; they are not used. */
  static final int MAX_BUCKET = 500;

  /** Shingle indices live in [0, 2^30): well below MinHashLSH's prime modulus. */
  private static final int FEATURES = 1 << 30;

  private final int ngram;
  private final double minJaccard;
  private final int hashTables;
  private final int maxRepeat;
  private final long seed;

  public SharedPassages(int ngram, double minJaccard, int hashTables, int maxRepeat, long seed) {
    if (ngram < 2 || !(minJaccard > 0) || minJaccard > 1 || hashTables < 1 || maxRepeat < 2) {
      throw new IllegalArgumentException("ngram >= 2, 0 < minJaccard <= 1, hashTables >= 1, maxRepeat >= 2");
    }
    this.ngram = ngram;
    this.minJaccard = minJaccard;
    this.hashTables = hashTables;
    this.maxRepeat = maxRepeat;
    this.seed = seed;
  }

  /** Cleans and tokenises every article (the {@link #TOKENIZED} schema). */
  public static Dataset<Row> tokenize(Dataset<Row> articles) {
    for (String c : List.of(ARTICLE_ID, GROUP, TEXT)) {
      Schemas.require(articles.schema(), c, DataTypes.StringType);
    }
    MapPartitionsFunction<Row, Row> f = rows -> new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row r = rows.next();
        return tokenizeOne(r.getString(0), r.getString(1), r.getString(2));
      }
    };
    return articles.select(ARTICLE_ID, GROUP, TEXT).mapPartitions(f, Encoders.row(TOKENIZED));
  }

  static Row tokenizeOne(String id, String group, String raw) {
    String clean = Boilerplate.clean(raw == null ? "" : raw).text();
    String text = Tokenizer.normalize(clean);
    List<Tokenizer.Sentence> sentences = Tokenizer.split(clean);
    List<Long> prints = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    List<Integer> ends = new ArrayList<>();
    Integer[] sentenceStarts = new Integer[sentences.size()];
    for (int s = 0; s < sentences.size(); s++) {
      sentenceStarts[s] = prints.size();
      for (Token t : sentences.get(s).tokens()) {
        prints.add(Passages.print(t.text()));
        starts.add(t.start());
        ends.add(t.end());
      }
    }
    return RowFactory.create(id, group, text, prints.toArray(new Long[0]), starts.toArray(new Integer[0]),
        ends.toArray(new Integer[0]), sentenceStarts);
  }

  /** The shared passages between articles of different groups; {@code tokenized} comes from {@link #tokenize}. */
  public Dataset<Row> transform(Dataset<Row> tokenized) {
    return transform(tokenized, null);
  }

  /**
   * As {@link #transform(Dataset)}; with {@code cache} not null, the sentences' shingle vectors, read three
   * times by the plan, are persisted and added to it for the caller to unpersist once it has read the result.
   */
  public Dataset<Row> transform(Dataset<Row> tokenized, List<Dataset<Row>> cache) {
    Schemas.require(tokenized.schema(), PRINTS, DataTypes.createArrayType(DataTypes.LongType, false));
    Dataset<Row> sentences =
        Persisted.keep(cache, tokenized.flatMap(sentenceShingles(ngram), Encoders.row(SENTENCES)));
    long minTables = Math.max(1, (long) Math.ceil(minJaccard * hashTables - 1e-9));
    // A sentence found in more than maxRepeat articles is site furniture (copyright lines, newsletter prompts),
    // and it would put maxRepeat² pairs into every hash table's bucket: leave it out. Identical sentences are
    // hashed once and expanded back to their articles after the join. A sentence used by one group only carries
    // that group's number (1-based; 0 when several groups use it), so that two such sentences of the same group,
    // whose article pairs the job would drop anyway, never become a candidate pair.
    String[] groupNames = tokenized.select(GROUP).distinct().as(Encoders.STRING()).collectAsList().toArray(String[]::new);
    Dataset<Row> repeats = sentences.groupBy("sig").agg(count_distinct(col(ARTICLE_ID)).as("articles"),
            min(col(GROUP)).as("g_min"), max(col(GROUP)).as("g_max"))
        .filter(col("articles").leq(maxRepeat))
        .select(col("sig"), when(col("g_min").equalTo(col("g_max")),
            array_position(lit(groupNames), col("g_min")).cast(DataTypes.IntegerType)).otherwise(0).as("g"));
    Dataset<Row> kept = sentences.join(repeats, "sig").select("sig", ARTICLE_ID, GROUP);
    Dataset<Row> distinct = sentences.join(repeats, "sig").dropDuplicates("sig").select("sig", "g", "features");
    // MinHashLSH.fit reads only the vector size from its first row, and its hash functions depend on the seed and
    // the table count alone: fitting on one row of that size gives the same model without a pass over the
    // sentences, and works when a corpus too small for one shingle has none.
    Dataset<Row> shape = tokenized.sparkSession().createDataFrame(
        List.of(RowFactory.create(Vectors.sparse(FEATURES, new int[] {0}, new double[] {1}))),
        new StructType().add("features", SQLDataTypes.VectorType(), false));
    MinHashLSHModel lsh = new MinHashLSH().setNumHashTables(hashTables).setSeed(seed)
        .setInputCol("features").setOutputCol("hashes").fit(shape);
    // The model's min-hashes, one bucket per table; the candidates come from sentence ids only, not vectors
    // (approxSimilarityJoin would carry each sparse vector once per table through the shuffle). Each bucket is
    // gathered into one row and its pairs are listed from there: one shuffle of the buckets, where a self-join
    // on (table, bucket) shuffled them twice and sorted them for the join.
    Dataset<Row> buckets = lsh.transform(distinct)
        .select(col("sig"), col("g"), posexplode(col("hashes")).as(new String[] {"table", "h"}))
        .select(col("table"), element_at(vector_to_array(col("h"), "float64"), 1).as("bucket"), struct(col("sig"), col("g")).as("m"))
        .groupBy("table", "bucket").agg(collect_list(col("m")).as("members"))
        .filter(size(col("members")).between(2, MAX_BUCKET));
    Dataset<Row> sigPairs = buckets.flatMap(bucketPairs(), Encoders.row(SIG_PAIR))
        .groupBy("sig_a", "sig_b").agg(count(lit(1)).as("tables"))
        .filter(col("tables").geq(minTables))
        .select("sig_a", "sig_b")
        .unionByName(kept.select(col("sig").as("sig_a"), col("sig").as("sig_b")).distinct());
    Dataset<Row> ka = kept.toDF("sig_a", "x_id", "x_group");
    Dataset<Row> kb = kept.toDF("sig_b", "y_id", "y_group");
    Dataset<Row> pairs = sigPairs.join(ka, "sig_a").join(kb, "sig_b")
        .filter(col("x_group").notEqual(col("y_group")))
        .select(least(col("x_id"), col("y_id")).as(ARTICLE_A), greatest(col("x_id"), col("y_id")).as(ARTICLE_B))
        .distinct();
    // b's fingerprints join the pairs first and a's whole row second: each shuffle then carries one article's
    // data per pair (b's fingerprints), not a's text, offsets and tokens once more for the join with b.
    Dataset<Row> a = tokenized.toDF("a_id", "a_group", "a_text", "a_prints", "a_starts", "a_ends", "a_sentences");
    Dataset<Row> b = tokenized.select(col(ARTICLE_ID).as("b_id"), col(GROUP).as("b_group"), col(PRINTS).as("b_prints"));
    Dataset<Row> joined = pairs.join(b, col(ARTICLE_B).equalTo(col("b_id")))
        .join(a, col(ARTICLE_A).equalTo(col("a_id")))
        .select("a_id", "a_group", "a_text", "a_prints", "a_starts", "a_ends", "b_id", "b_group", "b_prints");
    Dataset<Row> passages = joined.flatMap(exactPassages(ngram), Encoders.row(OUTPUT));
    return Sorted.inOnePartition(passages, ARTICLE_A, ARTICLE_B, "start_a")
        .select(ARTICLE_A, GROUP_A, ARTICLE_B, GROUP_B, SHARED_TOKENS, JACCARD, PASSAGE);
  }

  /** One row per sentence that has at least one shingle: its shingle hashes as a binary sparse vector. */
  private static FlatMapFunction<Row, Row> sentenceShingles(int n) {
    return r -> {
      long[] tokens = longs(r, 3);
      List<Integer> starts = ints(r, 6);
      List<Row> out = new ArrayList<>();
      for (int s = 0; s < starts.size(); s++) {
        int from = starts.get(s);
        int to = s + 1 < starts.size() ? starts.get(s + 1) : tokens.length;
        long[] hashes = Passages.shingles(Arrays.copyOfRange(tokens, from, to), n);
        if (hashes.length == 0) {
          continue;
        }
        TreeSet<Integer> idx = new TreeSet<>();
        for (long h : hashes) {
          idx.add((int) (h & (FEATURES - 1)));
        }
        int[] indices = idx.stream().mapToInt(Integer::intValue).toArray();
        double[] ones = new double[indices.length];
        Arrays.fill(ones, 1.0);
        long sig = 0;
        for (long h : hashes) {
          sig = sig * 1_000_003L + h;
        }
        out.add(RowFactory.create(r.getString(0), r.getString(1), sig, Vectors.sparse(FEATURES, indices, ones)));
      }
      return out.iterator();
    };
  }

  private static final StructType SIG_PAIR = new StructType()
      .add("sig_a", DataTypes.LongType, false)
      .add("sig_b", DataTypes.LongType, false);

  /**
   * Every pair of a bucket's sentences (sig_a &lt; sig_b) except two of the same single group; the members are
   * {@code (sig, g)} structs, g the sentence's group number or 0 when several groups use it.
   */
  private static FlatMapFunction<Row, Row> bucketPairs() {
    return r -> {
      List<Row> members = r.getList(2);
      int n = members.size();
      long[] sigs = new long[n];
      int[] groups = new int[n];
      for (int i = 0; i < n; i++) {
        sigs[i] = members.get(i).getLong(0);
        groups[i] = members.get(i).getInt(1);
      }
      List<Row> out = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          if (groups[i] != 0 && groups[i] == groups[j]) {
            continue;
          }
          out.add(RowFactory.create(Math.min(sigs[i], sigs[j]), Math.max(sigs[i], sigs[j])));
        }
      }
      return out.iterator();
    };
  }

  private static FlatMapFunction<Row, Row> exactPassages(int n) {
    return r -> {
      String textA = r.getString(2);
      long[] a = longs(r, 3);
      List<Integer> starts = ints(r, 4);
      List<Integer> ends = ints(r, 5);
      long[] b = longs(r, 8);
      double jaccard = Passages.jaccard(a, b, n);
      List<Row> out = new ArrayList<>();
      for (Passages.Run run : Passages.shared(a, b, n)) {
        int from = starts.get(run.startA());
        int to = ends.get(run.startA() + run.length() - 1);
        out.add(RowFactory.create(r.getString(0), r.getString(1), r.getString(6), r.getString(7), run.length(), jaccard,
            textA.substring(from, to), run.startA()));
      }
      return out.iterator();
    };
  }

  /**
   * An array column of a row: a Scala Seq once Spark has encoded the row, or still the Java array the
   * producing stage put there when the optimizer hands the object on directly.
   */
  private static long[] longs(Row r, int i) {
    Object v = r.get(i);
    List<Long> list = v instanceof Long[] array ? Arrays.asList(array) : r.getList(i);
    long[] out = new long[list.size()];
    for (int k = 0; k < out.length; k++) {
      out[k] = list.get(k);
    }
    return out;
  }

  private static List<Integer> ints(Row r, int i) {
    Object v = r.get(i);
    return v instanceof Integer[] array ? Arrays.asList(array) : r.getList(i);
  }
}
