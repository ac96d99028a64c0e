package org.framing.sentiment;

import org.framing.spark.SerializedBroadcast;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.DATE;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.OUTLET;
import static org.framing.schema.Columns.TEXT;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.framing.schema.Schemas;
import org.framing.text.ArticlePart;
import org.framing.text.ArticleText;

/**
 * The sentiment chain run once per article, for both the article rows ({@link ArticleSentiment}) and the sentence
 * rows ({@link SentenceSentiment}): VADER, tone, frames and actors are the costly part of the sentiment stage, and
 * scoring each article twice doubled it (on the AllSides corpus about 35 s of the stage's 78 s).
 *
 * <p>{@link #transform} gives one row per article: the {@link Schemas#ARTICLE_SENTIMENT} columns, then
 * {@value #SENTENCES}, its sentences in text order as structs of the {@link Schemas#SENTENCE_SENTIMENT} columns
 * after {@code group}. The job caches it; {@link #articles} and {@link #sentences} are plain projections of it,
 * with exactly the values the two classes compute on their own.
 */
public final class ScoredArticles {

  /** The column holding an article's scored sentences. */
  public static final String SENTENCES = "scored_sentences";

  /** The per-sentence fields: SENTENCE_SENTIMENT after article_id, outlet and group. */
  private static final StructType SENTENCE = sentenceFields();

  private static final StructType SCHEMA = Schemas.ARTICLE_SENTIMENT
      .add(SENTENCES, DataTypes.createArrayType(SENTENCE, false), false);

  private ScoredArticles() {}

  /** One row per article: its sentiment row and its scored sentences. */
  public static Dataset<Row> transform(SentimentChain chain, Dataset<Row> articles) {
    // The lexicons weigh about 1 MB serialised: shipped in the closure, every task of every stage that reads this
    // result (its lineage included) would carry and deserialise them; a broadcast is read once per executor.
    SerializedBroadcast<SentimentChain> shared = SerializedBroadcast.of(articles.sparkSession(), chain);
    return SentimentChain.input(articles).map(perArticle(shared), Encoders.row(SCHEMA));
  }

  /** The article rows ({@link Schemas#ARTICLE_SENTIMENT}) of {@link #transform}'s result. */
  public static Dataset<Row> articles(Dataset<Row> scored) {
    return scored.select(columns(Schemas.ARTICLE_SENTIMENT, ""));
  }

  /** The sentence rows ({@link Schemas#SENTENCE_SENTIMENT}) of {@link #transform}'s result. */
  public static Dataset<Row> sentences(Dataset<Row> scored) {
    List<Column> out = new ArrayList<>(List.of(col(ARTICLE_ID), col(OUTLET), col(GROUP)));
    out.addAll(List.of(columns(SENTENCE, "s.")));
    return scored.select(col(ARTICLE_ID), col(OUTLET), col(GROUP), explode(col(SENTENCES)).as("s"))
        .select(out.toArray(Column[]::new));
  }

  /**
   * The sentiment part of the one pass over the articles: a column {@value #PART}, a struct of this stage's
   * per-article fields after {@code article_id, outlet, group, date} ({@link #fromPass} puts them back together).
   */
  public static ArticlePart part(SentimentChain chain, org.apache.spark.sql.SparkSession spark) {
    SerializedBroadcast<SentimentChain> shared = SerializedBroadcast.of(spark, chain);
    StructType fields = new StructType(java.util.Arrays.copyOfRange(SCHEMA.fields(), KEYS, SCHEMA.size()));
    return ArticlePart.of(PART, fields, (in, text) -> {
      Row all = score(shared.value(), in, text);
      Object[] after = new Object[all.size() - KEYS];
      for (int i = 0; i < after.length; i++) {
        after[i] = all.get(KEYS + i);
      }
      return RowFactory.create(after);
    });
  }

  /** The pass's column holding this stage's per-article struct. */
  public static final String PART = "sentiment";

  /** The identifying columns the pass keeps at its top level: article_id, outlet, group, date. */
  private static final int KEYS = 4;

  /** {@link #transform}'s rows, from the one pass over the articles with {@link #part} in it. */
  public static Dataset<Row> fromPass(Dataset<Row> pass) {
    List<Column> out = new ArrayList<>(List.of(col(ARTICLE_ID), col(OUTLET), col(GROUP), col(DATE)));
    for (int i = KEYS; i < SCHEMA.size(); i++) {
      out.add(col(PART + "." + SCHEMA.fields()[i].name()));
    }
    return pass.select(out.toArray(Column[]::new));
  }

  /** Static so the closure Spark ships holds the chain's broadcast handle only. */
  private static MapFunction<Row, Row> perArticle(SerializedBroadcast<SentimentChain> chain) {
    return in -> score(chain.value(), in, ArticleText.of(in.getAs(TEXT)));
  }

  /** One article's row (with {@code article_id, outlet, group, date}, read by name), its text through the chain. */
  private static Row score(SentimentChain chain, Row in, ArticleText text) {
    {
      List<SentimentChain.Scored> sentences = chain.score(text);
      Row article = ArticleSentiment.row(in, sentences);
      List<Row> rows = SentenceSentiment.rows(in, sentences);
      List<Row> nested = new ArrayList<>(rows.size());
      for (Row r : rows) {
        Object[] fields = new Object[SENTENCE.size()];
        for (int i = 0; i < fields.length; i++) {
          fields[i] = r.get(i + 3);
        }
        nested.add(RowFactory.create(fields));
      }
      Object[] all = new Object[SCHEMA.size()];
      for (int i = 0; i < article.size(); i++) {
        all[i] = article.get(i);
      }
      all[article.size()] = scala.jdk.javaapi.CollectionConverters.asScala(nested).toList();
      return RowFactory.create(all);
    }
  }

  private static StructType sentenceFields() {
    StructType t = new StructType();
    StructField[] all = Schemas.SENTENCE_SENTIMENT.fields();
    for (int i = 3; i < all.length; i++) {
      t = t.add(all[i]);
    }
    return t;
  }

  private static Column[] columns(StructType t, String prefix) {
    return java.util.Arrays.stream(t.fieldNames()).map(f -> col(prefix + f)).toArray(Column[]::new);
  }
}
