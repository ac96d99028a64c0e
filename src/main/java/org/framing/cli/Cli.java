package org.framing.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.IVersionProvider;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;
import org.framing.ingest.InputException;
import org.framing.report.DiskFullException;

/**
 * How every command runs: picocli parses, bad options print one line, the synopsis and "See '--help'";
 * bad input ({@link InputException}, also when Spark wraps it from a task) prints one line; a full disk
 * ({@link DiskFullException}) one line naming the file; anything else prints one line too. Stack traces only with {@code --verbose}. Exit codes: 0 done, 1 failure, 2 bad input.
 */
public final class Cli {

  /** Exit code for bad options or input. */
  public static final int BAD_INPUT = 2;
  /** Exit code for any other failure. */
  public static final int FAILED = 1;

  /** Commands with a {@code --verbose} flag implement this so errors know whether to print stack traces. */
  public interface Verbose {
    boolean verbose();
  }

  /** Reads the version from the jar's manifest. */
  public static final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Cli.class.getPackage().getImplementationVersion();
      return new String[] {"framing " + (v == null ? "dev" : v)};
    }
  }

  private Cli() {}

  /** Parses {@code args} into {@code command} and runs it; returns the exit code. */
  public static int execute(Object command, String[] args) {
    return execute(command, args, new PrintWriter(System.out, true), new PrintWriter(System.err, true));
  }

  /** As {@link #execute(Object, String[])}, printing to the given writers. */
  public static int execute(Object command, String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cl = configure(new CommandLine(command)).setOut(out).setErr(err);
    cl.setParameterExceptionHandler(Cli::onBadOption);
    cl.setExecutionExceptionHandler((ex, line, parsed) -> onFailure(ex, line));
    return cl.execute(args);
  }

  /** The parser settings every command shares. */
  static CommandLine configure(CommandLine cl) {
    return cl.setCaseInsensitiveEnumValuesAllowed(true).setOverwrittenOptionsAllowed(false);
  }

  private static int onBadOption(ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    String name = cl.getCommandName();
    err.println(name + ": " + ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    err.print(cl.getHelp().fullSynopsis());
    err.println("See '" + name + " --help'.");
    err.flush();
    return BAD_INPUT;
  }

  private static int onFailure(Exception ex, CommandLine cl) {
    PrintWriter err = cl.getErr();
    boolean verbose = cl.getCommand() instanceof Verbose v && v.verbose();
    InputException input = inputCause(ex);
    String name = cl.getCommandName();
    DiskFullException diskFull = causes(ex).filter(DiskFullException.class::isInstance)
        .map(DiskFullException.class::cast).findFirst().orElse(null);
    if (input != null) {
      err.println(name + ": " + input.getMessage());
    } else if (diskFull != null) {
      err.println(name + ": " + diskFull.getMessage());
    } else if (DiskFullException.isDiskFull(ex)) {
      err.println(name + ": the disk is full (a write failed for lack of space); free space, or choose --output and "
          + "Spark's temporary folder (spark.local.dir) on another disk");
    } else if (outOfMemory(ex)) {
      err.println(name + ": failed: out of memory (a Spark task's OutOfMemoryError); give the job more: --driver-memory "
          + "on a local master (e.g. --driver-memory 4g), --executor-memory on a cluster"
          + (verbose ? "" : " (run again with --verbose for the stack trace)"));
    } else {
      String msg = String.valueOf(ex.getMessage()).lines().findFirst().orElse("");
      err.println(name + ": failed: " + ex.getClass().getSimpleName() + ": " + msg
          + (verbose ? "" : " (run again with --verbose for the stack trace)"));
    }
    if (verbose) {
      ex.printStackTrace(err);
    }
    err.flush();
    markSaid();
    return input != null ? BAD_INPUT : FAILED;
  }

  /**
   * Tells jobs/run.sh that the failure has been said in the job's own words: it names a file in {@code
   * FRAMING_SAID}, where this writes one line. When Spark then halts the JVM (exit code 52 after a task's
   * OutOfMemoryError), run.sh does not say it a second time.
   */
  private static void markSaid() {
    String file = System.getenv("FRAMING_SAID");
    if (file != null && !file.isBlank()) {
      try {
        Files.writeString(Path.of(file), "said\n");
      } catch (IOException | RuntimeException e) {
        // Best effort: without it run.sh may say the out-of-memory line twice.
      }
    }
  }

  /**
   * Whether {@code t} or a cause is, or reports, an OutOfMemoryError: Spark passes a failed task's error on as
   * text in its SparkException ("... SparkOutOfMemoryError: [UNABLE_TO_ACQUIRE_MEMORY] ...").
   */
  static boolean outOfMemory(Throwable t) {
    return causes(t).anyMatch(c -> c instanceof OutOfMemoryError || String.valueOf(c.getMessage()).contains("OutOfMemoryError"));
  }

  /** The InputException in {@code t}'s cause chain, if any (Spark wraps exceptions thrown in tasks). */
  static InputException inputCause(Throwable t) {
    return causes(t).filter(InputException.class::isInstance).map(InputException.class::cast).findFirst().orElse(null);
  }

  /** {@code t} and its causes, outermost first. */
  private static Stream<Throwable> causes(Throwable t) {
    return Stream.iterate(t, Objects::nonNull, c -> c.getCause() == c ? null : c.getCause());
  }
}
