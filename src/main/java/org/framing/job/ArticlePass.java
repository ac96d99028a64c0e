package org.framing.job;

import static org.framing.schema.Columns.*;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.schema.Schemas;
import org.framing.terms.ArticleTerms;
import org.framing.text.ArticlePart;
import org.framing.text.ArticleText;
import org.framing.text.TextAnalyzer;

/**
 * The run's one pass over the articles: each article's text goes through the text chain once
 * ({@link ArticleText#of}: boilerplate, NFKC, sentences, tokens), and while it is in hand every analysis that
 * works per article does its part ({@link ArticlePart}): terms always, then sentiment with tone, frames and actors,
 * reuse fingerprints and quotations when they are on. The job persists the result once; every analysis reads its
 * columns back as a projection of it (Spark's in-memory cache stores columns apart, so a projection reads only
 * its own), and the raw text is read from the input once.
 *
 * <p>Input: the Article schema (a part reads its row: {@code article_id, outlet, group, date, title, text, source,
 * event, url}). Output: the {@link Schemas#ANALYZED} columns ({@link ArticleTerms}), then one
 * column per part, named by the part, in the order given.
 *
 * <p>Before this pass terms, sentiment and reuse each cleaned and tokenised every article on their own, and
 * the raw text was kept in memory for all of them.
 */
public final class ArticlePass {

  private final TextAnalyzer analyzer;
  private final List<ArticlePart> parts;

  public ArticlePass(TextAnalyzer analyzer, List<ArticlePart> parts) {
    this.analyzer = analyzer;
    this.parts = List.copyOf(parts);
  }

  /** The output schema: ANALYZED, then each part's column. */
  public StructType schema() {
    StructType t = Schemas.ANALYZED;
    for (ArticlePart p : parts) {
      t = t.add(p.name(), p.type(), true);
    }
    return t;
  }

  public Dataset<Row> transform(Dataset<Row> articles) {
    for (String c : List.of(ARTICLE_ID, OUTLET, GROUP, DATE, TITLE, TEXT, SOURCE, EVENT, URL)) {
      Schemas.require(articles.schema(), c, DataTypes.StringType);
    }
    return articles.select(ARTICLE_ID, OUTLET, GROUP, DATE, TITLE, TEXT, SOURCE, EVENT, URL)
        .map(perArticle(analyzer, new ArrayList<>(parts)), Encoders.row(schema()));
  }

  /** The {@link Schemas#ANALYZED} columns of {@link #transform}'s result. */
  public static Dataset<Row> analyzed(Dataset<Row> pass) {
    return pass.select(Schemas.ANALYZED.fieldNames()[0], java.util.Arrays.copyOfRange(Schemas.ANALYZED.fieldNames(), 1,
        Schemas.ANALYZED.size()));
  }

  /** Static so the closure Spark ships holds the analyser and the parts only. */
  private static MapFunction<Row, Row> perArticle(TextAnalyzer a, List<ArticlePart> parts) {
    return article -> row(a, parts, article);
  }

  static Row row(TextAnalyzer analyzer, List<ArticlePart> parts, Row article) {
    ArticleText text = ArticleText.of(article.getAs(TEXT));
    Row terms = ArticleTerms.analyze(analyzer, article, text);
    Object[] all = new Object[terms.size() + parts.size()];
    for (int i = 0; i < terms.size(); i++) {
      all[i] = terms.get(i);
    }
    for (int k = 0; k < parts.size(); k++) {
      all[terms.size() + k] = parts.get(k).value(article, text);
    }
    return RowFactory.create(all);
  }
}
