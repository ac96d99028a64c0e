package org.framing.quotes;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.framing.quotes.QuoteSentences.Sentence;
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
 *   <li><b>Attributions</b>: each speech verb ({@link SpeechSubjects#VERBS}) outside quotations with its subject: to the left
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
 *       Ahmed Faraz); a name after "of" is the person before it ("John Cornyn of Texas told") or, when the
 *       word before "of" is no person's and no title, the whole name ("the Board of Elections acknowledged");
 *       a definite role ("the Russian official", "the NATO chief", "the GOP leader", "the
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
 *       then the last speaker going on ({@link Attributions#goesOn}): in the same paragraph, a sentence that is only
 *       quotations (after an optional "But"), or one with neither a speech verb nor a person; in the next
 *       paragraph, a paragraph made only of quotations ending in punctuation (the news convention that a
 *       quotation paragraph continues the speaker of the paragraph before).
 *       Otherwise the quotation is kept without a speaker. A text is never a speaker ({@link Attributions#DOCUMENTS}: "the
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
 *
 * <p>The steps live in package-private classes: {@link QuoteSentences} (step 2), {@link NameMentions} (step 3),
 * {@link SpeechSubjects} (the subjects of step 4), {@link SpeakerResolution} (step 5), {@link Attributions} (the
 * rules of steps 4, 6 and 7) and {@link HeadlineLines} (step 8).
 */
public final class QuoteFinder implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Speakers speakers;

  public QuoteFinder(Speakers speakers) {
    this.speakers = speakers;
  }

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
    List<Sentence> sentences = QuoteSentences.sentences(prose, spans);
    SpeakerResolution resolution = new SpeakerResolution(speakers, NameMentions.names(prose, sentences));
    Attributions rules = new Attributions(text, QuoteSentences.quoteParagraphs(sentences), resolution);
    HeadlineLines headline = HeadlineLines.of(text, title);
    List<Quote> out = new ArrayList<>();
    for (Sentence s : sentences) {
      resolution.enter(s);
      rules.attribute(s, spans, headline, out);
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return Attributions.withoutDocumentSpeakers(out);
  }
}
