package org.framing.text;

import java.io.Serializable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;

/**
 * One analysis's work on one article inside the run's one pass over the articles: it reads the article's row and
 * its {@link ArticleText} (the text chain's result, computed once for every part) and gives the value of one
 * column. The pass runs every part on an article while its text is in hand, so no analysis cleans, splits or
 * tokenises the text again; the analysis reads its column back from the pass's persisted result.
 *
 * <p>The row is the Article schema: {@code article_id, outlet, group, date, title, text, source, event, url}.
 */
public interface ArticlePart extends Serializable {

  /** The column this part adds to the pass. */
  String name();

  /** Its Spark type: a struct, an array, or a plain value (the column is nullable). */
  DataType type();

  /** Its value for one article, as Spark's row encoder takes it (a {@link Row} for a struct). */
  Object value(Row article, ArticleText text);

  /** The per-article function of a part. */
  @FunctionalInterface
  interface Work extends Serializable {
    Object apply(Row article, ArticleText text);
  }

  /** A part named {@code name} of type {@code type} that computes {@code work}. */
  static ArticlePart of(String name, DataType type, Work work) {
    return new ArticlePart() {
      private static final long serialVersionUID = 1L;

      @Override
      public String name() {
        return name;
      }

      @Override
      public DataType type() {
        return type;
      }

      @Override
      public Object value(Row article, ArticleText text) {
        return work.apply(article, text);
      }
    };
  }
}
