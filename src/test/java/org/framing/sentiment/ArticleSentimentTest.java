package org.framing.sentiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.framing.schema.Schemas;
import org.framing.testing.LocalSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The two sentiment stages on an inline fixture. Compounds are NLTK 3.8's for the same sentence texts
 * (src/test/python/vader_reference.py; 4 decimals, hence the tolerance); tone counts are from AFINN by hand.
 */
@ExtendWith(LocalSpark.PerClass.class)
class ArticleSentimentTest {

  static final double NLTK_ROUNDING = 0.5e-4 + 1e-12;
  static final SentimentChain CHAIN = SentimentChain.defaults();

  private static SparkSession spark;

  static Dataset<Row> articles() {
    return spark.createDataFrame(List.of(
        // NLTK: -0.8481 ("but"; peace +2 good +3 | crisis -3 bad -3 of 9 words) and -0.6841 (WAR in caps;
        // "can't stand" -3 over two words, war -2, of 5 words; the curly apostrophe is no negation for VADER)
        RowFactory.create("a1", "Alpha", "left", "2022-01-12", "T",
            "Peace talks are good, but the crisis is bad.\nThey can’t stand the ＷＡＲ.", "a1.txt", null, null),
        RowFactory.create("a2", "Beta", "right", null, null, "", "a2.txt", null, null),
        RowFactory.create("a3", "Beta", "right", "2022-01-13", null, "“Zyxqv” is here!", "a3.txt", null, null)),
        Schemas.ARTICLE);
  }

  @Test
  void articleRowsAverageSentenceCompoundsAndCountToneOverAllWords() {
    List<Row> rows = new ArticleSentiment(CHAIN).transform(articles()).orderBy("article_id").collectAsList();
    assertEquals(3, rows.size());
    Row a1 = rows.get(0);
    assertEquals(List.of("a1", "Alpha", "left", "2022-01-12", 2, 14), List.of(a1.get(0), a1.get(1), a1.get(2),
        a1.get(3), a1.get(4), a1.get(5)));
    assertEquals((-0.8481 + -0.6841) / 2, a1.getDouble(6), NLTK_ROUNDING);
    assertEquals(100.0 * (2 - 5) / 14, a1.getDouble(7), 1e-12);
    assertEquals(100.0 * 2 / 14, a1.getDouble(8), 1e-12);
    assertEquals(100.0 * 5 / 14, a1.getDouble(9), 1e-12);
    assertEquals(50.0, a1.getDouble(10), 1e-12);

    Row empty = rows.get(1);
    assertEquals("[a2,Beta,right,null,0,0,null,null,null,null,null]", empty.toString());

    Row unknown = rows.get(2);
    assertEquals("[a3,Beta,right,2022-01-13,1,3,0.0,0.0,0.0,0.0,0.0]", unknown.toString());
  }

  @Test
  void sentenceRowsCarryIndexTextCompoundAndTone() {
    List<Row> rows = new SentenceSentiment(CHAIN).transform(articles())
        .orderBy("article_id", "sentence_index").collectAsList();
    assertEquals(3, rows.size());
    assertEquals("a1|Alpha|left|0|Peace talks are good, but the crisis is bad.|9", prefix(rows.get(0)));
    assertEquals(-0.8481, rows.get(0).getDouble(6), NLTK_ROUNDING);
    assertEquals(0.0, rows.get(0).getDouble(7), 1e-12);
    assertEquals("a1|Alpha|left|1|They can’t stand the WAR.|5", prefix(rows.get(1)));
    assertEquals(-0.6841, rows.get(1).getDouble(6), NLTK_ROUNDING);
    assertEquals(-60.0, rows.get(1).getDouble(7), 1e-12);
    // A sentence's text runs from its first word to its final marks (Tokenizer.Sentence): the opening quote is not in it.
    assertEquals("a3|Beta|right|0|Zyxqv” is here!|3", prefix(rows.get(2)));
    assertEquals(0.0, rows.get(2).getDouble(6), 0);
    assertEquals(0.0, rows.get(2).getDouble(7), 0);
  }

  @Test
  void articleCompoundIsTheMeanOfItsSentenceRows() {
    Dataset<Row> sentences = new SentenceSentiment(CHAIN).transform(articles());
    double mean = sentences.filter("article_id = 'a1'").agg(functions.avg("compound")).first().getDouble(0);
    double article = new ArticleSentiment(CHAIN).transform(articles()).filter("article_id = 'a1'").first().getDouble(6);
    assertEquals(mean, article, 1e-15);
  }

  @Test
  void wrongColumnTypeIsNamed() {
    Dataset<Row> bad = articles().withColumn("text", functions.lit(1));
    assertEquals("Column text must be of type string but was int",
        assertThrows(IllegalArgumentException.class, () -> new ArticleSentiment(CHAIN).transform(bad)).getMessage());
    assertEquals("Column text must be of type string but was int",
        assertThrows(IllegalArgumentException.class, () -> new SentenceSentiment(CHAIN).transform(bad)).getMessage());
  }

  private static String prefix(Row r) {
    return String.join("|", r.getString(0), r.getString(1), r.getString(2), String.valueOf(r.getInt(3)), r.getString(4),
        String.valueOf(r.getInt(5)));
  }
}
