package org.framing.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.not;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.RowFactory;
import org.framing.lexicon.Actors;
import org.framing.lexicon.Lexicon;
import org.framing.lexicon.Tone;
import org.framing.lexicon.Vader;
import org.framing.sentiment.ActorSentiment;
import org.framing.sentiment.FrameProfile;
import org.framing.stats.BootstrapMeans;
import org.framing.sentiment.ScoredArticles;
import org.framing.sentiment.SentimentChain;
import static org.apache.spark.sql.functions.posexplode;
import static org.framing.schema.Columns.*;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.framing.ingest.BadRecords;
import org.framing.ingest.Corpus;
import org.framing.ingest.CorpusReader;
import org.framing.ingest.InputException;
import org.framing.ingest.StudyText;
import org.framing.terms.ArticleTerms;
import org.framing.terms.GroupSizes;
import org.framing.terms.GroupTermCounts;
import org.framing.keyness.Keyness;
import org.framing.spark.Persisted;
import org.framing.terms.Similarity;
import org.framing.report.KeynessReport;
import org.framing.spark.Sorted;
import org.framing.terms.TermFrequencies;
import org.framing.terms.TfIdf;
import org.framing.trends.Trends;
import org.framing.report.CsvSink;
import org.framing.report.FramesSection;
import org.framing.report.TrendsSection;
import org.framing.report.ReportWriter;
import org.framing.report.QuotesSection;
import org.framing.report.ReuseSection;
import org.framing.quotes.Quotations;
import org.framing.quotes.Quote;
import org.framing.quotes.Speakers;
import org.framing.quotes.Voices;
import org.framing.reuse.SharedPassages;
import org.framing.text.Boilerplate;
import org.framing.text.StopWords;
import org.framing.text.TextAnalyzer;

/**
 * One study run: ingest, the text chain, the per-group metrics, the CSVs, charts and report, run.json; all
 * written into a staging folder and published as {@code output/<study>} only when complete.
 *
 * <p>Spark does the per-article work; the driver collects only per-group summaries and streams article-level
 * tables partition by partition ({@code toLocalIterator}) into CSV.
 */
public final class StudyJob {

  /** What a finished run reports. */
  public record Result(Path output, long articles, int groups, Map<String, Long> timings) {}

  private final SparkSession spark;
  private final JobOptions options;
  private final Progress progress;
  /** Top terms per group and period in trends.csv. */
  static final int TREND_TERMS = 10;

  /** Cached tables, unpersisted when the run ends; analyses on several threads add to it. */
  private final List<Dataset<Row>> cachedHere = java.util.Collections.synchronizedList(new ArrayList<>());
  /** The stages in the order run.json lists their times. */
  static final List<String> STAGES = List.of("ingest", "analyse", "group_counts", "articles_csv", "term_frequencies",
      "tfidf", "keyness", "similarity", "reuse", "sentiment", "trends", "quotes", "charts");

  public StudyJob(SparkSession spark, JobOptions options, PrintStream console) {
    this.spark = spark;
    this.options = options;
    this.progress = new Progress(console, STAGES);
  }

  public Result run() {
    Instant started = Instant.now();
    Corpus corpus = new CorpusReader(spark, options.columns(), options.encoding(), options.onBadRecord())
        .read(options.input(), options.format());
    Path target = options.output() != null ? options.output() : Path.of("output", corpus.name());
    OutputFolder out = OutputFolder.begin(target);
    List<Dataset<Row>> cached = cachedHere;
    try {
      Result r = analyse(corpus, out, cached, started);
      out.publish();
      return new Result(out.target(), r.articles(), r.groups(), r.timings());
    } catch (RuntimeException e) {
      out.abandon();
      throw e;
    } finally {
      cached.forEach(Dataset::unpersist);
      interpretedHere.forEach(spark.conf()::unset);
    }
  }

  /** Up to this many articles, Spark SQL interprets its expressions rather than generating and compiling code. */
  static final long INTERPRETED_MAX_ARTICLES = 50;

  /** The settings {@link #interpretSmallStudy} made, for {@link #run} to take back when it ends. */
  private final List<String> interpretedHere = new ArrayList<>();

  /**
   * On a study of at most {@value #INTERPRETED_MAX_ARTICLES} articles, turns off whole-stage code generation and
   * has every projection, predicate and ordering interpreted ({@code spark.sql.codegen.factoryMode=NO_CODEGEN}),
   * unless the user set either. The seed study runs about 110 Spark queries on 2,120 tokens: compiling their
   * generated Java (Janino, then the JIT) cost more CPU than the rows. Measured with {@code jobs/run.sh} on 2
   * cores, alternating runs: seed 18.7–21.1 s against 23.9–25.4 s; the first 30 AllSides articles 27–28 s
   * against 35–36 s; 100 articles 38–41 s either way; 500 articles 61 s against 46–50 s.
   */
  private void interpretSmallStudy(long articles) {
    List<String> keys = List.of("spark.sql.codegen.wholeStage", "spark.sql.codegen.factoryMode");
    if (articles > INTERPRETED_MAX_ARTICLES || keys.stream().anyMatch(spark.conf()::contains)) {
      return;
    }
    spark.conf().set(keys.get(0), false);
    spark.conf().set(keys.get(1), "NO_CODEGEN");
    interpretedHere.addAll(keys);
  }

  private Result analyse(Corpus corpus, OutputFolder out, List<Dataset<Row>> cached, Instant started) {
    progress.done("ingest", "reading " + corpus.location() + " (" + corpus.format() + ", " + corpus.files().size() + " files)");
    BadRecords skipped = corpus.skipped();
    if (skipped.count() > 0) {
      progress.warn("skipped " + skipped.count() + " malformed record" + (skipped.count() == 1 ? "" : "s")
          + " (--on-bad-record skip), listed in run.json; the first: " + skipped.listed().get(0));
    }
    // Lexicons and actors load before any analysis, so a bad file stops the run at once.
    SentimentChain chain = options.sentiment().enabled() ? chain(options.sentiment(), corpus) : null;
    Speakers speakers = options.quotes().enabled() ? speakers(corpus) : Speakers.NONE;
    Dataset<Row> articles = corpus.articles();
    int cores = spark.sparkContext().defaultParallelism();
    if (articles.rdd().getNumPartitions() < cores) {
      articles = articles.repartition(cores);
    }
    // Terms, reuse, sentiment and quotes each read the text: parse it once (a gzip file is read by one task, so
    // every further read would also be serial) and keep it for the run.
    Dataset<Row> parsed = Persisted.keep(cached, articles);
    TextAnalyzer analyzer = new TextAnalyzer(StopWords.load(options.stopWords()), options.keepNumbers());
    Dataset<Row> analyzed = Persisted.keep(cached, new ArticleTerms(analyzer).transform(parsed));
    Row counts = analyzed.agg(count(lit(1)), sum(when(col(TOKENS).equalTo(0), 1).otherwise(0))).first();
    long n = counts.getLong(0);
    if (n == 0) {
      throw new InputException(corpus.location() + ": holds no articles; check the file, or --format");
    }
    if (counts.getLong(1) > 0) {
      List<Row> empty = analyzed.filter(col(TOKENS).equalTo(0)).select(ARTICLE_ID, SOURCE).limit(2).collectAsList();
      Row e = empty.get(0);
      throw new InputException(e.getString(1) + ": article " + e.getString(0) + " has no words after cleaning"
          + (empty.size() > 1 ? " (and others)" : "") + "; add its text or remove it from the corpus");
    }
    progress.done("analyse", "cleaned and tokenised " + n + " articles");
    interpretSmallStudy(n);

    Dataset<Row> groupTerms = Persisted.keep(cached, new GroupTermCounts().transform(analyzed));
    Dataset<Row> sizes = Persisted.keep(cached, new GroupSizes().transform(analyzed, groupTerms));
    List<Row> groups = sizes.collectAsList();
    for (Row g : groups) {
      if (g.getLong(3) == 0) {
        throw new InputException("group '" + g.getString(0) + "' (" + options.columns().groupBy() + ") has no terms after "
            + "cleaning: its " + g.getLong(1) + " article(s) hold only stop words, numbers or boilerplate; "
            + "check them or --stopwords");
      }
    }
    progress.done("group_counts", "counted terms for " + groups.size() + " groups");

    Path dir = out.staging();
    String group = options.columns().groupBy();
    csv(dir.resolve("outlets.csv"), List.of(group, ARTICLES, TOKENS, TYPES), groups.iterator());
    Branches branches = new Branches(progress, analysisThreads(n));
    branches.add(() -> {
      writeArticles(dir, analyzed, group);
      progress.done("articles_csv", "wrote articles.csv, outlets.csv, boilerplate.csv");
      Dataset<Row> tf = new TermFrequencies(options.minCount(), options.top()).transform(groupTerms, sizes);
      csv(dir.resolve("term_frequencies.csv"), List.of(group, TERM, NGRAM, N, PER_10K, RANK), tf.toLocalIterator());
      progress.done("term_frequencies", "wrote term_frequencies.csv");
      // Every TF-IDF weight once, for tfidf.csv's cut and for similarity's vectors.
      List<Dataset<Row>> weightsCache = new ArrayList<>();
      Dataset<Row> weighted = Persisted.keep(weightsCache, TfIdf.weighted(groupTerms, sizes));
      Dataset<Row> tfidf = new TfIdf(options.minCount(), options.top()).cut(weighted);
      csv(dir.resolve("tfidf.csv"), List.of(group, TERM, NGRAM, TFIDF, RANK), tfidf.toLocalIterator());
      progress.done("tfidf", "wrote tfidf.csv");
      Dataset<Row> similarity = new Similarity().transform(weighted.select(GROUP, TERM, NGRAM, TFIDF),
          groups.stream().map(g -> g.getString(0)).toList());
      csv(dir.resolve(KeynessReport.SIMILARITY_CSV), List.of(group + "_a", group + "_b", COSINE),
          similarity.toLocalIterator());
      weightsCache.forEach(Dataset::unpersist);
      progress.done("similarity", "wrote similarity.csv");
    });
    branches.add(() -> {
      JobOptions.Keyness k = options.keyness();
      List<Dataset<Row>> keynessCache = new ArrayList<>();
      Dataset<Row> keyness = new Keyness(k.minCount(), k.top(), k.priorScale(), k.pairs())
          .transform(groupTerms, keynessCache, groups.size());
      csv(dir.resolve(KeynessReport.KEYNESS_CSV), List.of(COMPARISON, TARGET, REFERENCE, TERM, NGRAM, N_TARGET,
          N_REFERENCE, G2, P, P_ADJ, LOG_ODDS_Z, LOG_RATIO), keyness.toLocalIterator());
      keynessCache.forEach(Dataset::unpersist);
      progress.done("keyness", "wrote keyness.csv");
    });
    if (options.reuse().enabled()) {
      branches.add(() -> writeReuse(dir, parsed, group));
    }
    // Each article is scored once; sentiment and trends read projections of the cached result.
    Dataset<Row> scored = chain == null ? null : Persisted.keep(cachedHere, ScoredArticles.transform(chain, parsed));
    if (scored != null) {
      branches.add(() -> writeSentiment(dir, scored, groups, group, chain));
    }
    branches.add(() -> writeTrends(dir, analyzed, scored, chain, group));
    if (options.quotes().enabled()) {
      branches.add(() -> writeQuotes(dir, parsed, group, speakers));
    }
    branches.run();
    progress.begin();

    writeRunJson(dir, corpus, n, groups.size(), started, false);
    if (options.charts()) {
      ReportWriter.render(dir);
      progress.done("charts", "rendered charts and report.html");
    }
    writeRunJson(dir, corpus, n, groups.size(), started, true);
    return new Result(out.target(), n, groups.size(), progress.timings());
  }

  /** Studies up to this many articles run their analyses side by side ({@link Branches}); larger ones in turn. */
  static final long SIDE_BY_SIDE_MAX_ARTICLES = 5_000;

  /** Driver threads for the analyses of {@code articles} articles: one per branch (there are six), or one. */
  static int analysisThreads(long articles) {
    return articles <= SIDE_BY_SIDE_MAX_ARTICLES ? 6 : 1;
  }

  /** reuse.csv: passages two groups share ({@link SharedPassages}). */
  private void writeReuse(Path dir, Dataset<Row> articles, String group) {
    JobOptions.Reuse r = options.reuse();
    List<Dataset<Row>> reuseCache = new ArrayList<>();
    Dataset<Row> tokenized = Persisted.keep(reuseCache, SharedPassages.tokenize(articles));
    Dataset<Row> passages = new SharedPassages(r.ngram(), r.maxRepeat()).transform(tokenized);
    long found = csv(dir.resolve(ReuseSection.REUSE_CSV), List.of(SharedPassages.ARTICLE_A, group + "_a",
        SharedPassages.ARTICLE_B, group + "_b", SharedPassages.SHARED_TOKENS, SharedPassages.JACCARD,
        SharedPassages.PASSAGE), passages.toLocalIterator());
    reuseCache.forEach(Dataset::unpersist);
    progress.done("reuse", "found " + found + " passages shared between groups; wrote reuse.csv");
  }

  private void writeArticles(Path dir, Dataset<Row> analyzed, String group) {
    writePerArticle(dir.resolve("articles.csv"), analyzed, group, List.of(DATE, TITLE, TOKENS, SENTENCES));
    Dataset<Row> removed = analyzed.select(col(ARTICLE_ID), posexplode(col(REMOVED)).as(new String[] {"i", "r"}))
        .select(col(ARTICLE_ID), col("i"), col("r." + RULE), col("r." + TEXT))
        .transform(ds -> Sorted.inOnePartition(ds, ARTICLE_ID, "i"))
        .select(ARTICLE_ID, RULE, TEXT);
    csv(dir.resolve("boilerplate.csv"), List.of(ARTICLE_ID, RULE, TEXT), removed.toLocalIterator());
  }

  /**
   * The speaker list: {@code --speakers FILE}, else the study folder's {@code speakers.csv}, else none (every
   * speaker is "other").
   */
  private Speakers speakers(Corpus corpus) {
    if (options.quotes().speakers() != null) {
      return Speakers.load(Path.of(options.quotes().speakers()));
    }
    StudyText t = corpus.studyFiles().get(Speakers.FILE);
    return t == null ? Speakers.NONE : Speakers.parse(t.text(), t.source());
  }

  /**
   * quotes.csv (every quotation and piece of reported speech, by article and position) and voices.csv (each
   * group's voice shares, largest first).
   */
  private void writeQuotes(Path dir, Dataset<Row> articles, String group, Speakers speakers) {
    Dataset<Row> quotes = Persisted.keep(cachedHere, new Quotations(speakers).transform(articles));
    long found = writePerArticle(dir.resolve(QuotesSection.QUOTES_CSV), quotes, group, List.of(QUOTE_INDEX, SPEAKER,
        AFFILIATION, KIND, VERB, WORDS, QUOTE, CHAR_START, CHAR_END, HEADLINE), QUOTE_INDEX);
    Dataset<Row> voices = Sorted.inOnePartition(new Voices().transform(quotes), col(GROUP), col(QUOTES).desc(),
        col(WORDS).desc(), col(SPEAKER));
    csv(dir.resolve(QuotesSection.VOICES_CSV), List.of(group, SPEAKER, AFFILIATION, QUOTES, WORDS,
        SHARE_OF_QUOTES, SHARE_OF_WORDS), voices.toLocalIterator());
    long direct = quotes.filter(col(KIND).equalTo(Quote.Kind.DIRECT.label())).count();
    progress.done("quotes", "found " + found + " quotations and reported statements (" + direct + " direct); wrote "
        + QuotesSection.QUOTES_CSV + ", " + QuotesSection.VOICES_CSV);
  }

  /**
   * Writes one row per article (or per article and {@code thenBy}), sorted by id: article_id, outlet, the group
   * column when the grouping is not the outlet, then {@code columns}; returns the rows written.
   */
  private long writePerArticle(Path file, Dataset<Row> perArticle, String group, List<String> columns, String... thenBy) {
    List<String> header = new ArrayList<>(List.of(ARTICLE_ID, OUTLET));
    List<String> internal = new ArrayList<>(header);
    if (!group.equals(options.columns().outlet())) {
      header.add(group);
      internal.add(GROUP);
    }
    header.addAll(columns);
    internal.addAll(columns);
    Dataset<Row> rows = perArticle.select(internal.stream().map(c -> col(c)).toArray(Column[]::new));
    return csv(file, header, Sorted.inOnePartition(rows, ARTICLE_ID, thenBy).toLocalIterator());
  }

  /** Groups with fewer articles than this resample sentences for their intervals. */
  static final int MIN_ARTICLES_TO_RESAMPLE = 5;

  /**
   * sentiment_by_article.csv, sentiment_by_outlet.csv (mean and 95 % bootstrap interval of compound and tone
   * per group), frames_by_outlet.csv, actor_sentiment.csv when there are actors, and, when asked, sentences.csv.
   */
  private void writeSentiment(Path dir, Dataset<Row> scored, List<Row> groups, String group, SentimentChain chain) {
    JobOptions.Sentiment o = options.sentiment();
    Actors actors = chain.actors();
    Dataset<Row> perArticle = ScoredArticles.articles(scored);
    writePerArticle(dir.resolve("sentiment_by_article.csv"), perArticle, group,
        List.of(DATE, N_SENTENCES, N_TOKENS, COMPOUND, TONE, POSITIVE, NEGATIVE, POLARITY));

    List<String> few = new ArrayList<>();
    for (Row g : groups) {
      if (g.getLong(1) < MIN_ARTICLES_TO_RESAMPLE) {
        few.add(g.getString(0));
      }
    }
    Dataset<Row> allSentences = ScoredArticles.sentences(scored);
    Map<String, Long> sentenceCounts = new LinkedHashMap<>();
    for (Row r : perArticle.groupBy(GROUP).agg(sum(N_SENTENCES)).collectAsList()) {
      sentenceCounts.put(r.getString(0), r.getLong(1));
    }
    BootstrapMeans bootstrap = new BootstrapMeans(o.resamples(), 0.95, options.seed());
    List<Row> out = new ArrayList<>();
    for (String measure : List.of(COMPOUND, TONE)) {
      Column weight = measure.equals(TONE) ? col(N_TOKENS).cast("double") : lit(1.0);
      Dataset<Row> byArticle = perArticle.filter(not(col(GROUP).isin(few.toArray())))
          .select(col(GROUP), col(measure).as(BootstrapMeans.VALUE), lit(1.0).as(BootstrapMeans.WEIGHT));
      Dataset<Row> bySentence = allSentences.filter(col(GROUP).isin(few.toArray()))
          .select(col(GROUP), col(measure).as(BootstrapMeans.VALUE), weight.as(BootstrapMeans.WEIGHT));
      for (Row r : bootstrap.transform(byArticle.unionByName(bySentence)).collectAsList()) {
        String g = r.getString(0);
        long articlesInGroup = groups.stream().filter(x -> x.getString(0).equals(g)).findFirst().map(x -> x.getLong(1)).orElse(0L);
        out.add(RowFactory.create(g, measure, r.getDouble(1), r.getDouble(2), r.getDouble(3), articlesInGroup,
            sentenceCounts.getOrDefault(g, 0L), few.contains(g) ? "sentence" : "article"));
      }
    }
    out.sort(java.util.Comparator.comparing((Row r) -> r.getString(0)).thenComparing(r -> r.getString(1)));
    csv(dir.resolve("sentiment_by_outlet.csv"), List.of(group, "measure", BootstrapMeans.MEAN,
        BootstrapMeans.CI_LOW, BootstrapMeans.CI_HIGH, "n_articles", "n_sentences", "resampled_unit"), out.iterator());
    List<String> written = new ArrayList<>(List.of("sentiment_by_article.csv", "sentiment_by_outlet.csv"));
    if (!chain.frames().isEmpty()) {
      Dataset<Row> frames = new FrameProfile(chain.frames(), new java.util.HashSet<>(few), bootstrap).transform(allSentences);
      csv(dir.resolve(FramesSection.FRAMES_CSV), withGroupHeader(frames.columns(), group), frames.toLocalIterator());
      written.add(FramesSection.FRAMES_CSV);
    }
    if (!actors.isEmpty()) {
      Dataset<Row> toward = new ActorSentiment(actors, MIN_ARTICLES_TO_RESAMPLE, bootstrap).transform(allSentences);
      csv(dir.resolve(FramesSection.ACTORS_CSV), withGroupHeader(toward.columns(), group), toward.toLocalIterator());
      written.add(FramesSection.ACTORS_CSV);
    }
    if (o.emitSentences()) {
      written.add("sentences.csv");
      Dataset<Row> all = allSentences.select(col(ARTICLE_ID), col(GROUP), col(SENTENCE_INDEX), col(TEXT), col(COMPOUND), col(TONE));
      csv(dir.resolve("sentences.csv"), List.of(ARTICLE_ID, group, SENTENCE_INDEX, TEXT, COMPOUND, TONE),
          Sorted.inOnePartition(all, ARTICLE_ID, SENTENCE_INDEX).toLocalIterator());
    }
    progress.done("sentiment", "scored sentiment, tone, " + chain.frames().size() + " frames and " + actors.actors().size()
        + " actors; wrote " + String.join(", ", written));
  }

  /**
   * trends.csv ({@link Trends}) when the articles' dates span more than one day, in the period of {@code --period}
   * (auto: {@link Trends.Period#forSpan}); {@code scored} holds the {@link ScoredArticles}, or is null without
   * sentiment (then only terms are traced).
   */
  private void writeTrends(Path dir, Dataset<Row> analyzed, Dataset<Row> scored, SentimentChain chain, String group) {
    String[] range = Trends.dateRange(analyzed);
    if (range == null || range[0].equals(range[1])) {
      progress.done("trends", range == null ? "no dates: no trends.csv" : "all articles dated " + range[0] + ": no trends.csv");
      return;
    }
    long days = java.time.temporal.ChronoUnit.DAYS.between(java.time.LocalDate.parse(range[0]), java.time.LocalDate.parse(range[1]));
    Trends.Period period = options.period() == Trends.Period.AUTO ? Trends.Period.forSpan(days) : options.period();
    List<String> frames = chain == null ? List.of() : chain.frames().stream().map(SentimentChain.Frame::category).toList();
    Dataset<Row> in = Trends.articles(analyzed, scored == null ? null : ScoredArticles.articles(scored),
        scored == null ? null : ScoredArticles.sentences(scored), frames.size());
    Dataset<Row> trends = new Trends(period, frames, TREND_TERMS).transform(in);
    long rows = CsvSink.write(dir.resolve(TrendsSection.TRENDS_CSV), List.of(group, PERIOD, PERIOD_START, MEASURE, ITEM, VALUE,
        RANK, N_ARTICLES, N_TOKENS), trends.withColumn(PERIOD, lit(period.label()))
        .select(GROUP, PERIOD, PERIOD_START, MEASURE, ITEM, VALUE, RANK, N_ARTICLES, N_TOKENS).toLocalIterator());
    progress.done("trends", "dates " + range[0] + " to " + range[1] + ": " + rows + " rows per " + period.label()
        + " in trends.csv");
  }

  /**
   * The driver's Java options as the run was given them: Spark adds its module options
   * ({@code JavaModuleOptions.defaultModuleOptions}) and its IPv6 preference to every driver's, left out here.
   */
  static String ownJavaOptions(String options) {
    java.util.Set<String> added = new java.util.HashSet<>(List.of(
        org.apache.spark.launcher.JavaModuleOptions.defaultModuleOptions().split("\\s+")));
    return java.util.Arrays.stream(options.strip().split("\\s+"))
        .filter(o -> !o.isEmpty() && !added.contains(o) && !o.startsWith("-Djava.net.preferIPv6Addresses="))
        .collect(java.util.stream.Collectors.joining(" "));
  }

  private static SentimentChain chain(JobOptions.Sentiment o, Corpus corpus) {
    return new SentimentChain(new Vader(Lexicon.load(o.vaderLexicon())),
        new Tone(Lexicon.load(o.toneLexicon()), o.positive(), o.negative()),
        o.frameLexicons().stream().map(Lexicon::load).toList(), actors(o, corpus));
  }

  /** The actors of {@code --actors}, else of the study folder's actors.csv, else none. */
  private static Actors actors(JobOptions.Sentiment o, Corpus corpus) {
    if (o.actors() != null) {
      Path file = Path.of(o.actors());
      try {
        return Actors.parse(file.toString(), java.nio.file.Files.readString(file));
      } catch (IOException e) {
        throw new InputException("--actors " + o.actors() + ": cannot read it (" + e.getMessage() + "); give an actors.csv");
      }
    }
    StudyText t = corpus.studyFiles().get(Actors.FILE);
    return t == null ? Actors.none() : Actors.parse(t.source(), t.text());
  }

  /** A stage's columns with the internal group column named as the grouping is. */
  private static List<String> withGroupHeader(String[] columns, String group) {
    return java.util.Arrays.stream(columns).map(c -> c.equals(GROUP) ? group : c).toList();
  }

  private void writeRunJson(Path dir, Corpus corpus, long articles, int groups, Instant started, boolean finished) {
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("study", corpus.name());
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("location", corpus.location());
    input.put("format", corpus.format());
    input.put("files", corpus.files());
    run.put("input", input);
    run.put("options", options.describe());
    Map<String, Object> versions = new LinkedHashMap<>();
    String own = StudyJob.class.getPackage().getImplementationVersion();
    versions.put("framing", own == null ? "dev" : own);
    versions.put("spark", spark.version());
    versions.put("scala", scala.util.Properties.versionNumberString());
    versions.put("java", System.getProperty("java.version"));
    run.put("versions", versions);
    run.put("spark_master", spark.sparkContext().master());
    run.put("driver_java_options", ownJavaOptions(spark.sparkContext().getConf().get("spark.driver.extraJavaOptions", "")));
    run.put("sql_expressions", interpretedHere.isEmpty() ? "generated code" : "interpreted (small study)");
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("articles", articles);
    counts.put("groups", groups);
    Map<String, Object> skipped = new LinkedHashMap<>();
    skipped.put("count", corpus.skipped().count());
    skipped.put("first", corpus.skipped().listed());
    counts.put("skipped_records", skipped);
    run.put("counts", counts);
    Map<String, String> rules = new LinkedHashMap<>();
    for (Boilerplate.Rule r : Boilerplate.Rule.values()) {
      rules.put(Boilerplate.ruleName(r), r.description());
    }
    run.put("boilerplate_rules", rules);
    run.put("started", started.toString());
    run.put("finished", finished ? Instant.now().toString() : null);
    run.put("timings_ms", progress.timings());
    try {
      new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve("run.json").toFile(), run);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write run.json", e);
    }
  }

  /** One CSV of the run, neutralised for spreadsheets with {@code --excel-safe}. */
  private long csv(Path file, List<String> header, java.util.Iterator<Row> rows) {
    return CsvSink.write(file, header, rows, options.excelSafe());
  }
}
