package org.framing.entities;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.framing.quotes.Names;
import org.framing.text.Honorifics;

/**
 * How a person's name is compared: the key that "Donald Trump", "Donald J. Trump", "Donald John Trump" and
 * "President Donald Trump" share, and the surname that "Trump" and "Mr. Trump" are matched by.
 *
 * <p>The key is the folded given name and the folded surname, with titles and honorifics before the name,
 * middle names and initials, and a generational suffix ("Jr.", "III") left out; a given name written as a usual
 * short form ("Joe", "Bill", "Bernie") takes its full form from {@link #SHORT_FORMS}, so "Joe Biden" and "Joseph
 * R. Biden" share {@code joseph biden}. Folding is lower case ({@code Locale.ROOT}), accents removed (NFD,
 * combining marks dropped), curly apostrophes straight and a final possessive and period removed. This is the
 * first-and-last-name match of the "exact match after normalisation" baseline of cross-document person
 * coreference (Bagga and Baldwin 1998 compare on the same normalised names before context); it cannot tell
 * two people with the same given name and surname apart (George H. W. Bush and George W. Bush share
 * {@code george bush}), nor join a married name to a maiden name.
 */
public final class PersonNames {

  /** Words before a name that make it a person's and are not part of it: {@link Honorifics#WORDS}. */
  public static final Set<String> HONORIFICS = Honorifics.WORDS;

  /** Honorifics that only a person's name follows: a single name after one is a surname. */
  public static final Set<String> PERSON_TITLES = Set.of("mr", "mrs", "ms", "mx", "miss", "messrs", "mme", "dr",
      "prof", "sir", "dame", "rev", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "sgt", "capt", "adm",
      "cmdr", "maj", "president", "senator", "governor", "minister", "secretary", "ambassador", "chancellor", "judge",
      "justice", "speaker", "mayor", "premier", "pope", "king", "queen", "prince", "princess", "professor",
      "congressman", "congresswoman", "spokesman", "spokeswoman", "spokesperson", "director", "commissioner",
      "chairman", "chairwoman", "leader", "general", "colonel", "lieutenant", "captain", "admiral", "commander",
      "sheriff", "detective", "sergeant", "lady", "envoy", "attorney", "adviser", "advisor", "president-elect",
      "vice-president", "candidate", "nominee", "coach", "officer", "superintendent", "principal", "pastor", "bishop",
      "rabbi", "imam", "cardinal", "archbishop", "father", "sister", "lawmaker", "sheikh", "emir", "ayatollah");

  /** Organisation words that are also given names ("Bill Clinton", a bill in Congress). */
  static final Set<String> GIVEN_ORGANISATION_WORDS = Set.of("bill");

  /** The words after the first when the first is a given name that is also an organisation word, else all. */
  static List<String> afterGivenName(List<String> words) {
    return words.size() > 1 && GIVEN_ORGANISATION_WORDS.contains(fold(words.get(0))) ? words.subList(1, words.size())
        : words;
  }

  /** Lower-case particles inside a person's name ("Osama bin Laden", "Bill de Blasio", "Ursula von der Leyen"). */
  public static final Set<String> PARTICLES = Set.of("bin", "al", "de", "van", "von", "der", "den", "la", "le", "da",
      "di", "du", "dos", "del", "ibn", "ben");

  /** Party words: "California Democrat", "Texas Republican" name a role, not a person. */
  static final Set<String> PARTY_WORDS = Set.of("democrat", "democrats", "republican", "republicans", "independent",
      "conservative", "liberal", "libertarian", "socialist");

  /** Generational suffixes, left out of the key. */
  static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

  /**
   * Usual English short forms of given names, to their full form. Kept short on purpose: a form that is also a
   * full name of its own ("Jim" and "James" yes; "Ted", which is Edward or Theodore, no) is left out.
   */
  static final Map<String, String> SHORT_FORMS = Map.ofEntries(
      Map.entry("joe", "joseph"), Map.entry("bill", "william"), Map.entry("will", "william"),
      Map.entry("bernie", "bernard"), Map.entry("mike", "michael"), Map.entry("bob", "robert"),
      Map.entry("rob", "robert"), Map.entry("jim", "james"), Map.entry("jimmy", "james"), Map.entry("tom", "thomas"),
      Map.entry("chuck", "charles"), Map.entry("dick", "richard"), Map.entry("rick", "richard"),
      Map.entry("dan", "daniel"), Map.entry("dave", "david"), Map.entry("steve", "stephen"),
      Map.entry("chris", "christopher"), Map.entry("tony", "anthony"), Map.entry("matt", "matthew"),
      Map.entry("nick", "nicholas"), Map.entry("pete", "peter"), Map.entry("greg", "gregory"),
      Map.entry("ken", "kenneth"), Map.entry("liz", "elizabeth"), Map.entry("beto", "robert"),
      Map.entry("kate", "katherine"), Map.entry("sam", "samuel"), Map.entry("ben", "benjamin"),
      Map.entry("andy", "andrew"), Map.entry("alex", "alexander"), Map.entry("vlad", "vladimir"));

  private PersonNames() {}

  /** A word folded for comparison (class comment). */
  public static String fold(String word) {
    String w = Names.bare(word);
    String d = Normalizer.normalize(w, Normalizer.Form.NFD);
    StringBuilder b = new StringBuilder(d.length());
    for (int i = 0; i < d.length(); i++) {
      char c = d.charAt(i);
      if (Character.getType(c) != Character.NON_SPACING_MARK) {
        b.append(c);
      }
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** Each space-separated word of {@code text} folded ({@link #fold}), joined by single spaces. */
  public static String foldWords(String text) {
    StringBuilder b = new StringBuilder();
    for (String w : text.split(" ")) {
      if (b.length() > 0) {
        b.append(' ');
      }
      b.append(fold(w));
    }
    return b.toString();
  }

  /** An initial: one letter with a period, or letters each with one ("H.W."). */
  static boolean initial(String word) {
    return word.matches("(\\p{L}\\.)+\\p{L}?\\.?") || word.length() == 1 && Character.isLetter(word.charAt(0));
  }

  /**
   * A capitalised word with a lower-case letter ("Trump", "McConnell", "O'Rourke", "Ocasio-Cortez"), not an initial
   * nor a compound modifier ("Brothers-backed").
   */
  static boolean nameWord(String word) {
    return Names.capitalized(word) && word.chars().anyMatch(Character::isLowerCase) && !initial(word)
        && !MentionFinder.compound(word);
  }

  /**
   * Whether the words (titles already left out) look like a person's name: two to five words, the last a name
   * word (or a suffix after one) and no party word ("California Democrat"), the first a name word or an initial
   * and no adjective of nationality ({@link Adjectives}), the others name words or initials, none an organisation
   * word nor a sentence word.
   */
  public static boolean looksLikePerson(List<String> words) {
    List<String> w = withoutSuffix(words);
    if (w.size() < 2 || w.size() > 5 || !nameWord(w.get(w.size() - 1)) || Adjectives.adjective(fold(w.get(0)))
        || PARTY_WORDS.contains(fold(w.get(w.size() - 1))) || SUFFIXES.contains(fold(w.get(w.size() - 1)))) {
      return false;     // "Pakistani Taliban", "California Democrat", "Trump Jr." (a surname, see surnameKeys)
    }
    for (int i = 0; i < w.size(); i++) {
      String x = w.get(i);
      String f = Names.bare(x);
      boolean given = i == 0 && GIVEN_ORGANISATION_WORDS.contains(fold(x));
      if (!given && (Names.ORGANISATION_WORDS.contains(f) || Names.NOT_NAMES.contains(f) || Names.TITLES.contains(f))) {
        return false;
      }
      boolean inner = i > 0 && i < w.size() - 1;
      if (!nameWord(x) && !(initial(x) && i < w.size() - 1) && !(inner && PARTICLES.contains(x))) {
        return false;
      }
    }
    return true;
  }

  /** The words without a final generational suffix. */
  static List<String> withoutSuffix(List<String> words) {
    if (words.size() > 2 && SUFFIXES.contains(fold(words.get(words.size() - 1)))) {
      return words.subList(0, words.size() - 1);
    }
    return words;
  }

  /**
   * The key of a full name ({@link #looksLikePerson}): given name (full form) and surname, folded, and a
   * generational suffix when there is one ("Donald Trump Jr." is not his father); particles before the surname
   * stay ("Bill de Blasio" is {@code bill de blasio}).
   */
  public static String key(List<String> words) {
    List<String> w = withoutSuffix(words);
    String given = fold(w.get(0));
    String suffix = w.size() < words.size() ? " " + fold(words.get(words.size() - 1)) : "";
    StringBuilder particles = new StringBuilder();
    for (int i = w.size() - 2; i > 0 && PARTICLES.contains(w.get(i)); i--) {
      particles.insert(0, w.get(i) + " ");
    }
    return SHORT_FORMS.getOrDefault(given, given) + " " + particles + fold(w.get(w.size() - 1)) + suffix;
  }

  /** The folded surname of a full name, or of a single name. */
  public static String surname(List<String> words) {
    List<String> w = withoutSuffix(words);
    return fold(w.get(w.size() - 1));
  }

  /**
   * A surname with a generational suffix and no given name ("Trump Jr."): its folded form ({@code trump jr}), the
   * key a {@code ~} mention of it carries; null for anything else.
   */
  public static String suffixedSurname(List<String> words) {
    if (words.size() == 2 && nameWord(words.get(0)) && SUFFIXES.contains(fold(words.get(1)))) {
      return fold(words.get(0)) + " " + fold(words.get(1));
    }
    return null;
  }

  /**
   * The surnames a full-name key answers to: its surname ({@code trump} for {@code donald trump jr}), and with a
   * suffix also the surname and suffix ({@code trump jr}), so "Trump" may be either Trump and "Trump Jr." only
   * the son.
   */
  public static List<String> surnameKeys(String key) {
    List<String> w = List.of(key.split(" "));
    String surname = surnameOfKey(key);
    return w.size() > 2 && SUFFIXES.contains(w.get(w.size() - 1))
        ? List.of(surname, surname + " " + w.get(w.size() - 1)) : List.of(surname);
  }

  /** The surname of a key made by {@link #key}. */
  public static String surnameOfKey(String key) {
    List<String> w = withoutSuffix(List.of(key.split(" ")));
    return w.get(w.size() - 1);
  }

  /** The words of a name as written, split on white space. */
  public static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    for (String w : name.strip().split("\\s+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }
}
