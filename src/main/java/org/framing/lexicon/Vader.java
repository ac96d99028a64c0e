package org.framing.lexicon;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rule-based sentence sentiment after VADER: Hutto, C.J. &amp; Gilbert, E.E. (2014), "VADER: A Parsimonious
 * Rule-based Model for Sentiment Analysis of Social Media Text", Eighth International AAAI Conference on Weblogs
 * and Social Media (ICWSM-14), Ann Arbor, MI.
 *
 * <p><b>Which implementation it follows.</b> The rules are applied as NLTK 3.8 applies them
 * ({@code nltk/sentiment/vader.py}, class {@code SentimentIntensityAnalyzer}, the version Debian's
 * {@code python3-nltk} installs), written anew in Java from reading it, with the bundled {@code vader} lexicon.
 * {@code src/test/python/vader_reference.py} scores the same sentences with NLTK and {@code VaderAgreementTest}
 * checks the two agree on a news corpus. One sentence at a time:
 * <ol>
 *   <li><b>Words</b>: the text is split at white space (Python's {@code str.split()}); items of one character
 *       are dropped; an item that is one of {@code . ! ? , ; : - ' " !! !!! ?? ??? ?!? !?! ?!?! !?!?} followed or
 *       preceded by a word of two or more characters without ASCII punctuation loses that mark ("great!" is
 *       {@code great}, "(great)" and "great..." stay as they are). Emoticons and contractions survive.</li>
 *   <li><b>Valence</b>: a word's lower case form ({@code Locale.ROOT}) is looked up in the lexicon; words not in
 *       it score 0. A booster or dampener word itself scores 0, as does "kind" before "of".</li>
 *   <li><b>ALL CAPS</b>: when some but not all words of the sentence are upper case, an upper-case lexicon word
 *       gains 0.733 ({@code C_INCR}) in the direction of its valence.</li>
 *   <li><b>Boosters and dampeners</b> ({@link #BOOSTERS}: "very", "extremely" +0.293; "barely", "kind of"
 *       -0.293), in any of the three words before, each of them not itself a lexicon word: the increment takes
 *       the sign of the valence, gains 0.733 when the booster is in caps in a mixed-case sentence, and is
 *       scaled by 1, 0.95 or 0.9 with distance 1, 2, 3.</li>
 *   <li><b>Negation</b> ({@link #NEGATE}, or any word containing "n't") one, two or three words before, again
 *       only where that word is not a lexicon word: valence × -0.74 ({@code N_SCALAR}) each time. "never so" or
 *       "never this" two words before multiply by 1.5 instead; at distance three "never so/this" before, or
 *       "so"/"this" right before, multiply by 1.25 (NLTK's operator precedence, kept).</li>
 *   <li><b>Idioms</b> (at distance three only, i.e. the word is at least the fourth): the special cases of
 *       {@link #IDIOMS} ("the bomb" 3, "kiss of death" -1.5, ...) ending at, starting at or around the word
 *       replace its valence; "kind of", "sort of", "just enough" two or three words before add -0.293.</li>
 *   <li><b>"least"</b> right before a lexicon word: × -0.74, unless "at least" or "very least".</li>
 *   <li><b>"but"</b>: valences before the first "but" × 0.5, after it × 1.5.</li>
 *   <li><b>Punctuation</b>: the sum S of valences moves away from 0 by 0.292 per "!" (at most 4) plus, when
 *       there are 2 or 3 "?", 0.18 per "?" (0.96 for more).</li>
 *   <li><b>compound</b> = S / sqrt(S² + 15) (alpha 15), in (-1, 1). {@code pos}, {@code neg}, {@code neu}: the
 *       shares of Σ(v+1) over positive words, Σ|v-1| over negative ones and the count of zero words, the
 *       punctuation emphasis added to the larger of the first two.</li>
 * </ol>
 *
 * <p><b>Where it differs from NLTK</b>: no rounding (NLTK returns compound to 4 decimals and the shares to 3; the
 * tests compare to that precision); lexicon keys are case-folded ({@link Lexicon#fold}), so the few capitalised
 * emoticons of the lexicon ({@code :D}, {@code O_o}) match their lower-case forms where NLTK never reaches them.
 * Like NLTK 3.8 and unlike C.J. Hutto's {@code vaderSentiment} 3.3 it has no special rule for "no" (a lexicon
 * word of -1.2 here, as there) and no emoji descriptions. NLTK looks a repeated word's context up at its first
 * occurrence ({@code list.index}); that is kept too.
 */
public final class Vader implements Serializable {

  private static final long serialVersionUID = 1L;

  static final double B_INCR = 0.293;
  static final double B_DECR = -0.293;
  static final double C_INCR = 0.733;
  static final double N_SCALAR = -0.74;
  static final double ALPHA = 15;

  /** Negation words (NLTK's {@code VaderConstants.NEGATE}); any word containing "n't" negates too. */
  public static final Set<String> NEGATE = Set.of("aint", "arent", "cannot", "cant", "couldnt", "darent", "didnt",
      "doesnt", "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't", "dont", "hadnt", "hasnt",
      "havent", "isnt", "mightnt", "mustnt", "neither", "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't",
      "mustn't", "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere", "oughtnt",
      "shant", "shouldnt", "uhuh", "wasnt", "werent", "oughtn't", "shan't", "shouldn't", "uh-uh", "wasn't",
      "weren't", "without", "wont", "wouldnt", "won't", "wouldn't", "rarely", "seldom", "despite");

  /** Boosters (+0.293) and dampeners (-0.293), NLTK's {@code BOOSTER_DICT}. */
  public static final Map<String, Double> BOOSTERS = boosters();

  /** Idioms that replace a word's valence, NLTK's {@code SPECIAL_CASE_IDIOMS}. */
  public static final Map<String, Double> IDIOMS = Map.of("the shit", 3.0, "the bomb", 3.0, "bad ass", 1.5,
      "yeah right", -2.0, "cut the mustard", 2.0, "kiss of death", -1.5, "hand to mouth", -2.0);

  /** The marks stripped from either end of a word, NLTK's {@code PUNC_LIST}. */
  static final List<String> MARKS = List.of(".", "!", "?", ",", ";", ":", "-", "'", "\"", "!!", "!!!", "??", "???",
      "?!?", "!?!", "?!?!", "!?!?");

  /** Python's {@code string.punctuation}. */
  private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  /** VADER's scores of one sentence, unrounded. */
  public record Scores(double negative, double neutral, double positive, double compound) {}

  private final Lexicon lexicon;

  /** Scores with {@code lexicon}'s single-word terms as valences (normally {@code Lexicon.load("vader")}). */
  public Vader(Lexicon lexicon) {
    this.lexicon = lexicon;
  }

  private static Map<String, Double> boosters() {
    Map<String, Double> m = new HashMap<>();
    for (String w : List.of("absolutely", "amazingly", "awfully", "completely", "considerably", "decidedly",
        "deeply", "effing", "enormously", "entirely", "especially", "exceptionally", "extremely", "fabulously",
        "flipping", "flippin", "fricking", "frickin", "frigging", "friggin", "fully", "fucking", "greatly", "hella",
        "highly", "hugely", "incredibly", "intensely", "majorly", "more", "most", "particularly", "purely", "quite",
        "really", "remarkably", "so", "substantially", "thoroughly", "totally", "tremendously", "uber",
        "unbelievably", "unusually", "utterly", "very")) {
      m.put(w, B_INCR);
    }
    for (String w : List.of("almost", "barely", "hardly", "just enough", "kind of", "kinda", "kindof", "kind-of",
        "less", "little", "marginally", "occasionally", "partly", "scarcely", "slightly", "somewhat", "sort of",
        "sorta", "sortof", "sort-of")) {
      m.put(w, B_DECR);
    }
    return Map.copyOf(m);
  }

  /** The compound score of one sentence. */
  public double compound(String sentence) {
    return score(sentence).compound();
  }

  /** All scores of one sentence. */
  public Scores score(String sentence) {
    List<String> words = words(sentence);
    int n = words.size();
    String[] lower = new String[n];
    boolean[] known = new boolean[n];
    int upper = 0;
    boolean anyKnown = false;
    for (int k = 0; k < n; k++) {
      lower[k] = words.get(k).toLowerCase(Locale.ROOT);
      known[k] = lexicon.contains(lower[k]);
      anyKnown |= known[k];
      upper += isUpper(words.get(k)) ? 1 : 0;
    }
    boolean capDiff = 0 < n - upper && n - upper < n;
    Sentence s = new Sentence(words, lower, known, capDiff);
    double[] valences = new double[n];
    // A word outside the lexicon scores 0 wherever it stands (valence's first test), and so do its repeats, which
    // fold alike: only lexicon words need their first occurrence.
    Map<String, Integer> first = anyKnown ? new HashMap<>() : Map.of();
    for (int k = 0; anyKnown && k < n; k++) {
      first.putIfAbsent(words.get(k), k);
    }
    for (int k = 0; k < n; k++) {
      if (!known[k]) {
        continue;
      }
      int i = first.get(words.get(k));
      boolean kindOf = i < n - 1 && lower[i].equals("kind") && lower[i + 1].equals("of");
      valences[k] = kindOf || BOOSTERS.containsKey(lower[k]) ? 0 : s.valence(i);
    }
    for (int k = 0; k < n; k++) {
      if (lower[k].equals("but")) {
        for (int j = 0; j < n; j++) {
          valences[j] *= j < k ? 0.5 : j > k ? 1.5 : 1;
        }
        break;
      }
    }
    return scores(valences, sentence);
  }

  /** One sentence's words with what the rules ask of them. */
  private final class Sentence {
    final List<String> words;
    final String[] lower;
    final boolean[] known;
    final boolean capDiff;

    Sentence(List<String> words, String[] lower, boolean[] known, boolean capDiff) {
      this.words = words;
      this.lower = lower;
      this.known = known;
      this.capDiff = capDiff;
    }

    String w(int k) {
      return words.get(k);
    }

    double valence(int i) {
      if (!known[i]) {
        return 0;
      }
      double v = lexicon.valence(lower[i]);
      if (capDiff && isUpper(w(i))) {
        v += v > 0 ? C_INCR : -C_INCR;
      }
      for (int d = 0; d < 3; d++) {
        int j = i - d - 1;
        if (i > d && !known[j]) {
          double scalar = booster(j, v);
          if (scalar != 0) {
            scalar *= d == 1 ? 0.95 : d == 2 ? 0.9 : 1;
          }
          v += scalar;
          v = negation(v, d, i);
          if (d == 2) {
            v = idioms(v, i);
          }
        }
      }
      if (i > 0 && !known[i - 1] && lower[i - 1].equals("least")
          && (i == 1 || !(lower[i - 2].equals("at") || lower[i - 2].equals("very")))) {
        v *= N_SCALAR;
      }
      return v;
    }

    /** NLTK's {@code scalar_inc_dec}: the booster increment word {@code j} adds to valence {@code v}. */
    double booster(int j, double v) {
      Double b = BOOSTERS.get(lower[j]);
      if (b == null) {
        return 0;
      }
      double scalar = v < 0 ? -b : b;
      if (capDiff && isUpper(w(j))) {
        scalar += v > 0 ? C_INCR : -C_INCR;
      }
      return scalar;
    }

    /** NLTK's {@code _never_check} at distance {@code d + 1} before word {@code i}. */
    double negation(double v, int d, int i) {
      if (d == 0) {
        return negates(lower[i - 1]) ? v * N_SCALAR : v;
      }
      if (d == 1) {
        if (w(i - 2).equals("never") && soOrThis(w(i - 1))) {
          return v * 1.5;
        }
        return negates(lower[i - 2]) ? v * N_SCALAR : v;
      }
      if ((w(i - 3).equals("never") && soOrThis(w(i - 2))) || soOrThis(w(i - 1))) {
        return v * 1.25;
      }
      return negates(lower[i - 3]) ? v * N_SCALAR : v;
    }

    /** NLTK's {@code _idioms_check} for word {@code i >= 3} (case-sensitive, as there). */
    double idioms(double v, int i) {
      if (!nearIdiomWord(i)) {
        return v;
      }
      String twoOne = w(i - 2) + " " + w(i - 1);
      String threeTwo = w(i - 3) + " " + w(i - 2);
      for (String seq : List.of(w(i - 1) + " " + w(i), twoOne + " " + w(i), twoOne, threeTwo + " " + w(i - 1), threeTwo)) {
        Double idiom = IDIOMS.get(seq);
        if (idiom != null) {
          v = idiom;
          break;
        }
      }
      int n = words.size();
      if (n - 1 > i) {
        v = IDIOMS.getOrDefault(w(i) + " " + w(i + 1), v);
      }
      if (n - 1 > i + 1) {
        v = IDIOMS.getOrDefault(w(i) + " " + w(i + 1) + " " + w(i + 2), v);
      }
      if (BOOSTERS.containsKey(threeTwo) || BOOSTERS.containsKey(twoOne)) {
        v += B_DECR;
      }
      return v;
    }

    /**
     * Whether a word from 3 before to 2 after word {@code i} is a word of an idiom or of a booster of several
     * words: otherwise no sequence {@link #idioms} looks up can match, and it returns the valence unchanged.
     */
    boolean nearIdiomWord(int i) {
      for (int k = i - 3; k <= Math.min(i + 2, words.size() - 1); k++) {
        if (IDIOM_WORDS.contains(w(k))) {
          return true;
        }
      }
      return false;
    }
  }

  /** The words of {@link #IDIOMS} and of the boosters of more than one word, as {@link Sentence#idioms} reads them. */
  private static final Set<String> IDIOM_WORDS = idiomWords();

  private static Set<String> idiomWords() {
    Set<String> words = new java.util.HashSet<>();
    for (String seq : IDIOMS.keySet()) {
      words.addAll(List.of(seq.split(" ")));
    }
    for (String seq : BOOSTERS.keySet()) {
      if (seq.contains(" ")) {
        words.addAll(List.of(seq.split(" ")));
      }
    }
    return Set.copyOf(words);
  }

  private static boolean soOrThis(String w) {
    return w.equals("so") || w.equals("this");
  }

  private static boolean negates(String lowerWord) {
    return NEGATE.contains(lowerWord) || lowerWord.contains("n't");
  }

  /** NLTK's {@code score_valence}: punctuation emphasis, compound and the three shares. */
  static Scores scores(double[] valences, String text) {
    if (valences.length == 0) {
      return new Scores(0, 0, 0, 0);
    }
    double sum = 0;
    for (double v : valences) {
      sum += v;
    }
    int bangs = 0;
    int questions = 0;
    for (int k = 0; k < text.length(); k++) {
      bangs += text.charAt(k) == '!' ? 1 : 0;
      questions += text.charAt(k) == '?' ? 1 : 0;
    }
    double emphasis = Math.min(bangs, 4) * 0.292 + (questions <= 1 ? 0 : questions <= 3 ? questions * 0.18 : 0.96);
    if (sum > 0) {
      sum += emphasis;
    } else if (sum < 0) {
      sum -= emphasis;
    }
    double compound = sum / Math.sqrt(sum * sum + ALPHA);
    double pos = 0;
    double neg = 0;
    int neutral = 0;
    for (double v : valences) {
      if (v > 0) {
        pos += v + 1;
      } else if (v < 0) {
        neg += v - 1;
      } else {
        neutral++;
      }
    }
    if (pos > Math.abs(neg)) {
      pos += emphasis;
    } else if (pos < Math.abs(neg)) {
      neg -= emphasis;
    }
    double total = pos + Math.abs(neg) + neutral;
    return new Scores(Math.abs(neg / total), Math.abs(neutral / total), Math.abs(pos / total), compound);
  }

  /** VADER's words of a sentence (NLTK's {@code SentiText._words_and_emoticons}). */
  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    int n = text.length();
    int k = 0;
    while (k < n) {
      while (k < n && isSpace(text.charAt(k))) {
        k++;
      }
      int start = k;
      while (k < n && !isSpace(text.charAt(k))) {
        k++;
      }
      if (k > start) {
        String item = text.substring(start, k);
        if (item.codePointCount(0, item.length()) > 1) {
          out.add(stripMark(item));
        }
      }
    }
    return out;
  }

  /** The item without one leading or trailing mark of {@link #MARKS} when the rest is a punctuation-free word. */
  private static String stripMark(String item) {
    if (!hasAsciiPunctuation(item)) {
      return item;
    }
    StringBuilder bare = new StringBuilder(item.length());
    for (int k = 0; k < item.length(); k++) {
      char c = item.charAt(k);
      if (ASCII_PUNCTUATION.indexOf(c) < 0) {
        bare.append(c);
      }
    }
    String w = bare.toString();
    if (w.length() == item.length() || w.codePointCount(0, w.length()) < 2) {
      return item;
    }
    String mark = item.startsWith(w) ? item.substring(w.length()) : item.endsWith(w) ? item.substring(0, item.length() - w.length()) : null;
    return mark != null && MARKS.contains(mark) ? w : item;
  }

  private static boolean hasAsciiPunctuation(String item) {
    for (int k = 0; k < item.length(); k++) {
      if (ASCII_PUNCTUATION.indexOf(item.charAt(k)) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** Python's {@code str.isspace} for one character. */
  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u0085';
  }

  /** Python's {@code str.isupper}: at least one cased character, and no lower- or title-case one. */
  static boolean isUpper(String s) {
    boolean cased = false;
    for (int k = 0; k < s.length(); ) {
      int cp = s.codePointAt(k);
      if (Character.isLowerCase(cp) || Character.isTitleCase(cp)) {
        return false;
      }
      cased |= Character.isUpperCase(cp);
      k += Character.charCount(cp);
    }
    return cased;
  }
}
