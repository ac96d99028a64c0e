package org.framing.job;

import static org.apache.spark.sql.functions.col;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.COMPOUND;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.SENTENCE_INDEX;
import static org.framing.schema.Columns.TEXT;
import static org.framing.schema.Columns.TONE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.framing.lexicon.Actors;
import org.framing.schema.OutputFile;
import org.framing.sentiment.ActorSentiment;
import org.framing.sentiment.FrameProfile;
import org.framing.sentiment.GroupSentiment;
import org.framing.sentiment.ScoredArticles;
import org.framing.sentiment.SentimentChain;
import org.framing.spark.Sorted;
import org.framing.stats.BootstrapMeans;

/**
 * sentiment_by_article.csv, sentiment_by_outlet.csv ({@link GroupSentiment}), frames_by_outlet.csv
 * ({@link FrameProfile}) when there are frame lexicons, actor_sentiment.csv ({@link ActorSentiment}) when there
 * are actors, and with {@code --emit-sentences} sentences.csv; all from the pass's sentiment column.
 */
final class SentimentOutputs {

  private final JobOptions.Sentiment options;
  private final long seed;
  private final SentimentChain chain;
  private final CsvOutputs out;
  private final Progress progress;

  SentimentOutputs(JobOptions.Sentiment options, long seed, SentimentChain chain, CsvOutputs out, Progress progress) {
    this.options = options;
    this.seed = seed;
    this.chain = chain;
    this.out = out;
    this.progress = progress;
  }

  /** {@code scored}: {@link ScoredArticles#fromPass}; {@code articles}: each group's article count. */
  void write(Dataset<Row> scored, Map<String, Long> articles) {
    Actors actors = chain.actors();
    Dataset<Row> perArticle = ScoredArticles.articles(scored);
    Dataset<Row> sentences = ScoredArticles.sentences(scored);
    out.writePerArticle(OutputFile.SENTIMENT_BY_ARTICLE, perArticle);
    BootstrapMeans bootstrap = new BootstrapMeans(options.resamples(), 0.95, seed);
    out.write(OutputFile.SENTIMENT_BY_GROUP, new GroupSentiment(bootstrap).transform(perArticle, sentences, articles)
        .iterator());
    List<String> written = new ArrayList<>(List.of(OutputFile.SENTIMENT_BY_ARTICLE.file(),
        OutputFile.SENTIMENT_BY_GROUP.file()));
    if (!chain.frames().isEmpty()) {
      out.writeAsIs(OutputFile.FRAMES, new FrameProfile(chain.frames(), GroupSentiment.resampleSentences(articles),
          bootstrap).transform(sentences));
      written.add(OutputFile.FRAMES.file());
    }
    if (!actors.isEmpty()) {
      out.writeAsIs(OutputFile.ACTORS, new ActorSentiment(actors, GroupSentiment.MIN_ARTICLES_TO_RESAMPLE, bootstrap)
          .transform(sentences));
      written.add(OutputFile.ACTORS.file());
    }
    if (options.emitSentences()) {
      Dataset<Row> all = sentences.select(col(ARTICLE_ID), col(GROUP), col(SENTENCE_INDEX), col(TEXT), col(COMPOUND),
          col(TONE));
      out.write(OutputFile.SENTENCES_CSV, Sorted.inOnePartition(all, ARTICLE_ID, SENTENCE_INDEX));
      written.add(OutputFile.SENTENCES_CSV.file());
    }
    progress.done("sentiment", "scored sentiment, tone, " + chain.frames().size() + " frames and "
        + actors.actors().size() + " actors; wrote " + String.join(", ", written));
  }
}
