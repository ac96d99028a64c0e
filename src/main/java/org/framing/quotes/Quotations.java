package org.framing.quotes;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
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
import org.apache.spark.sql.Column;
import org.apache.spark.sql.types.StructType;
import org.framing.schema.Schemas;
import org.framing.text.ArticlePart;

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

  /** The pass's column holding an article's quotations. */
  public static final String PART = "quotes";

  /** The identifying columns the pass keeps at its top level: article_id, outlet, group. */
  private static final int KEYS = 3;

  /** One quotation in the pass: the {@link Schemas#QUOTE_ROW} fields after the identifying ones. */
  private static final StructType QUOTE = new StructType(
      java.util.Arrays.copyOfRange(Schemas.QUOTE_ROW.fields(), KEYS, Schemas.QUOTE_ROW.size()));

  /**
   * The quotes part of the one pass over the articles: a column {@value #PART}, the article's quotations. The
   * finder reads the original text and title (its offsets index them), not the chain's cleaned text.
   */
  public ArticlePart part() {
    QuoteFinder f = finder;
    Speakers s = speakers;
    return ArticlePart.of(PART, DataTypes.createArrayType(QUOTE, false), (a, text) -> {
      List<Row> rows = rows(f, s, a);
      Row[] out = new Row[rows.size()];
      for (int i = 0; i < out.length; i++) {
        Object[] fields = new Object[QUOTE.size()];
        for (int k = 0; k < fields.length; k++) {
          fields[k] = rows.get(i).get(KEYS + k);
        }
        out[i] = RowFactory.create(fields);
      }
      return out;
    });
  }

  /** {@link #transform}'s rows, from the one pass over the articles with {@link #part} in it. */
  public static Dataset<Row> fromPass(Dataset<Row> pass) {
    List<Column> out = new ArrayList<>(List.of(col(ARTICLE_ID), col(OUTLET), col(GROUP)));
    for (String f : QUOTE.fieldNames()) {
      out.add(col("q." + f));
    }
    return pass.select(col(ARTICLE_ID), col(OUTLET), col(GROUP), explode(col(PART)).as("q"))
        .select(out.toArray(Column[]::new));
  }

  /** Static so the closure Spark ships holds the finder and the speaker list only. */
  private static FlatMapFunction<Row, Row> perArticle(QuoteFinder finder, Speakers speakers) {
    return in -> rows(finder, speakers, in).iterator();
  }

  /** One article row (reads {@code article_id, outlet, group, title, text} by name) to its quote rows. */
  static List<Row> rows(QuoteFinder finder, Speakers speakers, Row in) {
    List<Row> out = new ArrayList<>();
    int index = 0;
    for (Quote q : finder.find(in.getAs(TEXT), in.getAs(TITLE))) {
      String affiliation = q.speaker() == null ? null
          : speakers.find(q.speaker()).map(Speakers.Speaker::affiliation).orElse(Speakers.OTHER);
      out.add(RowFactory.create(in.getAs(ARTICLE_ID), in.getAs(OUTLET), in.getAs(GROUP), index++, q.speaker(),
          affiliation, q.kind().label(), q.verb(), q.words(), q.quote(), q.start(), q.end(), q.headline()));
    }
    return out;
  }
}
