package org.framing.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;
import static org.framing.schema.Columns.ARTICLES;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.SOURCE;
import static org.framing.schema.Columns.TOKENS;
import static org.framing.schema.Columns.TYPES;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
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
import org.framing.ingest.InputFile;
import org.framing.quotes.Quotations;
import org.framing.report.DiskFullException;
import org.framing.report.ReportWriter;
import org.framing.reuse.SharedPassages;
import org.framing.schema.OutputFile;
import org.framing.sentiment.ScoredArticles;
import org.framing.spark.Persisted;
import org.framing.events.ArticleMeasures;
import org.framing.stats.BootstrapMeans;
import org.framing.terms.GroupSizes;
import org.framing.terms.GroupTermCounts;
import org.framing.events.EventText;
import org.framing.entities.Entities;
import org.framing.entities.Resolution;
import org.framing.evidence.ArticleTable;
import org.framing.evidence.ArticleTables;
import org.framing.text.ArticlePart;
import org.framing.text.StopWords;
import org.framing.text.TextAnalyzer;

/**
 * One study run, top to bottom: read the corpus; load the lexicons and lists; the one pass over the articles
 * ({@link ArticlePass}); the group-term table; then the analyses, each a small class that reads the pass or the
 * group-term table and writes its CSVs through the one writer ({@link CsvOutputs}); the charts and report;
 * run.json ({@link RunJson}). Everything is written into a staging folder and published as
 * {@code output/<study>} only when complete ({@link OutputFolder}).
 *
 * <p>Spark does the per-article work; the driver collects only per-group summaries and streams article-level
 * tables partition by partition ({@code toLocalIterator}) into CSV.
 */
public final class StudyJob {

  /** What a finished run reports; {@code report}: whether report.html was written. */
  public record Result(Path output, long articles, int groups, Map<String, Long> timings, boolean report) {}

  private final SparkSession spark;
  private final JobOptions options;
  private final Progress progress;
  private final PrintStream console;

  /** Cached tables, unpersisted when the run ends. */
  private final List<Dataset<Row>> cached = Collections.synchronizedList(new ArrayList<>());
  /** The stages in the order run.json lists their times. */
  static final List<String> STAGES = List.of("ingest", "analyse", "group_counts", "articles_csv", "term_frequencies",
      "tfidf", "keyness", "similarity", "events", "reuse", "sentiment", "trends", "entities", "quotes", "tables", "contexts", "charts");

  public StudyJob(SparkSession spark, JobOptions options, PrintStream console) {
    this.spark = spark;
    this.options = options;
    this.progress = new Progress(console, STAGES);
    this.console = console;
  }

  public Result run() {
    Instant started = Instant.now();
    Corpus corpus = new CorpusReader(spark, options.columns(), options.encoding(), options.onBadRecord())
        .read(options.input(), options.format());
    Path target = options.output() != null ? options.output() : Path.of("output", corpus.name());
    OutputFolder out = OutputFolder.begin(target);
    try {
      Result r = analyse(corpus, out.staging(), new RunJson(spark, options, corpus, started));
      out.publish();
      return new Result(out.target(), r.articles(), r.groups(), r.timings(), r.report());
    } catch (DiskFullException e) {
      out.abandon();
      throw e.inPlaceOf(out.staging(), out.target());
    } catch (AnalysisFailure e) {
      Path kept = out.keepIncomplete();
      progress.warn(e.analysis() + " failed; what the other analyses wrote is in " + kept + " (run.json says what "
          + "failed)");
      throw e.getCause();
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

  private Result analyse(Corpus corpus, Path dir, RunJson runJson) {
    progress.done("ingest", "reading " + corpus.location() + " (" + corpus.format() + ", " + corpus.files().size() + " files)");
    warnSkipped(corpus.skipped());
    StudyResources resources = StudyResources.load(options, corpus);

    TextAnalyzer analyzer = analyzer();
    List<ArticlePart> parts = parts(resources, analyzer);
    Dataset<Row> whole = new ArticlePass(analyzer, parts).transform(spread(corpus));
    Dataset<Row> evidence = null;
    Dataset<Row> pass;
    if (options.evidence().keepsText()) {
      // The evidence part (each article's text and tokens) is read twice at the end, by the tables and the
      // examples; the analyses read the rest many times. The whole pass is kept on disk, and the rest, cut from
      // it, in memory: the chain still runs once, and the cache the analyses read stays as small as without it.
      evidence = Persisted.keep(cached, whole, org.apache.spark.storage.StorageLevel.DISK_ONLY());
      pass = Persisted.keep(cached, evidence.drop(ArticleTable.PART));
    } else {
      pass = Persisted.keep(cached, whole);
    }
    Dataset<Row> analyzed = ArticlePass.analyzed(pass);
    long n = requireWords(analyzed, corpus);
    progress.done("analyse", "cleaned and tokenised " + n + " articles" + (parts.isEmpty() ? "" : "; in the same pass: "
        + String.join(", ", parts.stream().map(ArticlePart::name).toList())));
    interpretSmallStudy(n);

    Dataset<Row> groupTerms = Persisted.keep(cached, new GroupTermCounts().transform(analyzed));
    Dataset<Row> sizes = Persisted.keep(cached, new GroupSizes().transform(analyzed, groupTerms));
    List<Row> groups = requireTerms(sizes.collectAsList());
    progress.done("group_counts", "counted terms for " + groups.size() + " groups");
    List<String> groupNames = groups.stream().map(g -> g.<String>getAs(GROUP)).toList();
    Map<String, Long> articlesPerGroup = new LinkedHashMap<>();
    groups.forEach(g -> articlesPerGroup.put(g.getAs(GROUP), g.getLong(g.fieldIndex(ARTICLES))));

    CsvOutputs csv = new CsvOutputs(dir, options.columns().groupBy(), options.columns().outlet(), options.excelSafe());
    csv.write(OutputFile.OUTLETS, groups.iterator());
    Dataset<Row> scored = resources.chain() == null ? null : ScoredArticles.fromPass(pass);
    Branches branches = new Branches(progress, analysisThreads(n));
    branches.add("terms", () -> {
      new ArticleOutputs(csv, progress).write(analyzed);
      new TermOutputs(options.minCount(), options.top(), csv, progress).write(groupTerms, sizes, groupNames);
    });
    branches.add("keyness", () -> new KeynessOutputs(options.keyness(), csv, progress).write(groupTerms, groups.size()));
    Map<String, Object> record = Collections.synchronizedMap(new LinkedHashMap<>());
    java.util.concurrent.atomic.AtomicReference<Dataset<Row>> eventTable = new java.util.concurrent.atomic.AtomicReference<>();
    if (options.events().enabled()) {
      EventOutputs events = new EventOutputs(options.events(), options.keyness(), options.seed(), csv, progress);
      branches.add("events", () -> {
        eventTable.set(events.write(pass, groups.size()));
        cached.add(eventTable.get());
        record.put("events", events.record());
      });
    }
    if (options.reuse().enabled()) {
      branches.add("reuse", () -> new ReuseOutputs(options.reuse(), csv, progress).write(pass));
    }
    boolean withinEvents = options.events().enabled() && groups.size() >= 2;
    WithinEventOutputs within = new WithinEventOutputs(csv, progress);
    if (scored != null) {
      branches.add("sentiment", () -> {
        new SentimentOutputs(options.sentiment(), options.seed(), resources.chain(), csv, progress)
            .write(scored, articlesPerGroup);
        if (withinEvents) {
          List<String> frames = frameNames(resources);
          within.keep(frames.isEmpty() ? WithinEventOutputs.Measure.TONE : WithinEventOutputs.Measure.FRAMES,
              ArticleMeasures.sentiment(ScoredArticles.articles(scored), ScoredArticles.sentences(scored), frames));
          org.framing.lexicon.Actors listed = resources.chain().actors();
          if (!listed.isEmpty()) {
            within.keep(WithinEventOutputs.Measure.ACTORS, ArticleMeasures.actors(ScoredArticles.sentences(scored),
                listed.names()));
          }
        }
      });
    }
    branches.add("trends", () -> new TrendOutputs(options.period(), csv, progress).write(analyzed, scored, resources.chain()));
    java.util.concurrent.atomic.AtomicReference<Resolution> resolution = new java.util.concurrent.atomic.AtomicReference<>();
    // The 95 % intervals of mentions_by_group.csv and of the comparison inside events.
    BootstrapMeans bootstrap = new BootstrapMeans(options.sentiment().resamples(), 0.95, options.seed());
    if (options.people().enabled() || options.quotes().enabled()) {
      branches.add("entities and quotes", () -> {
        if (options.people().enabled()) {
          boolean listed = resources.chain() == null || !resources.chain().actors().isEmpty();
          Map<String, long[]> totals = new LinkedHashMap<>();
          groups.forEach(g -> totals.put(g.getAs(GROUP),
              new long[] {g.getLong(g.fieldIndex(ARTICLES)), g.getLong(g.fieldIndex(TOKENS))}));
          resolution.set(new EntityOutputs(bootstrap, csv, progress).write(pass, totals, listed ? null : scored,
              options.people().actorsTop(), withinEvents ? within : null));
        }
        if (options.quotes().enabled()) {
          new QuoteOutputs(csv, progress).write(pass, resolution.get(), withinEvents ? within : null);
        }
      });
    }
    Dataset<Row> withText = evidence;
    if (options.evidence().parquet()) {
      branches.add("tables", () -> {
        new ArticleTables(options.columns().groupBy(), options.columns().outlet()).write(withText, dir);
        progress.done("tables", "wrote " + ArticleTables.ARTICLES + "/ and " + ArticleTables.SENTENCES_TABLE + "/");
      });
    }
    try {
      branches.run();
      // The analyses are done with the pass and the term tables; what follows reads the kept measures, the events
      // and the evidence part on disk. Freed now, they no longer crowd the heap: on the 37.5k corpus the
      // comparison inside events spent as long in garbage collection as in work while they were kept.
      release(pass, groupTerms, sizes);
      if (withinEvents) {
        progress.begin();
        AnalysisFailure.during("within_event", () -> within.write(eventTable.get(), groups.size(), bootstrap));
      }
      if (options.evidence().contexts() > 0) {
        progress.begin();
        AnalysisFailure.during("contexts", () -> new ContextOutputs(options.evidence().contexts(), options.seed(),
            csv, progress).write(spark, withText, resources.chain(), frameNames(resources), options.quotes().enabled(),
            resolution.get(), eventTable.get()));
      }
    } catch (AnalysisFailure e) {
      // What the other analyses wrote is kept (run() moves it beside the target); run.json says what failed.
      Map<String, Object> failed = new LinkedHashMap<>();
      failed.put("analysis", e.analysis());
      failed.put("error", e.getCause().getClass().getSimpleName() + ": "
          + String.valueOf(e.getCause().getMessage()).lines().findFirst().orElse(""));
      record.put("failed", failed);
      runJson.write(dir, n, groups.size(), !interpretedHere.isEmpty(), record, progress.timings(), false);
      throw e;
    }
    progress.begin();

    runJson.write(dir, n, groups.size(), !interpretedHere.isEmpty(), record, progress.timings(), false);
    boolean report = options.charts() && render(dir);
    runJson.write(dir, n, groups.size(), !interpretedHere.isEmpty(), record, progress.timings(), true);
    return new Result(dir, n, groups.size(), progress.timings(), report);
  }

  /** Unpersists cached tables before the run ends. */
  private void release(Dataset<?>... tables) {
    for (Dataset<?> t : tables) {
      t.unpersist();
      cached.remove(t);
    }
  }

  /**
   * Draws the charts and report.html from the CSVs already written, and says whether it did. A chart that cannot
   * be drawn is left out with a warning ({@link ReportWriter#render(Path, java.util.function.Consumer)}); should
   * the report fail as a whole, one warning line says why and the run goes on without charts: a chart never
   * costs the analyses. A full disk is no chart failure: it stops the run ({@link DiskFullException}).
   */
  private boolean render(Path dir) {
    try {
      ReportWriter.render(dir, progress::warn);
      progress.done("charts", "rendered charts and report.html");
      return true;
    } catch (DiskFullException e) {
      throw e;
    } catch (RuntimeException e) {
      try {
        OutputFolder.delete(dir.resolve(ReportWriter.CHARTS_DIR));
        java.nio.file.Files.deleteIfExists(dir.resolve(ReportWriter.REPORT_HTML));
      } catch (java.io.IOException ignored) {
        // the staging folder is published as it is; a leftover chart file does no harm beside the CSVs
      }
      progress.warn("charts and report.html left out: " + e.getClass().getSimpleName() + ": "
          + String.valueOf(e.getMessage()).lines().findFirst().orElse("") + "; the CSVs are complete"
          + (options.verbose() ? "" : " (run again with --verbose for the stack trace)"));
      if (options.verbose() && console != null) {
        e.printStackTrace(console);
      }
      return false;
    }
  }

  private void warnSkipped(BadRecords skipped) {
    if (skipped.count() > 0) {
      progress.warn("skipped " + skipped.count() + " malformed record" + (skipped.count() == 1 ? "" : "s")
          + " (--on-bad-record skip), listed in run.json; the first: " + skipped.listed().get(0));
    }
  }

  /** The pass's per-article parts besides terms: sentiment, reuse fingerprints and quotations, as enabled. */
  private List<ArticlePart> parts(StudyResources resources, TextAnalyzer analyzer) {
    List<ArticlePart> parts = new ArrayList<>();
    if (resources.chain() != null) {
      parts.add(ScoredArticles.part(resources.chain(), spark));
    }
    if (options.reuse().enabled()) {
      parts.add(SharedPassages.part());
    }
    if (options.quotes().enabled()) {
      parts.add(new Quotations(resources.speakers()).part());
    }
    if (options.people().enabled()) {
      parts.add(Entities.part());
    }
    if (options.events().enabled()) {
      parts.add(EventText.part(analyzer));
    }
    if (options.evidence().keepsText()) {
      parts.add(ArticleTable.part());
    }
    return parts;
  }

  /** The frame categories, named by category, or by lexicon:category where two lexicons share a category. */
  private static List<String> frameNames(StudyResources resources) {
    if (resources.chain() == null) {
      return List.of();
    }
    List<String> plain = resources.chain().frames().stream().map(f -> f.category()).toList();
    return plain.stream().distinct().count() == plain.size() ? plain
        : resources.chain().frames().stream().map(f -> f.lexicon() + ":" + f.category()).toList();
  }

  private TextAnalyzer analyzer() {
    return new TextAnalyzer(StopWords.load(options.stopWords()), options.keepNumbers());
  }

  /** Raw input bytes per partition of the pass (compressed files count {@value #COMPRESSION_RATIO} times). */
  static final long PASS_PARTITION_BYTES = 4L << 20;

  /** What a gzip, bzip2 or zstd file of news text is taken to expand to, for {@link #passPartitions}. */
  static final int COMPRESSION_RATIO = 4;

  /**
   * The partitions of the one pass: one per core at least, and one per {@link #PASS_PARTITION_BYTES} of input.
   * Spark caches each partition of a table as one block, and a block that does not fit in storage memory goes to
   * disk and is read back whole; a row of the pass is about seven times its article's raw text (terms, scored
   * sentences with their text, reuse fingerprints, quotations), so 12,000 AllSides articles in two partitions made
   * two 260 MB blocks and ran the default 1 GB driver out of heap. 4 MB of raw text makes blocks of about 30 MB.
   */
  static int passPartitions(List<InputFile> files, int cores) {
    long bytes = 0;
    for (InputFile f : files) {
      String n = f.path().toLowerCase(java.util.Locale.ROOT);
      boolean compressed = n.endsWith(".gz") || n.endsWith(".bz2") || n.endsWith(".zst");
      bytes += f.bytes() * (compressed ? COMPRESSION_RATIO : 1);
    }
    return (int) Math.max(cores, Math.min(10_000, (bytes + PASS_PARTITION_BYTES - 1) / PASS_PARTITION_BYTES));
  }

  /** The articles in {@link #passPartitions} partitions, unless they already have as many (a gzip file is one). */
  private Dataset<Row> spread(Corpus corpus) {
    Dataset<Row> articles = corpus.articles();
    int partitions = passPartitions(corpus.files(), spark.sparkContext().defaultParallelism());
    return articles.rdd().getNumPartitions() < partitions ? articles.repartition(partitions) : articles;
  }

  /** The count of articles without words, in {@link #requireWords}. */
  private static final String WITHOUT_WORDS = "without_words";

  /** The number of articles; fails when there are none or one has no words after cleaning. */
  private static long requireWords(Dataset<Row> analyzed, Corpus corpus) {
    Row counts = analyzed.agg(count(lit(1)).as(ARTICLES),
        sum(when(col(TOKENS).equalTo(0), 1).otherwise(0)).as(WITHOUT_WORDS)).first();
    long n = counts.getLong(counts.fieldIndex(ARTICLES));
    if (n == 0) {
      throw new InputException(corpus.location() + ": holds no articles; check the file, or --format");
    }
    if (counts.getLong(counts.fieldIndex(WITHOUT_WORDS)) > 0) {
      List<Row> empty = analyzed.filter(col(TOKENS).equalTo(0)).select(ARTICLE_ID, SOURCE).limit(2).collectAsList();
      Row e = empty.get(0);
      throw new InputException(e.getAs(SOURCE) + ": article " + e.getAs(ARTICLE_ID) + " has no words after cleaning"
          + (empty.size() > 1 ? " (and others)" : "") + "; add its text or remove it from the corpus");
    }
    return n;
  }

  /** The groups' sizes ({@code GroupSizes}); fails when a group has no terms. */
  private List<Row> requireTerms(List<Row> groups) {
    for (Row g : groups) {
      if (g.getLong(g.fieldIndex(TYPES)) == 0) {
        throw new InputException("group '" + g.getAs(GROUP) + "' (" + options.columns().groupBy() + ") has no terms after "
            + "cleaning: its " + g.getLong(g.fieldIndex(ARTICLES))
            + " article(s) hold only stop words, numbers or boilerplate; check them or --stopwords");
      }
    }
    return groups;
  }

  /** Studies up to this many articles run their analyses side by side ({@link Branches}); larger ones in turn. */
  static final long SIDE_BY_SIDE_MAX_ARTICLES = 5_000;

  /** Driver threads for the analyses of {@code articles} articles: one per branch (there are six), or one. */
  static int analysisThreads(long articles) {
    return articles <= SIDE_BY_SIDE_MAX_ARTICLES ? 6 : 1;
  }
}
