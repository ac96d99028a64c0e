package org.framing.job;

import static org.apache.spark.sql.functions.lit;
import static org.framing.schema.Columns.*;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.framing.schema.OutputFile;
import org.framing.sentiment.ScoredArticles;
import org.framing.sentiment.SentimentChain;
import org.framing.trends.Trends;

/**
 * trends.csv ({@link Trends}) when the articles' dates span more than one day, in the period of {@code --period}
 * (auto: {@link Trends.Period#forSpan}).
 */
final class TrendOutputs {

  /** Top terms per group and period in trends.csv. */
  static final int TREND_TERMS = 10;

  private final Trends.Period period;
  private final CsvOutputs out;
  private final Progress progress;

  TrendOutputs(Trends.Period period, CsvOutputs out, Progress progress) {
    this.period = period;
    this.out = out;
    this.progress = progress;
  }

  /** {@code scored} holds the {@link ScoredArticles}, or is null without sentiment (then only terms are traced). */
  void write(Dataset<Row> analyzed, Dataset<Row> scored, SentimentChain chain) {
    String[] range = Trends.dateRange(analyzed);
    if (range == null || range[0].equals(range[1])) {
      progress.done("trends", range == null ? "no dates: no " + OutputFile.TRENDS.file()
          : "all articles dated " + range[0] + ": no " + OutputFile.TRENDS.file());
      return;
    }
    long days = ChronoUnit.DAYS.between(LocalDate.parse(range[0]), LocalDate.parse(range[1]));
    Trends.Period p = period == Trends.Period.AUTO ? Trends.Period.forSpan(days) : period;
    List<String> frames = chain == null ? List.of() : chain.frames().stream().map(SentimentChain.Frame::category).toList();
    Dataset<Row> in = Trends.articles(analyzed, scored == null ? null : ScoredArticles.articles(scored),
        scored == null ? null : ScoredArticles.sentences(scored), frames.size());
    Dataset<Row> trends = new Trends(p, frames, TREND_TERMS).transform(in);
    long rows = out.write(OutputFile.TRENDS, trends.withColumn(PERIOD, lit(p.label()))
        .select(GROUP, PERIOD, PERIOD_START, MEASURE, ITEM, VALUE, RANK, N_ARTICLES, N_TOKENS));
    progress.done("trends", "dates " + range[0] + " to " + range[1] + ": " + rows + " rows per " + p.label()
        + " in " + OutputFile.TRENDS.file());
  }
}
