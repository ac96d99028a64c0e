package org.framing.trends;

import org.framing.spark.Sorted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.framing.schema.Columns.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.testing.LocalSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Trends per group and period on hand-made articles; every value worked out by hand in the comments. */
@ExtendWith(LocalSpark.PerClass.class)
class TrendsTest {

  static final StructType INPUT = new StructType()
      .add(ARTICLE_ID, DataTypes.StringType, false)
      .add(GROUP, DataTypes.StringType, false)
      .add(DATE, DataTypes.StringType, true)
      .add(TOKENS, DataTypes.IntegerType, false)
      .add(TERMS, DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add(COUNTS, DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add(COMPOUND, DataTypes.DoubleType, true)
      .add(TONE, DataTypes.DoubleType, true)
      .add(FRAME_HITS, DataTypes.createArrayType(DataTypes.IntegerType, false), true);

  private static SparkSession spark;

  private static <T> scala.collection.immutable.Seq<T> seq(List<T> list) {
    return list == null ? null : scala.jdk.javaapi.CollectionConverters.asScala(list).toList();
  }

  private static Row article(String id, String group, String date, int tokens, List<String> terms, List<Integer> counts,
                             Double compound, Double tone, List<Integer> hits) {
    return RowFactory.create(id, group, date, tokens, seq(terms), seq(counts), compound, tone, seq(hits));
  }

  /**
   * Group A: Monday 3 and Wednesday 5 January 2022 (one ISO week), 1 February (the week of Monday 31 January) without
   * sentiment; group B: 4 January, an undated article and one with a partial date (both left out).
   */
  static Dataset<Row> articles() {
    List<Row> rows = new ArrayList<>(List.of(
        article("a1", "A", "2022-01-03", 100, List.of("nato", "russia", "nato talks"), List.of(3, 1, 1), 0.5, 2.0, List.of(2, 0)),
        article("a2", "A", "2022-01-05", 50, List.of("russia", "war"), List.of(2, 1), -0.1, -1.0, List.of(1, 1)),
        article("a3", "A", "2022-02-01", 200, List.of("ukraine"), List.of(4), null, null, null),
        article("b1", "B", "2022-01-04", 10, List.of("peace"), List.of(1), 0.2, 0.0, List.of(0, 0)),
        article("b2", "B", null, 30, List.of("ignored"), List.of(5), 0.9, 9.0, List.of(9, 9)),
        article("b3", "B", "2022-01", 30, List.of("ignored"), List.of(5), 0.9, 9.0, List.of(9, 9))));
    return spark.createDataFrame(rows, INPUT);
  }

  private static List<String> run(Trends.Period period) {
    return new Trends(period, List.of("x", "y"), 2).transform(articles()).collectAsList().stream()
        .map(r -> r.mkString("|")).toList();
  }

  @Test
  void weeklyMeansDensitiesAndTopTerms() {
    double compound = (0.5 + -0.1) / 2;      // mean of the week's two article compounds
    double tone = (2.0 + -1.0) / 2;
    double y = 1000.0 * 1 / 150;             // 1 hit of y in 100 + 50 tokens
    assertEquals(List.of(
        "A|2022-01-03|compound||" + compound + "|null|2|150",
        "A|2022-01-03|frame|x|20.0|null|2|150",      // 1000 * (2 + 1) / 150
        "A|2022-01-03|frame|y|" + y + "|null|2|150",
        "A|2022-01-03|term|nato|200.0|1|2|150",      // 3 of 150 tokens: 10^4 * 3 / 150; tie with russia, alphabetical
        "A|2022-01-03|term|russia|200.0|2|2|150",    // 1 + 2; "war" is third, "nato talks" a bigram
        "A|2022-01-03|tone||" + tone + "|null|2|150",
        "A|2022-01-31|term|ukraine|200.0|1|1|200",   // no sentiment, no frames: terms only
        "B|2022-01-03|compound||0.2|null|1|10",
        "B|2022-01-03|frame|x|0.0|null|1|10",
        "B|2022-01-03|frame|y|0.0|null|1|10",
        "B|2022-01-03|term|peace|1000.0|1|1|10",
        "B|2022-01-03|tone||0.0|null|1|10"), run(Trends.Period.WEEK));
  }

  @Test
  void daysAndMonthsStartOnTheirFirstDay() {
    List<String> days = run(Trends.Period.DAY).stream().filter(r -> r.contains("|compound|")).toList();
    assertEquals(List.of("A|2022-01-03|compound||0.5|null|1|100", "A|2022-01-05|compound||-0.1|null|1|50",
        "B|2022-01-04|compound||0.2|null|1|10"), days);
    List<String> months = run(Trends.Period.MONTH).stream().filter(r -> r.contains("|term|")).toList();
    assertEquals(List.of("A|2022-01-01|term|nato|200.0|1|2|150", "A|2022-01-01|term|russia|200.0|2|2|150",
        "A|2022-02-01|term|ukraine|200.0|1|1|200", "B|2022-01-01|term|peace|1000.0|1|1|10"), months);
  }

  @Test
  void articleInputSumsFrameHitsOverSentences() {
    StructType analyzed = new StructType().add(ARTICLE_ID, DataTypes.StringType).add(GROUP, DataTypes.StringType)
        .add(DATE, DataTypes.StringType).add(TOKENS, DataTypes.IntegerType)
        .add(TERMS, DataTypes.createArrayType(DataTypes.StringType)).add(COUNTS, DataTypes.createArrayType(DataTypes.IntegerType));
    StructType sentiment = new StructType().add(ARTICLE_ID, DataTypes.StringType).add(COMPOUND, DataTypes.DoubleType)
        .add(TONE, DataTypes.DoubleType);
    StructType sentences = new StructType().add(ARTICLE_ID, DataTypes.StringType)
        .add(FRAME_HITS, DataTypes.createArrayType(DataTypes.IntegerType));
    Dataset<Row> in = Trends.articles(
        spark.createDataFrame(List.of(RowFactory.create("a", "A", "2022-01-03", 7, seq(List.of("w")), seq(List.of(1)))), analyzed),
        spark.createDataFrame(List.of(RowFactory.create("a", 0.25, -1.5)), sentiment),
        spark.createDataFrame(List.of(RowFactory.create("a", seq(List.of(1, 0, 2))), RowFactory.create("a", seq(List.of(0, 4, 1)))),
            sentences), 3);
    Row r = in.collectAsList().get(0);
    assertEquals(0.25, r.getDouble(r.fieldIndex(COMPOUND)));
    assertEquals(-1.5, r.getDouble(r.fieldIndex(TONE)));
    assertEquals(List.of(1, 4, 3), r.getList(r.fieldIndex(FRAME_HITS)));
    Row bare = Trends.articles(
        spark.createDataFrame(List.of(RowFactory.create("a", "A", "2022-01-03", 7, seq(List.of("w")), seq(List.of(1)))), analyzed),
        null, null, 0).collectAsList().get(0);
    assertNull(bare.get(bare.fieldIndex(COMPOUND)));
  }

  @Test
  void autoPeriodFollowsTheSpanOfDates() {
    assertEquals(Trends.Period.DAY, Trends.Period.forSpan(1));
    assertEquals(Trends.Period.DAY, Trends.Period.forSpan(31));
    assertEquals(Trends.Period.WEEK, Trends.Period.forSpan(32));
    assertEquals(Trends.Period.WEEK, Trends.Period.forSpan(366));
    assertEquals(Trends.Period.MONTH, Trends.Period.forSpan(367));
    assertEquals("period must be day, week or month: resolve auto with Period.forSpan first",
        assertThrows(IllegalArgumentException.class, () -> new Trends(Trends.Period.AUTO, List.of(), 1)).getMessage());
  }

  @Test
  void wrongInputTypeIsNamed() {
    Dataset<Row> good = articles();
    Dataset<Row> bad = good.withColumn(TOKENS, good.col(TOKENS).cast(DataTypes.StringType));
    assertEquals("Column tokens must be of type int but was string",
        assertThrows(IllegalArgumentException.class, () -> new Trends(Trends.Period.DAY, List.of(), 1).transform(bad))
            .getMessage());
  }

  @Test
  void tiedTermsRankInSparksStringOrder() {
    // U+FF41 sorts after a surrogate pair in UTF-16 (String.compareTo) but before U+1F600 by code point.
    List<String> terms = new ArrayList<>(List.of("\uff41x", "\ud83d\ude00", "zz", "z", "\u00e9"));
    List<String> bySpark = spark.createDataset(terms, org.apache.spark.sql.Encoders.STRING()).orderBy("value")
        .as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    terms.sort(Sorted::byCodePoint);
    assertEquals(List.of("z", "zz", "\u00e9", "\uff41x", "\ud83d\ude00"), terms);
    assertEquals(bySpark, terms);
  }
}
