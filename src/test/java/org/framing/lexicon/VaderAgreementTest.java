package org.framing.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.framing.testing.LocalSpark;
import org.framing.text.Boilerplate;
import org.framing.text.Tokenizer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Java VADER against NLTK's (src/test/python/vader_reference.py, same bundled lexicon) on the first
 * {@value #SENTENCES} sentences of the shared AllSides slice, in file order, split as the job splits them
 * ({@link Boilerplate#clean}, then {@link Tokenizer#split}). Skipped without ../shared or, outside CI, without
 * Debian's python3-nltk.
 */
class VaderAgreementTest {

  static final Path CORPUS = Path.of("allsides_article_bias", "allsides_article_bias_tiny500.jsonl");
  static final Path SCRIPT = Path.of("src/test/python/vader_reference.py");
  static final int SENTENCES = 2000;
  /** VADER's README: compound within (-0.05, 0.05) is neutral. */
  static final double NEUTRAL = 0.05;

  static List<String> firstSentences(Path corpus, int n) throws IOException {
    ObjectMapper json = new ObjectMapper();
    List<String> out = new ArrayList<>();
    try (BufferedReader in = Files.newBufferedReader(corpus, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null && out.size() < n; line = in.readLine()) {
        JsonNode text = json.readTree(line).get("text");
        String clean = Boilerplate.clean(text == null || text.isNull() ? "" : text.asText()).text();
        String normalized = Tokenizer.normalize(clean);
        for (Tokenizer.Sentence s : Tokenizer.split(clean)) {
          if (out.size() < n) {
            out.add(s.text(normalized));
          }
        }
      }
    }
    return out;
  }

  static boolean nltkInstalled() throws IOException, InterruptedException {
    return Files.isExecutable(Path.of("/usr/bin/python3"))
        && new ProcessBuilder("/usr/bin/python3", "-c", "from nltk.sentiment.vader import SentimentIntensityAnalyzer")
            .redirectErrorStream(true).start().waitFor() == 0;
  }

  static List<Double> nltkCompounds(List<String> sentences) throws Exception {
    Process p = new ProcessBuilder("/usr/bin/python3", SCRIPT.toString()).redirectErrorStream(true).start();
    CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> {
      try {
        return new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    try (OutputStream in = p.getOutputStream()) {
      for (String s : sentences) {
        in.write((s + "\n").getBytes(StandardCharsets.UTF_8));
      }
    }
    assertTrue(p.waitFor(120, TimeUnit.SECONDS), "vader_reference.py did not finish in 120 s");
    String text = out.get();
    assertEquals(0, p.exitValue(), text);
    return text.lines().map(Double::parseDouble).toList();
  }

  static int sign(double compound) {
    return compound >= NEUTRAL ? 1 : compound <= -NEUTRAL ? -1 : 0;
  }

  @Test
  void javaAgreesWithNltkOnNewsSentences() throws Exception {
    Path corpus = LocalSpark.sharedCorpus(CORPUS.toString());
    if (!nltkInstalled()) {
      if ("true".equals(System.getenv("CI"))) {
        throw new AssertionError("CI needs Debian's python3-nltk for the VADER reference: apt-get install python3-nltk");
      }
      Assumptions.abort("skipped: /usr/bin/python3 has no NLTK (apt-get install python3-nltk)");
    }
    List<String> sentences = firstSentences(corpus, SENTENCES);
    assertEquals(SENTENCES, sentences.size(), "sentences in " + corpus);
    List<Double> nltk = nltkCompounds(sentences);
    assertEquals(sentences.size(), nltk.size(), "compounds from " + SCRIPT);

    Vader vader = new Vader(Lexicon.load("vader"));
    int sameSign = 0;
    double absDiff = 0;
    double maxDiff = 0;
    String worst = "";
    for (int k = 0; k < sentences.size(); k++) {
      double java = vader.compound(sentences.get(k));
      double d = Math.abs(java - nltk.get(k));
      sameSign += sign(java) == sign(nltk.get(k)) ? 1 : 0;
      absDiff += d;
      if (d > maxDiff) {
        maxDiff = d;
        worst = sentences.get(k);
      }
    }
    double share = 100.0 * sameSign / sentences.size();
    double mean = absDiff / sentences.size();
    System.out.printf(Locale.ROOT, "VADER agreement with NLTK on %d sentences of %s: same sign %.2f %%, mean |difference|"
        + " %.6f, max %.6f%s%n", sentences.size(), CORPUS.getFileName(), share, mean, maxDiff,
        maxDiff > 1e-4 ? " (\"" + worst + "\")" : "");
    assertTrue(share >= 99.0, "same sign in " + share + " % of sentences, expected at least 99 %");
    assertTrue(mean <= 0.02, "mean absolute difference " + mean + ", expected at most 0.02");
  }
}
