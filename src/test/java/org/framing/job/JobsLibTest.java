package org.framing.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jobs/lib.sh, the launchers' shared part, run by bash as jobs/run.sh runs it. */
class JobsLibTest {

  /**
   * The first run builds the jar: jobs/lib.sh's ensure_jar runs the real Maven, here on an empty project (nothing
   * to download), and neither stream may carry a terminal escape such as Maven's colour reset ESC[0m.
   */
  @Test
  void buildingTheJarPrintsNoColourCodes(@TempDir Path tmp) throws IOException, InterruptedException {
    assumeTrue(onPath("mvn"), "no mvn on PATH");
    Files.writeString(tmp.resolve("pom.xml"), "<project><modelVersion>4.0.0</modelVersion><groupId>t</groupId>"
        + "<artifactId>t</artifactId><version>1</version><packaging>pom</packaging></project>\n");
    String script = "set -euo pipefail; source jobs/lib.sh; ROOT='" + tmp + "'; JAR=\"$ROOT/target/framing.jar\"; "
        + "SPARK_JARS=\"$ROOT/target/spark/jars\"; ensure_jar";
    Path out = tmp.resolve("build.out");
    ProcessBuilder pb = new ProcessBuilder("bash", "-c", script).redirectErrorStream(true).redirectOutput(out.toFile());
    pb.environment().remove("MAVEN_OPTS");
    Process p = pb.start();
    if (!p.waitFor(2, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      throw new AssertionError("ensure_jar did not finish in 2 minutes");
    }
    String printed = Files.readString(out, StandardCharsets.UTF_8);
    assertEquals(0, p.exitValue(), printed);
    assertEquals("framing: building the job jar (mvn package; the first build downloads Spark, a few minutes)...\n", printed);
    assertFalse(printed.contains("\u001b"), printed);
  }

  private static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
