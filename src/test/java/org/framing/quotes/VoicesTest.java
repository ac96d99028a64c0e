package org.framing.quotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.framing.schema.Schemas;
import org.framing.testing.LocalSpark;
import org.framing.entities.Resolution;
import org.framing.entities.SpeakerEntities;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The Spark stages: quote rows per article, and voice shares per group against a count by hand. */
@ExtendWith(LocalSpark.PerClass.class)
class VoicesTest {

  private static SparkSession spark;

  private static Dataset<Row> articles(Row... rows) {
    return spark.createDataFrame(List.of(rows), Schemas.ARTICLE);
  }

  @Test
  void quotationsBecomeRowsWithAffiliationsAndOffsets() {
    Speakers speakers = Speakers.parse("speaker,aliases,affiliation\nJens Stoltenberg,Stoltenberg,NATO\n", "s.csv");
    Dataset<Row> in = articles(
        RowFactory.create("a1", "B92", "B92", null, null, "“We are ready,” Stoltenberg said. “Truly.”\n\n"
            + "Peskov told reporters that Russia is not making ultimatums.", "a1.txt", null, null),
        RowFactory.create("a2", "CGTN", "CGTN", null, null, "Nobody spoke.", "a2.txt", null, null));
    List<String> rows = new Quotations(speakers).transform(in).collectAsList().stream().map(Row::toString).toList();
    assertEquals(List.of(
        "[a1,B92,B92,0,Jens Stoltenberg,NATO,direct,said,3,We are ready,,1,14,false]",
        "[a1,B92,B92,1,Jens Stoltenberg,NATO,direct,,1,Truly.,35,41,false]",
        "[a1,B92,B92,2,Peskov,other,reported,told,5,Russia is not making ultimatums,71,102,false]"), rows);
  }

  @Test
  void sharesAddUpPerGroupAndLeaveOutParaphraseAndHeadlines() {
    Dataset<Row> quotes = spark.createDataFrame(List.of(
        RowFactory.create("a1", "B92", "B92", 0, "Jens Stoltenberg", "NATO", "direct", "said", 6, "x", 0, 1, false),
        RowFactory.create("a1", "B92", "B92", 1, "Stoltenberg", "NATO", "partial", "said", 2, "x", 0, 1, false),
        RowFactory.create("a1", "B92", "B92", 2, null, null, "direct", "", 4, "x", 0, 1, false),
        RowFactory.create("a1", "B92", "B92", 3, "Dmitry Peskov", "Russia", "reported", "said", 9, "x", 0, 1, false),
        RowFactory.create("a1", "B92", "B92", 4, "NATO", "NATO", "direct", ":", 8, "x", 0, 1, true),
        RowFactory.create("a2", "CGTN", "CGTN", 0, "Wendy Sherman", "United States", "direct", "told", 5, "x", 0, 1, false)),
        Schemas.QUOTE_ROW);
    // "Stoltenberg" and "Jens Stoltenberg" are one entity, so one voice.
    Resolution resolution = Resolution.of(List.of(
        new Resolution.KeyCount("person", "jens stoltenberg", "Jens Stoltenberg", 3, 1),
        new Resolution.KeyCount("person", "jens stoltenberg", "Stoltenberg", 2, 0),
        new Resolution.KeyCount("name", "~stoltenberg", "Stoltenberg", 1, 0)));
    Dataset<Row> voiced = SpeakerEntities.attach(quotes, resolution)
        .withColumn("speaker", org.apache.spark.sql.functions.col(SpeakerEntities.VOICE));
    List<String> rows = new Voices().transform(voiced).orderBy("group", "speaker").collectAsList().stream()
        .map(Row::toString).toList();
    assertEquals(List.of(
        "[B92,(unattributed),null,(unattributed),1,4,0.3333333333333333,0.3333333333333333]",
        "[B92,Jens Stoltenberg,person:jens-stoltenberg,NATO,2,8,0.6666666666666666,0.6666666666666666]",
        "[CGTN,Wendy Sherman,null,United States,1,5,1.0,1.0]"), rows);
  }

  @Test
  void anonymousRolesAreOneUnnamedVoiceWithOrWithoutEntities() {
    Dataset<Row> quotes = spark.createDataFrame(List.of(
        RowFactory.create("a1", "B92", "B92", 0, "official", "other", "direct", "said", 3, "x", 0, 1, false),
        RowFactory.create("a1", "B92", "B92", 1, "White House officials", "other", "partial", "said", 1, "x", 0, 1, false),
        RowFactory.create("a1", "B92", "B92", 2, "GOP aide", "other", "direct", "told", 2, "x", 0, 1, false),
        RowFactory.create("a1", "B92", "B92", 3, "Stoltenberg", "NATO", "direct", "said", 4, "x", 0, 1, false),
        RowFactory.create("a1", "B92", "B92", 4, "the Kremlin", "Russia", "direct", "said", 4, "x", 0, 1, false)),
        Schemas.QUOTE_ROW);
    Resolution resolution = Resolution.of(List.of(
        new Resolution.KeyCount("person", "jens stoltenberg", "Jens Stoltenberg", 3, 1),
        new Resolution.KeyCount("name", "~stoltenberg", "Stoltenberg", 1, 0)));
    for (Resolution r : java.util.Arrays.asList(resolution, null)) {
      List<String> voices = SpeakerEntities.attach(quotes, r).orderBy("quote_index").select(SpeakerEntities.VOICE)
          .collectAsList().stream().map(x -> x.getString(0)).toList();
      assertEquals(List.of("(unnamed source)", "(unnamed source)", "(unnamed source)",
          r == null ? "Stoltenberg" : "Jens Stoltenberg", "the Kremlin"), voices);
    }
    // The wording stays in quotes.csv's speaker column.
    assertEquals(List.of("official", "White House officials", "GOP aide", "Stoltenberg", "the Kremlin"),
        SpeakerEntities.attach(quotes, null).orderBy("quote_index").select("speaker").collectAsList().stream()
            .map(x -> x.getString(0)).toList());
    assertEquals(List.of(true, true, false, false, false), List.of(Voices.unnamed("Spokespeople"),
        Voices.unnamed("U.S. diplomat"), Voices.unnamed("the Pentagon"), Voices.unnamed("Sources Say Inc"),
        Voices.unnamed("Officialdom")));
  }

  @Test
  void aMissingColumnIsNamed() {
    Dataset<Row> wrong = spark.createDataFrame(List.of(RowFactory.create("B92")),
        new org.apache.spark.sql.types.StructType().add("group", "string"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new Voices().transform(wrong));
    assertEquals("Column speaker does not exist; the input has group", e.getMessage());
  }
}
