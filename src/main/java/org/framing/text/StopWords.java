package org.framing.text;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.framing.ingest.InputException;

/**
 * Stop lists: Spark ML's bundled lists ({@link StopWordsRemover#loadDefaultStopWords}), {@code none}, or a
 * UTF-8 file with one word a line ({@code #} starts a comment). Words are lower-cased with {@code Locale.ROOT}
 * and curly apostrophes written as {@code '}, the same normalisation {@link Tokenizer} applies to tokens.
 */
public final class StopWords {

  /** The languages Spark ML ships stop lists for. */
  public static final List<String> LANGUAGES = List.of("danish", "dutch", "english", "finnish", "french", "german",
      "hungarian", "italian", "norwegian", "portuguese", "russian", "spanish", "swedish", "turkish");

  private StopWords() {}

  /** Loads the list named by {@code spec}: a language, {@code none}, or a file path. */
  public static Set<String> load(String spec) {
    String key = spec.toLowerCase(Locale.ROOT);
    if (key.equals("none")) {
      return Set.of();
    }
    if (LANGUAGES.contains(key)) {
      return normalise(Arrays.asList(StopWordsRemover.loadDefaultStopWords(key)));
    }
    Path file = Path.of(spec);
    if (!Files.isRegularFile(file)) {
      throw new InputException("--stopwords: '" + spec + "' is neither a stop list Spark ships ("
          + String.join(", ", LANGUAGES) + ", none) nor a file; name one of those or a file with one word a line");
    }
    try {
      return normalise(Files.readAllLines(file, StandardCharsets.UTF_8).stream()
          .map(line -> line.replaceFirst("#.*", "").strip()).filter(w -> !w.isEmpty()).toList());
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new InputException("--stopwords: cannot read " + file + " as UTF-8 text (" + e.getMessage() + ")");
    }
  }

  private static Set<String> normalise(List<String> words) {
    Set<String> out = new HashSet<>();
    for (String w : words) {
      out.add(w.toLowerCase(Locale.ROOT).replace('\u2019', '\''));
    }
    return Set.copyOf(out);
  }
}
