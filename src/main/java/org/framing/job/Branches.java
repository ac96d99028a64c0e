package org.framing.job;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.SparkContext;

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
 * <p>The first branch that fails cancels the others' Spark jobs and interrupts them; {@link #run} returns only
 * when every thread has stopped (nothing writes into the staging folder after) and throws that first failure.
 */
final class Branches {

  private final SparkContext spark;
  private final Progress progress;
  private final int threads;
  private final List<Runnable> branches = new ArrayList<>();

  Branches(SparkContext spark, Progress progress, int threads) {
    this.spark = spark;
    this.progress = progress;
    this.threads = threads;
  }

  /** Adds a branch; it reports its stages through {@link Progress#done}, timed from its own start. */
  Branches add(Runnable branch) {
    branches.add(branch);
    return this;
  }

  void run() {
    if (threads <= 1 || branches.size() <= 1) {
      for (Runnable b : branches) {
        progress.begin();
        b.run();
      }
      return;
    }
    AtomicInteger named = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(Math.min(threads, branches.size()), r -> {
      Thread t = new Thread(r, "framing-analysis-" + named.incrementAndGet());
      t.setDaemon(true);
      return t;
    });
    CompletionService<Void> done = new ExecutorCompletionService<>(pool);
    List<Future<Void>> running = new ArrayList<>();
    for (Runnable b : branches) {
      running.add(done.submit(() -> {
        progress.begin();
        b.run();
        return null;
      }));
    }
    Throwable first = null;
    try {
      for (int i = 0; i < running.size() && first == null; i++) {
        try {
          done.take().get();
        } catch (ExecutionException e) {
          first = e.getCause();
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      first = e;
    } finally {
      if (first != null) {
        spark.cancelAllJobs();
        running.forEach(f -> f.cancel(true));
      }
      pool.shutdownNow();
      awaitStopped(pool);
    }
    if (first instanceof RuntimeException r) {
      throw r;
    }
    if (first instanceof Error e) {
      throw e;
    }
    if (first != null) {
      throw new IllegalStateException("an analysis was interrupted", first);
    }
  }

  /** Waits for the pool's threads to end: a cancelled Spark job returns within seconds. */
  private static void awaitStopped(ExecutorService pool) {
    boolean interrupted = false;
    while (true) {
      try {
        if (pool.awaitTermination(1, TimeUnit.MINUTES)) {
          break;
        }
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }
}
