package org.framing.cli;

import org.framing.job.JobOptions;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.framing.ingest.BadRecords;
import org.framing.ingest.ColumnMapping;
import org.framing.ingest.CorpusReader;
import org.framing.ingest.InputException;
import org.framing.ingest.Sources;
import org.framing.ingest.StudyFolder;
import org.framing.job.StudyJob;
import org.framing.trends.Trends;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code framing run}: the study job. spark-submit runs this class ({@code jobs/run.sh} does it for you); the
 * Spark master comes from spark-submit, never from here. A study folder's {@code job.properties} supplies
 * defaults for any option not given on the command line.
 */
@Command(name = "framing run", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class, sortOptions = false,
    usageHelpAutoWidth = true,
    description = "Compares how outlets frame the same events: term frequencies, TF-IDF, CSVs, charts and a report.")
public final class RunCommand implements Callable<Integer>, Cli.Verbose {

  @Parameters(index = "0", arity = "0..1", paramLabel = "INPUT",
      description = "A study folder (manifest.csv + texts) or a corpus: .jsonl, .jsonl.gz, .csv, .parquet, any Spark URI. "
          + "Default: the bundled seed study.")
  String input;

  @Option(names = "--format", paramLabel = "FORMAT", description = "auto, study, jsonl, csv or parquet (default: ${DEFAULT-VALUE}).")
  CorpusReader.Format format = CorpusReader.Format.AUTO;

  @Option(names = "--output", paramLabel = "DIR", description = "Output folder (default: output/<study name>).")
  Path output;

  @Option(names = "--group-by", paramLabel = "COLUMN", description = "Compare groups of this column: outlet (default), country, bias, ...")
  String groupBy;

  @Option(names = "--id-col", paramLabel = "COLUMN", description = "Column with the article id (default: ${DEFAULT-VALUE}).")
  String idCol = "id";

  @Option(names = "--outlet-col", paramLabel = "COLUMN", description = "Column with the outlet (default: ${DEFAULT-VALUE}).")
  String outletCol = "outlet";

  @Option(names = "--text-col", paramLabel = "COLUMN", description = "Column with the article text (default: ${DEFAULT-VALUE}).")
  String textCol = "text";

  @Option(names = "--date-col", paramLabel = "COLUMN", description = "Column with the date, ISO (default: date, if present).")
  String dateCol;

  @Option(names = "--title-col", paramLabel = "COLUMN", description = "Column with the title (default: title, if present).")
  String titleCol;

  @Option(names = "--url-col", paramLabel = "COLUMN", description = "Column with the article's address, shown with its "
      + "example sentences (default: url, if present).")
  String urlCol;

  @Option(names = "--encoding", paramLabel = "CHARSET", description = "Encoding of the input texts (default: ${DEFAULT-VALUE}).")
  String encoding = "UTF-8";

  @Option(names = "--stopwords", paramLabel = "LIST", description = "english (default), another language Spark ships, none, or a file with one word a line.")
  String stopWords = "english";

  @Option(names = "--keep-numbers", description = "Count numbers (2022, 100,000) as terms too.")
  boolean keepNumbers;

  @Option(names = "--min-count", paramLabel = "N", description = "Leave out terms used fewer than N times by a group (default: ${DEFAULT-VALUE}).")
  long minCount = 1;

  @Option(names = "--top", paramLabel = "N", description = "Keep the N top-ranked terms per group and n-gram order; 0 keeps all (default: ${DEFAULT-VALUE}).")
  int top = 100;

  @Option(names = "--keyness-top", paramLabel = "N", description = "Per comparison and n-gram order, keep the N terms with the highest and the N with the lowest G²; 0 keeps all (default: ${DEFAULT-VALUE}).")
  int keynessTop = JobOptions.Keyness.DEFAULTS.top();

  @Option(names = "--keyness-min-count", paramLabel = "N", description = "Test a term only when both sides together use it N times (default: ${DEFAULT-VALUE}).")
  long keynessMinCount = JobOptions.Keyness.DEFAULTS.minCount();

  @Option(names = "--keyness-pairs", description = "Also compare every pair of groups (for a few groups).")
  boolean keynessPairs;

  @Option(names = "--prior-scale", paramLabel = "X", description = "Log-odds prior: this share of the pooled counts (default: ${DEFAULT-VALUE}).")
  double priorScale = JobOptions.Keyness.DEFAULTS.priorScale();

  @Option(names = "--no-reuse", description = "Skip the search for passages shared between groups.")
  boolean noReuse;

  @Option(names = "--reuse-ngram", paramLabel = "N", description = "Shingle length and shortest shared passage, in tokens (default: ${DEFAULT-VALUE}).")
  int reuseNgram = JobOptions.Reuse.DEFAULTS.ngram();

  @Option(names = "--reuse-max-repeat", paramLabel = "N", description = "A shingle found in more than N articles is a stock phrase or boilerplate and pairs no articles (default: ${DEFAULT-VALUE}).")
  int reuseMaxRepeat = JobOptions.Reuse.DEFAULTS.maxRepeat();

  @Option(names = "--no-sentiment", description = "Skip sentiment and tone.")
  boolean noSentiment;

  @Option(names = "--vader-lexicon", paramLabel = "NAME|FILE", description = "Valences for VADER sentence sentiment (default: ${DEFAULT-VALUE}).")
  String vaderLexicon = JobOptions.Sentiment.DEFAULTS.vaderLexicon();

  @Option(names = "--tone-lexicon", paramLabel = "NAME|FILE", description = "Lexicon for tone per 100 words: afinn (default), vader, or a .csv, .dic, .txt file.")
  String toneLexicon = JobOptions.Sentiment.DEFAULTS.toneLexicon();

  @Option(names = "--tone-categories", paramLabel = "POS,NEG", description = "The tone lexicon's positive and negative categories (default: ${DEFAULT-VALUE}).")
  String toneCategories = "positive,negative";

  @Option(names = "--lexicon", paramLabel = "NAME|FILE", split = ",", description = "A lexicon whose categories are measured per group as frames, repeatable: frames (default), afinn, vader, or a .csv, .dic, .txt file.")
  List<String> lexicons;

  @Option(names = "--actors", paramLabel = "FILE", description = "Actors to measure sentiment toward (actor,group,aliases); default: the study folder's actors.csv.")
  String actors;

  @Option(names = "--emit-sentences", description = "Also write sentences.csv (every sentence with its scores).")
  boolean emitSentences;

  @Option(names = "--bootstrap", paramLabel = "N", description = "Bootstrap resamples for each 95 %% interval (default: ${DEFAULT-VALUE}).")
  int bootstrap = JobOptions.Sentiment.DEFAULTS.resamples();

  @Option(names = "--no-quotes", description = "Skip quotations and voice shares.")
  boolean noQuotes;

  @Option(names = "--no-entities", description = "Skip people, organisations and places (entities.csv, "
      + "mentions_by_group.csv, the entity of each quotation's speaker).")
  boolean noEntities;

  @Option(names = "--actors-top", paramLabel = "N", description = "Without an actors list (--actors or the study's "
      + "actors.csv): sentiment toward the N people, organisations and places named in most articles (default: "
      + "${DEFAULT-VALUE}; 0: none).")
  int actorsTop = JobOptions.People.DEFAULTS.actorsTop();

  @Option(names = "--speakers", paramLabel = "FILE", description = "speakers.csv (speaker,aliases,affiliation) to use instead of the study folder's own.")
  String speakers;

  @Option(names = "--events", paramLabel = "auto|none|COLUMN", description = "Group the articles into events (stories) "
      + "and compare outlets inside each: auto clusters them, none makes no events, a COLUMN of the input gives each "
      + "article's event id (default: ${DEFAULT-VALUE}).")
  String events = "auto";

  @Option(names = "--event-window", paramLabel = "DAYS", description = "With --events auto, two articles are one story "
      + "only if their dates are at most DAYS apart (default: ${DEFAULT-VALUE}).")
  int eventWindow = JobOptions.Events.DEFAULTS.windowDays();

  @Option(names = "--seed", paramLabel = "N", description = "Seed of every random choice, for identical reruns (default: ${DEFAULT-VALUE}).")
  long seed = 42;

  @Option(names = "--period", paramLabel = "PERIOD", description = "Time trends (trends.csv) per day, week or month; "
      + "auto (default) picks day when the dates span up to 31 days, week up to a year, month beyond.")
  Trends.Period period = Trends.Period.AUTO;

  @Option(names = "--no-parquet", negatable = false, description = "Do not write the article tables "
      + "articles.parquet/ and sentences.parquet/ (jobs/kwic.sh reads them).")
  boolean noParquet;

  @Option(names = "--contexts", paramLabel = "N", description = "Example sentences kept per group and item "
      + "(top terms, frames, actors, voices) in contexts.csv and the report; 0 for none (default: ${DEFAULT-VALUE}).")
  int contexts = JobOptions.Evidence.DEFAULTS.contexts();

  @Option(names = "--no-charts", negatable = false, description = "Write the CSVs and run.json only.")
  boolean noCharts;

  @Option(names = "--on-bad-record", paramLabel = "fail|skip", description = "A malformed record (JSON line, CSV record, manifest row): fail names its file and line and stops; skip leaves it out, counts it in run.json and warns (default: ${DEFAULT-VALUE}).")
  BadRecords.Policy onBadRecord = BadRecords.Policy.FAIL;

  @Option(names = "--excel-safe", description = "Prefix ' to CSV text cells that start with = + - @, so spreadsheets do not run them as formulas.")
  boolean excelSafe;

  @Option(names = "--verbose", description = "Print stack traces and Spark's log.")
  boolean verbose;

  @Spec
  CommandSpec spec;

  public static void main(String[] args) {
    System.exit(Cli.execute(new RunCommand(), args));
  }

  @Override
  public boolean verbose() {
    return verbose;
  }

  @Override
  public Integer call() {
    JobOptions options = withStudySettings().toOptions();
    SparkSession spark = SparkSession.builder().appName("framing").getOrCreate();
    try {
      if (!verbose) {
        spark.sparkContext().setLogLevel("WARN");
      }
      configure(spark);
      StudyJob.Result r = new StudyJob(spark, options, System.err).run();
      System.out.println("framing: " + r.articles() + " articles in " + r.groups() + " groups; results in " + r.output());
      if (r.report()) {
        System.out.println("framing: open " + r.output().resolve("report.html").toUri());
      }
      return 0;
    } finally {
      spark.stop();
    }
  }

  /**
   * Sensible shuffle width for the job's small aggregates, and cached column batches of 1,000 rows instead of
   * Spark's 10,000, unless the user set them: cached per-article rows carry whole token arrays, and a batch of
   * 10,000 AllSides articles did not fit beside the rest in a 3 GB driver (local mode).
   */
  static void configure(SparkSession spark) {
    if (!spark.sparkContext().getConf().contains("spark.sql.shuffle.partitions")) {
      spark.conf().set("spark.sql.shuffle.partitions", Math.max(4, 2 * spark.sparkContext().defaultParallelism()));
    }
    if (!spark.sparkContext().getConf().contains("spark.sql.inMemoryColumnarStorage.batchSize")) {
      spark.conf().set("spark.sql.inMemoryColumnarStorage.batchSize", 1000);
    }
  }

  /** The options, validated. */
  JobOptions toOptions() {
    if (minCount < 1) {
      throw new InputException("--min-count " + minCount + ": must be 1 or more");
    }
    if (top < 0) {
      throw new InputException("--top " + top + ": must be 0 (all) or more");
    }
    if (keynessTop < 0) {
      throw new InputException("--keyness-top " + keynessTop + ": must be 0 (all) or more");
    }
    if (!(priorScale > 0) || Double.isInfinite(priorScale)) {
      throw new InputException("--prior-scale " + priorScale + ": must be a number above 0");
    }
    if (reuseNgram < 2) {
      throw new InputException("--reuse-ngram " + reuseNgram + ": must be 2 or more");
    }
    if (reuseMaxRepeat < 2) {
      throw new InputException("--reuse-max-repeat " + reuseMaxRepeat + ": must be 2 or more");
    }
    String[] categories = toneCategories.split(",", -1);
    if (categories.length != 2 || categories[0].isBlank() || categories[1].isBlank()) {
      throw new InputException("--tone-categories " + toneCategories + ": name two categories, positive then negative, e.g. posemo,negemo");
    }
    conflicts();
    if (bootstrap < 100) {
      throw new InputException("--bootstrap " + bootstrap + ": must be 100 or more");
    }
    Charset charset;
    try {
      charset = Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      throw new InputException("--encoding " + encoding + ": not an encoding this Java knows; try UTF-8, windows-1252 or ISO-8859-1");
    }
    if (contexts < 0) {
      throw new InputException("--contexts " + contexts + ": must be 0 (none) or more sentences");
    }
    if (actorsTop < 0) {
      throw new InputException("--actors-top " + actorsTop + ": must be 0 (none) or more entities");
    }
    if (eventWindow < 0) {
      throw new InputException("--event-window " + eventWindow + ": must be 0 or more days");
    }
    JobOptions.Events ev = switch (events.strip()) {
      case "auto" -> new JobOptions.Events(JobOptions.Events.Mode.AUTO, null, eventWindow);
      case "none" -> new JobOptions.Events(JobOptions.Events.Mode.NONE, null, eventWindow);
      case "" -> throw new InputException("--events: give auto, none or the name of a column of event ids");
      default -> new JobOptions.Events(JobOptions.Events.Mode.COLUMN, events.strip(), eventWindow);
    };
    ColumnMapping cols = new ColumnMapping(idCol, outletCol, textCol, dateCol == null ? "date" : dateCol,
        titleCol == null ? "title" : titleCol, groupBy == null ? outletCol : groupBy, dateCol != null, titleCol != null,
        ev.column(), urlCol == null ? "url" : urlCol, urlCol != null);
    JobOptions.Reuse reuse = new JobOptions.Reuse(!noReuse, reuseNgram, reuseMaxRepeat);
    JobOptions.Sentiment sentiment = new JobOptions.Sentiment(!noSentiment, vaderLexicon, toneLexicon,
        categories[0].strip(), categories[1].strip(), emitSentences, bootstrap,
        lexicons == null ? JobOptions.Sentiment.DEFAULTS.frameLexicons() : lexicons, actors);
    JobOptions.Keyness keyness = new JobOptions.Keyness(keynessTop, keynessMinCount, keynessPairs, priorScale);
    JobOptions.Quotes quotes = new JobOptions.Quotes(!noQuotes, speakers);
    return new JobOptions(input, format, output, cols, charset, stopWords, keepNumbers, minCount, top, keyness, reuse, sentiment,
        quotes, new JobOptions.People(!noEntities, actorsTop), ev, new JobOptions.Evidence(!noParquet, contexts), seed, period, !noCharts, verbose, onBadRecord, excelSafe);
  }

  /** Options that contradict each other: one asks for what another turns off. */
  private void conflicts() {
    List<String> given = spec == null ? List.of() : spec.commandLine().getParseResult().matchedOptions().stream()
        .map(OptionSpec::longestName).toList();
    conflict(noSentiment, "--no-sentiment", given, "--emit-sentences", "--lexicon", "--actors", "--vader-lexicon",
        "--tone-lexicon", "--tone-categories", "--bootstrap");
    conflict(noReuse, "--no-reuse", given, "--reuse-ngram", "--reuse-max-repeat");
    conflict(noQuotes, "--no-quotes", given, "--speakers");
    conflict(noEntities, "--no-entities", given, "--actors-top");
  }

  private static void conflict(boolean off, String offName, List<String> given, String... needing) {
    if (!off) {
      return;
    }
    for (String option : needing) {
      if (given.contains(option)) {
        throw new InputException(offName + " and " + option + " contradict each other: " + option + " sets up what "
            + offName + " turns off; drop one of them");
      }
    }
  }

  /**
   * This command re-parsed with the study's {@code job.properties} as defaults (the command line wins), or
   * itself when the input is not a study folder or has no settings.
   */
  RunCommand withStudySettings() {
    Properties props = studyProperties();
    if (props.isEmpty()) {
      return this;
    }
    List<String> known = new ArrayList<>();
    for (OptionSpec o : spec.options()) {
      if (!o.usageHelp() && !o.versionHelp()) {
        known.add(o.longestName().replaceFirst("^--", ""));
      }
    }
    for (String key : props.stringPropertyNames()) {
      if (!known.contains(key)) {
        throw new InputException(StudyFolder.PROPERTIES + " of " + (input == null ? "the bundled study" : input)
            + ": unknown setting '" + key + "'; settings are the long option names without dashes: " + String.join(", ", known));
      }
    }
    RunCommand again = new RunCommand();
    CommandLine cl = Cli.configure(new CommandLine(again));
    cl.setDefaultValueProvider(new CommandLine.PropertiesDefaultProvider(props));
    cl.parseArgs(spec.commandLine().getParseResult().originalArgs().toArray(String[]::new));
    return again;
  }

  private Properties studyProperties() {
    if (input == null) {
      return StudyFolder.bundled().properties();
    }
    if (format != CorpusReader.Format.AUTO && format != CorpusReader.Format.STUDY) {
      return new Properties();
    }
    org.apache.hadoop.fs.Path p = Sources.path(input);
    Configuration conf = new Configuration();
    FileSystem fs = Sources.fs(p, conf);
    try {
      if (fs.isDirectory(p) && fs.exists(new org.apache.hadoop.fs.Path(p, StudyFolder.MANIFEST))) {
        return StudyFolder.at(input, conf).properties();
      }
    } catch (java.io.IOException e) {
      throw new InputException(input + ": cannot read (" + e.getMessage() + ")", e);
    }
    return new Properties();
  }
}
