package org.framing.job;

import org.framing.ingest.InputException;
import org.framing.report.DiskFullException;

/**
 * One analysis of a run failed after others had written their files: the run keeps those ({@link
 * OutputFolder#keepIncomplete}) and names this one in run.json. The cause is what the analysis threw, reported
 * as the run's failure. Bad input and a full disk are not wrapped: they stop the run as they always have.
 */
final class AnalysisFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String analysis;

  AnalysisFailure(String analysis, RuntimeException cause) {
    super(analysis + ": " + cause.getMessage(), cause);
    this.analysis = analysis;
  }

  /** The analysis that failed, as run.json names it. */
  String analysis() {
    return analysis;
  }

  @Override
  public synchronized RuntimeException getCause() {
    return (RuntimeException) super.getCause();
  }

  /** Whether {@code e}, thrown by an analysis, leaves the others' files worth keeping. */
  static boolean keepsOthers(RuntimeException e) {
    return !(e instanceof InputException) && !(e instanceof DiskFullException) && !(e instanceof AnalysisFailure);
  }

  /** Runs {@code step}, the analysis {@code analysis}; a failure that {@link #keepsOthers} comes out wrapped. */
  static void during(String analysis, Runnable step) {
    try {
      step.run();
    } catch (RuntimeException e) {
      throw keepsOthers(e) ? new AnalysisFailure(analysis, e) : e;
    }
  }
}
