package org.framing.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job makes no network request: jobs/run.sh runs the seed study under strace, which records every
 * connect() and sendto() of the launcher, spark-submit and the driver; each must go to a loopback address or a
 * local (Unix) socket. Needs strace (Debian package {@code strace}); skipped without it, failed on CI.
 */
class OfflineJobIT {

  /** An internet address in a strace line: {@code sa_family=AF_INET, ... inet_addr("10.0.0.1")} or the AF_INET6 form. */
  private static final Pattern INET = Pattern.compile(
      "sa_family=AF_INET6?,[^}]*?(?:inet_addr\\(\"([^\"]+)\"\\)|inet_pton\\(AF_INET6, \"([^\"]+)\")");

  @Test
  void theSeedStudyConnectsToNothingButLoopback(@TempDir Path tmp) throws Exception {
    boolean strace = Files.isExecutable(Path.of("/usr/bin/strace"));
    if (!strace && "true".equals(System.getenv("CI"))) {
      Assertions.fail("CI=true but /usr/bin/strace is missing: 'apt-get install -y strace'");
    }
    Assumptions.assumeTrue(strace, "strace not installed: skipping the network check; 'apt-get install -y strace'");
    Path trace = tmp.resolve("trace.txt");
    Path log = tmp.resolve("run.log");
    Process p = new ProcessBuilder("strace", "-f", "--seccomp-bpf", "-e", "trace=connect,sendto,sendmsg", "-o",
        trace.toString(), "bash", "jobs/run.sh", "--output", tmp.resolve("out").toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the run did not finish in 10 minutes");
    assertEquals(0, p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    assertTrue(Files.isRegularFile(tmp.resolve("out/report.html")));

    List<String> inet = new ArrayList<>();
    List<String> outside = new ArrayList<>();
    for (String line : Files.readAllLines(trace, StandardCharsets.UTF_8)) {
      Matcher m = INET.matcher(line);
      if (!m.find()) {
        continue;
      }
      inet.add(line);
      String address = m.group(1) != null ? m.group(1) : m.group(2);
      if (!(address.startsWith("127.") || address.equals("::1") || address.equals("::ffff:127.0.0.1")
          || address.equals("0.0.0.0") || address.equals("::"))) {
        outside.add(line);
      }
    }
    assertTrue(inet.size() > 0, "strace saw no socket at all: the check would be empty");
    assertEquals(List.of(), outside, "connections beyond this machine");
  }
}
