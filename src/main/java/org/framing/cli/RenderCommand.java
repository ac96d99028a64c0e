package org.framing.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.framing.ingest.InputException;
import org.framing.report.ReportWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code framing render}: draws the charts and report.html again from a finished run's CSVs, without Spark
 * ({@code jobs/render.sh output/<study>}).
 */
@Command(name = "framing render", mixinStandardHelpOptions = true, versionProvider = Cli.Version.class,
    description = "Re-renders charts/ and report.html from the CSVs in an output folder.")
public final class RenderCommand implements Callable<Integer>, Cli.Verbose {

  @Parameters(index = "0", paramLabel = "OUTPUT_DIR", description = "A run's output folder, e.g. output/nato-russia-council-2022.")
  Path dir;

  @Option(names = "--verbose", description = "Print stack traces.")
  boolean verbose;

  public static void main(String[] args) {
    System.exit(Cli.execute(new RenderCommand(), args));
  }

  @Override
  public boolean verbose() {
    return verbose;
  }

  @Override
  public Integer call() {
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir + ": no such folder; name a run's output folder, e.g. output/nato-russia-council-2022");
    }
    ReportWriter.render(dir, note -> System.err.println("framing: warning: " + note));
    System.out.println("framing: open " + dir.toAbsolutePath().resolve("report.html").toUri());
    return 0;
  }
}
