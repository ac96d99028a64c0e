package org.framing.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits cleaned article text into sentences of word tokens in one pass over the characters.
 *
 * <p>Precondition: boilerplate is already removed ({@link Boilerplate}). The text is first put in Unicode
 * NFKC form, so full-width letters, digits and punctuation become their ordinary forms.
 *
 * <p>Token rules, in order:
 * <ol>
 *   <li>A token starts at a letter or digit and runs over letters, digits and combining marks.</li>
 *   <li>An apostrophe ({@code ' ’ ʼ}) or hyphen ({@code - ‐ ‑}) between two letters or digits stays inside
 *       the token ("de-escalation", "us-led", "don't"); it is written as {@code '} or {@code -}.</li>
 *   <li>A period or comma between two digits stays inside ("100,000", "2.5"); a colon between digits too
 *       ("09:19"). A run of single letters each followed by a period is one token ("U.S." is {@code u.s.}); the
 *       last letter's period may be missing when a word does not go on after it ("U.S officials").</li>
 *   <li>The token is lower-cased with {@code Locale.ROOT}; a final English possessive {@code 's} is removed
 *       ("Russia’s" is {@code russia}), as Lucene's {@code EnglishPossessiveFilter} does.</li>
 *   <li>The country is one term however it is written: "US" in capitals and "U.S" become {@code u.s.}, as "U.S."
 *       does ({@link #US}); "us" and "Us" stay the pronoun {@code us}, and a compound keeps its own form
 *       ("US-led" is {@code us-led}). Case is the sign: a pronoun written "US" in a headline set in capitals is
 *       read as the country too.</li>
 *   <li>A token with digits and no letter is numeric.</li>
 * </ol>
 *
 * <p>Sentence rules: every line break ends a sentence (scraped news keeps one paragraph or headline a line).
 * Inside a line, {@code . ! ? …} (with any closing quotes or brackets after them) end a sentence when white
 * space and then an upper-case letter, a digit or an opening quote or bracket follow, unless the word before
 * the period is a known abbreviation ({@link #ABBREVIATIONS}), a single letter (an initial) or a
 * letters-and-periods acronym ("U.S."). Sentences without tokens are dropped.
 *
 * <p>Written by hand rather than with Lucene's {@code StandardTokenizer} because UAX#29 word breaking splits
 * hyphenated compounds ("NATO-led", "de-escalation") that framing analysis needs whole, and because one
 * character loop that also finds sentence ends is the fastest path over a large corpus.
 */
public final class Tokenizer {

  /** Words whose trailing period does not end a sentence (lower case, without the period). */
  public static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "maj", "sgt", "capt", "cmdr", "adm", "gov",
      "sen", "rep", "pres", "st", "jr", "sr", "rev", "hon", "amb", "no", "nos", "vs", "etc", "approx",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "inc", "corp", "ltd", "co", "dept", "univ", "fig", "vol", "ed", "est", "ft", "mt");

  /** The term of the United States, for "U.S.", "U.S" and the capitals "US". */
  public static final String US = "u.s.";

  private Tokenizer() {}

  /**
   * One sentence: its tokens, and where it stands in the NFKC text: from its first token to the end of its
   * terminal marks and closing quotes (or its last token when a line break ends it).
   */
  public record Sentence(int start, int end, List<Token> tokens) {
    /** The sentence's text, cut from the normalised text it was split from. */
    public String text(String normalized) {
      return normalized.substring(start, end);
    }
  }

  /** The text in Unicode NFKC form, which token and sentence offsets index. */
  public static String normalize(String text) {
    return Normalizer.isNormalized(text, Normalizer.Form.NFKC) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
  }

  /**
   * A word written as the chain writes a token's characters, for a pattern that is not itself a token (a wildcard
   * such as {@code expan*}): NFKC, lower case ({@code Locale.ROOT}), each apostrophe ({@code ' ’ ʼ}) as {@code '}
   * and each hyphen ({@code - ‐ ‑}) as {@code -} (token rules 2 and 4).
   */
  public static String foldWord(String word) {
    String w = normalize(word).toLowerCase(Locale.ROOT);
    StringBuilder out = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      out.append(isApostrophe(c) ? '\'' : isHyphen(c) ? '-' : c);
    }
    return out.toString();
  }

  /** Splits {@code text} into sentences; each sentence is a non-empty list of tokens. */
  public static List<List<Token>> sentences(String text) {
    List<List<Token>> out = new ArrayList<>();
    for (Sentence s : split(text)) {
      out.add(s.tokens());
    }
    return out;
  }

  /** Splits {@code text} into sentences with their offsets in {@link #normalize}{@code (text)}. */
  public static List<Sentence> split(String text) {
    return splitNormalized(normalize(text));
  }

  /** Splits text already in NFKC form ({@link #normalize}) into sentences with their offsets in it. */
  public static List<Sentence> splitNormalized(String s) {
    List<Sentence> out = new ArrayList<>();
    List<Token> sentence = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean joins = false;   // only white space since the previous token of this sentence
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int end = scanToken(s, i, word);
        sentence.add(makeToken(word, joins && !sentence.isEmpty(), i, end));
        joins = true;
        String raw = s.substring(i, end);
        i = end;
        if (i < n && isTerminal(s.charAt(i))) {
          boolean ends = endsSentence(s, i, raw);
          i = skipTerminal(s, i);
          joins = false;
          if (ends) {
            endSentence(out, sentence, i);
            sentence = new ArrayList<>();
          }
        }
        continue;
      }
      if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
        endSentence(out, sentence, -1);
        sentence = new ArrayList<>();
        joins = false;
      } else if (isTerminal(c) && endsSentence(s, i, "")) {
        i = skipTerminal(s, i);
        endSentence(out, sentence, i);
        sentence = new ArrayList<>();
        joins = false;
        continue;
      } else if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
        joins = false;
      }
      i++;
    }
    endSentence(out, sentence, -1);
    return out;
  }

  /** The tokens of {@code text}, sentence boundaries dropped. */
  public static List<Token> tokens(String text) {
    List<Token> all = new ArrayList<>();
    for (List<Token> sentence : sentences(text)) {
      all.addAll(sentence);
    }
    return all;
  }

  /** Closes a sentence ending at {@code end}, or at its last token when {@code end} is -1. */
  private static void endSentence(List<Sentence> out, List<Token> sentence, int end) {
    if (!sentence.isEmpty()) {
      int last = sentence.get(sentence.size() - 1).end();
      out.add(new Sentence(sentence.get(0).start(), Math.max(end, last), List.copyOf(sentence)));
    }
  }

  /** Reads one token starting at {@code start} into {@code word} (raw characters) and returns its end. */
  private static int scanToken(String s, int start, StringBuilder word) {
    word.setLength(0);
    int n = s.length();
    int i = start;
    // Acronym with periods: single letters each followed by '.', at least two ("U.S.", "e.g.").
    int j = i;
    int letters = 0;
    while (j + 1 < n && Character.isLetter(s.charAt(j)) && s.charAt(j + 1) == '.') {
      letters++;
      j += 2;
    }
    if (letters >= 1 && j < n && Character.isLetter(s.charAt(j)) && !continuesWord(s, j + 1)) {
      // The last period left out ("U.S officials").
      letters++;
      j++;
    }
    if (letters >= 2) {
      word.append(s, i, j);
      return j;
    }
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isLetterOrDigit(c) || isMark(c)) {
        word.append(c);
        i++;
      } else if (i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1)) && i > start) {
        char prev = s.charAt(i - 1);
        char next = s.charAt(i + 1);
        if (isApostrophe(c) || isHyphen(c)) {
          word.append(isApostrophe(c) ? '\'' : '-');
          i++;
        } else if ((c == '.' || c == ',' || c == ':') && Character.isDigit(prev) && Character.isDigit(next)) {
          word.append(c);
          i++;
        } else {
          break;
        }
      } else {
        break;
      }
    }
    return i;
  }

  /** Whether a token's characters go on at {@code i}: a letter, digit or combining mark. */
  private static boolean continuesWord(String s, int i) {
    return i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || isMark(s.charAt(i)));
  }

  private static Token makeToken(StringBuilder raw, boolean joinsPrevious, int start, int end) {
    String written = raw.toString();
    String t = written.toLowerCase(Locale.ROOT);
    if (t.length() > 2 && t.endsWith("'s")) {
      t = t.substring(0, t.length() - 2);
      written = written.substring(0, written.length() - 2);
    }
    if (written.equals("US") || written.equals("U.S")) {
      t = US;
    }
    boolean hasLetter = false;
    boolean hasDigit = false;
    for (int k = 0; k < t.length(); k++) {
      char c = t.charAt(k);
      hasLetter |= Character.isLetter(c);
      hasDigit |= Character.isDigit(c);
    }
    return new Token(t, hasDigit && !hasLetter, joinsPrevious, start, end);
  }

  /**
   * Whether the terminal mark at {@code i} ends the sentence. {@code before} is the raw token just before the
   * mark ("" when the mark does not follow a token directly).
   */
  private static boolean endsSentence(String s, int i, String before) {
    if (s.charAt(i) == '.' && !before.isEmpty()) {
      String w = before.toLowerCase(Locale.ROOT);
      if (ABBREVIATIONS.contains(w) || (w.length() == 1 && Character.isLetter(w.charAt(0))) || w.endsWith(".")) {
        return false;
      }
    }
    int j = skipTerminal(s, i);
    int n = s.length();
    if (j >= n) {
      return true;
    }
    char after = s.charAt(j);
    if (after == '\n' || after == '\r') {
      return true;
    }
    if (!Character.isWhitespace(after) && !Character.isSpaceChar(after)) {
      return false;
    }
    while (j < n && (s.charAt(j) == ' ' || s.charAt(j) == '\t' || Character.isSpaceChar(s.charAt(j)))) {
      j++;
    }
    if (j >= n) {
      return true;
    }
    char next = s.charAt(j);
    return Character.isUpperCase(next) || Character.isDigit(next) || isOpening(next) || next == '\n' || next == '\r';
  }

  /** Skips the terminal marks and any closing quotes or brackets after them. */
  private static int skipTerminal(String s, int i) {
    int n = s.length();
    while (i < n && isTerminal(s.charAt(i))) {
      i++;
    }
    while (i < n && isClosing(s.charAt(i))) {
      i++;
    }
    return i;
  }

  static boolean isTerminal(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\u2026';
  }

  static boolean isApostrophe(char c) {
    return c == '\'' || c == '\u2019' || c == '\u02BC';
  }

  static boolean isHyphen(char c) {
    return c == '-' || c == '\u2010' || c == '\u2011';
  }

  private static boolean isOpening(char c) {
    return c == '"' || c == '\u201C' || c == '\u2018' || c == '\'' || c == '(' || c == '[' || c == '\u00AB';
  }

  private static boolean isClosing(char c) {
    return c == '"' || c == '\u201D' || c == '\u2019' || c == '\'' || c == ')' || c == ']' || c == '\u00BB';
  }

  private static boolean isMark(char c) {
    int t = Character.getType(c);
    return t == Character.NON_SPACING_MARK || t == Character.COMBINING_SPACING_MARK || t == Character.ENCLOSING_MARK;
  }
}
