package org.framing.entities;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.KIND;
import static org.framing.schema.Columns.N;
import static org.framing.schema.Columns.SENTENCE_INDEX;
import static org.framing.schema.Columns.TEXT;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.spark.DriverRows;
import org.framing.spark.ScalaSeq;
import org.framing.text.ArticlePart;

/**
 * People, organisations and places across the corpus: the pass part that finds each article's mentions
 * ({@link MentionFinder}), and the Spark side that resolves them across the corpus ({@link Resolution}) and
 * counts them per entity.
 */
public final class Entities {

  /** The pass's column of an article's mentions. */
  public static final String PART = "mentions";

  public static final String ENTITY_ID = org.framing.schema.Columns.ENTITY_ID;
  public static final String NAME = "name";
  public static final String TYPE = "type";
  public static final String KEY = "key";
  public static final String START = "start";
  public static final String END = "end";
  public static final String TITLED = "titled";

  /** The types of entity that are named actors, voices and comparisons: not {@code other}. */
  public static final List<String> NAMED_TYPES = List.of("person", "organisation", "place");

  /** Whether a row of entities.csv ({@code entity_id, name, type, ...}) is of a {@link #NAMED_TYPES} type. */
  public static boolean named(Row entity) {
    return NAMED_TYPES.contains(entity.<String>getAs(TYPE));
  }

  /** One mention in the pass. */
  public static final StructType MENTION = new StructType()
      .add(START, DataTypes.IntegerType, false)
      .add(END, DataTypes.IntegerType, false)
      .add(TEXT, DataTypes.StringType, false)
      .add(KIND, DataTypes.StringType, false)
      .add(KEY, DataTypes.StringType, false)
      .add(TITLED, DataTypes.BooleanType, false)
      .add(SENTENCE_INDEX, DataTypes.IntegerType, false);

  private static final StructType LOOKUP = new StructType()
      .add(KIND, DataTypes.StringType, false)
      .add(KEY, DataTypes.StringType, false)
      .add(ENTITY_ID, DataTypes.StringType, false)
      .add(NAME, DataTypes.StringType, false)
      .add(TYPE, DataTypes.StringType, false);

  private Entities() {}

  /** The mentions part of the one pass: each article's mentions, in text order, offsets in the NFKC text. */
  public static ArticlePart part() {
    MentionFinder finder = new MentionFinder();
    return ArticlePart.of(PART, DataTypes.createArrayType(MENTION, false), (a, text) -> {
      List<MentionFinder.Mention> found = finder.find(text);
      Row[] out = new Row[found.size()];
      for (int i = 0; i < out.length; i++) {
        MentionFinder.Mention m = found.get(i);
        out[i] = RowFactory.create(m.start(), m.end(), m.text(), m.kind().label(), m.key(), m.titled(), m.sentence());
      }
      return out;
    });
  }

  /**
   * Every mention of the pass: {@code article_id, group, text, kind, key, titled, sentence_index} (offsets are
   * in the article tables; the counts need none). The caller persists it: it is read several times, and the
   * pass's cached blocks, when they are on disk, are read whole.
   */
  public static Dataset<Row> mentions(Dataset<Row> pass) {
    return pass.select(col(ARTICLE_ID), col(GROUP), explode(col(PART)).as("m"))
        .select(col(ARTICLE_ID), col(GROUP), col("m." + TEXT).as(TEXT), col("m." + KIND).as(KIND),
            col("m." + KEY).as(KEY), col("m." + TITLED).as(TITLED), col("m." + SENTENCE_INDEX).as(SENTENCE_INDEX));
  }

  /** The corpus's distinct kinds, keys and texts with their counts, sorted (collected: one row per distinct form). */
  public static List<Resolution.KeyCount> keyCounts(Dataset<Row> mentions) {
    List<Resolution.KeyCount> counts = new ArrayList<>();
    for (Row r : mentions.groupBy(KIND, KEY, TEXT)
        .agg(count(lit(1)).as(N), sum(when(col(TITLED), 1L).otherwise(0L)).as(TITLED)).collectAsList()) {
      counts.add(new Resolution.KeyCount(r.getAs(KIND), r.getAs(KEY), r.getAs(TEXT), r.getLong(r.fieldIndex(N)),
          r.getLong(r.fieldIndex(TITLED))));
    }
    counts.sort(java.util.Comparator.comparing(Resolution.KeyCount::kind).thenComparing(Resolution.KeyCount::key)
        .thenComparing(Resolution.KeyCount::text));
    return counts;
  }

  /**
   * The resolution as a table {@code kind, key, entity_id, name, type}, one row per kind and key of the sorted
   * {@code counts}, spread over partitions rather than built into the plan (a corpus has hundreds of thousands).
   */
  static Dataset<Row> lookup(SparkSession spark, List<Resolution.KeyCount> counts, Resolution resolution) {
    List<Row> rows = new ArrayList<>();
    String kind = null;
    String key = null;
    for (Resolution.KeyCount c : counts) {
      if (c.kind().equals(kind) && c.key().equals(key)) {
        continue;
      }
      kind = c.kind();
      key = c.key();
      Resolution.Entity e = resolution.entity(kind, key);
      rows.add(RowFactory.create(kind, key, e.id(), e.name(), e.type()));
    }
    return DriverRows.table(spark, rows, LOOKUP);
  }

  /** The mentions with their entity: {@code article_id, group, entity_id, name, type, text, sentence_index}. */
  public static Dataset<Row> resolved(Dataset<Row> mentions, List<Resolution.KeyCount> counts, Resolution resolution) {
    Dataset<Row> table = lookup(mentions.sparkSession(), counts, resolution);
    return mentions.join(broadcast(table), ScalaSeq.of(List.of(KIND, KEY)))
        .select(col(ARTICLE_ID), col(GROUP), col(ENTITY_ID), col(NAME), col(TYPE), col(TEXT), col(SENTENCE_INDEX));
  }

  /** Per entity, article and group: {@code entity_id, article_id, group, mentions}. */
  public static Dataset<Row> perArticle(Dataset<Row> resolved) {
    return resolved.groupBy(ENTITY_ID, ARTICLE_ID, GROUP).agg(count(lit(1)).as(MentionsByGroup.MENTIONS));
  }

  /** The aliases column: the forms written, most written first, at most {@value #ALIASES}. */
  public static final int ALIASES = 10;

  /**
   * entities.csv's rows: {@code entity_id, name, type, aliases, mentions, articles, groups} for every entity with
   * at least {@code minMentions} mentions ({@code perArticle}: {@link #perArticle} of {@code resolved}).
   */
  public static Dataset<Row> table(Dataset<Row> resolved, Dataset<Row> perArticle, int minMentions) {
    Dataset<Row> perEntity = perArticle.groupBy(ENTITY_ID)
        .agg(sum(MentionsByGroup.MENTIONS).as("mentions"), count(lit(1)).as("articles"), countDistinct(GROUP).as("groups"))
        .filter(col("mentions").geq(minMentions));
    Dataset<Row> forms = resolved.groupBy(ENTITY_ID, NAME, TYPE, TEXT).agg(count(lit(1)).as("n"))
        .groupBy(ENTITY_ID, NAME, TYPE).agg(expr("array_join(transform(slice(sort_array(collect_list(struct(-n AS k, "
            + "text AS t))), 1, " + ALIASES + "), x -> x.t), ' | ')").as("aliases"));
    return perEntity.join(forms, ENTITY_ID)
        .select(col(ENTITY_ID), col(NAME), col(TYPE), col("aliases"), col("mentions"), col("articles"), col("groups"));
  }
}
