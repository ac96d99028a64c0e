package org.framing.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The same jar on a real Spark standalone cluster: jobs/cluster-smoke.sh starts a master and two workers (separate
 * JVMs), submits the seed study to them, and compares every CSV with a local[2] run of the same job.
 */
class ClusterSmokeIT {

  @Test
  void theSeedStudyGivesTheSameCsvsOnAStandaloneClusterAsLocally() throws IOException, InterruptedException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path out = Files.createTempFile("cluster", ".out");
    Path err = Files.createTempFile("cluster", ".err");
    ProcessBuilder pb = new ProcessBuilder("bash", "jobs/cluster-smoke.sh").redirectOutput(out.toFile())
        .redirectError(err.toFile());
    pb.environment().put("CLUSTER_PORT", Integer.toString(port));
    Process p = pb.start();
    if (!p.waitFor(15, TimeUnit.MINUTES)) {
      p.destroy();
      p.waitFor(30, TimeUnit.SECONDS);
      throw new AssertionError("jobs/cluster-smoke.sh did not finish in 15 minutes");
    }
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), stderr);
    assertEquals(List.of("cluster-smoke: 25 CSVs equal between spark://127.0.0.1:" + port
        + " (2 executors on 2 workers) and local[2]"), Files.readAllLines(out, StandardCharsets.UTF_8));
    java.util.regex.Matcher up = java.util.regex.Pattern
        .compile("cluster-smoke: master spark://127.0.0.1:" + port + " and 2 workers up \\(PIDs (\\d+) (\\d+) (\\d+)\\)")
        .matcher(stderr);
    assertTrue(up.find(), stderr);
    for (int i = 1; i <= 3; i++) {
      long pid = Long.parseLong(up.group(i));
      assertTrue(ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true), "daemon " + pid + " still runs");
    }
  }
}
