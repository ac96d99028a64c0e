package org.framing.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.framing.quotes.QuoteSentences.Item;
import org.framing.quotes.QuoteSentences.Type;

/**
 * Finds who a speech verb's subject is as written: a name, pronoun or role phrase to its left or right, or a
 * coordination with the verb before ({@link QuoteFinder}'s class comment, step 4), and the capitalised runs that
 * names and roles are read from. Works on one sentence's items; resolving the subject is {@link SpeakerResolution}'s.
 */
final class SpeechSubjects {

  /**
   * Speech verbs, inflected forms only (base forms and plural nouns such as "claims" are too ambiguous); "pointed"
   * and "went" only as "pointed out" and "went on".
   */
  static final Set<String> VERBS = Set.of(
      "said", "says", "say", "saying", "told", "tells", "telling", "added", "adds", "adding", "warned", "warns",
      "warning", "stressed", "stresses", "stressing", "noted", "noting", "explained", "explains", "asked", "replied",
      "replies", "answered", "insisted", "insists", "argued", "argues", "claimed", "declared", "declares", "announced",
      "announces", "stated", "wrote", "writes", "commented", "remarked", "emphasized", "emphasised", "emphasizes",
      "emphasizing", "underlined", "underlines", "underscored", "acknowledged", "acknowledges", "admitted", "admits",
      "conceded", "concedes", "cautioned", "urged", "reiterated", "reiterates", "described", "describes", "called",
      "quipped", "tweeted", "predicted", "recalled", "suggested", "asserted", "contended", "vowed", "promised",
      "pledged", "denied", "confirmed", "assured", "pointed", "according", "continued", "complained", "testified",
      "observed", "responded", "countered", "boasted", "lamented", "maintained", "mused", "joked", "exclaimed",
      "predicts", "concluded", "agreed", "went", "shouted", "remembered",
      // the other forms of the verbs above, and a few more verbs of saying (the second development set)
      "tell", "add", "warn", "stress", "note", "notes", "explaining", "asks", "reply", "replying", "answers",
      "answering", "insist", "insisting", "argue", "arguing", "claims", "claiming", "declaring", "announcing",
      "write", "writing", "comments", "remarks", "emphasise", "emphasises", "emphasising", "underscores",
      "underscoring", "acknowledging", "admitting", "conceding", "cautions", "cautioning", "urges", "urging",
      "reiterating", "describing", "calls", "calling", "quips", "tweets", "tweeting", "predicting", "recalls",
      "recalling", "suggests", "suggesting", "asserts", "asserting", "contends", "contending", "vows", "vowing",
      "promises", "pledges", "pledging", "confirms", "confirming", "assures", "continues", "complains",
      "complaining", "testifies", "testifying", "observes", "responds", "responding", "counters", "countering",
      "boasts", "boasting", "laments", "lamenting", "maintains", "maintaining", "muses", "jokes", "joking",
      "exclaims", "concludes", "agrees", "shouts", "shouting", "remembers", "reflected", "reflects", "recounted",
      "recounts", "wondered", "wonders", "pleaded", "alleged", "alleges", "retorted", "scoffed", "previewed");

  /** Words that may stand between a subject and its verb ("Grushko later said", "Stoltenberg has warned"). */
  private static final Set<String> BETWEEN = Set.of(
      "also", "later", "earlier", "then", "again", "once", "further", "repeatedly", "previously", "recently",
      "reportedly", "separately", "publicly", "privately", "similarly", "simply", "just", "flatly", "firmly",
      "bluntly", "openly", "has", "have", "had", "would", "will", "could", "may", "might", "subsequently", "already",
      "still", "even", "often", "quickly", "immediately", "angrily", "quietly", "explicitly", "specifically", "did",
      "does", "do", "however", "too", "frequently", "herself", "himself", "always", "never", "last", "ultimately");

  /** Lower-case words that link an organisation's name to a person's after it ("Center for American Progress"). */
  private static final Set<String> ORG_LINKS = Set.of("for", "of", "the", "at", "on", "and");

  /** Verbs whose object is the listener ("told TheDCNF"), never the speaker, so never inverted. */
  private static final Set<String> LISTENER_VERBS = Set.of("told", "tells", "telling", "asked", "assured", "urged");

  /** An auxiliary before a verb makes it passive ("was told"): the word before is not the speaker. */
  private static final Set<String> PASSIVE = Set.of("was", "were", "been", "being", "is", "are", "be");

  /** The pronouns a person is referred to by; "it" and "they" are not resolved. */
  static final Set<String> PRONOUNS = Set.of("he", "she");

  /** A US party and state tag after a name ("D-Missouri", "R-Ky."): not the speaker's name. */
  static final Pattern PARTY_TAG = Pattern.compile("[DRI]-[A-Z][A-Za-z.]*");

  /** The longest description between a name and its verb: "Name, <description>, said". */
  private static final int APPOSITIVE_ITEMS = 14;

  private SpeechSubjects() {}

  enum MentionType { NAME, PRONOUN, ROLE, COORDINATION }

  /** A subject as written: its type, its words, where it is and which items it covers. */
  record Mention(MentionType type, List<String> words, int from, int to, boolean definite) {}

  /** Whether only capitalised words or "the" stand before item {@code from} (the sentence's subject position). */
  private static boolean subjectPosition(List<Item> it, int from) {
    for (int k = 0; k < from; k++) {
      if (!it.get(k).word() || !Names.capitalized(it.get(k).text()) && !it.get(k).is("the")) {
        return false;
      }
    }
    return true;
  }

  /** The end (exclusive) of the capitalised run starting at {@code i}; "of" and "of the" may join title words. */
  static int runEnd(List<Item> it, int i) {
    int j = i + 1;
    while (j < it.size()) {
      Item w = it.get(j);
      if (w.word() && Names.capitalized(w.text()) && !Names.possessive(it.get(j - 1).text())) {
        j++;
      } else if (w.word() && Names.title(w.text()) && j + 1 < it.size() && it.get(j + 1).word()
          && Names.capitalized(it.get(j + 1).text())) {
        j++;      // "Republican state Rep. Frank McNulty"
      } else if (w.is("of") && Names.title(it.get(j - 1).text()) && j + 1 < it.size() && it.get(j + 1).word()
          && Names.capitalized(it.get(j + 1).text())) {
        j++;
      } else if (w.is("of") && Names.title(it.get(j - 1).text()) && j + 2 < it.size() && it.get(j + 1).is("the")
          && it.get(j + 2).word() && Names.capitalized(it.get(j + 2).text())) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  /** The start of the capitalised run ending at {@code e} (inclusive), the mirror of {@link #runEnd}. */
  static int runStart(List<Item> it, int e) {
    int b = e;
    while (b > 0) {
      Item p = it.get(b - 1);
      if (p.word() && Names.capitalized(p.text()) && !Names.possessive(p.text())) {
        b--;
      } else if (p.word() && Names.capitalized(p.text()) && Names.possessive(p.text())) {
        b--;     // "Russia's Deputy Defense Minister": the possessive opens the run
        break;
      } else if (p.word() && Names.title(p.text()) && b - 2 >= 0 && it.get(b - 2).word()
          && Names.capitalized(it.get(b - 2).text())) {
        b--;
      } else if (p.is("of") && b - 2 >= 0 && it.get(b - 2).word() && Names.title(it.get(b - 2).text())) {
        b--;
      } else if (p.is("the") && b - 2 >= 0 && it.get(b - 2).is("of") && b - 3 >= 0 && Names.title(it.get(b - 3).text())) {
        b -= 2;
      } else {
        break;
      }
    }
    return b;
  }

  /** The words of items {@code from..to} (exclusive), without punctuation and quotations. */
  static List<String> words(List<Item> it, int from, int to) {
    List<String> out = new ArrayList<>();
    for (int k = from; k < to; k++) {
      if (it.get(k).word()) {
        out.add(it.get(k).text());
      }
    }
    return out;
  }

  /** The subject of the verb at {@code v}, or null. */
  static Mention subject(List<Item> it, int v) {
    String verb = it.get(v).lower();
    if (verb.equals("according")) {
      return v + 1 < it.size() && it.get(v + 1).is("to") ? right(it, v + 2) : null;
    }
    if (verb.equals("saying") && v > 0 && it.get(v - 1).is("as")) {
      return quotedAsSaying(it, v - 1);
    }
    int i = v - 1;
    while (i >= 0 && it.get(i).word() && BETWEEN.contains(it.get(i).lower())) {
      i--;
    }
    if (i >= 0 && it.get(i).word() && PASSIVE.contains(it.get(i).lower())) {
      return null;
    }
    if (i >= 1 && it.get(i).is("who")) {
      i -= it.get(i - 1).is(",") ? 2 : 1;     // "federal prosecutors who argued"
    }
    Mention m = left(it, i);
    if (m == null && !LISTENER_VERBS.contains(verb) && (v == 0 || it.get(v - 1).is(",") || it.get(v - 1).type() == Type.QUOTE)) {
      int r = v + 1;
      while (r < it.size() && it.get(r).word() && BETWEEN.contains(it.get(r).lower())) {
        r++;
      }
      m = right(it, r);
    }
    if (m == null && verb.endsWith("ing") && v > 0 && it.get(v - 1).is(",")) {
      m = sentenceSubject(it, v);       // "Yousafzai was “heartbroken …,” saying Tuesday that"
    }
    return m;
  }

  /**
   * The subject of the sentence, when it opens the sentence before {@code limit}: a pronoun, or a name or role
   * followed by a lower-case word (its verb), after an optional conjunction ("But he rejected …").
   */
  static Mention sentenceSubject(List<Item> it, int limit) {
    int f = 0;
    while (f < limit && (it.get(f).type() == Type.PUNCT || it.get(f).word() && Set.of("but", "and", "so", "yet", "still")
        .contains(it.get(f).lower()) && f + 1 < it.size() && it.get(f + 1).word())) {
      f++;
    }
    if (f >= limit || !it.get(f).word()) {
      return null;
    }
    if (PRONOUNS.contains(it.get(f).lower())) {
      return nameOrRole(it, f);
    }
    int e = Names.capitalized(it.get(f).text()) && !Names.NOT_NAMES.contains(it.get(f).lower()) ? runEnd(it, f) - 1 : -1;
    for (int k = f; e < 0 && k < Math.min(limit, f + 5) && it.get(k).word() && roleWord(it.get(k)); k++) {
      if (Names.ROLE_HEADS.contains(it.get(k).lower())) {
        e = k;       // "The aide …"
      }
    }
    if (e < 0 || e + 1 >= limit || !it.get(e + 1).word() || Names.capitalized(it.get(e + 1).text())) {
      return null;
    }
    return nameOrRole(it, e);
  }

  /** "X was quoted as saying" (X speaks) and "quoted X as saying" (X speaks); {@code as} is at {@code a}. */
  private static Mention quotedAsSaying(List<Item> it, int a) {
    if (a > 0 && (it.get(a - 1).is("quoted") || it.get(a - 1).is("cited"))) {
      int i = a - 2;
      while (i >= 0 && it.get(i).word() && (PASSIVE.contains(it.get(i).lower()) || BETWEEN.contains(it.get(i).lower()))) {
        i--;
      }
      return left(it, i);
    }
    for (int q = a - 1; q >= Math.max(0, a - 12); q--) {
      if (it.get(q).is("quoted") || it.get(q).is("cited")) {
        return left(it, a - 1);
      }
    }
    return null;
  }

  /** The subject ending at item {@code i}: a name, pronoun or role, past an appositive comma or a bracket. */
  private static Mention left(List<Item> it, int i) {
    if (i < 0) {
      return null;
    }
    Item at = it.get(i);
    if (at.is(",")) {
      Mention m = nameOrRole(it, i - 1);
      if (m != null && m.type() == MentionType.NAME && m.words().size() == 1 && PARTY_TAG.matcher(m.words().get(0)).matches()
          && m.from() > 0 && it.get(m.from() - 1).is(",")) {
        return left(it, m.from() - 1);     // "Rep. William Clay, D-Missouri, told"
      }
      if (m != null && m.type() == MentionType.NAME && (m.from() == 0 || it.get(m.from() - 1).is(",")
          || it.get(m.from() - 1).type() == Type.QUOTE)) {
        return m;       // "the deputy secretary of state, Wendy Sherman, said"; not "over Ukraine, said"
      }
      int k = i - 1;
      while (k >= 0 && it.get(k).word() && !Names.capitalized(it.get(k).text()) && i - k <= 5) {
        k--;
      }
      if (k >= 0 && k < i - 1 && it.get(k).is(",")) {
        return nameOrRole(it, k - 1);   // "Grushko, for his part, described"
      }
      for (k = i - 1; k >= Math.max(0, i - APPOSITIVE_ITEMS); k--) {
        if (it.get(k).is(",") || it.get(k).type() == Type.QUOTE) {
          Mention n = it.get(k).is(",") ? nameOrRole(it, k - 1) : null;
          if (n != null && n.type() == MentionType.NAME && Names.person(Names.join(Names.namePart(n.words())))
              && (subjectPosition(it, n.from()) || it.get(n.from() - 1).is(",") || it.get(n.from() - 1).type() == Type.QUOTE)) {
            return n;                   // "Craig Holman, a government affairs lobbyist at Public Citizen, told"
          }
          break;
        }
      }
      return null;
    }
    for (int k = i - 2; at.is(")") && k >= Math.max(0, i - 4); k--) {
      if (it.get(k).is("(")) {
        return nameOrRole(it, k - 1);     // "The North Atlantic Treaty Organization (NATO) said", "Cardin (D-Md.) said"
      }
    }
    return nameOrRole(it, i);
  }

  private static Mention nameOrRole(List<Item> it, int j) {
    if (j < 0 || !it.get(j).word()) {
      return null;
    }
    String w = it.get(j).lower();
    if (PRONOUNS.contains(w)) {
      return new Mention(MentionType.PRONOUN, List.of(w), j, j, false);
    }
    if (w.equals("and") || w.equals("but")) {
      return new Mention(MentionType.COORDINATION, List.of(), j, j, false);
    }
    if (Names.capitalized(it.get(j).text()) && !Names.NOT_NAMES.contains(w)
        && !(Names.ROLE_HEADS.contains(w) && (j == 0 || !it.get(j - 1).word()))) {
      int b = runStart(it, j);
      if (b > 0 && it.get(b - 1).is("the") && Names.ROLE_HEADS.contains(w)) {
        return new Mention(MentionType.ROLE, words(it, b - 1, j + 1), b - 1, j, true);   // "the Vermont Democrat"
      }
      if (b >= 2 && it.get(b - 1).is("of") && it.get(b - 2).word() && Names.capitalized(it.get(b - 2).text())
          && !Names.NOT_NAMES.contains(it.get(b - 2).lower())) {
        int a = runStart(it, b - 2);
        if (Names.person(Names.join(Names.namePart(words(it, a, b - 1))))) {
          return new Mention(MentionType.NAME, words(it, a, b - 1), a, b - 2, false);    // "John Cornyn of Texas"
        }
        // "the Board of Elections": the whole run (SpeakerResolution.name keeps it whole)
        return new Mention(MentionType.NAME, words(it, a, j + 1), a, j, false);
      }
      return new Mention(MentionType.NAME, words(it, b, j + 1), b, j, false);
    }
    if (Names.ROLE_HEADS.contains(w)) {
      int k = j;
      while (k > 0 && j - k < 5 && it.get(k - 1).word() && roleWord(it.get(k - 1))) {
        k--;
        if (Names.DETERMINERS.contains(it.get(k).lower()) && !Names.capitalized(it.get(k).text()) || it.get(k).is("The")) {
          break;
        }
      }
      List<String> np = words(it, k, j + 1);
      String first = Names.bare(np.get(0));
      boolean definite = first.equals("the") || first.equals("this") || first.equals("that") || first.equals("his")
          || first.equals("her") || first.equals("its") || Names.possessive(np.get(0)) || Names.capitalized(np.get(0));
      return new Mention(MentionType.ROLE, np, k, j, definite);
    }
    return null;
  }

  /** A word that can stand inside a role phrase: not a verb, preposition or conjunction. */
  private static boolean roleWord(Item w) {
    String l = w.lower();
    return !VERBS.contains(l) && !PASSIVE.contains(l) && !BETWEEN.contains(l) && !Set.of("that", "which", "who",
        "and", "but", "or", "of", "in", "on", "at", "to", "for", "with", "by", "from", "as", "when", "while", "if",
        "he", "she", "it", "they", "we", "i", "not", "no").contains(l);
  }

  /** The subject starting at item {@code r} (after the verb): a name, pronoun or role. */
  private static Mention right(List<Item> it, int r) {
    if (r >= it.size() || !it.get(r).word()) {
      return null;
    }
    String w = it.get(r).lower();
    if (PRONOUNS.contains(w)) {
      return new Mention(MentionType.PRONOUN, List.of(w), r, r, false);
    }
    if (Names.capitalized(it.get(r).text()) && !Names.NOT_NAMES.contains(w)) {
      int e = runEnd(it, r);
      Mention first = new Mention(MentionType.NAME, words(it, r, e), r, e - 1, false);
      if (Names.person(Names.join(Names.namePart(first.words())))) {
        return first;
      }
      // "says Center for American Progress president Neera Tanden": the person after the organisation
      int k = e;
      while (k < Math.min(it.size(), r + 12) && it.get(k).word()
          && (Names.capitalized(it.get(k).text()) || roleWord(it.get(k)) || ORG_LINKS.contains(it.get(k).lower()))) {
        if (Names.capitalized(it.get(k).text())) {
          int ke = runEnd(it, k);
          Mention m = new Mention(MentionType.NAME, words(it, k, ke), k, ke - 1, false);
          if (Names.person(Names.join(Names.namePart(m.words())))) {
            return new Mention(MentionType.NAME, m.words(), r, ke - 1, false);
          }
          k = ke;
        } else {
          k++;
        }
      }
      return first;
    }
    if (Names.DETERMINERS.contains(w)) {
      for (int k = r + 1; k < Math.min(it.size(), r + 6) && it.get(k).word() && roleWord(it.get(k)); k++) {
        if (Names.ROLE_HEADS.contains(it.get(k).lower()) && (k + 1 >= it.size() || !Names.ROLE_HEADS.contains(it.get(k + 1).lower()))) {
          if (k + 2 < it.size() && it.get(k + 1).is(",") && it.get(k + 2).word() && Names.capitalized(it.get(k + 2).text())) {
            int ke = runEnd(it, k + 2);
            List<String> name = words(it, k + 2, ke);
            if (Names.person(Names.join(Names.namePart(name)))) {
              return new Mention(MentionType.NAME, name, r, ke - 1, false);    // "said a spokesman, Sami Abu Zuhri"
            }
          }
          List<String> np = words(it, r, k + 1);
          boolean definite = w.equals("the") || w.equals("this") || w.equals("that");
          return new Mention(MentionType.ROLE, np, r, k, definite);
        }
      }
    }
    return null;
  }
}
