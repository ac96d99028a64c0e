package org.framing.events;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.framing.schema.Columns.ACTOR_IDS;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.COMPOUND;
import static org.framing.schema.Columns.FRAME_HITS;
import static org.framing.schema.Columns.ITEM;
import static org.framing.schema.Columns.MEASURE;
import static org.framing.schema.Columns.N_TOKENS;
import static org.framing.schema.Columns.TONE;
import static org.framing.schema.Columns.VALUE;

import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.spark.DriverRows;

/**
 * The article-level measures that {@link WithinEvent} compares inside events, long: {@code article_id, measure,
 * item, value}, one row per article and measure (an article without a value for a measure has no row).
 * <ul>
 *   <li>{@code compound}, {@code tone} (item ""): as in sentiment_by_article.csv;</li>
 *   <li>{@code frame} (item: the category): 1,000 · its hits / the article's words (the tone lexicon's count of
 *       words, as frames_by_outlet.csv's per_1000), null for an article without words;</li>
 *   <li>{@code actor} (item: the actor): the mean VADER compound of the article's sentences that mention the actor
 *       (the sentences of actor_sentiment.csv), for the articles that mention it;</li>
 *   <li>{@code voice} (item: the speaker): the share of the article's quotations that the speaker gives, for the
 *       articles with quotations (unattributed ones among them), over the {@code top} speakers with the most
 *       quotations in the corpus (attributed ones; ties by name).</li>
 * </ul>
 */
public final class ArticleMeasures {

  public static final String FRAME = "frame";
  public static final String ACTOR = "actor";
  public static final String VOICE = "voice";

  private ArticleMeasures() {}

  /**
   * compound and tone from the articles' scores ({@code article_id, compound, tone}) and each frame's density from
   * the scored sentences ({@code article_id, n_tokens, frame_hits}); {@code frames} names the hits' positions.
   */
  public static Dataset<Row> sentiment(Dataset<Row> articles, Dataset<Row> sentences, List<String> frames) {
    Dataset<Row> values = articles.select(col(ARTICLE_ID), lit(COMPOUND).as(MEASURE), lit("").as(ITEM),
            col(COMPOUND).as(VALUE))
        .unionByName(articles.select(col(ARTICLE_ID), lit(TONE).as(MEASURE), lit("").as(ITEM), col(TONE).as(VALUE)));
    if (frames.isEmpty()) {
      return values;
    }
    // One aggregation by article gives its words and every frame's hits (a frame's position in frame_hits is its
    // position in frames), as an array of (frame, hits); unpivoted after to one row per frame.
    Column hits = array(IntStream.range(0, frames.size())
        .mapToObj(i -> struct(lit(frames.get(i)).as(ITEM), sum(element_at(col(FRAME_HITS), i + 1)).as("hits")))
        .toArray(Column[]::new));
    Dataset<Row> perArticle = sentences.groupBy(ARTICLE_ID).agg(sum(N_TOKENS).as("words"), hits.as("byFrame"));
    return values.unionByName(perArticle.select(col(ARTICLE_ID), col("words"), explode(col("byFrame")).as("f"))
        .select(col(ARTICLE_ID), lit(FRAME).as(MEASURE), col("f." + ITEM).as(ITEM),
            when(col("words").gt(0), col("f.hits").multiply(1000.0).divide(col("words"))).as(VALUE)));
  }

  /**
   * Sentiment toward actors: {@code sentences} ({@code article_id, compound, actor_ids}, the ids positions in
   * {@code names}).
   */
  public static Dataset<Row> actors(Dataset<Row> sentences, List<String> names) {
    Column items = array(names.stream().map(n -> lit(n)).toArray(Column[]::new));
    return sentences.select(col(ARTICLE_ID), col(COMPOUND), explode(col(ACTOR_IDS)).as("i"))
        .groupBy(ARTICLE_ID, "i").agg(avg(COMPOUND).as(VALUE))
        .select(col(ARTICLE_ID), lit(ACTOR).as(MEASURE), element_at(items, col("i").plus(1)).as(ITEM), col(VALUE));
  }

  /**
   * Voice shares: {@code quotes} ({@code article_id} and {@code voice}, null for an unattributed quotation), one
   * row per quotation.
   */
  public static Dataset<Row> voices(Dataset<Row> quotes, String voice, int top) {
    List<Row> speakers = quotes.filter(col(voice).isNotNull()).groupBy(voice).agg(count(lit(1)).as("n"))
        .orderBy(col("n").desc(), col(voice).asc()).limit(top).select(voice).collectAsList();
    StructType schema = new StructType().add(ITEM, DataTypes.StringType, false);
    Dataset<Row> items = DriverRows.table(quotes.sparkSession(),
        speakers.stream().map(r -> RowFactory.create(r.<String>getAs(voice))).toList(), schema);
    Dataset<Row> totals = quotes.groupBy(ARTICLE_ID).agg(count(lit(1)).as("total"));
    Dataset<Row> counts = quotes.filter(col(voice).isNotNull()).groupBy(col(ARTICLE_ID), col(voice).as(ITEM))
        .agg(count(lit(1)).as("n"));
    return totals.crossJoin(broadcast(items)).join(counts, org.framing.spark.ScalaSeq.of(ARTICLE_ID, ITEM), "left")
        .select(col(ARTICLE_ID), lit(VOICE).as(MEASURE), col(ITEM),
            coalesce(col("n"), lit(0L)).cast("double").divide(col("total")).as(VALUE));
  }
}
