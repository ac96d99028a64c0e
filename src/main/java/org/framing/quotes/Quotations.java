package org.framing.quotes;

import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.OUTLET;
import static org.framing.schema.Columns.TEXT;
import static org.framing.schema.Columns.TITLE;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.framing.schema.Schemas;

/**
 * The quotations of every article: {@link QuoteFinder} over each article's text, on the executors (one
 * {@code flatMap}, no shuffle, nothing collected).
 *
 * <p>Input: the Article schema; reads {@code article_id, outlet, group, title, text} (strings).
 * Output: {@link Schemas#QUOTE_ROW}: {@code article_id, outlet, group, quote_index} (from 0 in text order),
 * {@code speaker} and {@code affiliation} (null when unattributed; affiliation from the {@link Speakers} list,
 * {@value Speakers#OTHER} for a speaker not on it), {@code kind} ({@code direct}, {@code partial},
 * {@code reported}), {@code verb}, {@code words}, {@code quote}, {@code char_start}, {@code char_end} (offsets
 * into the original text, the quotation marks excluded) and {@code headline}. An article without quotations
 * gives no row.
 */
public final class Quotations {

  private final QuoteFinder finder;
  private final Speakers speakers;

  public Quotations(Speakers speakers) {
    this.speakers = speakers;
    this.finder = new QuoteFinder(speakers);
  }

  public Dataset<Row> transform(Dataset<Row> articles) {
    for (String c : List.of(ARTICLE_ID, OUTLET, GROUP, TITLE, TEXT)) {
      Schemas.require(articles.schema(), c, DataTypes.StringType);
    }
    return articles.select(ARTICLE_ID, OUTLET, GROUP, TITLE, TEXT)
        .flatMap(perArticle(finder, speakers), Encoders.row(Schemas.QUOTE_ROW));
  }

  /** Static so the closure Spark ships holds the finder and the speaker list only. */
  private static FlatMapFunction<Row, Row> perArticle(QuoteFinder finder, Speakers speakers) {
    return in -> rows(finder, speakers, in).iterator();
  }

  /** One article row ({@code article_id, outlet, group, title, text}) to its quote rows. */
  static List<Row> rows(QuoteFinder finder, Speakers speakers, Row in) {
    List<Row> out = new ArrayList<>();
    int index = 0;
    for (Quote q : finder.find(in.getString(4), in.getString(3))) {
      String affiliation = q.speaker() == null ? null
          : speakers.find(q.speaker()).map(Speakers.Speaker::affiliation).orElse(Speakers.OTHER);
      out.add(RowFactory.create(in.getString(0), in.getString(1), in.getString(2), index++, q.speaker(), affiliation,
          q.kind().label(), q.verb(), q.words(), q.quote(), q.start(), q.end(), q.headline()));
    }
    return out;
  }
}
