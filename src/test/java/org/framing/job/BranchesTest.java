package org.framing.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalSpark.PerClass.class)
class BranchesTest {

  private static SparkSession spark;

  @Test
  void oneThreadRunsTheBranchesInTheOrderAdded() {
    List<String> ran = new CopyOnWriteArrayList<>();
    new Branches(new Progress(null), 1)
        .add("terms", () -> ran.add("terms")).add("reuse", () -> ran.add("reuse")).add("quotes", () -> ran.add("quotes"))
        .run();
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
    new Branches(progress, 4)
        .add("b", () -> { meet.run(); progress.done("b", "b done"); })
        .add("a", () -> { meet.run(); progress.done("a", "a done"); })
        .run();
    assertEquals(2, threads.stream().distinct().count(), threads.toString());
    assertTrue(threads.stream().allMatch(t -> t.startsWith("framing-analysis-")), threads.toString());
    assertEquals(List.of("a", "b"), List.copyOf(progress.timings().keySet()));
  }

  @Test
  void theFirstAddedFailureIsThrownOnceEveryBranchHasEnded() {
    InputException bad = new InputException("speakers.csv: line 3 has no name; give each speaker a name");
    AtomicBoolean otherEnded = new AtomicBoolean();
    Branches branches = new Branches(new Progress(null), 4)
        .add("speakers", () -> {
          throw bad;
        })
        .add("count", () -> {
          // Still running Spark jobs when the first branch has failed.
          spark.range(0, 4, 1, 2).map((MapFunction<Long, Long>) x -> {
            Thread.sleep(300);
            return x;
          }, Encoders.LONG()).count();
          otherEnded.set(true);
        })
        .add("later", () -> {
          throw new IllegalStateException("a later failure");
        });
    InputException thrown = assertThrows(InputException.class, branches::run);
    assertSame(bad, thrown);
    assertTrue(otherEnded.get(), "run() returned while another branch was still running");
  }

  @Test
  void oneAfterTheOtherTheBranchesAfterAFailureStillRunAndTheFirstFailureIsNamed() {
    List<String> ran = new CopyOnWriteArrayList<>();
    IllegalStateException broke = new IllegalStateException("reuse ran out of memory");
    Branches branches = new Branches(new Progress(null), 1)
        .add("terms", () -> ran.add("terms"))
        .add("reuse", () -> {
          throw broke;
        })
        .add("sentiment", () -> {
          throw new IllegalStateException("a later failure");
        })
        .add("quotes", () -> ran.add("quotes"));
    AnalysisFailure thrown = assertThrows(AnalysisFailure.class, branches::run);
    assertEquals("reuse", thrown.analysis());
    assertSame(broke, thrown.getCause());
    assertEquals(List.of("terms", "quotes"), ran);
    // Bad input and an Error stop at once, unwrapped.
    List<String> after = new CopyOnWriteArrayList<>();
    InputException bad = new InputException("speakers.csv: line 3 has no name; give each speaker a name");
    assertSame(bad, assertThrows(InputException.class, new Branches(new Progress(null), 1)
        .add("quotes", () -> {
          throw bad;
        }).add("tables", () -> after.add("tables"))::run));
    assertThrows(OutOfMemoryError.class, new Branches(new Progress(null), 1)
        .add("reuse", () -> {
          throw new OutOfMemoryError("Java heap space");
        }).add("tables", () -> after.add("tables"))::run);
    assertEquals(List.of(), after);
  }
}
