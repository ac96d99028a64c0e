package org.framing.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.framing.quotes.QuoteSentences.Item;
import org.framing.quotes.QuoteSentences.Sentence;
import org.framing.quotes.QuoteSentences.Type;
import org.framing.quotes.SpeakerResolution.Resolved;
import org.framing.quotes.SpeechSubjects.Mention;
import org.framing.quotes.SpeechSubjects.MentionType;

/**
 * The attribution rules of one article ({@link QuoteFinder}'s class comment, steps 4, 6 and 7), sentence by
 * sentence: each speech verb with its resolved subject, then each quotation's speaker and kind, or the sentence's
 * reported speech; the last speaker is carried on for quotations that go on without an attribution.
 */
final class Attributions {

  /** Words that name a text, not someone who speaks: "the statement said", "Statement: “…”". */
  static final Set<String> DOCUMENTS = Set.of("statement", "statements", "report", "release", "letter", "memo",
      "document", "documents", "email", "tweet", "post", "study", "poll", "survey", "complaint", "lawsuit", "filing",
      "ruling", "order", "indictment", "transcript", "article", "story", "book", "video", "ad", "website",
      "editorial", "column", "analysis", "message", "note", "proposal", "guidance", "text", "summary", "readout");

  /** Objects of "told" and "assured" skipped before the reported clause ("told reporters it was difficult"). */
  private static final Set<String> AUDIENCE = Set.of("reporters", "journalists", "the", "a", "press", "media",
      "news", "conference", "lawmakers", "him", "her", "them", "us", "me", "parliament", "agency", "briefing");

  /** A speech verb with its resolved subject; items {@code from..to} hold both. */
  private record Attribution(int verb, int from, int to, String verbText, Resolved speaker, boolean coordinated) {}

  private final String text;
  private final Set<Integer> quoteParagraphs;
  private final SpeakerResolution resolution;
  private String lastSpeaker;
  private int lastSpeakerParagraph = -1;

  /**
   * @param text            the article text as given (offsets index it)
   * @param quoteParagraphs the paragraphs made only of quotations ({@link QuoteSentences#quoteParagraphs})
   * @param resolution      the article's speaker resolution, moved on to each sentence before {@link #attribute}
   */
  Attributions(String text, Set<Integer> quoteParagraphs, SpeakerResolution resolution) {
    this.text = text;
    this.quoteParagraphs = quoteParagraphs;
    this.resolution = resolution;
  }

  /**
   * A text is never a speaker: a quotation attributed to one ("the statement said") keeps no speaker, and
   * reported speech whose only subject is a text is no reported speech.
   */
  static List<Quote> withoutDocumentSpeakers(List<Quote> quotes) {
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

  /**
   * The sentence's speech verbs with their resolved subjects, in text order; a person attributed joins the
   * sentence's mentions, an organisation becomes the one "the group" refers to.
   */
  private List<Attribution> attributions(Sentence s) {
    List<Item> it = s.items();
    List<Attribution> out = new ArrayList<>();
    for (int v = 0; v < it.size(); v++) {
      Item verb = it.get(v);
      if (!verb.word() || Names.capitalized(verb.text()) && !verb.is("According")
          || !SpeechSubjects.VERBS.contains(verb.lower())) {
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
      Mention m = SpeechSubjects.subject(it, v);
      if (m == null) {
        continue;
      }
      Resolved r;
      boolean coordinated = m.type() == MentionType.COORDINATION;
      int subjectAt = it.get(m.from()).start();
      if (coordinated) {
        r = out.isEmpty() ? null : out.get(out.size() - 1).speaker();
      } else {
        r = resolution.resolve(m, subjectAt);
      }
      if (r == null) {
        continue;
      }
      if (r.person() && !coordinated) {
        resolution.mention(subjectAt, r.name());
      } else if (!r.person() && Names.capitalized(r.name())) {
        resolution.lastOrganisation = r.name();
      }
      int verbEnd = verbText.indexOf(' ') > 0 ? v + 1 : v;     // "pointed out", "according to"
      out.add(new Attribution(v, Math.min(v, m.from()), Math.max(verbEnd, m.to()), verbText, r, coordinated));
    }
    return out;
  }

  /**
   * Adds the sentence's quotations to {@code out}, each with its speaker and kind, or else its reported speech, and
   * remembers the sentence's speaker for the quotations that go on with it.
   */
  void attribute(Sentence s, List<QuoteMarks.Span> spans, HeadlineLines headline, List<Quote> out) {
    List<Item> it = s.items();
    List<Attribution> attrs = attributions(s);
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
        int b = SpeechSubjects.runStart(it, q - 2);
        speaker = resolution.colonName(SpeechSubjects.words(it, b, q - 1), quote.start());
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
        Mention subject = SpeechSubjects.sentenceSubject(it, q);
        Resolved r = subject == null || subject.type() == MentionType.ROLE ? null
            : resolution.resolve(subject, it.get(subject.from()).start());
        if (r != null && r.person() && (subject.type() == MentionType.PRONOUN || Names.person(r.name()))) {
          speaker = r;       // "Yousafzai was “heartbroken …”", "He rejected threats … as “pretty trivial.”"
          verb = "";
        }
      }
      if (speaker == null && lastSpeaker != null && goesOn(s, attrs, q)) {
        speaker = new Resolved(lastSpeaker, false);
        verb = "";
      }
      QuoteMarks.Span sp = spans.get(quote.span());
      String quoted = text.substring(sp.contentStart(), sp.contentEnd());
      out.add(new Quote(sp.contentStart(), sp.contentEnd(), quoted, direct ? Quote.Kind.DIRECT : Quote.Kind.PARTIAL,
          headline.contains(sp.open()), speaker == null ? null : speaker.name(), verb == null ? "" : verb,
          QuoteMarks.words(text, sp.contentStart(), sp.contentEnd())));
      if (speaker != null) {
        sentenceSpeaker = speaker;
      }
    }
    if (!anyQuote) {
      Quote reported = reported(s, attrs, headline);
      if (reported != null) {
        out.add(reported);
        sentenceSpeaker = new Resolved(reported.speaker(), false);
      }
    }
    if (sentenceSpeaker != null) {
      lastSpeaker = sentenceSpeaker.name();
      lastSpeakerParagraph = s.paragraph();
    }
  }

  /**
   * Whether a quotation without an attribution goes on with the last speaker ({@link QuoteFinder}'s class
   * comment, step 6): in the same paragraph, a sentence that is only quotations (after an optional "But" or
   * "And"), or a quotation in a sentence without a speech verb or a person ("For individual rights, “It has more
   * …”"); in the next paragraph, a paragraph made only of quotations that end in punctuation (not an in-text
   * heading).
   */
  private boolean goesOn(Sentence s, List<Attribution> attrs, int q) {
    List<Item> it = s.items();
    int words = 0;
    for (Item x : it) {
      words += x.word() ? 1 : 0;
    }
    boolean alone = words == 0 || words == 1 && it.get(0).word() && Set.of("but", "and").contains(it.get(0).lower());
    if (lastSpeakerParagraph == s.paragraph()) {
      return alone || attrs.isEmpty() && resolution.mentionsNobody();
    }
    String content = it.get(q).text().strip();
    boolean closed = !content.isEmpty() && ".!?…,".indexOf(content.charAt(content.length() - 1)) >= 0
        || q + 1 < it.size() && it.get(q + 1).type() == Type.PUNCT;
    return lastSpeakerParagraph == s.paragraph() - 1 && quoteParagraphs.contains(s.paragraph()) && closed;
  }

  /** The kind rule of {@link QuoteFinder}'s class comment, step 7. */
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

  /** Reported speech in a sentence without quotations ({@link QuoteFinder}'s class comment, step 7), or null. */
  private Quote reported(Sentence s, List<Attribution> attrs, HeadlineLines headline) {
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
      return new Quote(start, end, text.substring(start, end), Quote.Kind.REPORTED, headline.contains(start), t.speaker().name(),
          t.verbText(), QuoteMarks.words(text, start, end));
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
}
