package org.framing.job;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a run finds left over from runs that were killed, and what it does with it. */
class OutputFolderTest {

  /** The id of a process that has ended. */
  private static long deadPid() throws IOException, InterruptedException {
    Process p = new ProcessBuilder("true").start();
    p.waitFor();
    return p.pid();
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aKilledRunsStagingFolderIsDeletedByTheNextRunAndALiveOneIsKept(@TempDir Path tmp) throws Exception {
    Path target = tmp.resolve("study");
    Files.createDirectories(target);
    Files.writeString(target.resolve("tfidf.csv"), "earlier");
    Path dead = Files.createDirectories(tmp.resolve(".study.partial-" + deadPid() + "-17"));
    Files.writeString(dead.resolve("tfidf.csv"), "half");
    String live = ".study.partial-" + ProcessHandle.current().pid() + "-18";
    Files.createDirectories(tmp.resolve(live));
    String other = ".other.partial-" + deadPid() + "-19";
    Files.createDirectories(tmp.resolve(other));

    OutputFolder out = OutputFolder.begin(target);
    assertEquals(Stream.of(other, live, out.staging().getFileName().toString(), "study").sorted().toList(), names(tmp),
        "the dead run's folder is gone; a live run's and another study's are kept");
    out.abandon();
    assertEquals("earlier", Files.readString(target.resolve("tfidf.csv")));
  }

  @Test
  void anEarlierResultAKilledPublishMovedAsideIsPutBack(@TempDir Path tmp) throws Exception {
    Path target = tmp.resolve("study");
    Path aside = Files.createDirectories(tmp.resolve(".study.old-" + deadPid() + "-5"));
    Files.writeString(aside.resolve("tfidf.csv"), "earlier");
    OutputFolder out = OutputFolder.begin(target);
    assertEquals("earlier", Files.readString(target.resolve("tfidf.csv")));
    out.abandon();
    assertEquals(List.of("study"), names(tmp));
  }

  @Test
  void aRunWithAFailedAnalysisKeepsTheOthersFilesBesideTheTarget(@TempDir Path tmp) throws Exception {
    Path target = Files.createDirectories(tmp.resolve("study"));
    Files.writeString(target.resolve("tfidf.csv"), "earlier");
    Files.createDirectories(tmp.resolve("study.incomplete"));
    Files.writeString(tmp.resolve("study.incomplete/reuse.csv"), "an older failed run's");
    OutputFolder out = OutputFolder.begin(target);
    Files.writeString(out.staging().resolve("tfidf.csv"), "this run's");
    Path kept = out.keepIncomplete();
    assertEquals(tmp.resolve("study.incomplete"), kept);
    assertEquals(List.of("study", "study.incomplete"), names(tmp));
    assertEquals(List.of("tfidf.csv"), names(kept), "the older incomplete folder is replaced");
    assertEquals("this run's", Files.readString(kept.resolve("tfidf.csv")));
    assertEquals("earlier", Files.readString(target.resolve("tfidf.csv")));
  }
}
