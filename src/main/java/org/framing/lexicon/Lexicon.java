package org.framing.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.framing.ingest.InputException;

/**
 * A word list that puts terms in categories, each with a weight: bundled ({@code vader}, {@code afinn}) or read
 * from a file. Immutable, serialisable (Spark ships it to the executors) and thread-safe.
 *
 * <p><b>Bundled</b> (classpath {@code lexicons/<name>/}, with their licences):
 * <ul>
 *   <li>{@code vader}: {@code vader_lexicon.txt} of VADER (Hutto &amp; Gilbert 2014, MIT licence), 7,520 lines,
 *       weights are mean human ratings from -3.9 to 3.4.</li>
 *   <li>{@code afinn}: {@code AFINN-en-165.txt} (Nielsen 2011, Apache-2.0), 3,382 lines, integer weights -5 to
 *       5.</li>
 *   <li>{@code frames}: {@code frames.csv}, the project's own, unvalidated frame lexicon for news about conflict
 *       and diplomacy (eight categories, weight 1; its README gives the reasoning term by term).</li>
 * </ul>
 *
 * <p><b>File formats</b>, chosen by the extension; UTF-8; blank lines are skipped:
 * <ul>
 *   <li>{@code .csv}: {@code term,category[,weight]} (RFC 4180 quoting, one record a line; a first line
 *       {@code term,category[,weight]} is a header and skipped). The weight defaults to 1. A term listed under
 *       several categories belongs to each; listed twice under one category, the later weight wins.</li>
 *   <li>{@code .dic} (LIWC style): a block of categories between two lines holding only {@code %}, one
 *       {@code id<TAB>name} a line; then one {@code term<TAB>id[<TAB>id...]} a line (ids may also be separated
 *       by spaces). Every weight is 1. LIWC2007's conditional entries ({@code like (02 134)125/464}) are not
 *       supported.</li>
 *   <li>{@code .txt}, {@code .tsv} (the VADER and AFINN format): {@code term<TAB>weight[<TAB>anything]}. The
 *       category is {@code positive} for a weight above 0, {@code negative} below 0, {@code neutral} at 0. A
 *       term listed twice takes its later line, as the reference implementations read their dicts.</li>
 * </ul>
 * In every format a term may be several words separated by spaces ("can't stand"), and a word may end with
 * {@code *} to match any word that starts with what comes before it ({@code threat*} matches "threat",
 * "threats", "threatened"); a {@code *} that does not follow a letter or digit is literal (VADER's emoticons
 * {@code :-*}, {@code *)}). A malformed line stops loading with one {@link InputException} naming the file
 * and line and what was expected.
 *
 * <p><b>Case folding</b>: terms are put in NFKC form, lower-cased with {@code Locale.ROOT}, and curly
 * apostrophes written {@code '}, the normalisation {@link org.framing.text.Tokenizer} gives tokens. When two
 * terms of a {@code .txt}/{@code .tsv} lexicon fold to the same key (VADER lists {@code :D} and {@code :d}) the
 * one already written in lower case wins, as the reference VADER lookup ({@code lexicon[word.lower()]}) never
 * reaches the other; in {@code .csv} and {@code .dic} lexicons their categories are merged.
 *
 * <p><b>Matching</b> ({@link #match}): over a sentence's words, left to right, the longest term starting at a
 * word wins (phrases before single words, as AFINN's README asks), then matching resumes after it. A word is
 * found by one hash lookup; a wildcard by one lookup per distinct wildcard length (longest prefix first); a
 * phrase by looking up its first word, then comparing the few phrases that start with it.
 */
public final class Lexicon implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The lexicons the jar carries, by the name {@link #load} accepts. */
  public static final List<String> BUNDLED = List.of("vader", "afinn", "frames");

  private static final Map<String, String> BUNDLED_FILES = Map.of(
      "vader", "lexicons/vader/vader_lexicon.txt",
      "afinn", "lexicons/afinn/AFINN-en-165.txt",
      "frames", "lexicons/frames/frames.csv");

  /** How a lexicon file is laid out. */
  public enum Format {
    /** {@code term,category[,weight]}. */
    CSV("term,category[,weight]"),
    /** LIWC {@code .dic}: {@code %} category block, then {@code term<TAB>id...}. */
    DIC("term<TAB>category id[<TAB>id...] after the % category block"),
    /** {@code term<TAB>weight[<TAB>anything]} (VADER, AFINN). */
    WEIGHTS("term<TAB>weight");

    private final String layout;

    Format(String layout) {
      this.layout = layout;
    }

    /** The line layout, as error messages state it. */
    public String layout() {
      return layout;
    }
  }

  /** One term: its words (a trailing {@code *} marks a prefix), its categories and their weights. */
  public static final class Term implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String text;
    private final String[] words;
    private final boolean[] prefix;
    private int[] categories = new int[0];
    private double[] weights = new double[0];

    Term(String text) {
      this.text = text;
      this.words = text.split(" ");
      this.prefix = new boolean[words.length];
      for (int k = 0; k < words.length; k++) {
        if (isWildcard(words[k])) {
          prefix[k] = true;
          words[k] = words[k].substring(0, words[k].length() - 1);
        }
      }
    }

    /** A word ending in {@code *} right after a letter or digit; other stars are literal (emoticons {@code :-*}). */
    static boolean isWildcard(String word) {
      int n = word.length();
      return n > 1 && word.charAt(n - 1) == '*' && Character.isLetterOrDigit(word.charAt(n - 2));
    }

    /** The folded term as listed ("threat*", "can't stand"). */
    public String text() {
      return text;
    }

    /** How many words it spans. */
    public int length() {
      return words.length;
    }

    /** Whether it belongs to the category with index {@code category} ({@link Lexicon#categoryIndex}). */
    public boolean in(int category) {
      for (int c : categories) {
        if (c == category) {
          return true;
        }
      }
      return false;
    }

    /** Its weight in {@code category}, or 0 when it is not in it. */
    public double weight(int category) {
      for (int k = 0; k < categories.length; k++) {
        if (categories[k] == category) {
          return weights[k];
        }
      }
      return 0;
    }

    boolean matchesWord(int k, String word) {
      return prefix[k] ? word.startsWith(words[k]) : word.equals(words[k]);
    }

    void put(int category, double weight) {
      for (int k = 0; k < categories.length; k++) {
        if (categories[k] == category) {
          weights[k] = weight;
          return;
        }
      }
      categories = Arrays.copyOf(categories, categories.length + 1);
      weights = Arrays.copyOf(weights, weights.length + 1);
      categories[categories.length - 1] = category;
      weights[weights.length - 1] = weight;
    }
  }

  /** A term found at words {@code [start, end)} of a sentence. */
  public record Match(int start, int end, Term term) {}

  private final String name;
  private final List<String> categories;
  /** Single words without wildcard, by folded text. */
  private final Map<String, Term> words = new HashMap<>();
  /** Single-word wildcards by their prefix, and the distinct prefix lengths, longest first. */
  private final Map<String, Term> prefixes = new HashMap<>();
  private final int[] prefixLengths;
  /** Phrases by their first word (exact), and phrases whose first word is a wildcard, by its prefix. */
  private final Map<String, Term[]> phrases = new HashMap<>();
  private final Map<String, Term[]> phrasePrefixes = new HashMap<>();
  private final int[] phrasePrefixLengths;
  /**
   * The first {@code shortest prefix length} characters of every wildcard prefix (single words, phrases): a word
   * whose start is not among them matches no wildcard, which spares most words one substring and hash lookup per
   * prefix length (the bundled frames lexicon has nine).
   */
  private final Set<String> prefixStarts;
  private final Set<String> phrasePrefixStarts;
  private final int size;

  private Lexicon(String name, List<String> categories, Map<String, Term> terms) {
    this.name = name;
    this.categories = List.copyOf(categories);
    this.size = terms.size();
    TreeSet<Integer> lengths = new TreeSet<>();
    TreeSet<Integer> phraseLengths = new TreeSet<>();
    Map<String, List<Term>> byFirst = new HashMap<>();
    Map<String, List<Term>> byFirstPrefix = new HashMap<>();
    for (Term t : terms.values()) {
      if (t.length() == 1 && !t.prefix[0]) {
        words.put(t.words[0], t);
      } else if (t.length() == 1) {
        prefixes.put(t.words[0], t);
        lengths.add(t.words[0].length());
      } else if (!t.prefix[0]) {
        byFirst.computeIfAbsent(t.words[0], k -> new ArrayList<>()).add(t);
      } else {
        byFirstPrefix.computeIfAbsent(t.words[0], k -> new ArrayList<>()).add(t);
        phraseLengths.add(t.words[0].length());
      }
    }
    prefixLengths = lengths.descendingSet().stream().mapToInt(Integer::intValue).toArray();
    phrasePrefixLengths = phraseLengths.descendingSet().stream().mapToInt(Integer::intValue).toArray();
    byFirst.forEach((k, v) -> phrases.put(k, longestFirst(v)));
    byFirstPrefix.forEach((k, v) -> phrasePrefixes.put(k, longestFirst(v)));
    prefixStarts = starts(prefixes.keySet(), prefixLengths);
    phrasePrefixStarts = starts(phrasePrefixes.keySet(), phrasePrefixLengths);
  }

  private static Set<String> starts(Set<String> prefixes, int[] lengthsLongestFirst) {
    Set<String> out = new HashSet<>();
    for (String p : prefixes) {
      out.add(p.substring(0, lengthsLongestFirst[lengthsLongestFirst.length - 1]));
    }
    return out;
  }

  /** Whether {@code word} may start with one of the prefixes {@code starts} was made of ({@link #prefixStarts}). */
  private static boolean mayStartWithPrefix(String word, Set<String> starts, int[] lengthsLongestFirst) {
    if (lengthsLongestFirst.length == 0) {
      return false;
    }
    int shortest = lengthsLongestFirst[lengthsLongestFirst.length - 1];
    return word.length() >= shortest && starts.contains(word.substring(0, shortest));
  }

  private static Term[] longestFirst(List<Term> terms) {
    return terms.stream().sorted((a, b) -> b.length() != a.length() ? b.length() - a.length() : a.text.compareTo(b.text))
        .toArray(Term[]::new);
  }

  /**
   * Loads a bundled lexicon by name ({@link #BUNDLED}, any case) or a file by path ({@code .csv}, {@code .dic},
   * {@code .txt}, {@code .tsv}).
   */
  public static Lexicon load(String spec) {
    String key = spec.toLowerCase(Locale.ROOT);
    if (BUNDLED_FILES.containsKey(key)) {
      String resource = BUNDLED_FILES.get(key);
      try (InputStream in = Lexicon.class.getClassLoader().getResourceAsStream(resource)) {
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
      throw new InputException("lexicon '" + spec + "' is neither a bundled lexicon (" + String.join(", ", BUNDLED)
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

  private static String decode(byte[] bytes, String source) {
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException e) {
      throw new InputException(source + ": the lexicon is not UTF-8 text; save it as UTF-8");
    }
  }

  /**
   * Reads a lexicon from its text; {@code source} names it in messages (and becomes {@link #name}).
   *
   * @throws InputException on the first malformed line
   */
  public static Lexicon parse(String source, String content, Format format) {
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

  /** The folded form of a word or term: NFKC, lower case ({@code Locale.ROOT}), curly apostrophes as {@code '}. */
  public static String fold(String s) {
    String n = Normalizer.isNormalized(s, Normalizer.Form.NFKC) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC);
    return n.toLowerCase(Locale.ROOT).replace('\u2019', '\'').replace('\u02BC', '\'');
  }

  /** The bundled name, or the file it was read from. */
  public String name() {
    return name;
  }

  /** The category names, in the order they were first seen (for {@code .dic}, the header's order). */
  public List<String> categories() {
    return categories;
  }

  /** The index of a category for {@link Term#in}, or -1. */
  public int categoryIndex(String category) {
    return categories.indexOf(category);
  }

  /** The number of distinct terms. */
  public int size() {
    return size;
  }

  /** Whether {@code word} (already folded) is a single-word term without wildcard. */
  public boolean contains(String word) {
    return words.containsKey(word);
  }

  /**
   * The weight of the single-word term {@code word} (already folded, no wildcard) in its first category, or 0
   * when absent: the valence VADER looks up.
   */
  public double valence(String word) {
    Term t = words.get(word);
    return t == null ? 0 : t.weights[0];
  }

  /** The term a single word matches: an exact term, else the longest wildcard prefix; null if none. */
  public Term lookup(String word) {
    Term t = words.get(word);
    if (t != null || !mayStartWithPrefix(word, prefixStarts, prefixLengths)) {
      return t;
    }
    for (int k = 0; t == null && k < prefixLengths.length; k++) {
      if (prefixLengths[k] <= word.length()) {
        t = prefixes.get(word.substring(0, prefixLengths[k]));
      }
    }
    return t;
  }

  /** The terms found in a sentence's folded words, left to right, longest first, not overlapping. */
  public List<Match> match(List<String> sentence) {
    List<Match> out = new ArrayList<>();
    int n = sentence.size();
    int i = 0;
    while (i < n) {
      String w = sentence.get(i);
      Term best = longestPhrase(phrases.get(w), sentence, i);
      boolean wildcards = mayStartWithPrefix(w, phrasePrefixStarts, phrasePrefixLengths);
      for (int k = 0; wildcards && k < phrasePrefixLengths.length; k++) {
        if (phrasePrefixLengths[k] <= w.length()) {
          Term p = longestPhrase(phrasePrefixes.get(w.substring(0, phrasePrefixLengths[k])), sentence, i);
          if (p != null && (best == null || p.length() > best.length())) {
            best = p;
          }
        }
      }
      if (best == null) {
        best = lookup(w);
      }
      if (best == null) {
        i++;
      } else {
        out.add(new Match(i, i + best.length(), best));
        i += best.length();
      }
    }
    return out;
  }

  private static Term longestPhrase(Term[] candidates, List<String> sentence, int at) {
    if (candidates == null) {
      return null;
    }
    for (Term t : candidates) {
      if (at + t.length() <= sentence.size()) {
        boolean all = true;
        for (int k = 1; k < t.length() && all; k++) {
          all = t.matchesWord(k, sentence.get(at + k));
        }
        if (all) {
          return t;
        }
      }
    }
    return null;
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
      String key = fold(text);
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
