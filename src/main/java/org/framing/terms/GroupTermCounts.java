package org.framing.terms;

import org.framing.spark.Runs;

import static org.apache.spark.sql.functions.*;
import static org.framing.schema.Columns.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.schema.Schemas;

/**
 * Sums the analysed articles' term counts per group.
 *
 * <p>Input: {@link Schemas#ANALYZED}. Output: {@link Schemas#GROUP_TERMS}, {@code group, term, ngram, n, df,
 * rate_sum}, where, over the group's articles d, {@code n = Σ c(t,d)}, {@code df} = the number of the group's
 * articles that contain t, and {@code rate_sum = Σ 10⁴·c(t,d)/tokens(d)} (the per-10,000-token rates of t, summed
 * in article id order; divided by the group's article count it is the mean rate TF-IDF uses). {@code ngram} is 1
 * or 2 (a bigram holds a space).
 *
 * <p>How: the articles (one row each, with their term and count arrays) are gathered by group in one shuffle and
 * sorted by group and article id; each group's terms are then summed in one hash map. Written by hand rather than
 * as Spark's {@code explode} and {@code groupBy(group, term)}: that aggregated about one row per article and term
 * (23 million on the AllSides corpus) in Spark's partial aggregation, which barely reduces them (an outlet's
 * articles are spread over every input partition) and spilled, before shuffling them all again. A group's map
 * holds its distinct unigrams and bigrams, one group at a time per task.
 */
public final class GroupTermCounts {

  public Dataset<Row> transform(Dataset<Row> analyzed) {
    Schemas.require(analyzed.schema(), GROUP, DataTypes.StringType);
    Schemas.require(analyzed.schema(), TOKENS, DataTypes.IntegerType);
    Schemas.require(analyzed.schema(), TERMS, DataTypes.createArrayType(DataTypes.StringType, false));
    int partitions = Integer.parseInt(analyzed.sparkSession().conf().get("spark.sql.shuffle.partitions"));
    Dataset<Row> articles = analyzed.select(GROUP, ARTICLE_ID, TOKENS, TERMS, COUNTS);
    return articles
        .repartition(partitions, col(GROUP))
        .sortWithinPartitions(GROUP, ARTICLE_ID)
        .mapPartitions(perGroup(articles.schema()), Encoders.row(Schemas.GROUP_TERMS));
  }

  /**
   * Reads the articles ({@code group, article_id, tokens, terms, counts}, schema {@code in}: the columns are found
   * by name once) sorted by group; after each group's last article, its summed terms.
   */
  private static MapPartitionsFunction<Row, Row> perGroup(StructType in) {
    int groupAt = in.fieldIndex(GROUP);
    int tokensAt = in.fieldIndex(TOKENS);
    int termsAt = in.fieldIndex(TERMS);
    int countsAt = in.fieldIndex(COUNTS);
    return rows -> Runs.fold(rows, r -> r.getString(groupAt), new Runs.Fold<Map<String, Sums>>() {
      @Override
      public Map<String, Sums> start() {
        return new HashMap<>();
      }

      @Override
      public void add(Map<String, Sums> sums, Row article) {
        GroupTermCounts.add(sums, article.getInt(tokensAt), article.getList(termsAt), article.getList(countsAt));
      }

      @Override
      public List<Row> finish(Row first, Map<String, Sums> sums) {
        String group = first.getString(groupAt);
        List<Row> out = new ArrayList<>(sums.size());
        sums.forEach((term, x) -> out.add(RowFactory.create(group, term, term.indexOf(' ') >= 0 ? 2 : 1, x.n, x.df,
            x.rateSum)));
        return out;
      }
    });
  }

  /** One article's terms, their counts and its token count added to its group's sums. */
  private static void add(Map<String, Sums> sums, double tokens, List<String> terms, List<Integer> counts) {
    for (int k = 0; k < terms.size(); k++) {
      int c = counts.get(k);
      Sums x = sums.computeIfAbsent(terms.get(k), t -> new Sums());
      x.n += c;
      x.df++;
      x.rateSum += c * 1e4 / tokens;
    }
  }

  /** A term's running sums within one group. */
  private static final class Sums {
    long n;
    long df;
    double rateSum;
  }
}
