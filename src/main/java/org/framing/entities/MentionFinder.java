package org.framing.entities;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.framing.quotes.Names;
import org.framing.text.ArticleText;
import org.framing.text.Token;
import org.framing.text.Tokenizer;

/**
 * Every mention of a person, organisation or place in one article, found on the text chain's sentences and
 * tokens ({@link ArticleText}: the same cleaned NFKC text every analysis reads, so offsets index it), and
 * resolved inside the article. Pure Java; the pass part is {@link Entities#part}.
 *
 * <p>The rules, in order:
 * <ol>
 *   <li><b>Runs.</b> A mention is a run of capitalised tokens of one sentence with only a space between them, or
 *       a period after an honorific or an initial ("Mr. Trump", "George W. Bush"); "of" and "for" join a run that
 *       has an organisation word or a title ("Department of Justice", "Secretary of State Antony Blinken"); an
 *       English possessive ends it ("Russia's Deputy Defense Minister Alexander Fomin" is two). A sentence set in
 *       title case ({@link #titleCase}: a headline) has no mentions.</li>
 *   <li><b>The first word of a sentence</b> is capitalised whatever it is. A sentence word ({@link Names#NOT_NAMES})
 *       is dropped; a word the article capitalises inside a sentence too is kept; any other only if OpenNLP's
 *       part-of-speech model ({@link PosModel}) tags it a proper noun in its sentence ("Critics say" loses
 *       "Critics", "Grushko said" keeps "Grushko").</li>
 *   <li><b>Kind</b>, the first that applies: a country or US state ({@link Places}) is a place; a name after
 *       the run's titles ({@link Names#namePart}) that {@link PersonNames#looksLikePerson} is a person, its titles
 *       and honorifics outside the mention ("NATO Secretary General Jens Stoltenberg" is a mention of Jens
 *       Stoltenberg); a single name right after a personal title or honorific ({@link PersonNames#PERSON_TITLES}:
 *       "Mr. Trump", "President Trump") is a person's surname, and so is a surname with a suffix ("Trump Jr.");
 *       a word that repeats the word before it counts once (a gallery caption before its text: "Pope Francis
 *       Francis speaks"); a run with an organisation word
 *       ({@link Names#ORGANISATION_WORDS}) or a word in capitals ("NATO", "FBI") is an organisation, a leading
 *       "The" left out; any other single word is a bare name, and any other run an "other" name.</li>
 *   <li><b>Resolution in the article.</b> A surname or bare name that ends a person's full name in the article
 *       is that person: the nearest such name before it, else the nearest after (so two Trumps of one article stay
 *       two people, each surname going to the Trump last named). An acronym whose letters are the initials of an
 *       organisation named in the article ("NATO", "North Atlantic Treaty Organization") is that organisation.
 *       What stays unresolved is resolved across the corpus ({@link Resolution}).</li>
 * </ol>
 *
 * <p>What it cannot do: it finds names by their capitals, so a lower-case name, a name in a sentence set in
 * capitals or title case, and names in scripts without case are missed; it has no list of cities, so a city
 * named alone is a bare name (kept as "other" unless a person of that surname is known); it cannot tell a
 * person from an organisation named like one ("Johnson Controls") without an organisation word.
 */
public final class MentionFinder implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The kind of a mention; {@code NAME} is a single capitalised word of no known kind yet. */
  public enum Kind { PERSON, ORGANISATION, PLACE, OTHER, NAME;
    public String label() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * One mention: its offsets in the NFKC text, the words as written, its kind, and its key in the article: a
   * person's {@link PersonNames#key}, an organisation's or place's folded name, or {@code ~surname} for a
   * surname or bare name no full name of the article ends in; {@code titled} when a title or honorific stood
   * before a person's name ("Mr. Trump", "Deputy Foreign Minister Alexander Grushko"); {@code sentence} the index
   * of its sentence among the article's ({@link ArticleText#sentences}, as the sentiment chain numbers them).
   */
  public record Mention(int start, int end, String text, Kind kind, String key, boolean titled, int sentence) {
    Mention in(int sentenceIndex) {
      return new Mention(start, end, text, kind, key, titled, sentenceIndex);
    }
  }

  /** Words that join a run of an organisation or title ("Department of Justice", "Center for ..."). */
  private static final Set<String> JOINS = Set.of("of", "for");

  /**
   * Words that join an organisation's formal name already joined by "of" or "for" ("Organization for Security and
   * Co-operation in Europe", "Department of Health and Human Services"); never a run without one ("Congress and
   * Trump") nor a title ("Secretary of State Wendy Sherman and Russian Deputy Foreign Minister Sergei Ryabkov").
   */
  private static final Set<String> LATER_JOINS = Set.of("and", "in", "on");

  /**
   * Words that make a run an organisation besides {@link Names#ORGANISATION_WORDS} (which the quotation rules
   * share): heads of organisations' names that are not a person's.
   */
  static final Set<String> MORE_ORGANISATION_WORDS = Set.of("command", "program", "programme", "studies",
      "scientists", "action", "team", "fleet", "force", "campaign", "lab", "laboratory", "review", "magazine",
      "democrats", "republicans", "society", "coalition", "movement", "network", "federation", "league",
      "council", "board", "authority", "guard", "police", "project", "initiative", "media", "airlines", "motors",
      "inc", "corp", "llc", "ltd", "co", "industries", "systems", "technologies", "partners", "capital", "trust",
      "service", "services", "watch", "alliance", "front", "brigade", "brigades", "caucus");

  /** The words of a sentence that is a headline in title case: at least this many, and most capitalised. */
  private static final int HEADLINE_WORDS = 4;

  /** One token of a run: its offsets and its text as written. */
  private record Word(int start, int end, String text) {
    String folded() {
      return PersonNames.fold(text);
    }
  }

  /** The mentions of one article, in text order. */
  public List<Mention> find(ArticleText article) {
    String text = article.normalized();
    List<Mention> found = new ArrayList<>();
    Set<String> inside = capitalisedInside(text, article.sentences());
    for (int k = 0; k < article.sentences().size(); k++) {
      Tokenizer.Sentence s = article.sentences().get(k);
      if (titleCase(text, s.tokens())) {
        continue;
      }
      for (List<Word> run : runs(text, s.tokens(), inside)) {
        Word last = run.get(run.size() - 1);
        int after = last.end();
        while (after < text.length() && text.charAt(after) == ' ') {
          after++;
        }
        boolean lowerNext = after > last.end() && after < text.length() && Character.isLowerCase(text.charAt(after));
        Mention m = classify(run, lowerNext);
        if (m != null) {
          Mention affiliation = m.titled() ? affiliation(run, m.start()) : null;
          if (affiliation != null) {
            found.add(affiliation.in(k));
          }
          found.add(m.in(k));
        }
      }
    }
    return resolve(found);
  }

  // ---------------------------------------------------------------------------------------------- runs

  /** Function words that title case capitalises and running text does not. */
  private static final Set<String> FUNCTION_WORDS = Set.of("of", "in", "to", "for", "on", "and", "with", "as", "at",
      "by", "the", "a", "an", "from", "is", "are", "after", "over", "about", "but", "or", "into", "than");

  /**
   * A headline in title case: four words or more, and every word capitalised, or a capitalised function word
   * after the first word ("Chief Warns Of Real Risk") with most words capitalised.
   */
  static boolean titleCase(String text, List<Token> tokens) {
    int words = 0;
    int capitals = 0;
    boolean function = false;
    for (Token t : tokens) {
      if (t.numeric()) {
        continue;
      }
      words++;
      if (Character.isUpperCase(text.charAt(t.start()))) {
        capitals++;
        function |= words > 1 && FUNCTION_WORDS.contains(t.text());
      }
    }
    return words >= HEADLINE_WORDS && (capitals == words || function && capitals * 5 > words * 3);
  }

  /** The words the article capitalises inside a sentence (not first, not after an opening mark), folded. */
  private static Set<String> capitalisedInside(String text, List<Tokenizer.Sentence> sentences) {
    Set<String> out = new java.util.HashSet<>();
    for (Tokenizer.Sentence s : sentences) {
      List<Token> tokens = s.tokens();
      for (int i = 1; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (Character.isUpperCase(text.charAt(t.start())) && !opensSentence(text, tokens.get(i - 1), t)) {
          out.add(PersonNames.fold(text.substring(t.start(), t.end())));
        }
      }
    }
    return out;
  }

  private static List<List<Word>> runs(String text, List<Token> tokens, Set<String> inside) {
    List<List<Word>> out = new ArrayList<>();
    List<Word> run = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      Word w = new Word(t.start(), t.end(), text.substring(t.start(), t.end()));
      boolean capital = Character.isUpperCase(w.text().charAt(0));
      if (capital && !run.isEmpty() && joins(text, run.get(run.size() - 1), w)) {
        run.add(w);
        continue;
      }
      if (!capital && !run.isEmpty() && i + 1 < tokens.size()
          && Character.isUpperCase(text.charAt(tokens.get(i + 1).start()))
          && (JOINS.contains(t.text()) && opensJoin(run) || PersonNames.PARTICLES.contains(t.text())
              || LATER_JOINS.contains(t.text()) && run.stream().anyMatch(x -> JOINS.contains(x.text()))
                  && organisationWords(run.stream().map(Word::text).toList()) > 0)
          && joins(text, run.get(run.size() - 1), w) && joins(text, w, new Word(tokens.get(i + 1).start(),
              tokens.get(i + 1).end(), ""))) {
        run.add(w);
        continue;
      }
      close(run, out);
      run = new ArrayList<>();
      if (capital) {
        if (i == 0 || opensSentence(text, tokens.get(i - 1), t)) {
          if (!properAtStart(tokens, text, i, inside)) {
            continue;
          }
        }
        run.add(w);
      }
    }
    close(run, out);
    return out;
  }

  /** A run ending in a joining word gives the joining word back. */
  private static void close(List<Word> run, List<List<Word>> out) {
    while (!run.isEmpty() && (JOINS.contains(run.get(run.size() - 1).text())
        || LATER_JOINS.contains(run.get(run.size() - 1).text()) || PersonNames.PARTICLES.contains(run.get(run.size() - 1).text()))) {
      run.remove(run.size() - 1);
    }
    if (!run.isEmpty()) {
      out.add(run);
    }
  }

  private static boolean opensJoin(List<Word> run) {
    for (Word w : run) {
      String f = w.folded();
      if (Names.ORGANISATION_WORDS.contains(f) || Names.TITLES.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code next} goes on the run that ends in {@code last}: a space, or a period after an abbreviation. */
  private static boolean joins(String text, Word last, Word next) {
    if (possessive(text, last)) {
      return false;
    }
    String gap = text.substring(last.end(), next.start());
    if (gap.equals(" ")) {
      return true;
    }
    return gap.equals(". ") && (PersonNames.HONORIFICS.contains(last.folded()) || last.text().length() == 1);
  }

  private static boolean possessive(String text, Word w) {
    return Names.possessive(w.text()) || text.startsWith("'s", w.end()) || text.startsWith("’s", w.end())
        || text.startsWith("s'", w.end() - 1) && w.text().endsWith("s") && text.startsWith("'", w.end());
  }

  /** A token after a sentence's opening quotation mark or dash also opens it. */
  private static boolean opensSentence(String text, Token previous, Token t) {
    String gap = text.substring(previous.end(), t.start()).strip();
    return !gap.isEmpty() && gap.chars().allMatch(c -> "\"“‘'(—–-:".indexOf(c) >= 0) && gap.chars().anyMatch(c -> c != '(');
  }

  /**
   * Whether the capitalised token {@code i} opening a sentence is a proper noun: not a sentence word; a title, or
   * a word the article capitalises inside a sentence too ("Trump said" after "Donald Trump"); else what the
   * part-of-speech model says.
   */
  private static boolean properAtStart(List<Token> tokens, String text, int i, Set<String> inside) {
    String f = PersonNames.fold(text.substring(tokens.get(i).start(), tokens.get(i).end()));
    if (Names.NOT_NAMES.contains(f) || PosModel.COMMON_OPENERS.contains(f)) {
      return false;
    }
    if (Names.TITLES.contains(f) || PersonNames.HONORIFICS.contains(f) || inside.contains(f)) {
      return true;
    }
    return PosModel.properNoun(text, tokens, i);
  }

  // ---------------------------------------------------------------------------------------------- kinds

  /** Words of page furniture: a run of nothing else is no name. */
  static final Set<String> NOISE = Set.of("photos", "photo", "caption", "hide", "more", "playback", "audio", "video",
      "videos", "watch", "replay", "image", "images", "getty", "advertisement", "click", "share", "read", "close",
      "next", "previous", "slideshow", "gallery", "comments", "comment", "subscribe", "newsletter", "related",
      "loading", "embed", "tweet", "print", "email", "transcript", "listen", "story", "continue", "reading", "et", "pt",
      "est", "edt", "pst", "pdt", "gmt", "utc");

  /**
   * The organisation or place that opens a person's title run, before its first title word ("NATO" in "NATO
   * Secretary General Jens Stoltenberg", "U.S." in "U.S. Deputy Secretary of State Wendy Sherman"), or null.
   */
  private static Mention affiliation(List<Word> run, int personStart) {
    int k = 0;
    while (k < run.size() && run.get(k).start() < personStart && (acronym(stripPossessive(run.get(k).text()))
        || Places.key(List.of(stripPossessive(run.get(k).text()))) != null || !Names.title(run.get(k).text())
        && !PersonNames.PERSON_TITLES.contains(run.get(k).folded()) && !hyphenTitle(run.get(k).text()))) {
      k++;
    }
    if (k == 0 || k >= run.size() || run.get(k).start() >= personStart) {
      return null;
    }
    List<Word> prefix = run.subList(0, k);
    List<String> words = prefix.stream().map(w -> stripPossessive(w.text())).toList();
    String place = Places.key(words);
    if (place != null) {
      return mention(prefix, 0, Kind.PLACE, place);
    }
    if (organisationWords(words) > 0 || words.size() == 1 && acronym(words.get(0))) {
      return mention(prefix, 0, Kind.ORGANISATION, PersonNames.foldWords(String.join(" ", words)));
    }
    return null;
  }

  /** A US party and state tag ("D-Calif", "R-Ky"): no name. */
  private static final java.util.regex.Pattern PARTY_TAG = java.util.regex.Pattern.compile("[DRI]-\\p{Lu}[\\p{L}.]*");

  /** A hyphenated title ("President-elect", "ex-Senator", "Vice-President"): one of its parts is a title. */
  static boolean hyphenTitle(String word) {
    if (word.indexOf('-') <= 0) {
      return false;
    }
    for (String part : word.split("-")) {
      String f = PersonNames.fold(part);
      if (Names.TITLES.contains(f) || PersonNames.PERSON_TITLES.contains(f)) {
        return true;
      }
    }
    return false;
  }

  /** "I'm", "It's", "Don't": a sentence word with its clitic, no name. */
  static boolean contraction(String folded) {
    int a = folded.indexOf('\'');
    return a > 0 && (Names.NOT_NAMES.contains(folded.substring(0, a)) || Set.of("i", "don", "didn", "can", "won",
        "isn", "wasn", "let", "what", "who", "there", "here", "you", "we", "they", "that", "it").contains(
        folded.substring(0, a)));
  }

  /** A hyphenated word whose last part is lower case ("US-led", "NATO-style"): a modifier, no name. */
  static boolean compound(String word) {
    int h = word.lastIndexOf('-');
    return h > 0 && h + 1 < word.length() && Character.isLowerCase(word.charAt(h + 1));
  }

  /**
   * The kind and key of a run; {@code beforeLowerCase} when a lower-case word follows it, so that a single
   * adjective of nationality or direction ({@link Adjectives}) is no name.
   */
  private static Mention classify(List<Word> run, boolean beforeLowerCase) {
    if (!run.isEmpty() && run.get(0).folded().equals("the") && run.size() > 1) {
      run = run.subList(1, run.size());
    }
    run = withoutRepeats(run);
    List<String> words = run.stream().map(w -> stripPossessive(w.text())).toList();
    if (words.stream().allMatch(w -> NOISE.contains(PersonNames.fold(w)))) {
      return null;      // "Hide Caption", "AUDIO PLAYBACK": page furniture the cleaning left
    }
    while (words.size() > 1 && (Names.title(words.get(0)) || JOINS.contains(words.get(0)))
        && !PersonNames.PERSON_TITLES.contains(PersonNames.fold(words.get(0))) && organisationWords(words) == 0) {
      run = run.subList(1, run.size());      // "CEO of SilencerCo"
      words = words.subList(1, words.size());
    }
    if (words.size() == 1) {
      String f = PersonNames.fold(words.get(0));
      if (compound(words.get(0)) || beforeLowerCase && Adjectives.adjective(f) || contraction(f)
          || PARTY_TAG.matcher(words.get(0)).matches()) {
        return null;      // "US-led", "Western officials", "the Soviet era", "I'm", "D-Calif"
      }
    }
    String place = Places.key(words);
    if (place != null) {
      return mention(run, 0, Kind.PLACE, place);
    }
    List<String> name = namePart(words);
    while (name.size() > 1 && (hyphenTitle(name.get(0)) || PersonNames.PERSON_TITLES.contains(PersonNames.fold(name.get(0))))) {
      name = name.subList(1, name.size());      // "President-elect Trump"
    }
    int from = words.size() - name.size();
    String suffixed = PersonNames.suffixedSurname(name);
    if (suffixed != null) {
      return mention(run, from, Kind.PERSON, "~" + suffixed);      // "Trump Jr.": the son, by surname
    }
    boolean afterJoin = from > 0 && (JOINS.contains(words.get(from - 1)) || LATER_JOINS.contains(words.get(from - 1)));
    if (name.size() >= 2 && !afterJoin && organisationWords(PersonNames.afterGivenName(name)) == 0
        && PersonNames.looksLikePerson(name)) {
      return mention(run, from, Kind.PERSON, PersonNames.key(name));
    }
    if (name.size() == 1 && from > 0 && (PersonNames.PERSON_TITLES.contains(run.get(from - 1).folded())
        || hyphenTitle(words.get(from - 1))) && PersonNames.nameWord(name.get(0))) {
      return mention(run, from, Kind.PERSON, "~" + PersonNames.surname(name));
    }
    if (organisationWords(words) > 0 || words.stream().anyMatch(MentionFinder::acronym)) {
      return mention(run, 0, Kind.ORGANISATION, PersonNames.foldWords(String.join(" ", words)));
    }
    if (words.size() == 1) {
      String f = PersonNames.fold(words.get(0));
      if (Names.TITLES.contains(f) || PersonNames.HONORIFICS.contains(f) || Names.NOT_NAMES.contains(f)
          || PosModel.COMMON_OPENERS.contains(f) || f.length() < 2) {
        return null;
      }
      return mention(run, 0, Kind.NAME, "~" + f);
    }
    if (name.isEmpty()) {
      return null;      // all titles: "Foreign Minister"
    }
    return mention(run, 0, Kind.OTHER, PersonNames.foldWords(String.join(" ", words)));
  }

  /**
   * The run without a word that repeats the word before it: a gallery caption set before its own text ("Photos:
   * Pope Francis Francis speaks") is the name once, not a person "Francis Francis".
   */
  private static List<Word> withoutRepeats(List<Word> run) {
    List<Word> out = null;
    for (int k = 1; k < run.size(); k++) {
      if (run.get(k).folded().equals(run.get(k - 1).folded())) {
        if (out == null) {
          out = new ArrayList<>(run.subList(0, k));
        }
      } else if (out != null) {
        out.add(run.get(k));
      }
    }
    return out == null ? run : out;
  }

  /**
   * The name after a run's titles ({@link Names#namePart}), particles inside it kept ("Mayor Bill de Blasio" gives
   * Bill de Blasio).
   */
  static List<String> namePart(List<String> words) {
    int from = words.size();
    while (from > 0) {
      String w = words.get(from - 1);
      boolean particle = PersonNames.PARTICLES.contains(w) && from < words.size();
      if (!particle && (Names.title(w) || Names.NOT_NAMES.contains(Names.bare(w)) || !Names.capitalized(w)
          || Names.possessive(w) && from < words.size())) {
        break;
      }
      from--;
    }
    while (from < words.size() && PersonNames.PARTICLES.contains(words.get(from))) {
      from++;
    }
    return words.subList(from, words.size());
  }

  /** How many of the words are organisation words. */
  private static int organisationWords(List<String> words) {
    int n = 0;
    for (String w : words) {
      String f = PersonNames.fold(w);
      if (Names.ORGANISATION_WORDS.contains(f) || MORE_ORGANISATION_WORDS.contains(f)) {
        n++;
      }
    }
    return n;
  }

  /** A word in capitals, two to six letters ("NATO", "FBI"); "U.S." is a place, found before. */
  static boolean acronym(String w) {
    if (w.length() > MAX_ACRONYM + 3) {
      return false;
    }
    int letters = 0;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isLetter(c)) {
        letters++;
      }
    }
    return letters >= 2 && letters <= MAX_ACRONYM;
  }

  /** The longest acronym ("UNESCO"); a longer word in capitals is shouting ("PLAYBACK"), not an acronym. */
  static final int MAX_ACRONYM = 6;


  private static Mention mention(List<Word> run, int from, Kind kind, String key) {
    Word first = run.get(from);
    Word last = run.get(run.size() - 1);
    StringBuilder text = new StringBuilder();
    for (int k = from; k < run.size(); k++) {
      if (k > from) {
        text.append(run.get(k).start() - run.get(k - 1).end() == 2 ? ". " : " ");     // the gaps runs allow
      }
      text.append(run.get(k).text());
    }
    return new Mention(first.start(), last.end(), stripPossessive(text.toString()), kind, key,
        kind == Kind.PERSON && from > 0, -1);
  }

  private static String stripPossessive(String s) {
    String t = s.replace('’', '\'');
    return t.endsWith("'s") ? s.substring(0, s.length() - 2) : s;
  }

  // ---------------------------------------------------------------------------------------------- resolution

  /** Surnames and bare names to the article's full names, acronyms to its organisations (class comment, 4). */
  static List<Mention> resolve(List<Mention> found) {
    List<Mention> out = new ArrayList<>(found.size());
    for (int k = 0; k < found.size(); k++) {
      Mention m = found.get(k);
      if ((m.kind() == Kind.PERSON || m.kind() == Kind.NAME) && m.key().startsWith("~")) {
        String full = nearestFullName(found, k, m.key().substring(1));
        if (full != null) {
          m = new Mention(m.start(), m.end(), m.text(), Kind.PERSON, full, m.titled(), m.sentence());
        }
      } else if (m.kind() == Kind.ORGANISATION && acronym(m.text()) && !m.text().contains(" ")) {
        String expanded = expansion(found, m.text());
        if (expanded != null) {
          m = new Mention(m.start(), m.end(), m.text(), Kind.ORGANISATION, expanded, false, m.sentence());
        }
      }
      out.add(m);
    }
    return out;
  }

  private static String nearestFullName(List<Mention> found, int k, String surname) {
    for (int j = k - 1; j >= 0; j--) {
      Mention p = found.get(j);
      if (p.kind() == Kind.PERSON && !p.key().startsWith("~") && PersonNames.surnameKeys(p.key()).contains(surname)) {
        return p.key();
      }
    }
    for (int j = k + 1; j < found.size(); j++) {
      Mention p = found.get(j);
      if (p.kind() == Kind.PERSON && !p.key().startsWith("~") && PersonNames.surnameKeys(p.key()).contains(surname)) {
        return p.key();
      }
    }
    return null;
  }

  /** The key of an organisation of the article whose initials spell {@code acronym}, or null. */
  private static String expansion(List<Mention> found, String acronym) {
    String letters = acronym.replace(".", "").toLowerCase(java.util.Locale.ROOT);
    for (Mention o : found) {
      if (o.kind() == Kind.ORGANISATION && o.text().contains(" ") && initials(o.key()).equals(letters)) {
        return o.key();
      }
    }
    return null;
  }

  /** The first letters of a folded name's words, "of", "for", "the" and "and" left out. */
  static String initials(String key) {
    StringBuilder b = new StringBuilder();
    for (String w : key.split(" ")) {
      if (!w.isEmpty() && !Set.of("of", "for", "the", "and").contains(w)) {
        b.append(w.charAt(0));
      }
    }
    return b.toString();
  }
}
