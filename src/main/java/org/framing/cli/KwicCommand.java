package org.framing.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.framing.job.KwicJob;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code framing kwic} ({@code jobs/kwic.sh}): keyword in context from a finished run's article table. */
@Command(name = "framing kwic", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
    description = "Prints a concordance per group of a word, a phrase or a wildcard (expan*) from a run's "
        + "articles.parquet/ and writes it as CSV.")
public final class KwicCommand implements Callable<Integer>, Cli.Verbose {

  @Parameters(index = "0", paramLabel = "OUTPUT_DIR", description = "A run's output folder, e.g. output/nato-russia-council-2022.")
  Path dir;

  @Parameters(index = "1", paramLabel = "PATTERN", description = "A word, a phrase (quote it) or a word with * as "
      + "a wildcard; matched against the job's own tokens, so case does not matter.")
  String pattern;

  @Option(names = "--group-by", paramLabel = "COLUMN", description = "A column of articles.parquet to group by "
      + "(default: the run's own grouping).")
  String groupBy;

  @Option(names = "--window", paramLabel = "N", description = "Words of context each side (default: ${DEFAULT-VALUE}).")
  int window = 5;

  @Option(names = "--show", paramLabel = "N", description = "Matches printed per group; the CSV holds all "
      + "(default: ${DEFAULT-VALUE}).")
  int show = 20;

  @Option(names = "--csv", paramLabel = "FILE", description = "Where to write the CSV (default: OUTPUT_DIR/kwic/PATTERN.csv).")
  Path csv;

  @Option(names = "--verbose", description = "Print stack traces and Spark's log.")
  boolean verbose;

  public static void main(String[] args) {
    System.exit(Cli.execute(new KwicCommand(), args));
  }

  @Override
  public boolean verbose() {
    return verbose;
  }

  @Override
  public Integer call() {
    SparkSession spark = SparkSession.builder().appName("framing kwic").getOrCreate();
    try {
      if (!verbose) {
        spark.sparkContext().setLogLevel("WARN");
      }
      new KwicJob(spark, System.out).run(dir, pattern, groupBy, window, show, csv);
      return 0;
    } finally {
      spark.stop();
    }
  }
}
