package org.framing.terms;

import org.framing.spark.Sorted;

import static org.apache.spark.sql.functions.*;
import static org.framing.schema.Columns.*;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.framing.schema.Schemas;

/**
 * The size of each group.
 *
 * <p>Input: {@link Schemas#ANALYZED} and the {@link GroupTermCounts} output. Output: {@code group, articles,
 * tokens, types}: articles, running word tokens (stop words and numbers included), and distinct unigram terms.
 */
public final class GroupSizes {

  public Dataset<Row> transform(Dataset<Row> analyzed, Dataset<Row> groupTerms) {
    Schemas.require(analyzed.schema(), TOKENS, DataTypes.IntegerType);
    Schemas.require(groupTerms.schema(), NGRAM, DataTypes.IntegerType);
    Dataset<Row> types = groupTerms.filter(col(NGRAM).equalTo(1)).groupBy(GROUP).agg(count(lit(1)).as(TYPES));
    return analyzed.groupBy(GROUP).agg(count(lit(1)).as(ARTICLES), sum(TOKENS).as(TOKENS))
        .join(types, new String[] {GROUP}, "left")
        .select(col(GROUP), col(ARTICLES), col(TOKENS), coalesce(col(TYPES), lit(0L)).as(TYPES))
        .transform(ds -> Sorted.inOnePartition(ds, GROUP));
  }
}
