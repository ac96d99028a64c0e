package org.framing.job;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.framing.testing.LocalSpark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two runs of the seed study with the same options write the same bytes, and run.json says how to repeat them. */
class ReproducibleRunTest {

  private static SparkSession spark;
  @TempDir
  static Path tmp;
  static Path first;
  static Path second;

  @BeforeAll
  static void runTwice() {
    spark = LocalSpark.start();
    first = tmp.resolve("first");
    second = tmp.resolve("second");
    new StudyJob(spark, JobOptions.defaults().withInput(null, first).withoutCharts(), null).run();
    new StudyJob(spark, JobOptions.defaults().withInput(null, second).withoutCharts(), null).run();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static List<String> csvs(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList();
    }
  }

  @Test
  void twoRunsWriteByteIdenticalCsvs() throws IOException {
    List<String> names = csvs(first);
    assertEquals(25, names.size(), names.toString());
    assertEquals(names, csvs(second));
    for (String name : names) {
      assertArrayEquals(Files.readAllBytes(first.resolve(name)), Files.readAllBytes(second.resolve(name)), name);
    }
  }

  @Test
  void runJsonRecordsInputHashesOptionsVersionsAndTheSeed() throws IOException, NoSuchAlgorithmException {
    JsonNode run = new ObjectMapper().readTree(first.resolve("run.json").toFile());
    JsonNode files = run.at("/input/files");
    assertEquals(8, files.size());
    for (JsonNode f : files) {
      String path = f.get("path").asText();
      assertTrue(path.startsWith("jobs/nato-russia-council-2022/"), path);
      byte[] bytes;
      try (InputStream in = getClass().getClassLoader().getResourceAsStream(
          "studies/nato-russia-council-2022/" + path.substring("jobs/nato-russia-council-2022/".length()))) {
        bytes = in.readAllBytes();
      }
      assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)), f.get("sha256").asText(), path);
      assertEquals(bytes.length, f.get("bytes").asLong(), path);
    }
    assertEquals(42, run.at("/options/seed").asLong());
    assertEquals(2000, run.at("/options/bootstrap").asLong());
    assertEquals("fail", run.at("/options/on_bad_record").asText());
    assertEquals(false, run.at("/options/excel_safe").asBoolean());
    assertEquals("4.1.0", run.at("/versions/spark").asText());
    assertEquals(System.getProperty("java.version"), run.at("/versions/java").asText());
    assertEquals(0, run.at("/counts/skipped_records/count").asLong());
  }
}
