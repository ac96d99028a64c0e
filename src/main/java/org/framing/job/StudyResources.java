package org.framing.job;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.framing.ingest.Corpus;
import org.framing.ingest.InputException;
import org.framing.ingest.StudyText;
import org.framing.lexicon.Actors;
import org.framing.lexicon.Lexicon;
import org.framing.lexicon.Tone;
import org.framing.lexicon.Vader;
import org.framing.quotes.Speakers;
import org.framing.sentiment.SentimentChain;

/**
 * The files a run reads besides its articles, loaded before any analysis so that a bad one stops the run at once:
 * the sentiment chain's lexicons and actors, and the speakers list. An option's file wins over the study folder's.
 */
record StudyResources(SentimentChain chain, Speakers speakers) {

  /** Loads what the enabled analyses need; {@code chain} is null without sentiment. */
  static StudyResources load(JobOptions options, Corpus corpus) {
    SentimentChain chain = options.sentiment().enabled() ? chain(options.sentiment(), corpus) : null;
    Speakers speakers = options.quotes().enabled() ? speakers(options.quotes(), corpus) : Speakers.NONE;
    return new StudyResources(chain, speakers);
  }

  private static SentimentChain chain(JobOptions.Sentiment o, Corpus corpus) {
    return new SentimentChain(new Vader(Lexicon.load(o.vaderLexicon())),
        new Tone(Lexicon.load(o.toneLexicon()), o.positive(), o.negative()),
        o.frameLexicons().stream().map(Lexicon::load).toList(), actors(o, corpus));
  }

  /** The actors of {@code --actors}, else of the study folder's actors.csv, else none. */
  private static Actors actors(JobOptions.Sentiment o, Corpus corpus) {
    if (o.actors() != null) {
      Path file = Path.of(o.actors());
      try {
        return Actors.parse(file.toString(), Files.readString(file));
      } catch (IOException e) {
        throw new InputException("--actors " + o.actors() + ": cannot read it (" + e.getMessage() + "); give an actors.csv");
      }
    }
    StudyText t = corpus.studyFiles().get(Actors.FILE);
    return t == null ? Actors.none() : Actors.parse(t.source(), t.text());
  }

  /**
   * The speaker list: {@code --speakers FILE}, else the study folder's {@code speakers.csv}, else none (every
   * speaker is "other").
   */
  private static Speakers speakers(JobOptions.Quotes o, Corpus corpus) {
    if (o.speakers() != null) {
      return Speakers.load(Path.of(o.speakers()));
    }
    StudyText t = corpus.studyFiles().get(Speakers.FILE);
    return t == null ? Speakers.NONE : Speakers.parse(t.text(), t.source());
  }
}
