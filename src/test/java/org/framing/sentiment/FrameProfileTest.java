package org.framing.sentiment;

import org.framing.stats.BootstrapMeans;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.framing.lexicon.Actors;
import org.framing.schema.Schemas;
import org.framing.testing.LocalSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Frame densities and actor sentiment on hand-made sentence rows: every count and point estimate worked out by
 * hand below; the intervals must be the ones {@link BootstrapMeans#interval} gives for the same units and seed
 * (the interval itself is checked against scipy in {@link BootstrapMeansTest}).
 */
@ExtendWith(LocalSpark.PerClass.class)
class FrameProfileTest {

  static final List<SentimentChain.Frame> FRAMES = List.of(new SentimentChain.Frame("frames", "a"),
      new SentimentChain.Frame("frames", "b"));
  static final Actors ACTORS = Actors.parse("actors.csv", "actor,group,aliases\nNATO,West,alliance\nRussia,,Moscow\n");
  static final long SEED = 42;

  private static SparkSession spark;

  static Row sentence(String article, String group, int index, int tokens, double compound, List<Integer> hits,
                      List<Integer> actors) {
    return RowFactory.create(article, group, group, index, "s", tokens, compound, 0.0,
        scala.jdk.javaapi.CollectionConverters.asScala(hits).toList(),
        scala.jdk.javaapi.CollectionConverters.asScala(actors).toList());
  }

  /** G1: two articles (few: sentences resampled); G2: five one-sentence articles (articles resampled). */
  static Dataset<Row> sentences() {
    List<Row> rows = new ArrayList<>(List.of(
        sentence("x1", "G1", 0, 10, -0.5, List.of(2, 0), List.of(0)),
        sentence("x1", "G1", 1, 5, 0.2, List.of(0, 1), List.of(0, 1)),
        sentence("x2", "G1", 0, 5, 0.0, List.of(1, 0), List.of())));
    double[] compounds = {-0.1, -0.2, 0.3, 0.0, -0.05};
    for (int i = 1; i <= 5; i++) {
      rows.add(sentence("y" + i, "G2", 0, 4, compounds[i - 1], List.of(i % 2, 0), List.of(1)));
    }
    return spark.createDataFrame(rows, Schemas.SENTENCE_SENTIMENT);
  }

  static double[] interval(List<String> key, double[] values, double[] weights) {
    double[][] units = new double[values.length][];
    for (int i = 0; i < values.length; i++) {
      units[i] = new double[] {values[i], weights[i]};
    }
    Arrays.sort(units, java.util.Comparator.<double[]>comparingDouble(u -> u[0]).thenComparingDouble(u -> u[1]));
    double[] v = Arrays.stream(units).mapToDouble(u -> u[0]).toArray();
    double[] w = Arrays.stream(units).mapToDouble(u -> u[1]).toArray();
    return BootstrapMeans.interval(v, w, 500, 0.95, new SplittableRandom(SEED * 1_000_003L + String.join("\0", key).hashCode()));
  }

  @Test
  void densitiesAndSharesPoolTheGroupsTokensAndSentences() {
    List<Row> rows = new FrameProfile(FRAMES, Set.of("G1"), new BootstrapMeans(500, 0.95, SEED)).transform(sentences())
        .collectAsList();
    assertEquals(4, rows.size());
    // G1 a: hits 2 + 1 over 10 + 5 + 5 tokens; sentences with a hit: 2 of 3.
    assertEquals(List.of("G1", "frames", "a", 2L, 3L, 20L, 3L, 150.0), head(rows.get(0), 8));
    assertEquals(List.of(2L, 2.0 / 3, "sentence"), List.of(rows.get(0).get(10), rows.get(0).get(11), rows.get(0).get(14)));
    double[] d = interval(List.of("G1", "0", "per_1000"), new double[] {200, 0, 200}, new double[] {10, 5, 5});
    assertEquals(List.of(d[0], d[1]), List.of(rows.get(0).get(8), rows.get(0).get(9)));
    double[] s = interval(List.of("G1", "0", "share_of_sentences"), new double[] {1, 0, 1}, new double[] {1, 1, 1});
    assertEquals(List.of(s[0], s[1]), List.of(rows.get(0).get(12), rows.get(0).get(13)));
    // G1 b: one hit in the 5-token sentence.
    assertEquals(List.of("G1", "frames", "b", 2L, 3L, 20L, 1L, 50.0), head(rows.get(1), 8));
    // G2 a: articles y1, y3, y5 hold one hit each in 4 tokens; the articles are the units.
    assertEquals(List.of("G2", "frames", "a", 5L, 5L, 20L, 3L, 150.0), head(rows.get(2), 8));
    assertEquals(List.of(3L, 0.6, "article"), List.of(rows.get(2).get(10), rows.get(2).get(11), rows.get(2).get(14)));
    double[] a = interval(List.of("G2", "0", "per_1000"), new double[] {250, 0, 250, 0, 250}, new double[] {4, 4, 4, 4, 4});
    assertEquals(List.of(a[0], a[1]), List.of(rows.get(2).get(8), rows.get(2).get(9)));
    // G2 b: never used: zeros with a [0, 0] interval.
    assertEquals(List.of("G2", "frames", "b", 5L, 5L, 20L, 0L, 0.0, 0.0, 0.0, 0L, 0.0, 0.0, 0.0, "article"), head(rows.get(3), 15));
  }

  @Test
  void actorSentimentAveragesTheSentencesThatMentionEachActor() {
    List<Row> rows = new ActorSentiment(ACTORS, 5, new BootstrapMeans(500, 0.95, SEED)).transform(sentences()).collectAsList();
    assertEquals(4, rows.size());
    // G1 NATO: x1's two sentences, -0.5 (negative) and 0.2.
    assertEquals(List.of("G1", "NATO", "West", 1L, 2L, -0.15), head(rows.get(0), 6));
    assertEquals(List.of(1L, 0.5, "sentence"), List.of(rows.get(0).get(8), rows.get(0).get(9), rows.get(0).get(12)));
    double[] c = interval(List.of("G1", "0", "compound"), new double[] {-0.5, 0.2}, new double[] {1, 1});
    assertEquals(List.of(c[0], c[1]), List.of(rows.get(0).get(6), rows.get(0).get(7)));
    // G1 Russia: one sentence, so its value is both bounds.
    assertEquals(List.of("G1", "Russia", "Russia", 1L, 1L, 0.2, 0.2, 0.2, 0L, 0.0, 0.0, 0.0, "sentence"), head(rows.get(1), 13));
    // G2 never names NATO: counts 0, nothing to average.
    assertEquals(Arrays.asList("G2", "NATO", "West", 0L, 0L, null, null, null, 0L, null, null, null, null), head(rows.get(2), 13));
    // G2 Russia: five articles of one sentence; -0.1, -0.2 and -0.05 are negative (at most -0.05).
    assertEquals(List.of("G2", "Russia", "Russia", 5L, 5L), head(rows.get(3), 5));
    assertEquals(-0.01, rows.get(3).getDouble(5), 1e-15);
    assertEquals(List.of(3L, 0.6, "article"), List.of(rows.get(3).get(8), rows.get(3).get(9), rows.get(3).get(12)));
    double[] r = interval(List.of("G2", "1", "share_negative"), new double[] {1, 1, 0, 0, 1}, new double[] {1, 1, 1, 1, 1});
    assertEquals(List.of(r[0], r[1]), List.of(rows.get(3).get(10), rows.get(3).get(11)));
  }

  static List<Object> head(Row r, int n) {
    List<Object> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(r.get(i));
    }
    return out;
  }
}
