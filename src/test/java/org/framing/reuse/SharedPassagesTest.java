package org.framing.reuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.framing.ingest.ColumnMapping;
import org.framing.ingest.CorpusReader;
import org.framing.schema.Columns;
import org.framing.testing.LocalSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The seed study's shared passages, read off the five articles: the quotations several outlets carry verbatim; and
 * the shingle index's rules on small made-up corpora.
 */
@ExtendWith(LocalSpark.PerClass.class)
class SharedPassagesTest {

  private static SparkSession spark;

  @Test
  void seedStudySharesTheSecretaryGeneralsQuotationsAndNothingElse() {
    Dataset<Row> articles = new CorpusReader(spark, ColumnMapping.DEFAULTS, StandardCharsets.UTF_8)
        .read(null, CorpusReader.Format.AUTO).articles();
    List<String> found = new SharedPassages(8, 20).transform(SharedPassages.tokenize(articles))
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
    // a1 and a2 (outlet X) carry the same sentence, d1 (Y) carries it too, b1 (Y) a near copy: pairs inside X and
    // inside Y are never candidates, the pairs across outlets are.
    String sentence = "The minister said the talks in Geneva would resume next week after a pause of several months.";
    List<String> found = passages(new SharedPassages(8, 20),
        RowFactory.create("a1", "X", sentence),
        RowFactory.create("a2", "X", sentence),
        RowFactory.create("b1", "Y",
            "Officials confirmed the talks in Geneva would resume next week after a pause of several months, sources said."),
        RowFactory.create("c1", "Z", "Markets were calm on Tuesday as traders waited for the central bank."),
        RowFactory.create("d1", "Y", "Late news. " + sentence));
    String shared = "the talks in Geneva would resume next week after a pause of several months";
    String whole = "The minister said " + shared;
    assertEquals(List.of("a1 X ~ b1 Y 14: " + shared, "a1 X ~ d1 Y 17: " + whole,
        "a2 X ~ b1 Y 14: " + shared, "a2 X ~ d1 Y 17: " + whole), found);
  }

  @Test
  void aShortQuotationInsideLongSentencesIsFound() {
    // Eight shared tokens in sentences of 38 and 37 tokens: one shared shingle of 60, a Jaccard of 1/60, which a
    // min-hash agreeing in one of 20 tables proposed with probability 1 - (59/60)^20 = 0.29; the index always does.
    String quote = "\"there is no alternative to dialogue and diplomacy,\"";
    List<String> found = passages(new SharedPassages(8, 20),
        RowFactory.create("p1", "X", "Speaking after a long day of closed sessions in the Belgian capital, where the"
            + " delegations also discussed arms control and military exercises near the border, the envoy said " + quote
            + " and left."),
        RowFactory.create("q1", "Y", "The spokesperson of the foreign ministry, answering questions from reporters"
            + " at the weekly briefing in the capital about the meetings of the past week, repeated that " + quote
            + " before moving on."));
    assertEquals(List.of("p1 X ~ q1 Y 8: there is no alternative to dialogue and diplomacy"), found);
  }

  @Test
  void aPhraseInMoreArticlesThanMaxRepeatPairsNoneButIsReportedForAPairFoundOtherwise() {
    String stock = "This article may not be republished without written permission from the publisher.";
    String wire = "The ministers agreed to meet again in Vienna at the end of the month to continue the talks.";
    List<String> found = passages(new SharedPassages(8, 2),
        RowFactory.create("x1", "X", "Ceasefire holds. " + wire + " " + stock),
        RowFactory.create("y1", "Y", wire + " Analysts were sceptical. " + stock),
        RowFactory.create("z1", "Z", "Markets rose on Tuesday. " + stock));
    assertEquals(List.of(
        "x1 X ~ y1 Y 18: The ministers agreed to meet again in Vienna at the end of the month to continue the talks",
        "x1 X ~ y1 Y 12: This article may not be republished without written permission from the publisher"), found);
  }

  @Test
  void theIndexFindsExactlyThePairsABruteForceComparisonFinds() {
    // 90 articles of 3 outlets from 25 stock passages (10 words of a 40-word vocabulary) and random filler; with
    // maxRepeat 6 some passages are in too many articles to pair any. Expected: every pair of articles of
    // different outlets compared directly, a pair kept when it shares a shingle found in at most 6 articles.
    Random random = new Random(7);
    String[] words = new String[40];
    for (int i = 0; i < words.length; i++) {
      words[i] = "w" + Integer.toString(i, 36) + (char) ('a' + i % 26);
    }
    List<String> stock = new ArrayList<>();
    for (int p = 0; p < 25; p++) {
      StringBuilder b = new StringBuilder();
      for (int w = 0; w < 10; w++) {
        b.append(words[random.nextInt(words.length)]).append(' ');
      }
      stock.add(b.toString().strip());
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 90; i++) {
      StringBuilder text = new StringBuilder();
      for (int part = 0; part < 4; part++) {
        text.append(random.nextInt(3) == 0 ? stock.get(random.nextInt(stock.size())) : words[random.nextInt(40)]
            + " " + words[random.nextInt(40)]).append(random.nextBoolean() ? ". " : " ");
      }
      rows.add(RowFactory.create(String.format("n%02d", i), "outlet" + i % 3, text.toString().strip()));
    }
    int maxRepeat = 6;
    List<Row> tokenized = rows.stream().map(r -> SharedPassages.tokenizeOne(r.getString(0), r.getString(1), r.getString(2)))
        .toList();
    Map<Long, Set<String>> articlesOf = new HashMap<>();
    for (Row t : tokenized) {
      for (long shingle : Passages.shingles(SharedPassages.longs(t, 3), 8)) {
        articlesOf.computeIfAbsent(shingle, k -> new HashSet<>()).add(t.getString(0));
      }
    }
    List<String> expected = new ArrayList<>();
    for (Row a : tokenized) {
      for (Row b : tokenized) {
        if (a.getString(0).compareTo(b.getString(0)) >= 0 || a.getString(1).equals(b.getString(1))) {
          continue;
        }
        boolean paired = false;
        for (long shingle : Passages.shingles(SharedPassages.longs(a, 3), 8)) {
          Set<String> in = articlesOf.get(shingle);
          paired |= in.contains(b.getString(0)) && in.size() <= maxRepeat;
        }
        if (!paired) {
          continue;
        }
        for (Passages.Run run : Passages.shared(SharedPassages.longs(a, 3), SharedPassages.longs(b, 3), 8)) {
          Integer[] starts = (Integer[]) a.get(4);
          Integer[] ends = (Integer[]) a.get(5);
          String passage = a.getString(2).substring(starts[run.startA()], ends[run.startA() + run.length() - 1]);
          expected.add(a.getString(0) + " " + a.getString(1) + " ~ " + b.getString(0) + " " + b.getString(1) + " "
              + run.length() + ": " + passage);
        }
      }
    }
    List<String> found = passages(new SharedPassages(8, maxRepeat), rows.toArray(Row[]::new));
    assertTrue(expected.size() > 50, "the corpus shares too little to test the index: " + expected.size());
    assertEquals(expected, found);
  }

  /** The passages as "article_a group_a ~ article_b group_b tokens: passage", from (id, outlet, text) rows. */
  private static List<String> passages(SharedPassages reuse, Row... rows) {
    StructType schema = new StructType()
        .add(Columns.ARTICLE_ID, "string", false)
        .add(Columns.GROUP, "string", false)
        .add(Columns.TEXT, "string", false);
    return reuse.transform(SharedPassages.tokenize(spark.createDataFrame(List.of(rows), schema)))
        .collectAsList().stream().map(r -> r.getString(0) + " " + r.getString(1) + " ~ " + r.getString(2) + " "
            + r.getString(3) + " " + r.getInt(4) + ": " + r.getString(6))
        .toList();
  }
}
