package org.framing.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.framing.testing.LocalSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing lost: a run over the shared 500-article slice is killed with SIGKILL in the middle, through
 * jobs/run.sh and spark-submit; the earlier complete output beside it stays byte for byte, no partial folder is
 * published, and the next run removes the hidden staging folder the killed one left.
 */
class KilledRunIT {

  static final String SLICE = "allsides_article_bias/allsides_article_bias_tiny500.jsonl";

  /** Every file below {@code dir} with its SHA-256. */
  private static Map<String, String> hashes(Path dir) throws IOException, NoSuchAlgorithmException {
    Map<String, String> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(f).toString(),
            HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))));
      }
    }
    return out;
  }

  private static List<String> names(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).sorted().toList();
    }
  }

  @Test
  void aRunKilledMidwayLeavesTheEarlierOutputUntouchedAndPublishesNothing(@TempDir Path tmp) throws Exception {
    Path slice = LocalSpark.sharedCorpus(SLICE).toAbsolutePath();
    Path output = tmp.resolve("study");
    RunScriptIT.Run earlier = RunScriptIT.runScript("--output", output.toString(), "--no-reuse");
    assertEquals(0, earlier.code(), String.join("\n", earlier.err()));
    Map<String, String> before = hashes(output);
    assertTrue(before.containsKey("report.html") && before.containsKey("tfidf.csv"), before.keySet().toString());

    Process run = new ProcessBuilder("bash", "jobs/run.sh", slice.toString(), "--output", output.toString())
        .redirectErrorStream(true).start();
    List<String> seen = new ArrayList<>();
    List<String> staging;
    try (BufferedReader lines = new BufferedReader(new InputStreamReader(run.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null && !line.startsWith("framing: cleaned and tokenised 500 articles")) {
        seen.add(line);
      }
      assertTrue(line != null, "the run ended before it was analysing:\n" + String.join("\n", seen));
      staging = names(tmp).stream().filter(n -> n.startsWith(".study.partial-")).toList();
      List<ProcessHandle> tree = new ArrayList<>(run.descendants().toList());
      tree.add(run.toHandle());
      tree.forEach(ProcessHandle::destroyForcibly);
      for (ProcessHandle p : tree) {
        p.onExit().get(30, TimeUnit.SECONDS);
      }
    }
    assertEquals(137, run.waitFor(), "exit status of a SIGKILL");
    assertEquals(1, staging.size(), "the killed run was writing into its staging folder: " + names(tmp));

    assertEquals(before, hashes(output), "the earlier output changed");
    assertEquals(List.of("study"), names(tmp).stream().filter(n -> !n.startsWith(".")).toList(),
        "a visible folder besides the earlier output");
    assertEquals(staging, names(tmp).stream().filter(n -> n.startsWith(".")).toList(), "only the hidden staging folder is left");

    RunScriptIT.Run next = RunScriptIT.runScript("--output", output.toString(), "--no-reuse", "--no-charts");
    assertEquals(0, next.code(), String.join("\n", next.err()));
    assertEquals(List.of("study"), names(tmp), "the next run removed the killed run's staging folder");
  }
}
