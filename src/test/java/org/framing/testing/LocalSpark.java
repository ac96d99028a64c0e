package org.framing.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Test support: the shared local Spark session of a test class, and reading files for exact comparisons. */
public final class LocalSpark {

  private LocalSpark() {}

  /**
   * The session of a test class: {@code @ExtendWith(LocalSpark.PerClass.class)} on a class with a
   * {@code static SparkSession} field starts a session into that field before its tests and stops it after
   * them, instead of the same {@code @BeforeAll}/{@code @AfterAll} pair in every class.
   */
  public static final class PerClass implements BeforeAllCallback, AfterAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) throws IllegalAccessException {
      set(context.getRequiredTestClass(), start());
    }

    @Override
    public void afterAll(ExtensionContext context) throws IllegalAccessException {
      SparkSession spark = (SparkSession) field(context.getRequiredTestClass()).get(null);
      if (spark != null) {
        spark.stop();
      }
    }

    private static void set(Class<?> test, SparkSession spark) throws IllegalAccessException {
      field(test).set(null, spark);
    }

    private static Field field(Class<?> test) {
      for (Field f : test.getDeclaredFields()) {
        if (f.getType() == SparkSession.class && Modifier.isStatic(f.getModifiers())) {
          f.setAccessible(true);
          return f;
        }
      }
      throw new IllegalStateException(test.getName() + " has no static SparkSession field for LocalSpark.PerClass");
    }
  }

  /** A local[2] session; a test class gets one with {@link PerClass}. */
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
