package org.framing.job;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.framing.ingest.ColumnMapping;
import org.framing.ingest.CorpusReader;
import org.framing.quotes.Quotations;
import org.framing.quotes.Speakers;
import org.framing.reuse.SharedPassages;
import org.framing.schema.Columns;
import org.framing.schema.Schemas;
import org.framing.sentiment.ScoredArticles;
import org.framing.sentiment.SentimentChain;
import org.framing.terms.ArticleTerms;
import org.framing.text.ArticlePart;
import org.framing.text.StopWords;
import org.framing.text.TextAnalyzer;
import org.framing.testing.LocalSpark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one pass gives every analysis exactly the rows the analysis computes on its own from the raw articles: the
 * seed study's five reports and made-up articles with an empty text, no text, CRLF line ends, curly and
 * full-width quotes and apostrophes, and a byte order mark.
 */
class ArticlePassTest {

  private static SparkSession spark;
  private static Dataset<Row> articles;
  private static Dataset<Row> pass;
  private static final TextAnalyzer ANALYZER = new TextAnalyzer(StopWords.load("english"), false);
  private static final SentimentChain CHAIN = SentimentChain.defaults();

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
    Dataset<Row> seed = new CorpusReader(spark, ColumnMapping.DEFAULTS, StandardCharsets.UTF_8)
        .read(null, CorpusReader.Format.AUTO).articles();
    Dataset<Row> odd = spark.createDataFrame(List.of(
        RowFactory.create("x1", "Odd", "Odd", null, "Empty", "", "odd.jsonl", null, null),
        RowFactory.create("x2", "Odd", "Odd", "2022-01-13", null, null, "odd.jsonl", null, null),
        RowFactory.create("x3", "Other", "Other", "2022-01-14", "T",
            "\uFEFFThe minister said: “We don’t accept it.”\r\nＮＡＴＯ＇s chief, Jens Stoltenberg, told reporters "
                + "\"there are significant differences\".\r\n", "odd.jsonl", null, null)), Schemas.ARTICLE);
    articles = seed.unionByName(odd);
    List<ArticlePart> parts = List.of(ScoredArticles.part(CHAIN, spark), SharedPassages.part(),
        new Quotations(Speakers.NONE).part());
    pass = new ArticlePass(ANALYZER, parts).transform(articles).cache();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void addsOneColumnPerPartAfterTheAnalyzedColumns() {
    assertEquals(List.of("article_id", "outlet", "group", "date", "title", "source", "tokens", "sentences", "terms",
        "counts", "removed", "sentiment", "reuse", "quotes"), List.of(pass.columns()));
    assertEquals(8, pass.count());
  }

  @Test
  void termsAreTheStandaloneStagesRows() {
    assertSameRows(new ArticleTerms(ANALYZER).transform(articles), ArticlePass.analyzed(pass));
    Row odd = ArticlePass.analyzed(pass).filter(col(Columns.ARTICLE_ID).equalTo("x3")).first();
    assertEquals(17, odd.getInt(6));
    assertEquals(2, odd.getInt(7));
    // "NATO's" is full-width: NFKC first, then the possessive goes; "chief, Jens" is no bigram (a comma between).
    assertEquals("[accept, chief, differences, jens, jens stoltenberg, minister, minister said, nato, nato chief, "
        + "reporters, said, significant, significant differences, stoltenberg, told, told reporters]",
        odd.getList(8).toString());
  }

  @Test
  void sentimentIsTheStandaloneStagesRows() {
    assertSameRows(ScoredArticles.transform(CHAIN, articles), ScoredArticles.fromPass(pass));
  }

  @Test
  void reuseTokensAreTheStandaloneStagesRows() {
    assertSameRows(SharedPassages.tokenize(articles).drop("number"), SharedPassages.fromPass(pass).drop("number"));
  }

  @Test
  void quotationsAreTheStandaloneStagesRows() {
    Dataset<Row> quotes = Quotations.fromPass(pass);
    assertSameRows(new Quotations(Speakers.NONE).transform(articles), quotes);
    assertEquals(71, quotes.count());
    // Offsets index the raw text: the byte order mark is character 0, the CRLF two characters.
    assertEquals(List.of("[x3,Other,Other,0,minister,other,direct,said,4,We don’t accept it.,21,40,false]",
        "[x3,Other,Other,1,Jens Stoltenberg,other,partial,told,4,there are significant differences,91,124,false]"),
        quotes.filter(col(Columns.ARTICLE_ID).equalTo("x3")).collectAsList().stream().map(Row::toString).toList());
  }

  /** The same rows in the same order within each article, and the same schema. */
  private static void assertSameRows(Dataset<Row> expected, Dataset<Row> actual) {
    assertEquals(expected.schema().simpleString(), actual.schema().simpleString());
    assertEquals(expected.collectAsList().stream().map(Row::toString).sorted().toList(),
        actual.collectAsList().stream().map(Row::toString).sorted().toList());
  }
}
