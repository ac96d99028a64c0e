package org.framing.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.spark.ScalaSeq;
import org.framing.testing.LocalSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Sentiment toward actors and voice shares per article, worked by hand. */
@ExtendWith(LocalSpark.PerClass.class)
class ArticleMeasuresTest {

  private static SparkSession spark;

  @Test
  void anActorsValueIsTheMeanCompoundOfTheArticlesSentencesThatMentionIt() {
    StructType schema = new StructType().add("article_id", DataTypes.StringType).add("compound", DataTypes.DoubleType)
        .add("actor_ids", DataTypes.createArrayType(DataTypes.IntegerType, false));
    List<Row> rows = List.of(
        RowFactory.create("a1", 0.5, ScalaSeq.of(List.of(0))),
        RowFactory.create("a1", -0.25, ScalaSeq.of(List.of(0, 1))),
        RowFactory.create("a1", 0.9, ScalaSeq.of(List.<Integer>of())),
        RowFactory.create("a2", -0.6, ScalaSeq.of(List.of(1))));
    // a1: NATO in sentences 1 and 2, (0.5 − 0.25)/2 = 0.125; Russia in sentence 2, −0.25. The sentence with no
    // actor counts for none. a2: Russia −0.6; a2 never names NATO, so it has no NATO row (not a 0).
    List<String> got = ArticleMeasures.actors(spark.createDataFrame(rows, schema), List.of("NATO", "Russia"))
        .orderBy("article_id", "item").collectAsList().stream().map(Row::toString).toList();
    assertEquals(List.of("[a1,actor,NATO,0.125]", "[a1,actor,Russia,-0.25]", "[a2,actor,Russia,-0.6]"), got);
  }

  @Test
  void aVoicesValueIsItsShareOfTheArticlesQuotationsForTheMostQuotedSpeakers() {
    StructType schema = new StructType().add("article_id", DataTypes.StringType).add("voice", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    // Corpus counts: Grushko 3, Stoltenberg 2, Sherman 2, Peskov 1, unattributed 2. The top 2: Grushko, then of
    // the two tied at 2 the first by name, "Jens Stoltenberg" before "Wendy Sherman".
    for (String[] q : new String[][] {{"a1", "Alexander Grushko"}, {"a1", "Alexander Grushko"}, {"a1", null},
        {"a1", "Jens Stoltenberg"}, {"a2", "Alexander Grushko"}, {"a2", "Wendy Sherman"}, {"a2", "Wendy Sherman"},
        {"a2", "Dmitry Peskov"}, {"a3", null}, {"a3", "Jens Stoltenberg"}}) {
      rows.add(RowFactory.create(q[0], q[1]));
    }
    // a1: 4 quotations (one unattributed): Grushko 2/4, Stoltenberg 1/4. a2: 4: Grushko 1/4, Stoltenberg 0.
    // a3: 2: Grushko 0, Stoltenberg 1/2. An article without quotations has no row.
    List<String> got = ArticleMeasures.voices(spark.createDataFrame(rows, schema), "voice", 2)
        .orderBy("article_id", "item").collectAsList().stream().map(Row::toString).toList();
    assertEquals(List.of("[a1,voice,Alexander Grushko,0.5]", "[a1,voice,Jens Stoltenberg,0.25]",
        "[a2,voice,Alexander Grushko,0.25]", "[a2,voice,Jens Stoltenberg,0.0]",
        "[a3,voice,Alexander Grushko,0.0]", "[a3,voice,Jens Stoltenberg,0.5]"), got);
  }
}
