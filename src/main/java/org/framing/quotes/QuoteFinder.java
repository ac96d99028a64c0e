package org.framing.quotes;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.framing.text.Tokenizer;

/**
 * Finds the quotations and reported speech of one article and attributes each to a speaker, by rules over the
 * sentence and its neighbours. Pure Java, no Spark; the Spark stage is {@link Quotations}.
 *
 * <p>The chain, in order:
 * <ol>
 *   <li><b>Spans</b>: quotation marks ({@link QuoteMarks}), on the original text, so offsets index it. Page
 *       furniture inside the prose (The Hill's name hover cards, {@link HoverCards}) is blanked before the steps
 *       below, and quotations inside it are dropped.</li>
 *   <li><b>Sentences</b>: line breaks and {@code . ! ?} before a capital, digit or opening mark end a sentence,
 *       as in {@link Tokenizer} (same abbreviations), but a quotation is one unit: its inner sentence ends and
 *       line breaks do not split the reporter's sentence, and a quotation that ends a sentence ("... table.”")
 *       ends it unless a speaker and speech verb follow ("…?” Sherman asked").</li>
 *   <li><b>Names</b>: every run of capitalised words outside quotations whose name part ({@link Names#namePart})
 *       looks like a person is remembered with its position and the words around it (titles, and a party tag
 *       after it: "(R-Ky.)" adds Republican and the state), for resolving surnames, pronouns and role phrases
 *       later; so is a single name after a title ("President Trump", "Mrs. DeVos"), with its title words only. A
 *       run ending in a possessive before another capitalised word is an owner, not a person ("The Business
 *       Roundtable’s Josh Bolten"). Words before a name that are not part of it (roles and groups such as
 *       "Democrats", quantifiers such as "Some", clutter such as "MORE") are left out ({@link Names#namePart}).</li>
 *   <li><b>Attributions</b>: each speech verb ({@link #VERBS}) outside quotations with its subject: to the left
 *       ("Stoltenberg told", "He also emphasized", "Grushko, for his part, described", "Alexander Fomin, was
 *       quoted as saying"), or to the right after a comma or quotation ("…, said NATO Secretary General Jens
 *       Stoltenberg"), "according to X", "X quoted Y as saying" (Y speaks), and "and/but said" (the subject of the
 *       verb before); "X who argued" (X speaks); a participle after a comma ("…, saying that") has the subject
 *       that opens the sentence; "told X" never makes X the speaker, a passive ("was told") has none. This is the verb-cue
 *       and subject rule of Pareti's PARC attribution work and of Muzny et al.
 *       2017 (sieves: trigram "quote, verb, name", then nearest verb and subject).</li>
 *   <li><b>Resolution</b>: a pronoun (he, she) is the first person its sentence names before it, else the first
 *       person of the nearest of five sentences before (the subject preference of Hobbs 1978 and of centering
 *       theory), but a pronoun subject of a speech verb ("he said") prefers the speaker of that nearest sentence
 *       (a "he said" continues the last speaker); a single name (a surname) is the latest full name ending in it,
 *       else a name given only with a title, else the one full name starting with it (a first name, "Ahmed" for
 *       Ahmed Faraz); a definite role ("the Russian official", "the NATO chief", "the GOP leader", "the
 *       California Democrat") is the latest person whose title words cover the role's modifiers (Russian, NATO,
 *       Republican) and, for a specific head (minister), the head, retried without an owner ("Pakistan's defense
 *       minister" is the defense minister named later); "the group" or "the company" is the organisation last
 *       attributed, else nobody (a role word is never a speaker); an indefinite or unmatched role ("a foreign
 *       ministry official", "prosecutors") stays a role; titles are stripped; then the study's {@link Speakers}
 *       list maps names and aliases to the canonical name and affiliation. "it" and "they" do not resolve.</li>
 *   <li><b>Quote to speaker</b>, the first rule that applies: an attribution right after the quotation
 *       ("…,” he said"); an attribution right before it ending in a colon or comma ("he conceded: “…"); a
 *       name before a colon ("NATO: “…”", headlines); the nearest attribution before it in the sentence; the
 *       nearest after it; for a partial quotation, the person (a full name or a pronoun) who is the subject
 *       opening the sentence ("Yousafzai was “heartbroken …”", "He rejected the threats as “pretty trivial.”");
 *       then the last speaker going on ({@link #goesOn}): in the same paragraph, a sentence that is only
 *       quotations (after an optional "But"), or one with neither a speech verb nor a person; in the next
 *       paragraph, a paragraph made only of quotations ending in punctuation (the news convention that a
 *       quotation paragraph continues the speaker of the paragraph before).
 *       Otherwise the quotation is kept without a speaker. A text is never a speaker ({@link #DOCUMENTS}: "the
 *       statement said" leaves the quotation without one, and reported speech of a text is dropped).</li>
 *   <li><b>Kind</b>: direct when the quotation stands apart from the reporter's words: it opens the sentence or
 *       follows a colon or an attributing comma, starts with a capital (or follows a colon), and ends in
 *       punctuation or is followed by punctuation, a capital or its attribution; otherwise partial. A sentence
 *       with no quotation but an attributed speech verb with a clause of three or more words is reported
 *       speech; its clause is the words after the verb ("that" dropped), or before the comma when the
 *       attribution follows the clause.</li>
 *   <li><b>Headline</b>: a quotation on the line that holds the article's title (or, without a title, on a short
 *       first line without a sentence end).</li>
 * </ol>
 *
 * <p>What the rules cannot do: see README, "Quotes and voices".
 */
public final class QuoteFinder implements Serializable {

  private static final long serialVersionUID = 1L;

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
      "predicts", "concluded", "agreed", "went", "shouted", "remembered");

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

  /** Objects of "told" and "assured" skipped before the reported clause ("told reporters it was difficult"). */
  private static final Set<String> AUDIENCE = Set.of("reporters", "journalists", "the", "a", "press", "media",
      "news", "conference", "lawmakers", "him", "her", "them", "us", "me", "parliament", "agency", "briefing");

  private static final Set<String> PRONOUNS = Set.of("he", "she");
  /** A US party and state tag after a name ("D-Missouri", "R-Ky."): not the speaker's name. */
  private static final java.util.regex.Pattern PARTY_TAG = java.util.regex.Pattern.compile("[DRI]-[A-Z][A-Za-z.]*");
  /** A web domain ending a word ("History.com"): part of the word, not a sentence end. */
  private static final java.util.regex.Pattern WEB_DOMAIN = java.util.regex.Pattern.compile("\\.(com|org|net|gov|edu)\\b");
  private static final int CONTEXT_WORDS = 6;
  /** The longest description between a name and its verb: "Name, <description>, said". */
  private static final int APPOSITIVE_ITEMS = 14;

  private final Speakers speakers;

  public QuoteFinder(Speakers speakers) {
    this.speakers = speakers;
  }

  // ---------------------------------------------------------------------------------------------- model

  enum Type { WORD, PUNCT, QUOTE }

  /** A word, a punctuation mark or a whole quotation of a sentence, with its offsets in the text. */
  record Item(Type type, String text, int start, int end, int span) {
    boolean word() {
      return type == Type.WORD;
    }

    boolean is(String s) {
      return type != Type.QUOTE && text.equals(s);
    }

    String lower() {
      return type == Type.WORD ? Names.bare(text) : text;
    }
  }

  /** A sentence: its offsets, paragraph number and items. */
  record Sentence(int start, int end, int paragraph, List<Item> items) {}

  /** A person's full name as written at {@code start}, and the stems of the words around it (its titles). */
  private record NameMention(int start, String name, Set<String> stems) {}

  private enum MentionType { NAME, PRONOUN, ROLE, COORDINATION }

  /** A subject as written: its type, its words, where it is and which items it covers. */
  private record Mention(MentionType type, List<String> words, int from, int to, boolean definite) {}

  /** A resolved speaker: the canonical name and whether it is a person (pronouns may refer to it). */
  private record Resolved(String name, boolean person) {}

  /** A speech verb with its resolved subject; items {@code from..to} hold both. */
  private record Attribution(int verb, int from, int to, String verbText, Resolved speaker, boolean coordinated) {}

  /** A person named, or referred to by a pronoun, at {@code start}. */
  private record PersonMention(int start, String name, boolean speaker) {}

  /**
   * The state carried from sentence to sentence: full names seen, the persons each sentence mentions (in text
   * order, for pronouns), and the last speaker.
   */
  private static final class Article {
    final String text;
    final List<NameMention> names;
    final Set<Integer> quoteParagraphs;
    final List<List<PersonMention>> persons = new ArrayList<>();
    String lastSpeaker;
    int lastSpeakerParagraph = -1;
    /** The organisation last attributed ("The Congressional Black Caucus called"), for "the group said". */
    String lastOrganisation;

    Article(String text, List<NameMention> names, Set<Integer> quoteParagraphs) {
      this.text = text;
      this.names = names;
      this.quoteParagraphs = quoteParagraphs;
    }
  }

  // ---------------------------------------------------------------------------------------------- entry

  /**
   * The quotations and reported speech of one article, in text order.
   *
   * @param text  the article text as given (offsets index it)
   * @param title the article's title, or null; marks headline quotations
   */
  public List<Quote> find(String text, String title) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    String prose = HoverCards.blank(text);
    List<QuoteMarks.Span> spans = new ArrayList<>(QuoteMarks.find(text));
    spans.removeIf(sp -> prose.charAt(sp.open()) != text.charAt(sp.open()));     // inside a hover card
    List<Sentence> sentences = sentences(prose, spans);
    Article article = new Article(text, names(prose, sentences), quoteParagraphs(sentences));
    HeadlineLines headline = HeadlineLines.of(text, title);
    List<Quote> out = new ArrayList<>();
    for (Sentence s : sentences) {
      article.persons.add(persons(article, s));
      attribute(article, s, spans, headline, out);
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return withoutDocumentSpeakers(out);
  }

  /** Words that name a text, not someone who speaks: "the statement said", "Statement: “…”". */
  static final Set<String> DOCUMENTS = Set.of("statement", "statements", "report", "release", "letter", "memo",
      "document", "documents", "email", "tweet", "post", "study", "poll", "survey", "complaint", "lawsuit", "filing",
      "ruling", "order", "indictment", "transcript", "article", "story", "book", "video", "ad", "website",
      "editorial", "column", "analysis", "message", "note", "proposal", "guidance", "text", "summary", "readout");

  /**
   * A text is never a speaker: a quotation attributed to one ("the statement said") keeps no speaker, and
   * reported speech whose only subject is a text is no reported speech.
   */
  private static List<Quote> withoutDocumentSpeakers(List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      if (q.speaker() == null || !DOCUMENTS.contains(Names.bare(q.speaker()))) {
        out.add(q);
      } else if (q.kind() != Quote.Kind.REPORTED) {
        out.add(new Quote(q.start(), q.end(), q.quote(), q.kind(), q.headline(), null, "", q.words()));
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------- sentences

  /** Splits the text into sentences, each quotation kept whole (see the class comment, step 2). */
  static List<Sentence> sentences(String text, List<QuoteMarks.Span> spans) {
    List<Sentence> out = new ArrayList<>();
    int n = text.length();
    int paragraph = 0;
    int start = -1;
    int next = 0;
    for (int i = 0; i < n; i++) {
      if (next < spans.size() && spans.get(next).open() == i) {
        QuoteMarks.Span sp = spans.get(next++);
        if (start < 0) {
          start = i;
        }
        i = sp.close();
        if (endsInside(text, sp) && breaksAfter(text, i + 1, nextOpen(spans, next)) && !attributionFollows(text, i + 1)) {
          out.add(sentence(text, spans, start, i + 1, paragraph));
          start = -1;
        }
        continue;
      }
      char c = text.charAt(i);
      if (QuoteMarks.isLineBreak(c)) {
        if (start >= 0) {
          out.add(sentence(text, spans, start, i, paragraph));
          start = -1;
        }
        if (i == 0 || !QuoteMarks.isLineBreak(text.charAt(i - 1))) {
          paragraph++;
        }
        continue;
      }
      if (QuoteMarks.space(c)) {
        continue;
      }
      if (start < 0) {
        start = i;
      }
      if (".!?…".indexOf(c) >= 0 && !abbreviation(text, i)) {
        int limit = nextOpen(spans, next);
        int j = i + 1;
        while (j < n && j < limit && ".!?…)]".indexOf(text.charAt(j)) >= 0) {
          j++;
        }
        if (breaksAfter(text, j, limit)) {
          out.add(sentence(text, spans, start, j, paragraph));
          start = -1;
          i = j - 1;
        }
      }
    }
    if (start >= 0) {
      out.add(sentence(text, spans, start, n, paragraph));
    }
    return out;
  }

  /** The paragraphs made only of quotations (every sentence a quotation and punctuation). */
  private static Set<Integer> quoteParagraphs(List<Sentence> sentences) {
    Set<Integer> out = new HashSet<>();
    Set<Integer> prose = new HashSet<>();
    for (Sentence s : sentences) {
      boolean quotes = s.items().stream().anyMatch(x -> x.type() == Type.QUOTE)
          && s.items().stream().allMatch(x -> x.type() != Type.WORD);
      (quotes ? out : prose).add(s.paragraph());
    }
    out.removeAll(prose);
    return out;
  }

  private static int nextOpen(List<QuoteMarks.Span> spans, int next) {
    return next < spans.size() ? spans.get(next).open() : Integer.MAX_VALUE;
  }

  private static boolean endsInside(String text, QuoteMarks.Span sp) {
    for (int k = sp.close() - 1; k > sp.open(); k--) {
      char c = text.charAt(k);
      if (!QuoteMarks.space(c)) {
        return ".!?…".indexOf(c) >= 0;
      }
    }
    return false;
  }

  /** White space at {@code j}, then a capital, a digit or an opening mark (the quotation {@code nextOpen}). */
  private static boolean breaksAfter(String text, int j, int nextOpen) {
    int n = text.length();
    if (j >= n || !QuoteMarks.space(text.charAt(j)) || QuoteMarks.isLineBreak(text.charAt(j))) {
      return false;
    }
    int k = j;
    while (k < n && QuoteMarks.space(text.charAt(k)) && !QuoteMarks.isLineBreak(text.charAt(k))) {
      k++;
    }
    if (k >= n || QuoteMarks.isLineBreak(text.charAt(k))) {
      return false;
    }
    char c = text.charAt(k);
    return Character.isUpperCase(c) || Character.isDigit(c) || k == nextOpen || c == '(';
  }

  /** Up to five capitalised words and a speech verb, or a speech verb, right after {@code j}. */
  private static boolean attributionFollows(String text, int j) {
    int k = j;
    int n = text.length();
    for (int w = 0; w < 6; w++) {
      while (k < n && QuoteMarks.space(text.charAt(k)) && !QuoteMarks.isLineBreak(text.charAt(k))) {
        k++;
      }
      int e = k;
      while (e < n && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '.' || text.charAt(e) == '-')) {
        e++;
      }
      if (e == k) {
        return false;
      }
      String word = text.substring(k, e);
      if (VERBS.contains(Names.bare(word)) && !Names.capitalized(word) && !word.equals("went")) {
        return true;
      }
      if (!Names.capitalized(word)) {
        return false;
      }
      k = e;
    }
    return false;
  }

  /** A period after a known abbreviation, an initial or an acronym with inner periods ("U.S."). */
  private static boolean abbreviation(String text, int i) {
    if (text.charAt(i) != '.') {
      return false;
    }
    int b = i;
    while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
      b--;
    }
    String word = text.substring(b, i);
    return word.length() == 1 || word.contains(".")
        || Tokenizer.ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Sentence sentence(String text, List<QuoteMarks.Span> spans, int start, int end, int paragraph) {
    int e = end;
    while (e > start && QuoteMarks.space(text.charAt(e - 1))) {
      e--;
    }
    return new Sentence(start, e, paragraph, items(text, spans, start, e));
  }

  /** The sentence's words, punctuation and quotations. */
  static List<Item> items(String text, List<QuoteMarks.Span> spans, int start, int end) {
    List<Item> out = new ArrayList<>();
    int s = 0;
    while (s < spans.size() && spans.get(s).close() < start) {
      s++;
    }
    for (int i = start; i < end; i++) {
      if (s < spans.size() && spans.get(s).open() == i) {
        QuoteMarks.Span sp = spans.get(s);
        out.add(new Item(Type.QUOTE, text.substring(sp.contentStart(), sp.contentEnd()), sp.open(), sp.close() + 1, s));
        s++;
        i = sp.close();
        continue;
      }
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int j = wordEnd(text, i, end);
        out.add(new Item(Type.WORD, text.substring(i, j), i, j, -1));
        i = j - 1;
      } else if (",:;()—–&".indexOf(c) >= 0 || (c == '-' && i > start && text.charAt(i - 1) == ' ')) {
        out.add(new Item(Type.PUNCT, c == '–' || c == '-' ? "—" : String.valueOf(c), i, i + 1, -1));
      } else if (".!?".indexOf(c) >= 0) {
        out.add(new Item(Type.PUNCT, String.valueOf(c), i, i + 1, -1));
      }
    }
    return out;
  }

  /** The end of the word at {@code i}: letters and digits, inner apostrophes and hyphens, acronym periods. */
  private static int wordEnd(String text, int i, int end) {
    int j = i;
    int segment = i;
    while (j < end) {
      char c = text.charAt(j);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        j++;
      } else if (c == '.' && j > i && WEB_DOMAIN.matcher(text).region(j, end).lookingAt()) {
        j += 4;       // "History.com"
      } else if ((c == '\'' || c == '’' || c == '-' || c == '‐') && j + 1 < end && Character.isLetterOrDigit(text.charAt(j + 1))
          && j > i) {
        j++;
      } else if (c == '.' && (j - segment == 1 && Character.isLetter(text.charAt(segment))
          || Tokenizer.ABBREVIATIONS.contains(text.substring(segment, j).toLowerCase(Locale.ROOT)))) {
        j++;
        segment = j;
        if (j >= end || !Character.isLetter(text.charAt(j))) {
          break;
        }
      } else {
        break;
      }
    }
    return j;
  }

  // ---------------------------------------------------------------------------------------------- names

  /** Every person-like full name outside quotations, in text order, with the stems of its title words. */
  private static List<NameMention> names(String text, List<Sentence> sentences) {
    List<NameMention> out = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Item> it = s.items();
      int i = 0;
      while (i < it.size()) {
        if (!it.get(i).word() || !Names.capitalized(it.get(i).text())) {
          i++;
          continue;
        }
        int end = runEnd(it, i);
        if (owner(it, end)) {
          i = end;
          continue;
        }
        List<String> run = words(it, i, end);
        List<String> name = Names.namePart(run);
        boolean titled = name.size() == 1 && run.size() > 1 && Names.title(run.get(run.size() - 2))
            && Names.join(name).chars().anyMatch(Character::isLowerCase) && !Names.ORGANISATION_WORDS.contains(Names.bare(name.get(0)));
        if (Names.person(Names.join(name)) || titled) {
          Set<String> stems = new HashSet<>();
          for (int k = titled ? i : Math.max(0, i - CONTEXT_WORDS); k < end; k++) {
            if (it.get(k).word()) {
              stems.add(Names.stem(it.get(k).text()));
            }
          }
          int tag = end < it.size() && (it.get(end).is("(") || it.get(end).is(",")) ? end + 1 : end;
          if (tag < it.size() && PARTY_TAG.matcher(it.get(tag).text()).matches()) {
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
   * Whether the run ending before {@code end} is an owner: a possessive before another capitalised word ("The
   * Business Roundtable’s Josh Bolten"), so not a person.
   */
  private static boolean owner(List<Item> it, int end) {
    return end < it.size() && Names.possessive(it.get(end - 1).text()) && it.get(end).word()
        && Names.capitalized(it.get(end).text());
  }

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
  private static int runEnd(List<Item> it, int i) {
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
  private static int runStart(List<Item> it, int e) {
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

  private static List<String> words(List<Item> it, int from, int to) {
    List<String> out = new ArrayList<>();
    for (int k = from; k < to; k++) {
      if (it.get(k).word()) {
        out.add(it.get(k).text());
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------- subjects

  /** The subject of the verb at {@code v}, or null. */
  private static Mention subject(List<Item> it, int v) {
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
  private static Mention sentenceSubject(List<Item> it, int limit) {
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

  // ---------------------------------------------------------------------------------------------- resolution

  private Resolved resolve(Article a, Mention m, int at) {
    return switch (m.type()) {
      case PRONOUN -> {
        String p = speakingPronoun(a, at);
        yield p == null ? null : new Resolved(p, true);
      }
      case NAME -> name(a, m.words(), at);
      case ROLE -> role(a, m, at);
      case COORDINATION -> null;
    };
  }

  /** A capitalised run to a speaker (class comment, step 5). */
  private Resolved name(Article a, List<String> run, int at) {
    List<String> name = Names.namePart(run);
    if (name.size() >= 2) {
      String full = Names.join(name);
      String canonical = speakers.find(full).map(Speakers.Speaker::name).orElse(full);
      return new Resolved(canonical, Names.person(full));
    }
    if (name.size() == 1) {
      String surname = Names.bare(name.get(0));
      String full = surname(a, surname, at);
      if (full != null) {
        return new Resolved(speakers.find(full).map(Speakers.Speaker::name).orElse(full), true);
      }
      String single = Names.join(name);
      boolean person = single.chars().anyMatch(Character::isLowerCase)
          && !Names.ORGANISATION_WORDS.contains(Names.bare(single));
      return speakers.find(single).map(s -> new Resolved(s.name(), Names.person(s.name())))
          .orElse(new Resolved(single, person));
    }
    for (int from = 0; from < run.size(); from++) {
      String suffix = Names.join(run.subList(from, run.size()));
      var listed = speakers.find(suffix);
      if (listed.isPresent()) {
        return new Resolved(listed.get().name(), Names.person(listed.get().name()));
      }
    }
    List<String> words = run.stream().filter(w -> !Names.NOT_NAMES.contains(Names.bare(w))).toList();
    if (words.isEmpty()) {
      return null;
    }
    String head = Names.bare(words.get(words.size() - 1));
    if (Names.ROLE_HEADS.contains(head)) {
      Resolved r = role(a, new Mention(MentionType.ROLE, words, 0, 0, true), at);
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
  private static String surname(Article a, String surname, int at) {
    String found = null;
    String titled = null;
    String first = null;
    int firsts = 0;
    for (NameMention n : a.names) {
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
   * The person a pronoun at {@code at} refers to: the first person this sentence mentions before it (the
   * sentence's subject), else the first person of the nearest of the {@value #PRONOUN_SENTENCES} sentences before
   * that mentions one. This is the subject preference of Hobbs' naive algorithm and of centering theory (Grosz,
   * Joshi & Weinstein 1995): a pronoun continues the topic, who is usually the subject. Beyond that window, or
   * with no person, it is not resolved.
   */
  /**
   * The person a pronoun that is the subject of a speech verb ("he said") refers to: as {@link #pronoun}, but in
   * the nearest sentence before that mentions a person, its speaker (the subject of its speech verb) comes before
   * its first person ("White House press secretary Sarah Huckabee Sanders would not comment, but budget director
   * Mick Mulvaney told Fox News … “…,” he said": Mulvaney): a "he said" usually continues the last speaker.
   */
  private static String speakingPronoun(Article a, int at) {
    List<PersonMention> current = a.persons.get(a.persons.size() - 1);
    if (current.isEmpty() || current.get(0).start() >= at) {
      for (int k = a.persons.size() - 2; k >= Math.max(0, a.persons.size() - 1 - PRONOUN_SENTENCES); k--) {
        if (!a.persons.get(k).isEmpty()) {
          return a.persons.get(k).stream().filter(PersonMention::speaker).findFirst()
              .orElse(a.persons.get(k).get(0)).name();
        }
      }
    }
    return pronoun(a, at);
  }

  private static String pronoun(Article a, int at) {
    List<PersonMention> current = a.persons.get(a.persons.size() - 1);
    for (PersonMention p : current) {
      if (p.start() == at) {
        return p.name();
      }
    }
    if (!current.isEmpty() && current.get(0).start() < at) {
      return current.get(0).name();
    }
    for (int k = a.persons.size() - 2; k >= Math.max(0, a.persons.size() - 1 - PRONOUN_SENTENCES); k--) {
      if (!a.persons.get(k).isEmpty()) {
        return a.persons.get(k).get(0).name();
      }
    }
    return null;
  }

  /** How many sentences back a pronoun may look for its person. */
  static final int PRONOUN_SENTENCES = 5;

  /** The persons a sentence names (full names, known surnames) or refers to with he or she, in text order. */
  private List<PersonMention> persons(Article a, Sentence s) {
    List<PersonMention> out = new ArrayList<>();
    a.persons.add(out);       // pronouns look at the mentions found so far
    List<Item> it = s.items();
    int i = 0;
    while (i < it.size()) {
      Item w = it.get(i);
      if (w.word() && PRONOUNS.contains(w.lower())) {
        String p = pronoun(a, w.start());
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
      int end = runEnd(it, i);
      if (owner(it, end)) {
        i = end;
        continue;
      }
      List<String> name = Names.namePart(words(it, i, end));
      int at = end - name.size() < it.size() ? it.get(Math.max(i, end - name.size())).start() : w.start();
      if (name.size() >= 2 && Names.person(Names.join(name))) {
        out.add(new PersonMention(at, canonical(Names.join(name)), false));
      } else if (name.size() == 1) {
        String full = surname(a, Names.bare(name.get(0)), at);
        if (full != null) {
          out.add(new PersonMention(at, canonical(full), false));
        } else if (end - i > 1 && Names.title(it.get(end - 2).text())) {
          out.add(new PersonMention(at, Names.join(name), false));     // "Mr. Obama" with no full name in the article
        }
      }
      i = end;
    }
    a.persons.remove(a.persons.size() - 1);
    return out;
  }

  /** A person just attributed (a role, a single name) joins the sentence's mentions at {@code at}, as a speaker. */
  private static void mention(Article a, int at, String name) {
    List<PersonMention> current = a.persons.get(a.persons.size() - 1);
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

  private String canonical(String name) {
    return speakers.find(name).map(Speakers.Speaker::name).orElse(name);
  }

  /** A role phrase: definite ones to the latest matching person, others stay roles. */
  private Resolved role(Article a, Mention m, int at) {
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
      return a.lastOrganisation == null ? null : new Resolved(a.lastOrganisation, false);
    }
    if (m.definite() && !head.endsWith("s") && !Names.ORGANISATION_HEADS.contains(head)) {
      Resolved r = holder(a, head, modifiers, at);
      if (r == null && !unowned.isEmpty() && unowned.size() < modifiers.size()) {
        r = holder(a, head, unowned, at);
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
  private Resolved holder(Article a, String head, List<String> modifiers, int at) {
    NameMention match = null;
    for (int k = a.names.size() - 1; k >= 0; k--) {
      NameMention n = a.names.get(k);
      Set<String> stems = stemsOf(a, n.name());
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
    String name = match.name().indexOf(' ') < 0 ? surname(a, Names.bare(match.name()), at) : match.name();
    return new Resolved(speakers.find(name).map(Speakers.Speaker::name).orElse(name), true);
  }

  /** The stems around every mention of a person, and of its listed affiliation. */
  private Set<String> stemsOf(Article a, String name) {
    Set<String> stems = new HashSet<>();
    for (NameMention n : a.names) {
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

  // ---------------------------------------------------------------------------------------------- sentence rules

  private List<Attribution> attributions(Article a, Sentence s) {
    List<Item> it = s.items();
    List<Attribution> out = new ArrayList<>();
    for (int v = 0; v < it.size(); v++) {
      Item verb = it.get(v);
      if (!verb.word() || Names.capitalized(verb.text()) && !verb.is("According") || !VERBS.contains(verb.lower())) {
        continue;
      }
      String verbText = verb.text().toLowerCase(Locale.ROOT);
      if (verb.lower().equals("pointed") || verb.lower().equals("went")) {
        if (v + 1 >= it.size() || !it.get(v + 1).is(verb.lower().equals("went") ? "on" : "out")) {
          continue;
        }
        verbText = verbText + (verb.lower().equals("went") ? " on" : " out");
      } else if (verb.lower().equals("according")) {
        verbText = "according to";
      }
      Mention m = subject(it, v);
      if (m == null) {
        continue;
      }
      Resolved r;
      boolean coordinated = m.type() == MentionType.COORDINATION;
      int subjectAt = it.get(m.from()).start();
      if (coordinated) {
        r = out.isEmpty() ? null : out.get(out.size() - 1).speaker();
      } else {
        r = resolve(a, m, subjectAt);
      }
      if (r == null) {
        continue;
      }
      if (r.person() && !coordinated) {
        mention(a, subjectAt, r.name());
      } else if (!r.person() && Names.capitalized(r.name())) {
        a.lastOrganisation = r.name();
      }
      int verbEnd = verbText.indexOf(' ') > 0 ? v + 1 : v;     // "pointed out", "according to"
      out.add(new Attribution(v, Math.min(v, m.from()), Math.max(verbEnd, m.to()), verbText, r, coordinated));
    }
    return out;
  }

  private void attribute(Article a, Sentence s, List<QuoteMarks.Span> spans, HeadlineLines headline, List<Quote> out) {
    List<Item> it = s.items();
    List<Attribution> attrs = attributions(a, s);
    boolean anyQuote = false;
    Resolved sentenceSpeaker = null;
    for (int q = 0; q < it.size(); q++) {
      Item quote = it.get(q);
      if (quote.type() != Type.QUOTE) {
        continue;
      }
      anyQuote = true;
      Attribution after = null;
      Attribution before = null;
      for (Attribution t : attrs) {
        if (!t.coordinated() && (t.from() == q + 1 || (t.from() == q + 2 && it.get(q + 1).is(",")))) {
          after = after == null ? t : after;
        }
        if (!t.coordinated() && q >= 2 && t.to() == q - 2 && (it.get(q - 1).is(":") || it.get(q - 1).is(","))) {
          before = t;
        }
      }
      Resolved speaker = null;
      String verb = null;
      if (after != null && after.verbText().equals("according to") && before != null) {
        after = null;     // 'Zhu tweeted, "…" according to Detroit Free Press': Zhu speaks, the paper reports
      }
      Attribution chosen = after != null ? after : before;
      if (chosen == null && q >= 2 && it.get(q - 1).is(":") && it.get(q - 2).word() && Names.capitalized(it.get(q - 2).text())) {
        int b = runStart(it, q - 2);
        speaker = colonName(a, words(it, b, q - 1), quote.start());
        verb = speaker == null ? null : ":";
      }
      if (chosen == null && speaker == null) {
        for (Attribution t : attrs) {
          if (t.verb() < q) {
            chosen = t;
          }
        }
      }
      if (chosen == null && speaker == null) {
        for (Attribution t : attrs) {
          if (t.verb() > q) {
            chosen = t;
            break;
          }
        }
      }
      if (chosen != null) {
        speaker = chosen.speaker();
        verb = chosen.verbText();
      }
      boolean direct = direct(it, q, after != null, before != null);
      if (speaker == null && !direct) {
        Mention subject = sentenceSubject(it, q);
        Resolved r = subject == null || subject.type() == MentionType.ROLE ? null : resolve(a, subject, it.get(subject.from()).start());
        if (r != null && r.person() && (subject.type() == MentionType.PRONOUN || Names.person(r.name()))) {
          speaker = r;       // "Yousafzai was “heartbroken …”", "He rejected threats … as “pretty trivial.”"
          verb = "";
        }
      }
      if (speaker == null && a.lastSpeaker != null && goesOn(a, s, attrs, q)) {
        speaker = new Resolved(a.lastSpeaker, false);
        verb = "";
      }
      QuoteMarks.Span sp = spans.get(quote.span());
      String text = a.text.substring(sp.contentStart(), sp.contentEnd());
      out.add(new Quote(sp.contentStart(), sp.contentEnd(), text, direct ? Quote.Kind.DIRECT : Quote.Kind.PARTIAL,
          headline.contains(sp.open()), speaker == null ? null : speaker.name(), verb == null ? "" : verb,
          QuoteMarks.words(a.text, sp.contentStart(), sp.contentEnd())));
      if (speaker != null) {
        sentenceSpeaker = speaker;
      }
    }
    if (!anyQuote) {
      Quote reported = reported(a, s, attrs, headline);
      if (reported != null) {
        out.add(reported);
        sentenceSpeaker = new Resolved(reported.speaker(), false);
      }
    }
    if (sentenceSpeaker != null) {
      a.lastSpeaker = sentenceSpeaker.name();
      a.lastSpeakerParagraph = s.paragraph();
    }
  }

  /**
   * Whether a quotation without an attribution goes on with the last speaker (class comment, step 6): in the same
   * paragraph, a sentence that is only quotations (after an optional "But" or "And"), or a quotation in a sentence
   * without a speech verb or a person ("For individual rights, “It has more …”"); in the next paragraph, a
   * paragraph made only of quotations that end in punctuation (not an in-text heading).
   */
  private static boolean goesOn(Article a, Sentence s, List<Attribution> attrs, int q) {
    List<Item> it = s.items();
    int words = 0;
    for (Item x : it) {
      words += x.word() ? 1 : 0;
    }
    boolean alone = words == 0 || words == 1 && it.get(0).word() && Set.of("but", "and").contains(it.get(0).lower());
    if (a.lastSpeakerParagraph == s.paragraph()) {
      return alone || attrs.isEmpty() && a.persons.get(a.persons.size() - 1).isEmpty();
    }
    String content = it.get(q).text().strip();
    boolean closed = !content.isEmpty() && ".!?…,".indexOf(content.charAt(content.length() - 1)) >= 0
        || q + 1 < it.size() && it.get(q + 1).type() == Type.PUNCT;
    return a.lastSpeakerParagraph == s.paragraph() - 1 && a.quoteParagraphs.contains(s.paragraph()) && closed;
  }

  /** A name before a colon, only when it is listed or names a person of this article. */
  private Resolved colonName(Article a, List<String> run, int at) {
    for (int from = 0; from < run.size(); from++) {
      String suffix = Names.join(run.subList(from, run.size()));
      var listed = speakers.find(suffix);
      if (listed.isPresent()) {
        return new Resolved(listed.get().name(), Names.person(listed.get().name()));
      }
    }
    List<String> name = Names.namePart(run);
    if (name.size() == 1) {
      String full = surname(a, Names.bare(name.get(0)), at);
      return full == null ? null : new Resolved(full, true);
    }
    if (name.size() >= 2 && Names.person(Names.join(name))) {
      return new Resolved(Names.join(name), true);
    }
    return null;
  }

  /** The kind rule of the class comment, step 7. */
  private static boolean direct(List<Item> it, int q, boolean attributedAfter, boolean attributedBefore) {
    Item quote = it.get(q);
    boolean colon = q > 0 && it.get(q - 1).is(":");
    boolean opens = q == 0 || colon || attributedBefore || (q == 1 && it.get(0).type() == Type.PUNCT);
    String content = quote.text().strip();
    int first = 0;
    while (first < content.length() && !Character.isLetterOrDigit(content.charAt(first))) {
      first++;
    }
    boolean capital = first < content.length()
        && (Character.isUpperCase(content.charAt(first)) || Character.isDigit(content.charAt(first)));
    boolean closed = !content.isEmpty() && ",.!?;:…—-".indexOf(content.charAt(content.length() - 1)) >= 0;
    boolean ends = closed || attributedAfter || q + 1 >= it.size() || it.get(q + 1).type() == Type.PUNCT
        || (it.get(q + 1).word() && Names.capitalized(it.get(q + 1).text()));
    return opens && (capital || colon) && ends;
  }

  /** Reported speech in a sentence without quotations (class comment, step 7), or null. */
  private static Quote reported(Article a, Sentence s, List<Attribution> attrs, HeadlineLines headline) {
    List<Item> it = s.items();
    for (Attribution t : attrs) {
      if (t.coordinated()) {
        continue;
      }
      int after = t.to() + 1;
      boolean inverted = t.verb() < t.from() || t.from() == t.verb() && t.to() > t.verb();
      boolean parenthetical = after < it.size() && it.get(after).is(",");
      int from;
      int to;
      if (!inverted && !parenthetical && countWords(it, after, it.size()) >= 3) {
        if (after < it.size() && it.get(after).is("that")) {
          after++;
        } else if (t.verbText().equals("called") && after < it.size() && (it.get(after).is("on") || it.get(after).is("for"))) {
          after++;
        } else if (t.verbText().equals("told") || t.verbText().equals("assured")) {
          while (after < it.size() && it.get(after).word() && AUDIENCE.contains(it.get(after).lower())) {
            after++;
          }
          if (after < it.size() && it.get(after).is("that")) {
            after++;
          }
        }
        from = after;
        to = it.size();
      } else if (t.from() >= 2 && it.get(t.from() - 1).is(",")) {
        from = 0;
        to = t.from() - 1;
      } else {
        continue;
      }
      while (to > from && it.get(to - 1).type() == Type.PUNCT) {
        to--;
      }
      while (from < to && it.get(from).type() == Type.PUNCT) {
        from++;
      }
      if (countWords(it, from, to) < 3) {
        continue;
      }
      int start = it.get(from).start();
      int end = it.get(to - 1).end();
      return new Quote(start, end, a.text.substring(start, end), Quote.Kind.REPORTED, headline.contains(start), t.speaker().name(),
          t.verbText(), QuoteMarks.words(a.text, start, end));
    }
    return null;
  }

  private static int countWords(List<Item> it, int from, int to) {
    int n = 0;
    for (int k = from; k < to; k++) {
      if (it.get(k).type() != Type.PUNCT) {
        n++;
      }
    }
    return n;
  }

  // ---------------------------------------------------------------------------------------------- headline

  /** The offsets of the headline line(s): the line holding the title, else a short first line. */
  record HeadlineLines(List<int[]> lines) {
    static HeadlineLines of(String text, String title) {
      List<int[]> out = new ArrayList<>();
      String wanted = title == null ? "" : flat(title);
      List<int[]> lines = new ArrayList<>();
      int start = 0;
      while (start <= text.length()) {
        int end = start;
        while (end < text.length() && !QuoteMarks.isLineBreak(text.charAt(end))) {
          end++;
        }
        if (!text.substring(start, end).isBlank()) {
          lines.add(new int[] {start, end});
        }
        start = end + 1;
      }
      for (int[] l : lines) {
        String line = text.substring(l[0], l[1]);
        if (wanted.length() >= 8 && flat(line).contains(wanted)) {
          out.add(l);
        }
      }
      if (wanted.length() < 8 && lines.size() > 1) {
        String first = text.substring(lines.get(0)[0], lines.get(0)[1]).strip().replaceAll("[\\s\"“”«»'‘’)\\]]+$", "");
        if (QuoteMarks.words(first, 0, first.length()) <= 20 && !first.matches(".*[.!?…]$")) {
          out.add(lines.get(0));
        }
      }
      return new HeadlineLines(out);
    }

    boolean contains(int offset) {
      return lines.stream().anyMatch(l -> offset >= l[0] && offset < l[1]);
    }

    /** Lower case, one kind of quotation mark, single spaces. */
    private static String flat(String s) {
      StringBuilder b = new StringBuilder();
      for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
        b.append(QuoteMarks.isDoubleMark(c) ? '"' : QuoteMarks.isSingleMark(c) ? '\'' : c);
      }
      return b.toString().replaceAll("\\s+", " ").strip();
    }
  }
}
