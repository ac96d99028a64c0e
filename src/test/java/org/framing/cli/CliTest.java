package org.framing.cli;

import org.framing.job.JobOptions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.SparkException;
import org.framing.ingest.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Every message the command line prints for bad options, without starting Spark. */
class CliTest {

  record Outcome(int code, List<String> err) {}

  private static Outcome run(Object command, String... args) {
    StringWriter err = new StringWriter();
    int code = Cli.execute(command, args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    return new Outcome(code, err.toString().lines().toList());
  }

  @Test
  void anUnknownOptionPrintsOneLineTheSynopsisAndWhereHelpIs() {
    Outcome o = run(new RunCommand(), "--colour", "red");
    assertEquals(2, o.code());
    assertEquals("framing run: Unknown option: '--colour'", o.err().get(0));
    // picocli may suggest near names ("Possible solutions: --contexts") before the synopsis.
    assertTrue(o.err().stream().anyMatch(l -> l.startsWith("Usage: framing run [-hV] ")), o.err().toString());
    assertEquals("See 'framing run --help'.", o.err().get(o.err().size() - 1));
  }

  @Test
  void aValueOfTheWrongTypeNamesTheOption() {
    Outcome o = run(new RunCommand(), "--top", "many");
    assertEquals(2, o.code());
    assertEquals("framing run: Invalid value for option '--top': 'many' is not an int", o.err().get(0));
  }

  @Test
  void outOfRangeValuesAreRefusedBeforeSparkStarts() {
    assertEquals(new Outcome(2, List.of("framing run: --min-count 0: must be 1 or more")),
        run(new RunCommand(), "--min-count", "0"));
    assertEquals(new Outcome(2, List.of("framing run: --top -1: must be 0 (all) or more")),
        run(new RunCommand(), "--top", "-1"));
    assertEquals(new Outcome(2, List.of("framing run: --actors-top -1: must be 0 (none) or more entities")),
        run(new RunCommand(), "--actors-top", "-1"));
    assertEquals(new Outcome(2, List.of("framing run: --event-window -2: must be 0 or more days")),
        run(new RunCommand(), "--event-window", "-2"));
    assertEquals("framing run: Invalid value for option '--event-window': 'week' is not an int",
        run(new RunCommand(), "--event-window", "week").err().get(0));
    assertEquals(new Outcome(2, List.of("framing run: --events: give auto, none or the name of a column of event ids")),
        run(new RunCommand(), "--events", " "));
    assertEquals(new Outcome(2, List.of("framing run: --encoding klingon: not an encoding this Java knows; try UTF-8, "
        + "windows-1252 or ISO-8859-1")), run(new RunCommand(), "--encoding", "klingon"));
    assertEquals(new Outcome(2, List.of("framing run: Invalid value for option '--format': expected one of "
        + "[AUTO, STUDY, JSONL, CSV, PARQUET] (case-insensitive) but was 'xml'")).err().get(0),
        run(new RunCommand(), "--format", "xml").err().get(0));
  }

  @Test
  void anUnknownStudySettingIsNamed(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("manifest.csv"), "file,outlet\n");
    Files.writeString(tmp.resolve("job.properties"), "group-by=outlet\ncolour=red\n");
    Outcome o = run(new RunCommand(), tmp.toString());
    assertEquals(2, o.code());
    assertEquals(List.of("framing run: job.properties of " + tmp + ": unknown setting 'colour'; settings are the long "
        + "option names without dashes: format, output, group-by, id-col, outlet-col, text-col, date-col, title-col, url-col, "
        + "encoding, stopwords, keep-numbers, min-count, top, keyness-top, keyness-min-count, keyness-pairs, prior-scale, "
        + "no-reuse, reuse-ngram, reuse-max-repeat, "
        + "no-sentiment, vader-lexicon, tone-lexicon, tone-categories, lexicon, actors, emit-sentences, bootstrap, no-quotes, no-entities, actors-top, speakers, events, event-window, seed, period, no-parquet, contexts, no-charts, on-bad-record, excel-safe, verbose"), o.err());
  }

  @Test
  void studySettingsAreDefaultsTheCommandLineOverrides(@TempDir Path tmp) throws IOException {
    Files.writeString(tmp.resolve("manifest.csv"), "file,outlet\n");
    Files.writeString(tmp.resolve("job.properties"), "group-by=country\ntop=7\non-bad-record=skip\nexcel-safe=true\n");
    RunCommand cmd = new RunCommand();
    picocli.CommandLine cl = Cli.configure(new picocli.CommandLine(cmd));
    cl.parseArgs(tmp.toString(), "--top", "9");
    JobOptions o = cmd.withStudySettings().toOptions();
    assertEquals("country", o.columns().groupBy());
    assertEquals(9, o.top());
    assertEquals(org.framing.ingest.BadRecords.Policy.SKIP, o.onBadRecord());
    assertTrue(o.excelSafe());
    assertEquals(JobOptions.defaults().onBadRecord(), org.framing.ingest.BadRecords.Policy.FAIL);
  }

  @Command(name = "boom")
  static final class Boom implements Callable<Integer>, Cli.Verbose {
    @Option(names = "--verbose")
    boolean verbose;
    final Exception failure;

    Boom(Exception failure) {
      this.failure = failure;
    }

    @Override
    public Integer call() throws Exception {
      throw failure;
    }

    @Override
    public boolean verbose() {
      return verbose;
    }
  }

  @Test
  void badInputThrownInsideASparkTaskPrintsItsOneLine() {
    SparkException wrapped = new SparkException("Job aborted due to stage failure: ...",
        new InputException("corpus.jsonl: article a7 has no words after cleaning; add its text or remove it"));
    assertEquals(new Outcome(2, List.of("boom: corpus.jsonl: article a7 has no words after cleaning; add its text or remove it")),
        run(new Boom(wrapped)));
  }

  @Test
  void aFullDiskIsOneLineNamingTheFileWithoutTheTrace() {
    // The exception the CSV writer throws when the disk is full (/dev/full answers every write as a full disk does).
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(Path.of("/dev/full")), "no /dev/full on this system");
    RuntimeException full = org.junit.jupiter.api.Assertions.assertThrows(RuntimeException.class,
        () -> org.framing.report.CsvSink.write(Path.of("/dev/full"),
        List.of("term"), java.util.Collections.emptyIterator()));
    assertEquals(new Outcome(1, List.of("boom: the disk is full: cannot write /dev/full; free space or choose --output on "
        + "another disk")), run(new Boom(new SparkException("Job aborted", full))));
    // Spark's own temporary files on a full disk: no file of the job's to name.
    SparkException spill = new SparkException("Job aborted due to stage failure: ...",
        new java.io.IOException("No space left on device"));
    assertEquals(new Outcome(1, List.of("boom: the disk is full (a write failed for lack of space); free space, or "
        + "choose --output and Spark's temporary folder (spark.local.dir) on another disk")), run(new Boom(spill)));
  }

  @Test
  void aTaskOutOfMemorySaysWhichOptionGivesMore() {
    SparkException wrapped = new SparkException("Job aborted due to stage failure: Task 0 in stage 300.0 failed 1 times, "
        + "most recent failure: Lost task 0.0 in stage 300.0 (TID 251) (localhost executor driver): "
        + "org.apache.spark.memory.SparkOutOfMemoryError: [UNABLE_TO_ACQUIRE_MEMORY] Unable to acquire 65536 bytes of "
        + "memory, got 0. SQLSTATE: 53200");
    assertEquals(new Outcome(1, List.of("boom: failed: out of memory (a Spark task's OutOfMemoryError); give the job "
        + "more: --driver-memory on a local master (e.g. --driver-memory 4g), --executor-memory on a cluster "
        + "(run again with --verbose for the stack trace)")), run(new Boom(wrapped)));
  }

  @Test
  void otherFailuresPrintOneLineAndTheTraceOnlyWithVerbose() {
    Outcome quiet = run(new Boom(new IllegalStateException("boom\nsecond line")));
    assertEquals(new Outcome(1, List.of("boom: failed: IllegalStateException: boom (run again with --verbose for the stack trace)")),
        quiet);
    Outcome verbose = run(new Boom(new IllegalStateException("boom")), "--verbose");
    assertEquals(1, verbose.code());
    assertEquals("boom: failed: IllegalStateException: boom", verbose.err().get(0));
    assertEquals("java.lang.IllegalStateException: boom", verbose.err().get(1));
    assertTrue(verbose.err().get(2).strip().startsWith("at org.framing.cli.CliTest.otherFailuresPrintOneLineAndTheTraceOnlyWithVerbose"), verbose.err().get(2));
  }

  @Test
  void jobsRunShKnowsWhichOptionsTakeNoValue() throws IOException {
    // jobs/run.sh finds the INPUT argument by skipping each option's value, so it lists the flags that have none.
    String script = Files.readString(Path.of("jobs/run.sh"));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("JOB_FLAGS=\" ([^\"]*) \"").matcher(script);
    assertTrue(m.find(), "jobs/run.sh has no JOB_FLAGS line");
    java.util.Set<String> listed = new java.util.TreeSet<>(List.of(m.group(1).split(" ")));
    java.util.Set<String> flags = new java.util.TreeSet<>();
    for (picocli.CommandLine.Model.OptionSpec o : new picocli.CommandLine(new RunCommand()).getCommandSpec().options()) {
      if (o.arity().max() == 0) {
        flags.addAll(List.of(o.names()));
      }
    }
    assertEquals(flags, listed);
  }
  @Test
  void helpTextOfEveryCommandFormatsWithoutPicocliWarnings() {
    // picocli reads a description as a format string: a lone % (as in "95 % interval") makes it warn on stderr.
    java.io.PrintStream original = System.err;
    java.io.ByteArrayOutputStream captured = new java.io.ByteArrayOutputStream();
    StringWriter help = new StringWriter();
    System.setErr(new java.io.PrintStream(captured, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      assertEquals(0, Cli.execute(new RunCommand(), new String[] {"--help"}, new PrintWriter(help, true),
          new PrintWriter(new StringWriter(), true)));
      assertEquals(0, Cli.execute(new RenderCommand(), new String[] {"--help"}, new PrintWriter(help, true),
          new PrintWriter(new StringWriter(), true)));
    } finally {
      System.setErr(original);
    }
    String warnings = captured.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertTrue(!warnings.contains("[picocli WARN]"), warnings);
    assertTrue(help.toString().contains("Bootstrap resamples for each 95 % interval"), help.toString());
  }
}
