package org.framing.sentiment;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.sum;
import static org.framing.schema.Columns.COMPOUND;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.N_SENTENCES;
import static org.framing.schema.Columns.N_TOKENS;
import static org.framing.schema.Columns.TONE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.framing.stats.BootstrapMeans;

/**
 * Each group's mean VADER compound and mean tone with a 95 % bootstrap interval ({@link BootstrapMeans}): the
 * rows of sentiment_by_outlet.csv.
 *
 * <p>The unit resampled is the article (each article's mean compound, or its tone, one value of weight 1), so the
 * interval reflects how articles vary. A group of fewer than {@value #MIN_ARTICLES_TO_RESAMPLE} articles has too
 * few articles for a percentile interval: its sentences are resampled instead (compound weight 1, tone weighted
 * by the sentence's words, so the mean is its words' tone), and the row says {@code sentence}; such an interval
 * describes only those articles' sentences, not the outlet.
 *
 * <p>Input: the article rows ({@link ArticleSentiment}) and the sentence rows ({@link SentenceSentiment}).
 * Output: {@code group, measure} ({@code compound}, {@code tone}), {@code mean, ci_low, ci_high, n_articles,
 * n_sentences, resampled_unit}, sorted by group, then measure.
 */
public final class GroupSentiment {

  /** Groups with fewer articles than this resample sentences for their intervals. */
  public static final int MIN_ARTICLES_TO_RESAMPLE = 5;

  private final BootstrapMeans bootstrap;

  public GroupSentiment(BootstrapMeans bootstrap) {
    this.bootstrap = bootstrap;
  }

  /** The groups (of {@code articles}: group to its article count) whose intervals resample sentences. */
  public static Set<String> resampleSentences(Map<String, Long> articles) {
    Set<String> few = new TreeSet<>();
    articles.forEach((g, n) -> {
      if (n < MIN_ARTICLES_TO_RESAMPLE) {
        few.add(g);
      }
    });
    return few;
  }

  /** The rows, for the groups of {@code articles} (group to its article count). */
  public List<Row> transform(Dataset<Row> perArticle, Dataset<Row> sentences, Map<String, Long> articles) {
    Set<String> few = resampleSentences(articles);
    Object[] fewGroups = few.toArray();
    Map<String, Long> sentenceCounts = new LinkedHashMap<>();
    for (Row r : perArticle.groupBy(GROUP).agg(sum(N_SENTENCES).as(N_SENTENCES)).collectAsList()) {
      sentenceCounts.put(r.getAs(GROUP), r.getLong(r.fieldIndex(N_SENTENCES)));
    }
    List<Row> out = new ArrayList<>();
    for (String measure : List.of(COMPOUND, TONE)) {
      Column weight = measure.equals(TONE) ? col(N_TOKENS).cast("double") : lit(1.0);
      Dataset<Row> byArticle = perArticle.filter(not(col(GROUP).isin(fewGroups)))
          .select(col(GROUP), col(measure).as(BootstrapMeans.VALUE), lit(1.0).as(BootstrapMeans.WEIGHT));
      Dataset<Row> bySentence = sentences.filter(col(GROUP).isin(fewGroups))
          .select(col(GROUP), col(measure).as(BootstrapMeans.VALUE), weight.as(BootstrapMeans.WEIGHT));
      for (Row r : bootstrap.transform(byArticle.unionByName(bySentence)).collectAsList()) {
        String g = r.getAs(GROUP);
        out.add(RowFactory.create(g, measure, r.getDouble(r.fieldIndex(BootstrapMeans.MEAN)),
            r.getDouble(r.fieldIndex(BootstrapMeans.CI_LOW)), r.getDouble(r.fieldIndex(BootstrapMeans.CI_HIGH)),
            articles.getOrDefault(g, 0L), sentenceCounts.getOrDefault(g, 0L), few.contains(g) ? "sentence" : "article"));
      }
    }
    out.sort(Comparator.comparing((Row r) -> r.getString(0)).thenComparing(r -> r.getString(1)));
    return out;
  }
}
