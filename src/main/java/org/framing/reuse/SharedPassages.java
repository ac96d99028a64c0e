package org.framing.reuse;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.greatest;
import static org.apache.spark.sql.functions.least;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;
import static org.framing.schema.Columns.ARTICLE_A;
import static org.framing.schema.Columns.ARTICLE_B;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.JACCARD;
import static org.framing.schema.Columns.PASSAGE;
import static org.framing.schema.Columns.SHARED_TOKENS;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.TEXT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.spark.Sorted;
import org.framing.schema.Schemas;
import org.framing.text.ArticlePart;
import org.framing.text.ArticleText;
import org.framing.text.Token;
import org.framing.text.Tokenizer;

/**
 * Text reuse: passages that articles of different groups share word for word (wire copy, the same quotation).
 *
 * <p>Two steps. {@link #tokenize} runs boilerplate removal and the tokenizer once per article (the job caches
 * the result). {@link #transform} then
 * <ol>
 *   <li>builds a shingle index: every article's distinct n-token shingles (lower-cased tokens, punctuation
 *       ignored, n = {@code ngram}, 8 by default; 64-bit hashes of the token fingerprints) are gathered by shingle
 *       in one shuffle and sorted within each partition. Two articles of different groups that share a shingle
 *       are a candidate pair. Any passage of n or more tokens that two articles share verbatim is a shared
 *       shingle, so every such pair is found: the index is exact where MinHash (Broder 1997), which this job used
 *       before, proposes a pair only with a probability that falls with the share of the sentence the passage
 *       covers. A shingle found in more than {@code maxRepeat} articles (20 by default) is a stock phrase or
 *       site furniture (copyright lines, newsletter prompts) and pairs none: it is not reuse between outlets,
 *       and k such articles would make k(k − 1)/2 pairs. Such a phrase is still reported for a pair that the
 *       index finds through another shingle;</li>
 *   <li>for every candidate pair, finds the exact shared runs of at least n tokens over the whole articles
 *       ({@link Passages}); a shingle match is confirmed token by token (by their 64-bit fingerprints,
 *       {@link Passages#prints}), so nothing is reported that is not shared verbatim, and a shingle hash
 *       collision can only add a candidate pair, never a passage.</li>
 * </ol>
 *
 * <p>Written by hand rather than with Spark MLlib's {@code MinHashLSH}: the exact index needs one shuffle of
 * (shingle, article, group) rows where MinHash hashed every sentence in 20 tables, grouped the buckets and
 * aggregated the sentence pairs before the same verification.
 *
 * <p>Input: the Article schema. Output, one row per passage, sorted by article_a, article_b, position:
 * {@code article_a, group_a, article_b, group_b, shared_tokens} (the passage's length in tokens),
 * {@code jaccard} (shingle Jaccard of the two whole articles), {@code passage} (its text as article a has it,
 * after cleaning and NFKC). article_a &lt; article_b.
 */
public final class SharedPassages {

  private static final String GROUP_A = GROUP + "_a";
  private static final String GROUP_B = GROUP + "_b";

  /** The tokens' fingerprints ({@link Passages#prints}): 8 bytes a token in the joins instead of the strings. */
  static final String PRINTS = "prints";

  /** The article's number in the shingle index ({@link #tokenize}). */
  static final String NUMBER = "number";

  /** One article after cleaning: its normalised text, and its tokens as fingerprints with their offsets in it. */
  public static final StructType TOKENIZED = new StructType()
      .add(ARTICLE_ID, DataTypes.StringType, false)
      .add(GROUP, DataTypes.StringType, false)
      .add(TEXT, DataTypes.StringType, false)
      .add(PRINTS, DataTypes.createArrayType(DataTypes.LongType, false), false)
      .add("starts", DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add("ends", DataTypes.createArrayType(DataTypes.IntegerType, false), false);

  /** The per-article part of {@link #TOKENIZED} ({@link #tokens}): text, prints and offsets, without the ids. */
  public static final StructType TOKENS = new StructType(java.util.Arrays.copyOfRange(TOKENIZED.fields(), 2, 6));

  private static final StructType OUTPUT = new StructType()
      .add(ARTICLE_A, DataTypes.StringType, false)
      .add(GROUP_A, DataTypes.StringType, false)
      .add(ARTICLE_B, DataTypes.StringType, false)
      .add(GROUP_B, DataTypes.StringType, false)
      .add(SHARED_TOKENS, DataTypes.IntegerType, false)
      .add(JACCARD, DataTypes.DoubleType, false)
      .add(PASSAGE, DataTypes.StringType, false)
      .add("start_a", DataTypes.IntegerType, false);

  /**
   * Index rows (about one per token) per partition: about 30 MB to sort. With Spark's default of a few partitions
   * a task sorted some 8 million rows of the AllSides corpus next to the cached tables and once failed to get
   * memory (UNABLE_TO_ACQUIRE_MEMORY) in a full run with a 3 GB heap.
   */
  static final long INDEX_ROWS_PER_PARTITION = 1_000_000;

  private final int ngram;
  private final int maxRepeat;

  /**
   * @param ngram     shingle length in tokens, and the shortest passage reported
   * @param maxRepeat a shingle found in more articles than this is a stock phrase or site furniture and pairs none
   */
  public SharedPassages(int ngram, int maxRepeat) {
    if (ngram < 2 || maxRepeat < 2) {
      throw new IllegalArgumentException("ngram >= 2, maxRepeat >= 2");
    }
    this.ngram = ngram;
    this.maxRepeat = maxRepeat;
  }

  /**
   * Cleans and tokenises every article: the {@link #TOKENIZED} schema and a {@value #NUMBER} column, a unique
   * long per article ({@code monotonically_increasing_id}) that the shingle index carries instead of the id.
   */
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
        return tokenizeOne(r.getAs(ARTICLE_ID), r.getAs(GROUP), r.getAs(TEXT));
      }
    };
    return articles.select(ARTICLE_ID, GROUP, TEXT).mapPartitions(f, Encoders.row(TOKENIZED))
        .withColumn(NUMBER, monotonically_increasing_id());
  }

  /** The reuse part of the one pass over the articles: a column {@value #PART} holding {@link #tokens}. */
  public static ArticlePart part() {
    return ArticlePart.of(PART, TOKENS, (article, text) -> tokens(text));
  }

  /** The pass's column holding this stage's per-article struct. */
  public static final String PART = "reuse";

  /** {@link #tokenize}'s rows, from the one pass over the articles with {@link #part} in it. */
  public static Dataset<Row> fromPass(Dataset<Row> pass) {
    List<org.apache.spark.sql.Column> out = new ArrayList<>(List.of(col(ARTICLE_ID), col(GROUP)));
    for (String f : TOKENS.fieldNames()) {
      out.add(col(PART + "." + f));
    }
    return pass.select(out.toArray(org.apache.spark.sql.Column[]::new)).withColumn(NUMBER, monotonically_increasing_id());
  }

  static Row tokenizeOne(String id, String group, String raw) {
    Row t = tokens(ArticleText.of(raw));
    return RowFactory.create(id, group, t.get(0), t.get(1), t.get(2), t.get(3));
  }

  /**
   * One article's {@link #TOKENS} row from the text chain: its normalised text, and its tokens as fingerprints
   * with their offsets in that text.
   */
  public static Row tokens(ArticleText text) {
    List<Token> all = text.tokens();
    Long[] prints = new Long[all.size()];
    Integer[] starts = new Integer[all.size()];
    Integer[] ends = new Integer[all.size()];
    for (int i = 0; i < prints.length; i++) {
      Token t = all.get(i);
      prints[i] = Passages.print(t.text());
      starts[i] = t.start();
      ends[i] = t.end();
    }
    return RowFactory.create(text.normalized(), prints, starts, ends);
  }

  /** The shared passages between articles of different groups; {@code tokenized} comes from {@link #tokenize}. */
  public Dataset<Row> transform(Dataset<Row> tokenized) {
    Schemas.require(tokenized.schema(), PRINTS, DataTypes.createArrayType(DataTypes.LongType, false));
    Schemas.require(tokenized.schema(), NUMBER, DataTypes.LongType);
    // Group numbers (positions in the sorted names) make the shingle rows small; 491 names for AllSides. The
    // token count sizes the index's partitions.
    Row totals = tokenized.agg(collect_set(col(GROUP)), sum(size(col(PRINTS)))).first();
    String[] groupNames = totals.<String>getList(0).stream().sorted().toArray(String[]::new);
    long tokens = totals.isNullAt(1) ? 0 : totals.getLong(1);
    int partitions = (int) Math.max(Integer.parseInt(tokenized.sparkSession().conf().get("spark.sql.shuffle.partitions")),
        Math.min(10_000, tokens / INDEX_ROWS_PER_PARTITION + 1));
    // The shingle index: one row per distinct shingle of an article, gathered by shingle in one shuffle and
    // sorted within each partition (a radix sort on the 64-bit key), then read in runs of equal shingles.
    Dataset<Row> index = tokenized.select(col(NUMBER), col(GROUP), col(PRINTS))
        .flatMap(articleShingles(ngram, groupNames), Encoders.row(INDEX_ROW))
        .repartition(partitions, col(SHINGLE)).sortWithinPartitions(SHINGLE);
    Dataset<Row> numberPairs = index.mapPartitions(sharedShingles(index.schema(), maxRepeat), Encoders.row(NUMBER_PAIR))
        .distinct();
    // Back from numbers to ids, ordered so that article_a < article_b as the output promises.
    Dataset<Row> ids = tokenized.select(NUMBER, ARTICLE_ID);
    Dataset<Row> pairs = numberPairs
        .join(ids.toDF("x", "x_id"), "x").join(ids.toDF("y", "y_id"), "y")
        .select(least(col("x_id"), col("y_id")).as(ARTICLE_A), greatest(col("x_id"), col("y_id")).as(ARTICLE_B));
    // b's fingerprints join the pairs first and a's whole row second: each shuffle then carries one article's
    // data per pair (b's fingerprints), not a's text, offsets and tokens once more for the join with b.
    Dataset<Row> a = tokenized.select(col(ARTICLE_ID).as(A_ID), col(GROUP).as(A_GROUP), col(TEXT).as(A_TEXT),
        col(PRINTS).as(A_PRINTS), col("starts").as(A_STARTS), col("ends").as(A_ENDS));
    Dataset<Row> b = tokenized.select(col(ARTICLE_ID).as(B_ID), col(GROUP).as(B_GROUP), col(PRINTS).as(B_PRINTS));
    Dataset<Row> joined = pairs.join(b, col(ARTICLE_B).equalTo(col(B_ID)))
        .join(a, col(ARTICLE_A).equalTo(col(A_ID)))
        .select(A_ID, A_GROUP, A_TEXT, A_PRINTS, A_STARTS, A_ENDS, B_ID, B_GROUP, B_PRINTS);
    Dataset<Row> passages = joined.flatMap(exactPassages(joined.schema(), ngram), Encoders.row(OUTPUT));
    return Sorted.inOnePartition(passages, ARTICLE_A, ARTICLE_B, "start_a")
        .select(ARTICLE_A, GROUP_A, ARTICLE_B, GROUP_B, SHARED_TOKENS, JACCARD, PASSAGE);
  }

  /** A shingle's 64-bit hash in the index. */
  private static final String SHINGLE = "shingle";
  /** The position of an article's group in the sorted group names, in the index. */
  private static final String G = "g";

  private static final StructType INDEX_ROW = new StructType()
      .add(SHINGLE, DataTypes.LongType, false)
      .add(NUMBER, DataTypes.LongType, false)
      .add(G, DataTypes.IntegerType, false);

  /** A candidate pair's columns: article a's id, group, text, fingerprints and offsets; b's id, group, fingerprints. */
  private static final String A_ID = "a_id";
  private static final String A_GROUP = "a_group";
  private static final String A_TEXT = "a_text";
  private static final String A_PRINTS = "a_prints";
  private static final String A_STARTS = "a_starts";
  private static final String A_ENDS = "a_ends";
  private static final String B_ID = "b_id";
  private static final String B_GROUP = "b_group";
  private static final String B_PRINTS = "b_prints";

  private static final StructType NUMBER_PAIR = new StructType()
      .add("x", DataTypes.LongType, false)
      .add("y", DataTypes.LongType, false);

  /** One row per distinct n-token shingle of an article: {@code (shingle, number, g)}, g its group's position. */
  private static FlatMapFunction<Row, Row> articleShingles(int n, String[] groupNames) {
    return r -> {
      long number = r.getLong(r.fieldIndex(NUMBER));
      int g = Arrays.binarySearch(groupNames, r.<String>getAs(GROUP));
      long[] hashes = Passages.shingles(longs(r, r.fieldIndex(PRINTS)), n);
      Arrays.sort(hashes);
      List<Row> out = new ArrayList<>(hashes.length);
      for (int i = 0; i < hashes.length; i++) {
        if (i == 0 || hashes[i] != hashes[i - 1]) {
          out.add(RowFactory.create(hashes[i], number, g));
        }
      }
      return out.iterator();
    };
  }

  /**
   * Reads the index sorted by shingle; for every shingle found in 2 to {@code maxRepeat} articles, every pair of
   * its articles of different groups as {@code (x, y)}, x &lt; y (article numbers). A shingle in more articles is
   * a stock phrase or site furniture: its members are counted up to maxRepeat + 1 and never paired. The columns
   * are found by name in {@code in}, the rows' schema, once.
   */
  private static MapPartitionsFunction<Row, Row> sharedShingles(StructType in, int maxRepeat) {
    int shingleAt = in.fieldIndex(SHINGLE);
    int numberAt = in.fieldIndex(NUMBER);
    int groupAt = in.fieldIndex(G);
    return rows -> new Iterator<>() {
      private final long[] numbers = new long[maxRepeat + 1];
      private final int[] groups = new int[maxRepeat + 1];
      private final List<Row> ready = new ArrayList<>();
      private int next;
      private Row pending = rows.hasNext() ? rows.next() : null;

      @Override
      public boolean hasNext() {
        while (next == ready.size() && pending != null) {
          ready.clear();
          next = 0;
          readShingle();
        }
        return next < ready.size();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return ready.get(next++);
      }

      /** Reads the run of rows of one shingle and lists its pairs in {@code ready}. */
      private void readShingle() {
        long shingle = pending.getLong(shingleAt);
        int size = 0;
        while (pending != null && pending.getLong(shingleAt) == shingle) {
          if (size <= maxRepeat) {
            numbers[size] = pending.getLong(numberAt);
            groups[size] = pending.getInt(groupAt);
          }
          size++;
          pending = rows.hasNext() ? rows.next() : null;
        }
        if (size > maxRepeat) {
          return;
        }
        for (int i = 0; i < size; i++) {
          for (int j = i + 1; j < size; j++) {
            if (groups[i] != groups[j]) {
              ready.add(RowFactory.create(Math.min(numbers[i], numbers[j]), Math.max(numbers[i], numbers[j])));
            }
          }
        }
      }
    };
  }

  /** The shared passages of a candidate pair, a row of schema {@code in} (its columns found by name once). */
  private static FlatMapFunction<Row, Row> exactPassages(StructType in, int n) {
    int aIdAt = in.fieldIndex(A_ID);
    int aGroupAt = in.fieldIndex(A_GROUP);
    int aTextAt = in.fieldIndex(A_TEXT);
    int aPrintsAt = in.fieldIndex(A_PRINTS);
    int aStartsAt = in.fieldIndex(A_STARTS);
    int aEndsAt = in.fieldIndex(A_ENDS);
    int bIdAt = in.fieldIndex(B_ID);
    int bGroupAt = in.fieldIndex(B_GROUP);
    int bPrintsAt = in.fieldIndex(B_PRINTS);
    return r -> {
      String textA = r.getString(aTextAt);
      long[] a = longs(r, aPrintsAt);
      List<Integer> starts = ints(r, aStartsAt);
      List<Integer> ends = ints(r, aEndsAt);
      long[] b = longs(r, bPrintsAt);
      double jaccard = Passages.jaccard(a, b, n);
      List<Row> out = new ArrayList<>();
      for (Passages.Run run : Passages.shared(a, b, n)) {
        int from = starts.get(run.startA());
        int to = ends.get(run.startA() + run.length() - 1);
        out.add(RowFactory.create(r.getString(aIdAt), r.getString(aGroupAt), r.getString(bIdAt), r.getString(bGroupAt),
            run.length(), jaccard, textA.substring(from, to), run.startA()));
      }
      return out.iterator();
    };
  }

  /**
   * An array column of a row: a Scala Seq once Spark has encoded the row, or still the Java array the
   * producing stage put there when the optimizer hands the object on directly.
   */
  static long[] longs(Row r, int i) {
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
