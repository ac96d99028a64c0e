package org.framing.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The run's independent analyses (terms, keyness, reuse, sentiment, quotes), each a chain of Spark jobs and CSV
 * writes that only reads cached tables, run side by side from driver threads.
 *
 * <p>On a small study the driver is the critical path: each analysis is a few dozen tiny Spark jobs whose planning,
 * code generation and scheduling take longer than their tasks, one after the other. From several threads the
 * driver plans one analysis while another's tasks run (Spark's scheduler takes jobs from any thread). On a large
 * corpus every analysis already fills the cores and side by side they would only hold their shuffles and caches in
 * memory at the same time: the job then runs them one after the other ({@code threads} = 1), in the order added.
 *
 * <p>{@link #run} returns when every branch has ended, so nothing writes into the staging folder after it, and
 * throws the failure of the first branch added that failed, as an {@link AnalysisFailure} naming the branch
 * (bad input and a full disk as they are). A failure does not cancel the other branches: side by side they are a
 * small study's few seconds, and a cancelled Spark task logs its interruption with a stack trace (one line per
 * failure is the job's rule). One after the other, the branches after a failed one still run, so that a long
 * run keeps what they compute; only bad input, a full disk or an {@link Error} (out of memory) stops them.
 */
final class Branches {

  private final Progress progress;
  private final int threads;
  private final List<Runnable> branches = new ArrayList<>();
  private final List<String> names = new ArrayList<>();

  Branches(Progress progress, int threads) {
    this.progress = progress;
    this.threads = threads;
  }

  /**
   * Adds the branch {@code name} (as run.json names a failed one); it reports its stages through {@link
   * Progress#done}, timed from its own start.
   */
  Branches add(String name, Runnable branch) {
    branches.add(branch);
    names.add(name);
    return this;
  }

  void run() {
    if (threads <= 1 || branches.size() <= 1) {
      RuntimeException first = null;
      for (int i = 0; i < branches.size(); i++) {
        progress.begin();
        try {
          AnalysisFailure.during(names.get(i), branches.get(i));
        } catch (AnalysisFailure e) {
          first = first == null ? e : first;
        }
      }
      if (first != null) {
        throw first;
      }
      return;
    }
    AtomicInteger named = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, branches.size()), r -> {
      Thread t = new Thread(r, "framing-analysis-" + named.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    List<Future<Void>> running = new ArrayList<>();
    for (int i = 0; i < branches.size(); i++) {
      String name = names.get(i);
      Runnable b = branches.get(i);
      running.add(pool.submit(() -> {
        progress.begin();
        AnalysisFailure.during(name, b);
        return null;
      }));
    }
    Throwable first = null;
    boolean interrupted = false;
    for (Future<Void> f : running) {
      while (true) {
        try {
          f.get();
          break;
        } catch (ExecutionException e) {
          first = first == null ? e.getCause() : first;
          break;
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
    }
    pool.shutdown();
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (first instanceof RuntimeException r) {
      throw r;
    }
    if (first instanceof Error e) {
      throw e;
    }
    if (first != null) {
      throw new IllegalStateException("an analysis failed", first);
    }
  }
}
