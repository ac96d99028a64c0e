package org.framing.quotes;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.framing.schema.Columns.AFFILIATION;
import static org.framing.schema.Columns.ENTITY_ID;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.HEADLINE;
import static org.framing.schema.Columns.KIND;
import static org.framing.schema.Columns.QUOTES;
import static org.framing.schema.Columns.SHARE_OF_QUOTES;
import static org.framing.schema.Columns.SHARE_OF_WORDS;
import static org.framing.schema.Columns.SPEAKER;
import static org.framing.schema.Columns.WORDS;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.framing.schema.Schemas;

/**
 * Voice share: how much of each group's quoted speech each speaker gets.
 *
 * <p>Input: {@link Quotations}' rows with the speaker's entity ({@code entities.SpeakerEntities}); reads
 * {@code group, speaker, entity_id, affiliation, kind, words, headline}, where the speaker is the voice: the
 * entity's name when the speaker is one, so "Trump" and "Donald Trump" count as one.
 * Output: {@code group, speaker, entity_id, affiliation, quotes, words, share_of_quotes, share_of_words}, where for group g
 * and speaker s, {@code share_of_quotes = quotes(g, s) / quotes(g)} and {@code share_of_words = words(g, s) /
 * words(g)}. Counted are quotations in marks ({@code direct} and {@code partial}) outside headlines (a headline
 * repeats a quotation of the body); reported speech is not, so the shares answer "whose words does the outlet
 * print?". Quotations no rule attributes are the speaker {@value #UNATTRIBUTED} with that affiliation, so a
 * group's shares add up to 1. {@code quotes.csv} keeps every row, so voice share can be computed from it
 * in other ways (direct only, reported included).
 *
 * <p>The totals come from one aggregation per group joined back (a broadcast-sized table), not from a window
 * over all rows.
 */
public final class Voices {

  /** The speaker and affiliation of quotations without a speaker. */
  public static final String UNATTRIBUTED = "(unattributed)";

  /**
   * The voice of a speaker named only by an anonymous role ("a senior administration official", "sources
   * familiar with", "a GOP aide"): one voice, so an outlet's reliance on unnamed sources adds up, where each
   * wording was a voice of its own ("official", "source", "officials", ...). quotes.csv keeps the wording.
   */
  public static final String UNNAMED = "(unnamed source)";

  /** The last words of an anonymous role ({@link #UNNAMED}), lower case. */
  static final java.util.Set<String> UNNAMED_HEADS = java.util.Set.of("official", "officials", "source", "sources",
      "aide", "aides", "adviser", "advisers", "advisor", "advisors", "spokesman", "spokeswoman", "spokesperson",
      "spokesmen", "spokeswomen", "spokespeople", "insider", "insiders", "diplomat", "diplomats");

  /** Whether {@code speaker} (as the quotation rules name it, not an entity) is an anonymous role. */
  public static boolean unnamed(String speaker) {
    String s = speaker.strip();
    String last = s.substring(s.lastIndexOf(' ') + 1).toLowerCase(java.util.Locale.ROOT);
    return UNNAMED_HEADS.contains(last);
  }

  public Dataset<Row> transform(Dataset<Row> quotes) {
    Schemas.require(quotes.schema(), GROUP, DataTypes.StringType);
    Schemas.require(quotes.schema(), SPEAKER, DataTypes.StringType);
    Schemas.require(quotes.schema(), ENTITY_ID, DataTypes.StringType);
    Schemas.require(quotes.schema(), AFFILIATION, DataTypes.StringType);
    Schemas.require(quotes.schema(), KIND, DataTypes.StringType);
    Schemas.require(quotes.schema(), WORDS, DataTypes.IntegerType);
    Schemas.require(quotes.schema(), HEADLINE, DataTypes.BooleanType);
    Dataset<Row> quoted = quotes
        .filter(col(KIND).isin(Quote.Kind.DIRECT.label(), Quote.Kind.PARTIAL.label()).and(not(col(HEADLINE))))
        .select(col(GROUP), coalesce(col(SPEAKER), lit(UNATTRIBUTED)).as(SPEAKER), col(ENTITY_ID),
            coalesce(col(AFFILIATION), lit(UNATTRIBUTED)).as(AFFILIATION), col(WORDS).cast("long").as(WORDS));
    Dataset<Row> perSpeaker = quoted.groupBy(GROUP, SPEAKER, ENTITY_ID, AFFILIATION)
        .agg(count(lit(1)).as(QUOTES), sum(WORDS).as(WORDS));
    Dataset<Row> perGroup = quoted.groupBy(GROUP)
        .agg(count(lit(1)).as("group_quotes"), sum(WORDS).as("group_words"));
    return perSpeaker.join(broadcast(perGroup), GROUP)
        .select(col(GROUP), col(SPEAKER), col(ENTITY_ID), col(AFFILIATION), col(QUOTES), col(WORDS),
            col(QUOTES).divide(col("group_quotes")).as(SHARE_OF_QUOTES),
            when(col("group_words").gt(0), col(WORDS).divide(col("group_words"))).otherwise(lit(0.0)).as(SHARE_OF_WORDS));
  }
}
