package org.framing.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.framing.ingest.InputException;
import org.framing.testing.LocalSpark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class BranchesTest {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void oneThreadRunsTheBranchesInTheOrderAdded() {
    List<String> ran = new CopyOnWriteArrayList<>();
    new Branches(spark.sparkContext(), new Progress(null), 1)
        .add(() -> ran.add("terms")).add(() -> ran.add("reuse")).add(() -> ran.add("quotes")).run();
    assertEquals(List.of("terms", "reuse", "quotes"), ran);
  }

  @Test
  void everyBranchRunsOnItsOwnThreadAndEachTimesItsOwnStages() {
    Progress progress = new Progress(null, List.of("a", "b"));
    List<String> threads = new CopyOnWriteArrayList<>();
    CountDownLatch both = new CountDownLatch(2);
    Runnable meet = () -> {
      threads.add(Thread.currentThread().getName());
      both.countDown();
      try {
        // Each branch waits for the other: this returns only when both run at the same time.
        assertTrue(both.await(1, TimeUnit.MINUTES));
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
    };
    new Branches(spark.sparkContext(), progress, 4)
        .add(() -> { meet.run(); progress.done("b", "b done"); })
        .add(() -> { meet.run(); progress.done("a", "a done"); })
        .run();
    assertEquals(2, threads.stream().distinct().count(), threads.toString());
    assertTrue(threads.stream().allMatch(t -> t.startsWith("framing-analysis-")), threads.toString());
    assertEquals(List.of("a", "b"), List.copyOf(progress.timings().keySet()));
  }

  @Test
  void aFailingBranchStopsTheOthersSparkJobsAndItsErrorIsThrownOnceAllHaveStopped() {
    InputException bad = new InputException("quotes.csv: line 3 is bad");
    AtomicBoolean otherEnded = new AtomicBoolean();
    CountDownLatch jobRunning = new CountDownLatch(1);
    Branches branches = new Branches(spark.sparkContext(), new Progress(null), 4)
        .add(() -> {
          try {
            // A job that would run for hours: only a cancel ends it.
            spark.range(0, 1_000_000, 1, 2).map((MapFunction<Long, Long>) x -> {
              Thread.sleep(10_000);
              return x;
            }, Encoders.LONG()).count();
          } finally {
            otherEnded.set(true);
          }
        })
        .add(() -> {
          try {
            waitForAJob(jobRunning);
          } catch (InterruptedException e) {
            throw new IllegalStateException(e);
          }
          throw bad;
        });
    jobRunning.countDown();
    InputException thrown = assertThrows(InputException.class, branches::run);
    assertSame(bad, thrown);
    assertTrue(otherEnded.get(), "run() returned while another branch was still running");
    assertFalse(Thread.getAllStackTraces().keySet().stream()
        .anyMatch(t -> t.isAlive() && t.getName().startsWith("framing-analysis-")));
  }

  /** Returns once a Spark job is active. */
  private static void waitForAJob(CountDownLatch started) throws InterruptedException {
    started.await();
    while (spark.sparkContext().statusTracker().getActiveJobIds().length == 0) {
      Thread.sleep(20);
    }
  }
}
