package org.framing.evidence;

import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.CHAR_END;
import static org.framing.schema.Columns.CHAR_START;
import static org.framing.schema.Columns.COMPOUND;
import static org.framing.schema.Columns.DATE;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.N_SENTENCES;
import static org.framing.schema.Columns.N_TOKENS;
import static org.framing.schema.Columns.OUTLET;
import static org.framing.schema.Columns.SENTENCES;
import static org.framing.schema.Columns.SENTENCE_INDEX;
import static org.framing.schema.Columns.TITLE;
import static org.framing.schema.Columns.TONE;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.schema.Schemas;
import org.framing.spark.ScalaSeq;

/**
 * The run's article-level results as two Parquet tables, for readers who outgrow the CSV summaries (Spark,
 * pandas, DuckDB) and for the concordance ({@code jobs/kwic.sh}), all read from the one pass:
 * <ul>
 *   <li>{@code articles.parquet/}, one row per article: {@code article_id, outlet}, the group column when the
 *       grouping is not the outlet (named after it), {@code date, title, url} (the input's, when it has one),
 *       {@code text} (the cleaned NFKC text),
 *       {@code n_sentences, n_tokens, compound, tone} (the article's sentiment as sentiment_by_article.csv has it;
 *       null with {@code --no-sentiment}), {@code sentences} (per sentence {@code sentence_index, char_start,
 *       char_end, first_token, n_tokens, compound, tone}), {@code tokens} (the normalised tokens in text order),
 *       {@code token_start, token_end};
 *   <li>{@code sentences.parquet/}, one row per sentence: {@code article_id, outlet}, the group column,
 *       {@code date, sentence_index, char_start, char_end, text} (the sentence as the cleaned text has it),
 *       {@code n_tokens, compound, tone} (its tokens are the article row's {@code tokens} from
 *       {@code first_token}: kept once, in the articles table).
 * </ul>
 * Offsets are Java string indexes into the article's {@code text} (UTF-16 code units). The tables are not
 * partitioned by a column (a corpus of 491 outlets would make thousands of small files): each is written in
 * one file per {@value #FILE_PARTITIONS} partitions of the pass, about 64 MB of input text per file.
 */
public final class ArticleTables implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String ARTICLES = "articles.parquet";
  public static final String SENTENCES_TABLE = "sentences.parquet";
  public static final String TEXT = "text";
  public static final String TOKENS = "tokens";
  public static final String TOKEN_START = "token_start";
  public static final String TOKEN_END = "token_end";
  public static final String FIRST_TOKEN = "first_token";

  /** Partitions of the pass (4 MB of input each) written into one file. */
  static final int FILE_PARTITIONS = 16;

  private static final org.apache.spark.sql.types.ArrayType INTS = DataTypes.createArrayType(DataTypes.IntegerType, false);
  private static final StructType SENTENCE = new StructType()
      .add(SENTENCE_INDEX, DataTypes.IntegerType, false)
      .add(CHAR_START, DataTypes.IntegerType, false)
      .add(CHAR_END, DataTypes.IntegerType, false)
      .add(FIRST_TOKEN, DataTypes.IntegerType, false)
      .add(N_TOKENS, DataTypes.IntegerType, false)
      .add(COMPOUND, DataTypes.DoubleType, true)
      .add(TONE, DataTypes.DoubleType, true);

  private final String group;
  private final boolean outletIsGroup;

  /** {@code group} names the group column; it is left out when it is {@code outlet}. */
  public ArticleTables(String group, String outlet) {
    this.group = group;
    this.outletIsGroup = group.equals(outlet);
  }

  /** The articles table's schema. */
  public StructType articlesSchema() {
    return keys().add(TITLE, DataTypes.StringType, true)
        .add(ArticleTable.URL, DataTypes.StringType, true)
        .add(TEXT, DataTypes.StringType, false)
        .add(N_SENTENCES, DataTypes.IntegerType, false)
        .add(N_TOKENS, DataTypes.IntegerType, false)
        .add(COMPOUND, DataTypes.DoubleType, true)
        .add(TONE, DataTypes.DoubleType, true)
        .add(SENTENCES, DataTypes.createArrayType(SENTENCE, false), false)
        .add(TOKENS, DataTypes.createArrayType(DataTypes.StringType, false), false)
        .add(TOKEN_START, INTS, false)
        .add(TOKEN_END, INTS, false);
  }

  /** The sentences table's schema. */
  public StructType sentencesSchema() {
    return keys().add(SENTENCE_INDEX, DataTypes.IntegerType, false)
        .add(CHAR_START, DataTypes.IntegerType, false)
        .add(CHAR_END, DataTypes.IntegerType, false)
        .add(TEXT, DataTypes.StringType, false)
        .add(N_TOKENS, DataTypes.IntegerType, false)
        .add(COMPOUND, DataTypes.DoubleType, true)
        .add(TONE, DataTypes.DoubleType, true);
  }

  private StructType keys() {
    StructType t = new StructType().add(ARTICLE_ID, DataTypes.StringType, false).add(OUTLET, DataTypes.StringType, false);
    if (!outletIsGroup) {
      t = t.add(group, DataTypes.StringType, false);
    }
    return t.add(DATE, DataTypes.StringType, true);
  }

  /** The articles table from the pass (which holds the {@link ArticleTable} part, and the sentiment part when on). */
  public Dataset<Row> articles(Dataset<Row> pass) {
    Schemas.require(pass.schema(), ArticleTable.PART, ArticleTable.TYPE);
    boolean scored = has(pass, SENTIMENT);
    return pass.map((MapFunction<Row, Row>) r -> articleRow(r, scored), Encoders.row(articlesSchema()));
  }

  /** The sentences table from the pass. */
  public Dataset<Row> sentences(Dataset<Row> pass) {
    Schemas.require(pass.schema(), ArticleTable.PART, ArticleTable.TYPE);
    boolean scored = has(pass, SENTIMENT);
    return pass.flatMap((FlatMapFunction<Row, Row>) r -> sentenceRows(r, scored).iterator(),
        Encoders.row(sentencesSchema()));
  }

  /** Writes both tables into {@code dir}, in {@code passPartitions / FILE_PARTITIONS} files each (at least one). */
  public void write(Dataset<Row> pass, java.nio.file.Path dir) {
    int files = Math.max(1, (pass.rdd().getNumPartitions() + FILE_PARTITIONS - 1) / FILE_PARTITIONS);
    articles(pass).coalesce(files).write().parquet(dir.resolve(ARTICLES).toString());
    sentences(pass).coalesce(files).write().parquet(dir.resolve(SENTENCES_TABLE).toString());
  }

  /** The sentiment part's column name ({@code ScoredArticles.PART}). */
  private static final String SENTIMENT = org.framing.sentiment.ScoredArticles.PART;

  private static boolean has(Dataset<Row> pass, String column) {
    return java.util.Arrays.asList(pass.columns()).contains(column);
  }

  private List<Object> keyValues(Row r) {
    List<Object> v = new ArrayList<>(List.of(r.<String>getAs(ARTICLE_ID), r.<String>getAs(OUTLET)));
    if (!outletIsGroup) {
      v.add(r.<String>getAs(GROUP));
    }
    v.add(r.getAs(DATE));
    return v;
  }

  private Row articleRow(Row r, boolean scored) {
    ArticleTable.View t = ArticleTable.View.of(r.getAs(ArticleTable.PART));
    List<Row> scores = sentenceScores(r, scored);
    Row sentiment = scored ? r.getAs(SENTIMENT) : null;
    List<Row> sentences = new ArrayList<>(t.sentences());
    for (int i = 0; i < t.sentences(); i++) {
      int first = t.sentenceToken().get(i);
      sentences.add(RowFactory.create(i, t.sentenceStart().get(i), t.sentenceEnd().get(i), first,
          t.tokenEnd(i) - first, score(scores, i, COMPOUND), score(scores, i, TONE)));
    }
    List<Object> v = keyValues(r);
    v.add(r.getAs(TITLE));
    v.add(t.url());
    v.add(t.text());
    v.add(t.sentences());
    v.add(t.tokens().size());
    v.add(sentiment == null ? null : sentiment.getAs(COMPOUND));
    v.add(sentiment == null ? null : sentiment.getAs(TONE));
    v.add(ScalaSeq.of(sentences));
    v.add(ScalaSeq.of(t.tokens()));
    v.add(ScalaSeq.of(t.tokenStart()));
    v.add(ScalaSeq.of(t.tokenEnd()));
    return RowFactory.create(v.toArray());
  }

  private List<Row> sentenceRows(Row r, boolean scored) {
    ArticleTable.View t = ArticleTable.View.of(r.getAs(ArticleTable.PART));
    List<Row> scores = sentenceScores(r, scored);
    List<Object> keys = keyValues(r);
    List<Row> out = new ArrayList<>(t.sentences());
    for (int i = 0; i < t.sentences(); i++) {
      List<Object> v = new ArrayList<>(keys);
      v.addAll(java.util.Arrays.asList(i, t.sentenceStart().get(i), t.sentenceEnd().get(i), t.sentence(i),
          t.tokenEnd(i) - t.sentenceToken().get(i), score(scores, i, COMPOUND), score(scores, i, TONE)));
      out.add(RowFactory.create(v.toArray()));
    }
    return out;
  }

  /** The sentiment part's sentences (index i is the chain's sentence i), or null when sentiment is off. */
  private static List<Row> sentenceScores(Row r, boolean scored) {
    if (!scored) {
      return null;
    }
    Row s = r.getAs(SENTIMENT);
    return s == null ? null : s.getList(s.fieldIndex(org.framing.sentiment.ScoredArticles.SENTENCES));
  }

  private static Double score(List<Row> scores, int i, String field) {
    if (scores == null || i >= scores.size()) {
      return null;
    }
    Row s = scores.get(i);
    return s.getDouble(s.fieldIndex(field));
  }
}
