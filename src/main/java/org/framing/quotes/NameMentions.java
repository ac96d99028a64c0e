package org.framing.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.framing.quotes.QuoteSentences.Item;
import org.framing.quotes.QuoteSentences.Sentence;

/**
 * The persons an article names, found once before the rules run ({@link QuoteFinder}'s class comment, step 3):
 * every person-like name outside quotations with the words around it, which surnames, pronouns and role phrases
 * are resolved against ({@link SpeakerResolution}).
 */
final class NameMentions {

  /** How many words before a full name may hold its titles. */
  private static final int CONTEXT_WORDS = 6;

  private NameMentions() {}

  /** A person's full name as written at {@code start}, and the stems of the words around it (its titles). */
  record NameMention(int start, String name, Set<String> stems) {}

  /** Every person-like full name outside quotations, in text order, with the stems of its title words. */
  static List<NameMention> names(String text, List<Sentence> sentences) {
    List<NameMention> out = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Item> it = s.items();
      int i = 0;
      while (i < it.size()) {
        if (!it.get(i).word() || !Names.capitalized(it.get(i).text())) {
          i++;
          continue;
        }
        int end = SpeechSubjects.runEnd(it, i);
        if (owner(it, end)) {
          i = end;
          continue;
        }
        List<String> run = SpeechSubjects.words(it, i, end);
        List<String> name = Names.namePart(run);
        boolean titled = name.size() == 1 && run.size() > 1 && Names.title(run.get(run.size() - 2))
            && Names.join(name).chars().anyMatch(Character::isLowerCase)
            && !Names.ORGANISATION_WORDS.contains(Names.bare(name.get(0))) && !beforeRole(it, end);
        if (Names.person(Names.join(name)) || titled) {
          Set<String> stems = new HashSet<>();
          for (int k = titled ? i : Math.max(0, i - CONTEXT_WORDS); k < end; k++) {
            if (it.get(k).word()) {
              stems.add(Names.stem(it.get(k).text()));
            }
          }
          int tag = end < it.size() && (it.get(end).is("(") || it.get(end).is(",")) ? end + 1 : end;
          if (tag < it.size() && SpeechSubjects.PARTY_TAG.matcher(it.get(tag).text()).matches()) {
            String t = it.get(tag).text();        // "(R-Ky.)": "the GOP leader", "the California Democrat"
            stems.add(t.charAt(0) == 'D' ? "democ" : t.charAt(0) == 'R' ? "repub" : "indep");
            stems.add(Names.stem(t.substring(2)));
          }
          out.add(new NameMention(it.get(end - name.size()).start(), Names.join(name), stems));
        }
        i = end;
      }
    }
    return out;
  }

  /**
   * Whether a lower-case title word follows the run ending before {@code end}: then its last word qualifies that
   * role ("the former Arkansas governor") and names no one.
   */
  static boolean beforeRole(List<Item> it, int end) {
    return end < it.size() && it.get(end).word() && !Names.capitalized(it.get(end).text())
        && Names.title(it.get(end).text());
  }

  /**
   * Whether the run ending before {@code end} is an owner: a possessive before another capitalised word ("The
   * Business Roundtable’s Josh Bolten"), so not a person.
   */
  static boolean owner(List<Item> it, int end) {
    return end < it.size() && Names.possessive(it.get(end - 1).text()) && it.get(end).word()
        && Names.capitalized(it.get(end).text());
  }
}
