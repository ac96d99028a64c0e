package org.framing.job;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Stage timings and one console line per finished stage ("framing: analysed 5 articles (1.2 s)"), on
 * standard error so standard output stays for results.
 *
 * <p>A stage is timed from the end of the previous stage of the same thread, or from that thread's
 * {@link #begin}: analyses that run side by side ({@link Branches}) each time their own stages, so the stages'
 * times may add up to more than the run's wall time.
 */
public final class Progress {

  private final PrintStream out;
  private final List<String> order;
  private final Map<String, Long> timings = new LinkedHashMap<>();
  private final ThreadLocal<Long> start = new ThreadLocal<>();

  /** {@code order}: the stages in the order {@link #timings} lists them; others follow as they finish. */
  public Progress(PrintStream out, List<String> order) {
    this.out = out;
    this.order = List.copyOf(order);
    begin();
  }

  public Progress(PrintStream out) {
    this(out, List.of());
  }

  /** Starts timing this thread's next stage now. */
  public void begin() {
    start.set(System.nanoTime());
  }

  /** Ends this thread's current stage: records its time under {@code stage} and prints {@code message}. */
  public void done(String stage, String message) {
    long now = System.nanoTime();
    Long began = start.get();
    long ms = (now - (began == null ? now : began)) / 1_000_000;
    start.set(now);
    synchronized (timings) {
      timings.merge(stage, ms, Long::sum);
    }
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

  /** Stage name to milliseconds: the stages of the constructor's order first, in that order. */
  public Map<String, Long> timings() {
    Map<String, Long> sorted = new LinkedHashMap<>();
    synchronized (timings) {
      for (String s : order) {
        if (timings.containsKey(s)) {
          sorted.put(s, timings.get(s));
        }
      }
      sorted.putAll(timings);
    }
    return sorted;
  }
}
