package org.framing.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.framing.quotes.NameMentions.NameMention;
import org.framing.quotes.QuoteSentences.Item;
import org.framing.quotes.QuoteSentences.Sentence;
import org.framing.quotes.SpeechSubjects.Mention;
import org.framing.quotes.SpeechSubjects.MentionType;

/**
 * Resolves a subject to a speaker within one article ({@link QuoteFinder}'s class comment, step 5), with the
 * state carried from sentence to sentence: the full names the article gives, the persons each sentence mentions
 * (in text order, for pronouns) and the organisation last attributed; names go through the study's
 * {@link Speakers} list. One per article.
 */
final class SpeakerResolution {

  /** A resolved speaker: the canonical name and whether it is a person (pronouns may refer to it). */
  record Resolved(String name, boolean person) {}

  /** A person named, or referred to by a pronoun, at {@code start}. */
  private record PersonMention(int start, String name, boolean speaker) {}

  /** How many sentences back a pronoun may look for its person. */
  static final int PRONOUN_SENTENCES = 5;

  private final Speakers speakers;
  private final List<NameMention> names;
  private final List<List<PersonMention>> persons = new ArrayList<>();
  /** The organisation last attributed ("The Congressional Black Caucus called"), for "the group said". */
  String lastOrganisation;

  SpeakerResolution(Speakers speakers, List<NameMention> names) {
    this.speakers = speakers;
    this.names = names;
  }

  /** Moves on to the next sentence: notes the persons it names or refers to, for the pronouns that follow. */
  void enter(Sentence s) {
    persons.add(persons(s));
  }

  /** Whether the current sentence mentions no person (none named, none referred to, none attributed). */
  boolean mentionsNobody() {
    return current().isEmpty();
  }

  /** The speaker a subject written at offset {@code at} stands for, or null. */
  Resolved resolve(Mention m, int at) {
    return switch (m.type()) {
      case PRONOUN -> {
        String p = speakingPronoun(at);
        yield p == null ? null : new Resolved(p, true);
      }
      case NAME -> name(m.words(), at);
      case ROLE -> role(m, at);
      case COORDINATION -> null;
    };
  }

  /** A capitalised run to a speaker ({@link QuoteFinder}'s class comment, step 5). */
  private Resolved name(List<String> run, int at) {
    List<String> name = Names.namePart(run);
    if (name.size() >= 2) {
      String full = Names.join(name);
      return new Resolved(canonical(full), Names.person(full));
    }
    if (name.size() == 1 && run.size() >= 3 && run.get(run.size() - 2).equals("of")
        && Names.capitalized(run.get(run.size() - 3)) && !Names.title(run.get(run.size() - 3))) {
      List<String> whole = run.stream().dropWhile(w -> Names.NOT_NAMES.contains(Names.bare(w))).toList();
      return listedOr(Names.join(whole), false);       // "the Board of Elections", "Department of Justice"
    }
    if (name.size() == 1) {
      String surname = Names.bare(name.get(0));
      String full = surname(surname, at);
      if (full != null) {
        return new Resolved(canonical(full), true);
      }
      String single = Names.join(name);
      boolean person = single.chars().anyMatch(Character::isLowerCase)
          && !Names.ORGANISATION_WORDS.contains(Names.bare(single));
      return listedOr(single, person);
    }
    Resolved listed = listed(run);
    if (listed != null) {
      return listed;
    }
    List<String> words = run.stream().filter(w -> !Names.NOT_NAMES.contains(Names.bare(w))).toList();
    if (words.isEmpty()) {
      return null;
    }
    String head = Names.bare(words.get(words.size() - 1));
    if (Names.ROLE_HEADS.contains(head)) {
      Resolved r = role(new Mention(MentionType.ROLE, words, 0, 0, true), at);
      if (r != null) {
        return r;
      }
    }
    return new Resolved(Names.join(words), false);
  }

  /**
   * The latest full name ending in {@code surname} before {@code at}, else the first after it; else a name the
   * article gives only with a title ("President Trump"); else the one full name starting with it (a first name:
   * "Ahmed recalled" for the student Ahmed Faraz).
   */
  private String surname(String surname, int at) {
    String found = null;
    String titled = null;
    String first = null;
    int firsts = 0;
    for (NameMention n : names) {
      String last = Names.bare(n.name().substring(n.name().lastIndexOf(' ') + 1));
      boolean full = n.name().indexOf(' ') > 0;
      if (full && Names.bare(n.name().substring(0, n.name().indexOf(' '))).equals(surname) && !n.name().equals(first)) {
        first = n.name();
        firsts++;
      }
      if (last.equals(surname) && !full) {
        titled = n.name();
      } else if (last.equals(surname) && (n.start() < at || found == null)) {
        found = n.name();
      }
    }
    return found != null ? found : titled != null ? titled : firsts == 1 ? first : null;
  }

  /**
   * The person a pronoun that is the subject of a speech verb ("he said") refers to: as {@link #pronoun}, but in
   * the nearest sentence before that mentions a person, its speaker (the subject of its speech verb) comes before
   * its first person ("White House press secretary Sarah Huckabee Sanders would not comment, but budget director
   * Mick Mulvaney told Fox News … “…,” he said": Mulvaney): a "he said" usually continues the last speaker.
   */
  private String speakingPronoun(int at) {
    List<PersonMention> current = current();
    if (current.isEmpty() || current.get(0).start() >= at) {
      for (int k = persons.size() - 2; k >= Math.max(0, persons.size() - 1 - PRONOUN_SENTENCES); k--) {
        if (!persons.get(k).isEmpty()) {
          return persons.get(k).stream().filter(PersonMention::speaker).findFirst()
              .orElse(persons.get(k).get(0)).name();
        }
      }
    }
    return pronoun(at);
  }

  /**
   * The person a pronoun at {@code at} refers to: the first person this sentence mentions before it (the
   * sentence's subject), else the first person of the nearest of the {@value #PRONOUN_SENTENCES} sentences before
   * that mentions one. This is the subject preference of Hobbs' naive algorithm and of centering theory (Grosz,
   * Joshi & Weinstein 1995): a pronoun continues the topic, who is usually the subject. Beyond that window, or
   * with no person, it is not resolved.
   */
  private String pronoun(int at) {
    List<PersonMention> current = current();
    for (PersonMention p : current) {
      if (p.start() == at) {
        return p.name();
      }
    }
    if (!current.isEmpty() && current.get(0).start() < at) {
      return current.get(0).name();
    }
    for (int k = persons.size() - 2; k >= Math.max(0, persons.size() - 1 - PRONOUN_SENTENCES); k--) {
      if (!persons.get(k).isEmpty()) {
        return persons.get(k).get(0).name();
      }
    }
    return null;
  }

  /** The persons a sentence names (full names, known surnames) or refers to with he or she, in text order. */
  private List<PersonMention> persons(Sentence s) {
    List<PersonMention> out = new ArrayList<>();
    persons.add(out);       // pronouns look at the mentions found so far
    List<Item> it = s.items();
    int i = 0;
    while (i < it.size()) {
      Item w = it.get(i);
      if (w.word() && SpeechSubjects.PRONOUNS.contains(w.lower())) {
        String p = pronoun(w.start());
        if (p != null) {
          out.add(new PersonMention(w.start(), p, false));
        }
        i++;
        continue;
      }
      if (!w.word() || !Names.capitalized(w.text()) || Names.NOT_NAMES.contains(w.lower())) {
        i++;
        continue;
      }
      int end = SpeechSubjects.runEnd(it, i);
      if (NameMentions.owner(it, end)) {
        i = end;
        continue;
      }
      List<String> name = Names.namePart(SpeechSubjects.words(it, i, end));
      int at = end - name.size() < it.size() ? it.get(Math.max(i, end - name.size())).start() : w.start();
      if (name.size() >= 2 && Names.person(Names.join(name))) {
        out.add(new PersonMention(at, canonical(Names.join(name)), false));
      } else if (name.size() == 1) {
        String full = surname(Names.bare(name.get(0)), at);
        if (full != null) {
          out.add(new PersonMention(at, canonical(full), false));
        } else if (end - i > 1 && Names.title(it.get(end - 2).text())) {
          out.add(new PersonMention(at, Names.join(name), false));     // "Mr. Obama" with no full name in the article
        }
      }
      i = end;
    }
    persons.remove(persons.size() - 1);
    return out;
  }

  /** A person just attributed (a role, a single name) joins the sentence's mentions at {@code at}, as a speaker. */
  void mention(int at, String name) {
    List<PersonMention> current = current();
    int k = 0;
    while (k < current.size() && current.get(k).start() < at) {
      k++;
    }
    if (k < current.size() && current.get(k).start() == at) {
      current.set(k, new PersonMention(at, current.get(k).name(), true));
      return;
    }
    current.add(k, new PersonMention(at, name, true));
  }

  /** The listed speaker {@code name} names, else {@code name} itself, a person or not as {@code person} says. */
  private Resolved listedOr(String name, boolean person) {
    return speakers.find(name).map(s -> new Resolved(s.name(), Names.person(s.name())))
        .orElse(new Resolved(name, person));
  }

  /** The listed speaker's name for {@code name}, else {@code name}. */
  private String canonical(String name) {
    return speakers.find(name).map(Speakers.Speaker::name).orElse(name);
  }

  /** The listed speaker named by the longest suffix of {@code run} that is listed, or null. */
  private Resolved listed(List<String> run) {
    for (int from = 0; from < run.size(); from++) {
      String suffix = Names.join(run.subList(from, run.size()));
      var listed = speakers.find(suffix);
      if (listed.isPresent()) {
        return new Resolved(listed.get().name(), Names.person(listed.get().name()));
      }
    }
    return null;
  }

  private List<PersonMention> current() {
    return persons.get(persons.size() - 1);
  }

  /** A role phrase: definite ones to the latest matching person, others stay roles. */
  private Resolved role(Mention m, int at) {
    List<String> words = m.words();
    String head = Names.bare(words.get(words.size() - 1));
    List<String> modifiers = new ArrayList<>();
    List<String> unowned = new ArrayList<>();     // without an owner: "Pakistan's defense minister"
    for (int k = 0; k < words.size() - 1; k++) {
      String b = Names.bare(words.get(k));
      if (!Names.DETERMINERS.contains(b)) {
        modifiers.add(Names.stem(words.get(k)));
        if (!Names.possessive(words.get(k))) {
          unowned.add(Names.stem(words.get(k)));
        }
      }
    }
    if (Names.ORGANISATION_HEADS.contains(head) && words.size() == 2 && m.definite()) {
      return lastOrganisation == null ? null : new Resolved(lastOrganisation, false);
    }
    if (m.definite() && !head.endsWith("s") && !Names.ORGANISATION_HEADS.contains(head)) {
      Resolved r = holder(head, modifiers, at);
      if (r == null && !unowned.isEmpty() && unowned.size() < modifiers.size()) {
        r = holder(head, unowned, at);
      }
      if (r != null) {
        return r;
      }
    }
    List<String> shown = new ArrayList<>(words);
    while (!shown.isEmpty() && Names.DETERMINERS.contains(Names.bare(shown.get(0)))) {
      shown.remove(0);
    }
    if (shown.isEmpty()) {
      return null;
    }
    String role = String.join(" ", shown);
    boolean singular = !head.endsWith("s") && !Names.ORGANISATION_HEADS.contains(head) && !Set.of("agency", "ministry",
        "government", "office", "department", "embassy", "statement", "police", "delegation", "commission").contains(head);
    return speakers.find(role).map(s -> new Resolved(s.name(), false)).orElse(new Resolved(role, singular));
  }

  /**
   * The named holder of a definite role: the latest person before {@code at} whose title words (and party tag)
   * cover the role's modifiers and, for a specific head, the head; else one named after it when the role has
   * modifiers. A holder named only with a title ("President Trump") resolves to its full name when there is one.
   */
  private Resolved holder(String head, List<String> modifiers, int at) {
    NameMention match = null;
    for (int k = names.size() - 1; k >= 0; k--) {
      NameMention n = names.get(k);
      Set<String> stems = stemsOf(n.name());
      boolean headFits = stems.contains(Names.stem(head)) || Names.GENERIC_HEADS.contains(head) && !modifiers.isEmpty();
      if (headFits && stems.containsAll(modifiers)) {
        if (n.start() < at) {
          match = n;
          break;
        }
        match = modifiers.isEmpty() ? null : n;    // a headline's "NATO chief" is named further down
      }
    }
    if (match == null) {
      return null;
    }
    String name = match.name().indexOf(' ') < 0 ? surname(Names.bare(match.name()), at) : match.name();
    return new Resolved(canonical(name), true);
  }

  /** The stems around every mention of a person, and of its listed affiliation. */
  private Set<String> stemsOf(String name) {
    Set<String> stems = new HashSet<>();
    for (NameMention n : names) {
      if (n.name().equals(name)) {
        stems.addAll(n.stems());
      }
    }
    speakers.find(name).ifPresent(s -> {
      for (String w : s.affiliation().split("\\s+")) {
        stems.add(Names.stem(w));
      }
    });
    return stems;
  }

  /** A name before a colon, only when it is listed or names a person of this article. */
  Resolved colonName(List<String> run, int at) {
    Resolved listed = listed(run);
    if (listed != null) {
      return listed;
    }
    List<String> name = Names.namePart(run);
    if (name.size() == 1) {
      String full = surname(Names.bare(name.get(0)), at);
      return full == null ? null : new Resolved(full, true);
    }
    if (name.size() >= 2 && Names.person(Names.join(name))) {
      return new Resolved(Names.join(name), true);
    }
    return null;
  }
}
