package org.framing.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The fixture output folder under {@code src/test/resources/fixtures/report/}, copied for a test to render. */
final class ReportFixtures {

  static final String STUDY = "nato-russia-council-2022";
  /** The fixture's hostile term, as tfidf.csv has it. */
  static final String SCRIPT_TERM = "</script><script>document.body.dataset.pwned=1</script>";
  /** The groups by tokens, most first. */
  static final List<String> GROUPS = List.of("Press TV", "CGTN", "B92", "VOI", "Egypt Today");

  private ReportFixtures() {}

  /** Copies the fixture study into {@code tempDir} and returns the copy's folder. */
  static Path copyStudy(Path tempDir) {
    try {
      Path target = tempDir.resolve(STUDY);
      Files.createDirectories(target);
      copyAll("/fixtures/report/" + STUDY, target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Copies every file of the test resource folder {@code resource} into {@code target}. */
  private static void copyAll(String resource, Path target) {
    try {
      URL url = ReportFixtures.class.getResource(resource);
      try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
        for (Path file : files.toList()) {
          Files.copy(file, target.resolve(file.getFileName()));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * {@link #copyStudy} plus {@code keyness.csv} and {@code similarity.csv} from {@code fixtures/report/keyness/}
   * (kept apart so that the standard report's tests see only the files the job wrote before keyness existed).
   */
  static Path copyStudyWithKeyness(Path tempDir) {
    Path target = copyStudy(tempDir);
    copyAll("/fixtures/report/keyness", target);
    return target;
  }

  /** The loaded fixture data. */
  static StudyData load(Path tempDir) {
    Path dir = copyStudy(tempDir);
    return StudyData.of(STUDY, TextTable.read(dir.resolve("outlets.csv")), TextTable.read(dir.resolve("tfidf.csv")));
  }
}
