package org.framing.sentiment;

import static org.framing.schema.Columns.*;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;
import org.framing.lexicon.Actors;
import org.framing.lexicon.Lexicon;
import org.framing.lexicon.Tone;
import org.framing.lexicon.Vader;
import org.framing.schema.Schemas;
import org.framing.text.ArticleText;
import org.framing.text.Boilerplate;
import org.framing.text.Token;
import org.framing.text.Tokenizer;

/**
 * The sentiment stages' work on one article ({@link ArticleSentiment}, {@link SentenceSentiment}), after the
 * text chain ({@link ArticleText}: {@link Boilerplate#clean}, then {@link Tokenizer#split}): per sentence the {@link Vader} compound of its
 * text (cut from the NFKC text, so VADER sees the sentence's own punctuation and capitals) and the {@link Tone}
 * counts of its tokens. The text runs from the sentence's first word to its final marks and closing quotes
 * ({@link Tokenizer.Sentence}): an opening quote or bracket before the first word is not part of it.
 * The same pass counts, per sentence, the hits of every category of the frame lexicons (one {@link Lexicon#match}
 * is one hit, whatever its number of words) and finds the {@link Actors} the sentence mentions.
 * Immutable and serialisable: Spark ships it to the executors with its lexicons.
 */
public final class SentimentChain implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * One sentence: its index in the article (from 0), its text, VADER compound and tone counts, the hits of each
   * frame category (in {@link #frames} order) and the indexes of the actors it mentions (ascending).
   */
  public record Scored(int index, String text, double compound, Tone.Score tone, int[] frameHits, int[] actors) {}

  /** A category of one of the frame lexicons. */
  public record Frame(String lexicon, String category) implements Serializable {}

  private final Vader vader;
  private final Tone tone;
  private final List<Lexicon> frameLexicons;
  private final List<Frame> frames;
  private final Actors actors;

  /** Sentences scored by {@code vader}, their words by {@code tone}; no frames, no actors. */
  public SentimentChain(Vader vader, Tone tone) {
    this(vader, tone, List.of(), Actors.none());
  }

  /** Sentences scored by {@code vader}, their words by {@code tone} and by the categories of {@code frameLexicons}. */
  public SentimentChain(Vader vader, Tone tone, List<Lexicon> frameLexicons, Actors actors) {
    this.vader = vader;
    this.tone = tone;
    this.frameLexicons = List.copyOf(frameLexicons);
    List<Frame> all = new ArrayList<>();
    for (Lexicon l : frameLexicons) {
      for (String c : l.categories()) {
        all.add(new Frame(l.name(), c));
      }
    }
    this.frames = List.copyOf(all);
    this.actors = actors;
  }

  /** Every category of every frame lexicon, in the order of {@link Scored#frameHits}. */
  public List<Frame> frames() {
    return frames;
  }

  public Actors actors() {
    return actors;
  }

  /** VADER with its bundled lexicon, tone with AFINN. */
  public static SentimentChain defaults() {
    return new SentimentChain(new Vader(Lexicon.load("vader")), new Tone(Lexicon.load("afinn")));
  }

  /** The scored sentences of one raw article text (null is empty), through the whole text chain. */
  public List<Scored> score(String raw) {
    return score(ArticleText.of(raw));
  }

  /** The scored sentences of an article already through the text chain. */
  public List<Scored> score(ArticleText article) {
    String normalized = article.normalized();
    List<Scored> out = new ArrayList<>();
    for (Tokenizer.Sentence s : article.sentences()) {
      String text = s.text(normalized);
      out.add(new Scored(out.size(), text, vader.compound(text), tone.score(s.tokens()), frameHits(s.tokens()),
          actors.mentioned(s.tokens(), normalized)));
    }
    return out;
  }

  private int[] frameHits(List<Token> sentence) {
    int[] hits = new int[frames.size()];
    if (hits.length == 0) {
      return hits;
    }
    List<String> words = new ArrayList<>(sentence.size());
    for (Token t : sentence) {
      words.add(t.text());
    }
    for (FrameMatch m : frameMatches(words)) {
      hits[m.frame()]++;
    }
    return hits;
  }

  /** One hit of a frame category: the frame's index in {@link #frames} and the tokens {@code [start, end)} it spans. */
  public record FrameMatch(int frame, int start, int end) {}

  /**
   * Every hit of every frame category in a sentence's normalised tokens, lexicon by lexicon in text order: a
   * lexicon entry in several categories is a hit of each (as {@code frames_by_outlet.csv} counts them).
   */
  public List<FrameMatch> frameMatches(List<String> words) {
    List<FrameMatch> out = new ArrayList<>();
    int offset = 0;
    for (Lexicon l : frameLexicons) {
      int categories = l.categories().size();
      for (Lexicon.Match m : l.match(words)) {
        for (int c = 0; c < categories; c++) {
          if (m.term().in(c)) {
            out.add(new FrameMatch(offset + c, m.start(), m.end()));
          }
        }
      }
      offset += categories;
    }
    return out;
  }

  /** Checks the Article columns the stages read and selects them in the order their row functions expect. */
  static Dataset<Row> input(Dataset<Row> articles) {
    for (String c : List.of(ARTICLE_ID, OUTLET, GROUP, DATE, TEXT)) {
      Schemas.require(articles.schema(), c, DataTypes.StringType);
    }
    return articles.select(ARTICLE_ID, OUTLET, GROUP, DATE, TEXT);
  }
}
