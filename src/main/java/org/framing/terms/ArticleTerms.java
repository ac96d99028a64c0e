package org.framing.terms;

import org.framing.spark.Runs;

import static org.framing.schema.Columns.*;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.framing.text.ArticleText;
import org.framing.text.Boilerplate;
import org.framing.text.TextAnalyzer;
import org.framing.schema.Schemas;

/**
 * Runs the text chain ({@link TextAnalyzer}: boilerplate, sentences, tokens, terms) over every article in one
 * pass.
 *
 * <p>Input: the Article schema ({@code article_id, outlet, group, date, title, text, source}).
 * Output: {@link Schemas#ANALYZED}: the same identifying columns without the text, plus {@code tokens},
 * {@code sentences}, the article's distinct {@code terms} (unigrams and bigrams, sorted) with their
 * {@code counts}, and the {@code removed} boilerplate fragments ({@code rule, text}).
 */
public final class ArticleTerms {

  private final TextAnalyzer analyzer;

  public ArticleTerms(TextAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  public Dataset<Row> transform(Dataset<Row> articles) {
    for (String c : List.of(ARTICLE_ID, OUTLET, GROUP, DATE, TITLE, TEXT, SOURCE)) {
      Schemas.require(articles.schema(), c, DataTypes.StringType);
    }
    return articles.select(ARTICLE_ID, OUTLET, GROUP, DATE, TITLE, TEXT, SOURCE)
        .mapPartitions(perPartition(analyzer), Encoders.row(Schemas.ANALYZED));
  }

  /** Static so the closure Spark ships holds the analyser only. */
  private static MapPartitionsFunction<Row, Row> perPartition(TextAnalyzer a) {
    return rows -> new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        return analyze(a, rows.next());
      }
    };
  }

  static Row analyze(TextAnalyzer analyzer, Row in) {
    return analyze(analyzer, in, ArticleText.of(in.getAs(TEXT)));
  }

  /**
   * The {@link Schemas#ANALYZED} row of one Article row ({@code article_id, outlet, group, date, title, text,
   * source}) whose text is already through the chain.
   */
  public static Row analyze(TextAnalyzer analyzer, Row in, ArticleText text) {
    TextAnalyzer.Analysis r = analyzer.analyze(text);
    Row[] removed = new Row[r.removals().size()];
    for (int i = 0; i < removed.length; i++) {
      Boilerplate.Removal x = r.removals().get(i);
      removed[i] = RowFactory.create(Boilerplate.ruleName(x.rule()), x.text());
    }
    Integer[] counts = new Integer[r.counts().length];
    for (int i = 0; i < counts.length; i++) {
      counts[i] = r.counts()[i];
    }
    return RowFactory.create(in.getAs(ARTICLE_ID), in.getAs(OUTLET), in.getAs(GROUP), in.getAs(DATE), in.getAs(TITLE),
        in.getAs(SOURCE), r.tokens(), r.sentences(), r.terms(), counts, removed);
  }
}
