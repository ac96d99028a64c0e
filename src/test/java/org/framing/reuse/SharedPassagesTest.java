package org.framing.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.framing.ingest.ColumnMapping;
import org.framing.ingest.CorpusReader;
import org.framing.testing.LocalSpark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The seed study's shared passages, read off the five articles: the quotations several outlets carry verbatim. */
class SharedPassagesTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void seedStudySharesTheSecretaryGeneralsQuotationsAndNothingElse() {
    Dataset<Row> articles = new CorpusReader(spark, ColumnMapping.DEFAULTS, StandardCharsets.UTF_8)
        .read(null, CorpusReader.Format.AUTO).articles();
    List<String> found = new SharedPassages(8, 0.05, 20, 20, 42).transform(SharedPassages.tokenize(articles))
        .collectAsList().stream().map(r -> r.getString(1) + " ~ " + r.getString(3) + " " + r.getInt(4) + ": " + r.getString(6))
        .toList();
    assertEquals(List.of(
        "B92 ~ Press TV 12: but it is a positive sign that all NATO allies and Russia",
        "B92 ~ CGTN 9: There are significant differences between NATO allies and Russia",
        "B92 ~ CGTN 12: but it is a positive sign that all NATO allies and Russia",
        "B92 ~ VOI 9: There are significant differences between NATO allies and Russia",
        "B92 ~ Egyptian site 12: but it is a positive sign that all NATO allies and Russia",
        "Press TV ~ CGTN 18: but it is a positive sign that all NATO allies and Russia sat down around the same table",
        "Press TV ~ CGTN 10: a real risk for a new armed conflict in Europe",
        "Press TV ~ VOI 8: Our differences will not be easy to bridge",
        "Press TV ~ VOI 8: the same table and engaged on substantive topics",
        "Press TV ~ VOI 12: There is a real risk for a new armed conflict in Europe",
        "Press TV ~ Egyptian site 10: a “defining moment for European security,” but said “significant differences",
        "Press TV ~ Egyptian site 54: We had a very serious and direct exchange on the situation in and around Ukraine and the implications for European security,” Stoltenberg said. “Our differences will not be easy to bridge but it is a positive sign that all NATO allies and Russia sat down around the same table and engaged on substantive topics",
        "Press TV ~ Egyptian site 12: There is a real risk for a new armed conflict in Europe",
        "Press TV ~ Egyptian site 15: would take military steps if political measures were not enough to “neutralize the threats” it",
        "Press TV ~ Egyptian site 18: further sliding of the situation could lead to the most unpredictable and most severe consequences for European security",
        "CGTN ~ VOI 9: There are significant differences between NATO allies and Russia",
        "CGTN ~ VOI 9: differences will not be easy to bridge,\" he said",
        "CGTN ~ VOI 10: a \"real risk for a new armed conflict in Europe",
        "CGTN ~ Egyptian site 18: But it is a positive sign that all NATO allies and Russia sat down around the same table",
        "CGTN ~ Egyptian site 10: a \"real risk for a new armed conflict in Europe",
        "VOI ~ Egyptian site 12: There is a real risk for a new armed conflict in Europe",
        "VOI ~ Egyptian site 8: Our differences will not be easy to bridge",
        "VOI ~ Egyptian site 8: the Organization for Security and Cooperation in Europe",
        "VOI ~ Egyptian site 8: the same table and engaged on substantive topics"), found);
  }

  @Test
  void sentencesOfOneOutletPairOnlyWithOtherOutlets() {
    // a1 and a2 (outlet X) carry the same sentence, d1 (Y) carries it too, b1 (Y) a near copy: the sentence
    // pairs inside X and inside Y are left out before the candidates are counted, the pairs across outlets stay.
    String sentence = "The minister said the talks in Geneva would resume next week after a pause of several months.";
    List<Row> rows = List.of(
        org.apache.spark.sql.RowFactory.create("a1", "X", sentence),
        org.apache.spark.sql.RowFactory.create("a2", "X", sentence),
        org.apache.spark.sql.RowFactory.create("b1", "Y",
            "Officials confirmed the talks in Geneva would resume next week after a pause of several months, sources said."),
        org.apache.spark.sql.RowFactory.create("c1", "Z", "Markets were calm on Tuesday as traders waited for the central bank."),
        org.apache.spark.sql.RowFactory.create("d1", "Y", "Late news. " + sentence));
    org.apache.spark.sql.types.StructType schema = new org.apache.spark.sql.types.StructType()
        .add(org.framing.schema.Columns.ARTICLE_ID, "string", false)
        .add(org.framing.schema.Columns.GROUP, "string", false)
        .add(org.framing.schema.Columns.TEXT, "string", false);
    List<String> found = new SharedPassages(8, 0.05, 20, 20, 42)
        .transform(SharedPassages.tokenize(spark.createDataFrame(rows, schema)))
        .collectAsList().stream().map(r -> r.getString(0) + " " + r.getString(1) + " ~ " + r.getString(2) + " "
            + r.getString(3) + " " + r.getInt(4) + ": " + r.getString(6))
        .toList();
    String shared = "the talks in Geneva would resume next week after a pause of several months";
    String whole = "The minister said " + shared;
    assertEquals(List.of("a1 X ~ b1 Y 14: " + shared, "a1 X ~ d1 Y 17: " + whole,
        "a2 X ~ b1 Y 14: " + shared, "a2 X ~ d1 Y 17: " + whole), found);
  }
}
