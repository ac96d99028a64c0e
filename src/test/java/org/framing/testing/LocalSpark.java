package org.framing.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Assumptions;

/** Test support: the shared local Spark session of a test class, and reading files for exact comparisons. */
public final class LocalSpark {

  private LocalSpark() {}

  /** A local[2] session; tests start one per class in @BeforeAll and stop it in @AfterAll. */
  public static SparkSession start() {
    return SparkSession.builder().master("local[2]").appName("framing-test")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
  }

  /** A file's text with line ends normalised to \n. */
  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The shared corpora folder (../shared/corpora), or the test is skipped with a message saying why. */
  public static Path sharedCorpus(String relative) {
    Path p = Path.of("..", "shared", "corpora").resolve(relative);
    Assumptions.assumeTrue(Files.exists(p), "skipped: " + p.toAbsolutePath().normalize()
        + " is absent (../shared comes with CI, not with a user's clone)");
    return p;
  }
}
