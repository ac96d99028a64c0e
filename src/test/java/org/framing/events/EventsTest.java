package org.framing.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.ingest.ColumnMapping;
import org.framing.ingest.CorpusReader;
import org.framing.job.ArticlePass;
import org.framing.text.StopWords;
import org.framing.text.TextAnalyzer;
import org.framing.testing.LocalSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Event detection: the seed study's five reports are one event; on the AllSides round-ups (505 events, each a
 * left, a center and a right outlet's report) the events found agree with AllSides' own as the README says; given
 * ids are taken as they are; coverage counts, exactly.
 */
@ExtendWith(LocalSpark.PerClass.class)
class EventsTest {

  private static SparkSession spark;
  private static final TextAnalyzer ANALYZER = new TextAnalyzer(StopWords.load("english"), false);

  /** The pass's columns events read, for the corpus at {@code location} with event ids from {@code column}. */
  private static Dataset<Row> in(String location, String column) {
    Dataset<Row> articles = new CorpusReader(spark, ColumnMapping.DEFAULTS.withEvent(column), StandardCharsets.UTF_8)
        .read(location, CorpusReader.Format.AUTO).articles();
    return new ArticlePass(ANALYZER, List.of(EventText.part(ANALYZER))).transform(articles)
        .select("article_id", "group", "date", "title", "terms", "counts", "events.*").cache();
  }

  private static Events.Result events(Dataset<Row> in, boolean given) {
    EventClusters.ArticleVectors v = EventClusters.vectors(in);
    EventClusters c = new EventClusters(EventClusters.DEFAULT_THRESHOLD, EventClusters.DEFAULT_CENTROID_THRESHOLD, 3, 42);
    return new Events(given, c).transform(in, new EventClusters.ArticleVectors(v.rows().cache(), v.vocabulary()));
  }

  @Test
  void theSeedStudysFiveReportsAreOneEvent() {
    Events.Result r = events(in(null, null), false);
    assertEquals(List.of("[E1,nato / russia / chief / europe,NATO Chief Warns of Real Crisis as Talks with Russia "
        + "over Ukraine Reach Impasse,2022-01-12,2022-01-13,5,5,B92; CGTN; Egyptian site; Press TV; VOI]"),
        r.summary().collectAsList().stream().map(Row::toString).toList());
  }

  @Test
  void theRoundupsEventsAgreeWithAllSidesAsTheReadmeSays() {
    Path corpus = LocalSpark.sharedCorpus("allsides_roundups_2021/allsides_roundups_2021.jsonl");
    Dataset<Row> in = in(corpus.toString(), "event_id");
    List<Row> truth = in.select("article_id", "given").orderBy("article_id").collectAsList();
    List<Row> found = events(in, false).articles().select("article_id", "event_id").orderBy("article_id")
        .collectAsList();
    ClusterAgreement a = ClusterAgreement.of(found.stream().map(r -> r.getString(1)).toList(),
        truth.stream().map(r -> r.getString(1)).toList());
    assertEquals("P 0.8690 R 0.9015 F1 0.8850 ARI 0.7406", String.format(java.util.Locale.ROOT,
        "P %.4f R %.4f F1 %.4f ARI %.4f", a.bcubedPrecision(), a.bcubedRecall(), a.bcubedF1(), a.adjustedRand()));
    assertEquals(1479, found.size());
    // Given ids are the events as they are.
    List<Row> given = events(in, true).articles().select("article_id", "event_id").orderBy("article_id").collectAsList();
    assertEquals(truth.stream().map(r -> r.getString(1)).toList(), given.stream().map(r -> r.getString(1)).toList());
  }

  @Test
  void coverageCountsWhoCoveredWhat() {
    StructType schema = new StructType().add("event_id", DataTypes.StringType).add("group", DataTypes.StringType);
    List<Row> rows = new ArrayList<>();
    for (String[] r : new String[][] {{"E1", "A"}, {"E1", "B"}, {"E1", "B"}, {"E2", "A"}, {"E2", "C"}, {"E3", "A"},
        {"E4", "C"}, {"E5", "B"}, {"E5", "C"}}) {
      rows.add(RowFactory.create(r[0], r[1]));
    }
    Dataset<Row> articles = spark.createDataFrame(rows, schema);
    // Multi-group events: E1 (A, B), E2 (A, C), E5 (B, C): three.
    assertEquals(List.of("[A,3,2,0.6666666666666666,1]", "[B,2,2,0.6666666666666666,0]", "[C,3,2,0.6666666666666666,1]"),
        Coverage.byGroup(articles).collectAsList().stream().map(Row::toString).toList());
    assertEquals(List.of("[A,B,1]", "[A,C,1]", "[B,C,1]"),
        Coverage.pairs(articles).collectAsList().stream().map(Row::toString).toList());
  }

  @Test
  void unionFindLabelsEachRowWithTheSmallestRowOfItsComponent() {
    assertEquals("[0, 1, 0, 1, 4, 0]", java.util.Arrays.toString(
        EventClusters.components(6, List.of(new long[] {3, 1}, new long[] {2, 5}, new long[] {0, 5}))));
  }
}
