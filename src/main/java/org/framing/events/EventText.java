package org.framing.events;

import static org.framing.schema.Columns.EVENT;
import static org.framing.schema.Columns.TITLE;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.spark.ScalaSeq;
import org.framing.text.ArticlePart;
import org.framing.text.ArticleText;
import org.framing.text.TextAnalyzer;

/**
 * The events part of the one pass over the articles: what event detection needs of an article besides its body
 * terms (which the pass already has): its given event id ({@code --events COLUMN}), the terms of its title and the
 * terms of its lead, the first {@value #LEAD_SENTENCES} sentences, which news writing puts the story's who, what
 * and where into. Terms are the chain's (unigrams and bigrams, {@link TextAnalyzer}), so names such as
 * "jens stoltenberg" count as bigrams. (An extra weight for capitalised words, names and places, was tried and
 * lowered B-cubed F1 on the AllSides round-ups from 0.846 to 0.841-0.816: the names of US news in 2021, Biden
 * above all, run through most of its events.)
 */
public final class EventText {

  /** The pass's column. */
  public static final String PART = "events";
  public static final String GIVEN = "given";
  public static final String TITLE_TERMS = "title_terms";
  public static final String LEAD_TERMS = "lead_terms";

  /** Sentences of the lead. */
  public static final int LEAD_SENTENCES = 2;

  static final StructType TYPE = new StructType()
      .add(GIVEN, DataTypes.StringType, true)
      .add(TITLE_TERMS, DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add(LEAD_TERMS, DataTypes.createArrayType(DataTypes.StringType, false), false);

  private EventText() {}

  /** The part; {@code analyzer} is the run's term rules. */
  public static ArticlePart part(TextAnalyzer analyzer) {
    return ArticlePart.of(PART, TYPE,
        (article, text) -> row(analyzer, article.getAs(TITLE), article.getAs(EVENT), text));
  }

  static Row row(TextAnalyzer analyzer, String title, String given, ArticleText text) {
    List<org.framing.text.Tokenizer.Sentence> sentences = text.sentences();
    ArticleText lead = new ArticleText(text.clean(), List.of(), text.normalized(),
        sentences.subList(0, Math.min(LEAD_SENTENCES, sentences.size())));
    // Inside a struct, Spark's row encoder takes a Scala sequence for an array, not a Java array.
    return RowFactory.create(given, ScalaSeq.of(analyzer.analyze(title).terms()), ScalaSeq.of(analyzer.analyze(lead).terms()));
  }
}
