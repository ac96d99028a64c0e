package org.framing.schema;

import static org.framing.schema.Columns.*;

import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/** The StructTypes passed between stages, and the schema checks every stage runs first. */
public final class Schemas {

  /**
   * One article after ingest, whatever the input format. {@code source} names the file it came from; {@code event}
   * is its given event id with {@code --events COLUMN}, else null.
   */
  public static final StructType ARTICLE = new StructType()
      .add(ARTICLE_ID, DataTypes.StringType, false)
      .add(OUTLET, DataTypes.StringType, false)
      .add(GROUP, DataTypes.StringType, false)
      .add(DATE, DataTypes.StringType, true)
      .add(TITLE, DataTypes.StringType, true)
      .add(TEXT, DataTypes.StringType, true)
      .add(SOURCE, DataTypes.StringType, false)
      .add(EVENT, DataTypes.StringType, true)
      .add(URL, DataTypes.StringType, true);

  /** A removed boilerplate fragment. */
  public static final StructType REMOVAL = new StructType()
      .add(RULE, DataTypes.StringType, false)
      .add(TEXT, DataTypes.StringType, false);

  /** One article after the text chain: counts, and its terms with their counts (parallel arrays). */
  public static final StructType ANALYZED = new StructType()
      .add(ARTICLE_ID, DataTypes.StringType, false)
      .add(OUTLET, DataTypes.StringType, false)
      .add(GROUP, DataTypes.StringType, false)
      .add(DATE, DataTypes.StringType, true)
      .add(TITLE, DataTypes.StringType, true)
      .add(SOURCE, DataTypes.StringType, false)
      .add(TOKENS, DataTypes.IntegerType, false)
      .add(SENTENCES, DataTypes.IntegerType, false)
      .add(TERMS, DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add(COUNTS, DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add(REMOVED, DataTypes.createArrayType(REMOVAL, false), false);

  /** One group's sums for one term ({@code GroupTermCounts}), which every term analysis reads. */
  public static final StructType GROUP_TERMS = new StructType()
      .add(GROUP, DataTypes.StringType, false)
      .add(TERM, DataTypes.StringType, false)
      .add(NGRAM, DataTypes.IntegerType, false)
      .add(N, DataTypes.LongType, false)
      .add(DF, DataTypes.LongType, false)
      .add(RATE_SUM, DataTypes.DoubleType, false);

  /**
   * One article's sentiment: its sentences' mean VADER compound (null without sentences) and its tone per 100
   * words (null without words).
   */
  public static final StructType ARTICLE_SENTIMENT = new StructType()
      .add(ARTICLE_ID, DataTypes.StringType, false)
      .add(OUTLET, DataTypes.StringType, false)
      .add(GROUP, DataTypes.StringType, false)
      .add(DATE, DataTypes.StringType, true)
      .add(N_SENTENCES, DataTypes.IntegerType, false)
      .add(N_TOKENS, DataTypes.IntegerType, false)
      .add(COMPOUND, DataTypes.DoubleType, true)
      .add(TONE, DataTypes.DoubleType, true)
      .add(POSITIVE, DataTypes.DoubleType, true)
      .add(NEGATIVE, DataTypes.DoubleType, true)
      .add(POLARITY, DataTypes.DoubleType, true);

  /** One sentence's sentiment: its VADER compound and its tone per 100 words; {@code sentence_index} from 0. */
  public static final StructType SENTENCE_SENTIMENT = new StructType()
      .add(ARTICLE_ID, DataTypes.StringType, false)
      .add(OUTLET, DataTypes.StringType, false)
      .add(GROUP, DataTypes.StringType, false)
      .add(SENTENCE_INDEX, DataTypes.IntegerType, false)
      .add(TEXT, DataTypes.StringType, false)
      .add(N_TOKENS, DataTypes.IntegerType, false)
      .add(COMPOUND, DataTypes.DoubleType, false)
      .add(TONE, DataTypes.DoubleType, false)
      .add(FRAME_HITS, DataTypes.createArrayType(DataTypes.IntegerType, false), false)
      .add(ACTOR_IDS, DataTypes.createArrayType(DataTypes.IntegerType, false), false);

  /**
   * One quotation or piece of reported speech: {@code speaker} and {@code affiliation} are null when no rule
   * attributes it; {@code char_start} and {@code char_end} index the article's original text.
   */
  public static final StructType QUOTE_ROW = new StructType()
      .add(ARTICLE_ID, DataTypes.StringType, false)
      .add(OUTLET, DataTypes.StringType, false)
      .add(GROUP, DataTypes.StringType, false)
      .add(QUOTE_INDEX, DataTypes.IntegerType, false)
      .add(SPEAKER, DataTypes.StringType, true)
      .add(AFFILIATION, DataTypes.StringType, true)
      .add(KIND, DataTypes.StringType, false)
      .add(VERB, DataTypes.StringType, false)
      .add(WORDS, DataTypes.IntegerType, false)
      .add(QUOTE, DataTypes.StringType, false)
      .add(CHAR_START, DataTypes.IntegerType, false)
      .add(CHAR_END, DataTypes.IntegerType, false)
      .add(HEADLINE, DataTypes.BooleanType, false);

  private Schemas() {}

  /**
   * Fails unless {@code schema} has {@code column} of {@code type}, with the message Spark ML's SchemaUtils
   * uses ("Column outlet must be of type string but was int").
   */
  public static void require(StructType schema, String column, DataType type) {
    StructField field = null;
    for (StructField f : schema.fields()) {
      if (f.name().equals(column)) {
        field = f;
      }
    }
    if (field == null) {
      throw new IllegalArgumentException("Column " + column + " does not exist; the input has "
          + String.join(", ", schema.fieldNames()));
    }
    if (!sameIgnoringNulls(field.dataType(), type)) {
      throw new IllegalArgumentException("Column " + column + " must be of type " + type.simpleString()
          + " but was " + field.dataType().simpleString());
    }
  }
  /**
   * The same type, whether an array may hold nulls aside: Spark derives that flag from how a column was made
   * (a {@code coalesce} with an empty array literal allows nulls), not from what it holds.
   */
  private static boolean sameIgnoringNulls(DataType a, DataType b) {
    if (a instanceof org.apache.spark.sql.types.ArrayType x && b instanceof org.apache.spark.sql.types.ArrayType y) {
      return sameIgnoringNulls(x.elementType(), y.elementType());
    }
    return a.equals(b);
  }

}
