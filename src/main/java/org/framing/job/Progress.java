package org.framing.job;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Stage timings and one console line per finished stage ("framing: analysed 5 articles (1.2 s)"), on
 * standard error so standard output stays for results.
 */
public final class Progress {

  private final PrintStream out;
  private final Map<String, Long> timings = new LinkedHashMap<>();
  private long start = System.nanoTime();

  public Progress(PrintStream out) {
    this.out = out;
  }

  /** Ends the current stage: records its time under {@code stage} and prints {@code message}. */
  public void done(String stage, String message) {
    long now = System.nanoTime();
    long ms = (now - start) / 1_000_000;
    timings.merge(stage, ms, Long::sum);
    start = now;
    if (out != null) {
      out.printf("framing: %s (%.1f s)%n", message, ms / 1000.0);
    }
  }

  /** Prints one warning line ("framing: warning: ..."); it does not end the stage. */
  public void warn(String message) {
    if (out != null) {
      out.println("framing: warning: " + message);
    }
  }

  /** Stage name to milliseconds, in stage order. */
  public Map<String, Long> timings() {
    return timings;
  }
}
