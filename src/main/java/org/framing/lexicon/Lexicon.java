package org.framing.lexicon;

import java.io.Serializable;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
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
 * <p><b>File formats</b>, chosen by the extension; UTF-8; blank lines are skipped ({@link LexiconFiles} reads them):
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

  Lexicon(String name, List<String> categories, Map<String, Term> terms) {
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
    return LexiconFiles.load(spec);
  }

  /**
   * Reads a lexicon from its text; {@code source} names it in messages (and becomes {@link #name}).
   *
   * @throws InputException on the first malformed line
   */
  public static Lexicon parse(String source, String content, Format format) {
    return LexiconFiles.parse(source, content, format);
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
}
