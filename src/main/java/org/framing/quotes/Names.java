package org.framing.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Word lists and tests for names, titles and roles, shared by the attribution rules.
 *
 * <p>A person is written in news as an optional title run and a name: "NATO Secretary General Jens Stoltenberg",
 * "Russia's Deputy Defense Minister Alexander Fomin", "U.S. Deputy Secretary of State Wendy Sherman". The
 * canonical name is what follows the last title word ({@link #TITLES}) or possessive, so titles are stripped
 * without a list of names (the same split Muzny et al. 2017, "A Two-stage Sieve Approach for Quote
 * Attribution", make between a mention's head name and its modifiers). The lists are English news usage,
 * collected from the seed study and common wire style; they are deliberately short and can miss titles of
 * other domains (a missed title stays in front of the name).
 */
public final class Names {

  /** Capitalised words that are titles, offices, ranks or affiliations, never part of a person's name. */
  public static final Set<String> TITLES = Set.of(
      "secretary", "general", "secretary-general", "deputy", "minister", "foreign", "defense", "defence", "president",
      "vice", "vice-president", "prime", "chancellor", "spokesman", "spokeswoman", "spokesperson", "ambassador", "senator",
      "sen", "rep", "representative", "governor", "gov", "mr", "mrs", "ms", "dr", "prof", "professor", "colonel",
      "colonel-general", "lieutenant", "major", "captain", "admiral", "commander", "chief", "director", "chairman",
      "chairwoman", "chair", "head", "envoy", "permanent", "state", "affairs", "council", "interior", "finance",
      "attorney", "judge", "justice", "speaker", "leader", "majority", "minority", "commissioner", "ceo", "pope", "king",
      "queen", "prince", "princess", "sheikh", "lt", "gen", "adm", "sgt", "capt", "col", "officer", "nato", "u.s", "u.s.",
      "us", "un", "eu", "uk", "u.k", "russian", "american", "british", "chinese", "french", "german", "ukrainian",
      "iranian", "israeli", "kremlin", "white", "house", "former", "acting", "senior", "top", "first", "lady", "national",
      "security", "adviser", "advisor", "democratic", "republican", "homeland", "treasury", "ministry", "department",
      "mayor", "premier", "dean", "coach", "sir", "dame", "lord", "baroness", "gop", "sens", "reps",
      "congressman", "congresswoman", "assemblyman", "assemblywoman", "councilman", "councilwoman", "sheriff",
      "detective", "sergeant", "private", "staff", "aide", "fellow", "analyst", "editor", "correspondent", "officials", "official", "alliance", "army", "navy", "economic", "trade", "whip");

  /** Capitalised words that start sentences or mark time, never a speaker's name. */
  public static final Set<String> NOT_NAMES = Set.of(
      "the", "a", "an", "but", "and", "or", "in", "on", "at", "meanwhile", "however", "also", "after", "before", "when",
      "while", "as", "if", "then", "so", "yet", "this", "that", "these", "those", "despite", "according", "world",
      "to", "for", "with", "from", "by", "of", "it", "he", "she", "they", "we", "i", "his", "her", "its", "their",
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday",
      "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
      "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
      "photo", "source", "update", "updated", "you", "sign", "click", "subscribe", "advertisement", "breaking", "exclusive", "watch", "read", "opinion", "analysis",
      "somebody", "someone", "anybody", "anyone", "everybody", "everyone", "nobody");

  /** Words that make a name an organisation or a thing, not a person. */
  public static final Set<String> ORGANISATION_WORDS = Set.of(
      "states", "nations", "union", "kingdom", "council", "organization", "organisation", "ministry", "department",
      "house", "office", "agency", "party", "committee", "court", "government", "news", "post", "times", "press",
      "journal", "tribune", "herald", "reuters", "associated", "treaty", "alliance", "war", "europe", "european",
      "republic", "headquarters", "university", "bank", "fund", "forces", "army", "navy", "tv", "network", "institute",
      "center", "centre", "foundation", "association", "corporation", "company", "group", "commission", "senate",
      "congress", "parliament", "administration", "pentagon", "kremlin", "county", "city", "street", "online", "daily",
      "arabia", "korea", "america", "africa", "york", "jersey", "carolina", "dakota", "angeles", "francisco",
      "emirates", "zealand", "lanka", "island", "islands", "river", "valley", "beach", "capitol", "avenue", "road",
      "east", "west", "north", "south", "middle", "square", "airport", "school", "college", "church", "hospital",
      "club", "caucus", "fox", "cnn", "msnbc", "abc", "nbc", "cbs", "twitter", "facebook", "google", "amazon", "instagram",
      "youtube", "act", "bill", "amendment", "day", "hall", "park", "station", "base", "mall", "institution", "caption",
      "photos", "photo", "hide", "video", "videos", "watch", "replay", "image", "images", "getty");

  /** Head nouns of a role phrase that can be the subject of a speech verb ("the Russian official"). */
  static final Set<String> ROLE_HEADS = Set.of(
      "official", "officials", "spokesman", "spokeswoman", "spokesperson", "spokespeople", "chief", "minister",
      "secretary", "president", "leader", "leaders", "diplomat", "diplomats", "envoy", "ambassador", "negotiator",
      "negotiators", "source", "sources", "aide", "aides", "adviser", "advisor", "agency", "ministry", "government",
      "office", "department", "embassy", "analyst", "analysts", "expert", "experts", "lawmaker", "lawmakers",
      "senator", "governor", "mayor", "officer", "officers", "commander", "general", "statement", "spokesmen",
      "representative", "representatives", "delegate", "delegation", "prosecutor", "prosecutors", "police",
      "authorities", "observers", "witness", "witnesses", "residents", "chairman", "director", "head", "democrat",
      "republican", "democrats", "republicans", "senators", "militants", "agents", "investigators", "protesters",
      "demonstrators", "critics", "supporters", "commission", "group", "company", "organization", "organisation");

  /** Role heads that stand for an organisation: "the group" is the organisation last quoted, if any. */
  static final Set<String> ORGANISATION_HEADS = Set.of("group", "company", "organization", "organisation");

  /** Role heads that fit any person of the right side: "the Russian official" may be a deputy minister. */
  static final Set<String> GENERIC_HEADS = Set.of(
      "official", "chief", "leader", "diplomat", "envoy", "negotiator", "source", "aide", "head", "officer");

  /** Words that open a role phrase; the first three make it definite (a person already named). */
  static final Set<String> DETERMINERS = Set.of("the", "this", "that", "a", "an", "another", "one", "two", "three",
      "several", "some", "many", "other", "senior", "his", "her", "its", "their");

  private Names() {}

  /** The word in lower case, curly apostrophes straight, a final period and an English possessive removed. */
  public static String bare(String word) {
    String w = word.toLowerCase(Locale.ROOT).replace('’', '\'');
    if (w.endsWith("'s")) {
      w = w.substring(0, w.length() - 2);
    } else if (w.endsWith("'")) {
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith(".") && w.indexOf('.') == w.length() - 1) {
      w = w.substring(0, w.length() - 1);
    }
    return w;
  }

  public static boolean capitalized(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
  }

  public static boolean possessive(String word) {
    String w = word.replace('’', '\'');
    return w.endsWith("'s") || (w.endsWith("s'") && w.length() > 2);
  }

  /** A title or office word (compared without case, possessive or final period). */
  public static boolean title(String word) {
    return TITLES.contains(bare(word));
  }

  /** Five-letter stem for matching a role's modifiers to a person's titles ("Russian" and "Russia"); GOP is Republican. */
  static String stem(String word) {
    String b = bare(word);
    if (b.endsWith(".")) {
      b = b.substring(0, b.length() - 1);
    }
    String expanded = ABBREVIATED_TITLES.get(b);
    if (expanded != null) {
      return expanded;
    }
    return b.length() > 5 ? b.substring(0, 5) : b;
  }

  /**
   * Abbreviated titles to the stem of the word they shorten, so that "the senator" finds "Sen. Rob Portman" and
   * "the Republican" "GOP".
   */
  private static final java.util.Map<String, String> ABBREVIATED_TITLES = java.util.Map.ofEntries(
      java.util.Map.entry("gop", "repub"), java.util.Map.entry("sen", "senat"), java.util.Map.entry("sens", "senat"),
      java.util.Map.entry("rep", "repre"), java.util.Map.entry("reps", "repre"), java.util.Map.entry("gov", "gover"),
      java.util.Map.entry("gen", "gener"), java.util.Map.entry("lt", "lieut"), java.util.Map.entry("col", "colon"),
      java.util.Map.entry("capt", "capta"), java.util.Map.entry("sgt", "serge"), java.util.Map.entry("adm", "admir"),
      java.util.Map.entry("cmdr", "comma"), java.util.Map.entry("atty", "attor"), java.util.Map.entry("supt", "super"),
      java.util.Map.entry("prof", "profe"), java.util.Map.entry("amb", "ambas"), java.util.Map.entry("sec", "secre"));

  /** Capitalised words before a name that are not part of it: quantifiers and page clutter ("Some", "MORE"). */
  static final Set<String> NOT_NAME_PARTS = Set.of("some", "more", "many", "several", "both", "all", "most", "few");

  /**
   * The name part of a capitalised run: the words after the last title, possessive, sentence word, role or
   * group word ("Democrats", "Officials") or quantifier ("Some", "MORE") ("NATO Secretary General Jens
   * Stoltenberg" gives Jens Stoltenberg); empty when the run is all title.
   */
  public static List<String> namePart(List<String> run) {
    int from = run.size();
    while (from > 0) {
      String w = run.get(from - 1);
      String b = bare(w);
      if (title(w) || NOT_NAMES.contains(b) || ROLE_HEADS.contains(b) || NOT_NAME_PARTS.contains(b)
          || (possessive(w) && from < run.size()) || !capitalized(w)) {
        break;
      }
      from--;
    }
    return run.subList(from, run.size());
  }

  /**
   * Whether {@code name} looks like a person: two to four words, each capitalised with a lower-case letter
   * (not an acronym) or, between the first and the last, an initial ("Donald J. Trump"), none an organisation
   * word.
   */
  static boolean person(String name) {
    String[] words = name.split(" ");
    if (words.length < 2 || words.length > 4) {
      return false;
    }
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      boolean initial = i > 0 && i < words.length - 1 && w.matches("(\\p{Lu}\\.)+");     // "Donald J. Trump"
      if (!initial && (!capitalized(w) || w.chars().noneMatch(Character::isLowerCase)
          || ORGANISATION_WORDS.contains(bare(w)))) {
        return false;
      }
    }
    return true;
  }

  /** The words joined by single spaces, a final possessive removed. */
  static String join(List<String> words) {
    String s = String.join(" ", words);
    String t = s.replace('’', '\'');
    if (t.endsWith("'s")) {
      return s.substring(0, s.length() - 2);
    }
    return s;
  }
}
