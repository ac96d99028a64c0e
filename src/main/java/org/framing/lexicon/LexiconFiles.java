package org.framing.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.framing.ingest.InputException;
import org.framing.lexicon.Lexicon.Format;
import org.framing.lexicon.Lexicon.Term;

/**
 * Reads lexicons: a bundled one from the jar or a file by path, checked to be UTF-8, then parsed line by line in
 * one of the three formats ({@link Format}; the layouts are in {@link Lexicon}'s class comment) into a
 * {@link Lexicon}. The first malformed line stops reading with one {@link InputException} naming the file and line.
 */
final class LexiconFiles {

  private static final Map<String, String> BUNDLED_FILES = Map.of(
      "vader", "lexicons/vader/vader_lexicon.txt",
      "afinn", "lexicons/afinn/AFINN-en-165.txt",
      "frames", "lexicons/frames/frames.csv");

  private LexiconFiles() {}

  /** {@link Lexicon#load}: the bundled resource by name, else the file by path, checked to be UTF-8 and parsed. */
  static Lexicon load(String spec) {
    String key = spec.toLowerCase(Locale.ROOT);
    if (BUNDLED_FILES.containsKey(key)) {
      String resource = BUNDLED_FILES.get(key);
      try (InputStream in = LexiconFiles.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("the jar lacks " + resource);
        }
        return parse(key, decode(in.readAllBytes(), resource), formatOf(Path.of(resource)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Path file = Path.of(spec);
    Format format = formatOf(file);
    if (format == null || !Files.isRegularFile(file)) {
      throw new InputException("lexicon '" + spec + "' is neither a bundled lexicon (" + String.join(", ", Lexicon.BUNDLED)
          + ") nor a .csv, .dic, .txt or .tsv file; name one of those");
    }
    try {
      return parse(file.toString(), decode(Files.readAllBytes(file), file.toString()), format);
    } catch (IOException e) {
      throw new InputException(file + ": cannot read the lexicon (" + e.getMessage() + ")", e);
    }
  }

  /** The format a file name's extension stands for, or null. */
  static Format formatOf(Path file) {
    String n = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (n.endsWith(".csv")) {
      return Format.CSV;
    }
    if (n.endsWith(".dic")) {
      return Format.DIC;
    }
    return n.endsWith(".txt") || n.endsWith(".tsv") ? Format.WEIGHTS : null;
  }

  /** The bytes as UTF-8 text; anything else is an {@link InputException} naming {@code source}. */
  private static String decode(byte[] bytes, String source) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InputException(source + ": the lexicon is not UTF-8 text; save it as UTF-8");
    }
  }

  /** {@link Lexicon#parse}: the lines in {@code format}, then the index over the terms they list. */
  static Lexicon parse(String source, String content, Format format) {
    String[] lines = content.split("\r?\n", -1);
    Builder b = new Builder(source, format);
    int k = 0;
    if (format == Format.DIC) {
      k = b.dicHeader(lines);
    }
    for (; k < lines.length; k++) {
      String line = k == 0 && lines[0].startsWith("\uFEFF") ? lines[0].substring(1) : lines[k];
      if (line.isBlank()) {
        continue;
      }
      switch (format) {
        case CSV -> b.csvLine(line, k + 1, k == 0);
        case DIC -> b.dicLine(line, k + 1);
        case WEIGHTS -> b.weightsLine(line, k + 1);
      }
    }
    return new Lexicon(source, b.categories, b.terms);
  }

  /** Collects terms line by line; every error names the file and line. */
  private static final class Builder {
    final String source;
    final Format format;
    final List<String> categories = new ArrayList<>();
    final Map<String, Term> terms = new LinkedHashMap<>();
    /** Whether the term now held for a key was written already folded (it wins over folded look-alikes). */
    final Map<String, Boolean> writtenFolded = new HashMap<>();
    final Map<String, Integer> dicIds = new HashMap<>();

    Builder(String source, Format format) {
      this.source = source;
      this.format = format;
    }

    InputException error(int line, String problem) {
      return new InputException(source + " line " + line + ": " + problem + "; expected " + format.layout());
    }

    int category(String name) {
      int k = categories.indexOf(name);
      if (k < 0) {
        categories.add(name);
        k = categories.size() - 1;
      }
      return k;
    }

    /** Adds {@code raw} to {@code category}; {@code replace} drops earlier categories of the term. */
    void add(String raw, int category, double weight, int line, boolean replace) {
      String text = raw.strip().replaceAll("\\s+", " ");
      if (text.isEmpty()) {
        throw error(line, "the term is empty");
      }
      for (String w : text.split(" ")) {
        for (int k = 1; k + 1 < w.length(); k++) {
          if (w.charAt(k) == '*' && Character.isLetterOrDigit(w.charAt(k - 1)) && Character.isLetterOrDigit(w.charAt(k + 1))) {
            throw error(line, "'" + w + "' has a * inside a word (a * marks a prefix only at the end of a word)");
          }
        }
      }
      String key = Lexicon.fold(text);
      boolean folded = key.equals(text);
      Term t = terms.get(key);
      if (replace && t != null && writtenFolded.get(key) && !folded) {
        return;
      }
      if (t == null || replace) {
        t = new Term(key);
        terms.put(key, t);
        writtenFolded.put(key, folded);
      }
      t.put(category, weight);
    }

    double number(String s, int line, String what) {
      try {
        double d = Double.parseDouble(s.strip());
        if (Double.isFinite(d)) {
          return d;
        }
      } catch (NumberFormatException e) {
        // reported below
      }
      throw error(line, what + " '" + s + "' is not a number");
    }

    void weightsLine(String line, int n) {
      String[] f = line.split("\t", -1);
      if (f.length < 2) {
        throw error(n, "no TAB between term and weight");
      }
      double w = number(f[1], n, "weight");
      add(f[0], category(w > 0 ? "positive" : w < 0 ? "negative" : "neutral"), w, n, true);
    }

    void csvLine(String line, int n, boolean first) {
      List<String> f;
      try {
        CSVRecord r = CSVFormat.RFC4180.parse(new StringReader(line)).getRecords().get(0);
        f = r.toList();
      } catch (IOException | RuntimeException e) {
        throw error(n, "not one CSV record (" + e.getMessage() + ")");
      }
      if (first && f.size() >= 2 && f.get(0).strip().equalsIgnoreCase("term") && f.get(1).strip().equalsIgnoreCase("category")) {
        return;
      }
      if (f.size() < 2 || f.size() > 3) {
        throw error(n, f.size() + " field" + (f.size() == 1 ? "" : "s"));
      }
      if (f.get(1).isBlank()) {
        throw error(n, "the category is empty");
      }
      double w = f.size() == 3 ? number(f.get(2), n, "weight") : 1.0;
      add(f.get(0), category(f.get(1).strip()), w, n, false);
    }

    /** Reads the {@code %} block; returns the index of the first line after it. */
    int dicHeader(String[] lines) {
      int k = 0;
      while (k < lines.length && lines[k].replace("\uFEFF", "").isBlank()) {
        k++;
      }
      if (k >= lines.length || !lines[k].replace("\uFEFF", "").strip().equals("%")) {
        throw new InputException(source + " line " + (k + 1) + ": a .dic lexicon starts with a line holding only %;"
            + " expected %, then id<TAB>category lines, then %");
      }
      for (k++; k < lines.length; k++) {
        String line = lines[k].strip();
        if (line.equals("%")) {
          return k + 1;
        }
        if (line.isEmpty()) {
          continue;
        }
        String[] f = line.split("\\s+", 2);
        if (f.length < 2) {
          throw new InputException(source + " line " + (k + 1) + ": category '" + line + "' has no name;"
              + " expected id<TAB>category");
        }
        dicIds.put(f[0], category(f[1].strip()));
      }
      throw new InputException(source + ": the category block has no closing %; expected %, then id<TAB>category"
          + " lines, then %");
    }

    void dicLine(String line, int n) {
      String[] f = line.split("\t");
      String term = f[0];
      List<String> ids = new ArrayList<>();
      for (int k = 1; k < f.length; k++) {
        ids.addAll(Arrays.asList(f[k].strip().split("\\s+")));
      }
      ids.removeIf(String::isEmpty);
      if (f.length < 2 || ids.isEmpty()) {
        throw error(n, "no TAB and category id after the term");
      }
      for (String id : ids) {
        Integer c = dicIds.get(id);
        if (c == null) {
          throw error(n, "category id '" + id + "' is not in the % block");
        }
        add(term, c, 1.0, n, false);
      }
    }
  }
}
