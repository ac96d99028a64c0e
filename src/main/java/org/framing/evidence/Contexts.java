package org.framing.evidence;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.xxhash64;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.HEADLINE;
import static org.framing.schema.Columns.ITEM;
import static org.framing.schema.Columns.KIND;
import static org.framing.schema.Columns.QUOTE;
import static org.framing.schema.Columns.SENTENCE_INDEX;
import static org.framing.schema.Columns.SPEAKER;
import static org.framing.schema.Columns.TITLE;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.entities.Entities;
import org.framing.entities.Resolution;
import org.framing.quotes.Voices;
import org.framing.sentiment.SentimentChain;
import org.framing.spark.SerializedBroadcast;
import org.framing.spark.Sorted;
import org.framing.text.Token;
import org.framing.text.Tokenizer;

/**
 * Example sentences behind the report's numbers ({@code contexts.csv}): for each item a group is measured on, up
 * to {@code n} sentences of that group's articles where the item occurs, with the match's place in the sentence.
 *
 * <p>Items, by {@code section}:
 * <ul>
 *   <li>{@code term}: the group's own top terms (given: its top TF-IDF terms and its keyness terms against the
 *       rest); a sentence holds the term as consecutive tokens (a bigram's two words in one sentence);
 *   <li>{@code frame}: each frame category, in sentences with a word of it (as {@code frames_by_outlet.csv}
 *       counts hits);
 *   <li>{@code actor}: each actor, in sentences naming it by one of its aliases (as {@code actor_sentiment.csv});
 *   <li>{@code voice}: the group's {@value #SPEAKERS_PER_GROUP} most quoted speakers (ties by name; {@code
 *       (unattributed)} counts as one), their direct and partial quotations outside headlines (as {@code
 *       voices.csv} counts them): the "sentence" is the quotation, matched whole;
 *   <li>{@code event}: each event two or more groups covered, the lead (first) sentence of each group's articles
 *       in it, with nothing highlighted ({@code match_start = match_end = 0}): how each told the same story;
 *   <li>{@code entity}: the people, organisations and places a group is measured on ({@code mentions_by_group.csv}'s
 *       rows), in sentences where a mention resolves to the entity (any alias: "Mr. Trump" is Donald Trump), the
 *       item being the entity's name;
 *   <li>{@code passage}: the shared passages the report shows (given), in the articles that share them, the item
 *       being the passage as {@code reuse.csv} has it: the "sentence" is the sentences the passage spans, matched
 *       where its tokens run in the article (as reuse compares them: token by token, so another article's case and
 *       punctuation are its own).
 * </ul>
 *
 * <p>The choice is deterministic from {@code seed} and spreads over articles (a speaker's quotations in one
 * article, which share the article's hash, go by their text): every candidate sentence gets a
 * 64-bit hash of (seed, section, item, article) and one of (seed, section, item, article, sentence); within an
 * article its sentences are ranked by the second, and the examples are taken by that rank first and the article's
 * hash second, so the first {@code n} examples come from {@code n} different articles whenever that many use the
 * item. A run with the same seed picks the same sentences; another seed another sample.
 *
 * <p>Text and offsets are the article table's ({@link ArticleTable}): the cleaned NFKC text; {@code match_start},
 * {@code match_end} index the sentence as Java strings do.
 */
public final class Contexts implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String SECTION = "section";
  public static final String EXAMPLE = "example";
  public static final String SENTENCE = "sentence";
  public static final String MATCH_START = "match_start";
  public static final String MATCH_END = "match_end";

  public static final String TERM = "term";
  public static final String FRAME = "frame";
  public static final String ACTOR = "actor";
  public static final String VOICE = "voice";
  public static final String EVENT = "event";
  public static final String ENTITY = "entity";
  public static final String PASSAGE = "passage";

  /** Speakers per group with examples: those with the most quotations (the report's voices table shows 25). */
  public static final int SPEAKERS_PER_GROUP = 25;

  /** The speaker of a quotation no rule attributes, as voices.csv names it. */
  public static final String UNATTRIBUTED = Voices.UNATTRIBUTED;

  /** The rows, in order: section, group, item, example (from 1), then where the example stands. */
  public static final StructType SCHEMA = new StructType()
      .add(SECTION, DataTypes.StringType, false)
      .add(GROUP, DataTypes.StringType, false)
      .add(ITEM, DataTypes.StringType, false)
      .add(EXAMPLE, DataTypes.IntegerType, false)
      .add(ARTICLE_ID, DataTypes.StringType, false)
      .add(TITLE, DataTypes.StringType, true)
      .add(ArticleTable.URL, DataTypes.StringType, true)
      .add(SENTENCE_INDEX, DataTypes.IntegerType, true)
      .add(SENTENCE, DataTypes.StringType, false)
      .add(MATCH_START, DataTypes.IntegerType, false)
      .add(MATCH_END, DataTypes.IntegerType, false);

  /** A candidate before the choice: a sentence (or a quotation, given as text) where an item occurs. */
  private static final StructType CANDIDATE = new StructType()
      .add(SECTION, DataTypes.StringType, false)
      .add(GROUP, DataTypes.StringType, false)
      .add(ITEM, DataTypes.StringType, false)
      .add(ARTICLE_ID, DataTypes.StringType, false)
      .add(SENTENCE_INDEX, DataTypes.IntegerType, true)
      .add(MATCH_START, DataTypes.IntegerType, false)
      .add(MATCH_END, DataTypes.IntegerType, false)
      .add(QUOTE, DataTypes.StringType, true);

  /**
   * What examples are sought for besides frames, actors, voices and events: {@code terms} each group's term items;
   * {@code entities} each group's entity ids and {@code entityKeys} the entity of every mention key ({@link
   * Resolution#lookup}) that resolves to one of them; {@code passages} the passages each article shares (by article id).
   */
  public record Items(Map<String, List<String>> terms, Map<String, Set<String>> entities,
                     Map<String, Resolution.Entity> entityKeys, Map<String, List<String>> passages) {

    /** Terms only. */
    public static Items of(Map<String, List<String>> terms) {
      return new Items(terms, Map.of(), Map.of(), Map.of());
    }

    public Items withEntities(Map<String, Set<String>> byGroup, Map<String, Resolution.Entity> keys) {
      return new Items(terms, byGroup, keys, passages);
    }

    public Items withPassages(Map<String, List<String>> byArticle) {
      return new Items(terms, entities, entityKeys, byArticle);
    }
  }

  private final int n;
  private final long seed;

  /** Up to {@code n} examples per group and item, chosen with {@code seed}. */
  public Contexts(int n, long seed) {
    if (n < 0) {
      throw new org.framing.ingest.InputException("--contexts " + n + ": must be 0 (none) or more sentences");
    }
    this.n = n;
    this.seed = seed;
  }

  /**
   * The examples: {@code pass} holds {@code article_id, group, title} and the {@link ArticleTable} part, and the
   * entities' mentions part when {@code items} has entities; {@code chain} the frames and actors (null with sentiment off), whose
   * categories are named {@code frameNames}; {@code quotes} the quotations ({@code Quotations.fromPass}, or null);
   * {@code events} the articles of events two or more groups covered ({@code article_id, event_id}), or null.
   */
  public Dataset<Row> transform(SparkSession spark, Dataset<Row> pass, Items items,
                                SentimentChain chain, List<String> frameNames, Dataset<Row> quotes,
                                Dataset<Row> events) {
    SerializedBroadcast<Finder> finder = SerializedBroadcast.of(spark, new Finder(items, chain, frameNames));
    List<Column> read = new ArrayList<>(List.of(col(ARTICLE_ID), col(GROUP), col(ArticleTable.PART)));
    if (!items.entityKeys().isEmpty()) {
      read.add(col(Entities.PART));
    }
    Dataset<Row> candidates = pass.select(read.toArray(Column[]::new))
        .flatMap((FlatMapFunction<Row, Row>) r -> finder.value().find(r).iterator(), Encoders.row(CANDIDATE));
    if (quotes != null) {
      Dataset<Row> voiced = quotes
          .filter(col(KIND).isin("direct", "partial").and(col(HEADLINE).equalTo(false)))
          .withColumn(ITEM, org.apache.spark.sql.functions.coalesce(col(SPEAKER), lit(UNATTRIBUTED)));
      Dataset<Row> top = voiced.groupBy(GROUP, ITEM).count()
          .withColumn("speaker_rank", row_number().over(Window.partitionBy(GROUP)
              .orderBy(col("count").desc(), col(ITEM))))
          .filter(col("speaker_rank").leq(SPEAKERS_PER_GROUP)).select(GROUP, ITEM);
      candidates = candidates.unionByName(voiced.join(top, org.framing.spark.ScalaSeq.of(GROUP, ITEM))
          .select(lit(VOICE).as(SECTION), col(GROUP), col(ITEM), col(ARTICLE_ID),
              lit(null).cast(DataTypes.IntegerType).as(SENTENCE_INDEX), lit(0).as(MATCH_START),
              org.apache.spark.sql.functions.length(col(QUOTE)).as(MATCH_END), col(QUOTE)));
    }
    if (events != null) {
      candidates = candidates.unionByName(pass.select(col(ARTICLE_ID), col(GROUP))
          .join(broadcast(events), ARTICLE_ID)
          .select(lit(EVENT).as(SECTION), col(GROUP), col(org.framing.schema.Columns.EVENT_ID).as(ITEM),
              col(ARTICLE_ID), lit(0).as(SENTENCE_INDEX), lit(0).as(MATCH_START), lit(0).as(MATCH_END),
              lit(null).cast(DataTypes.StringType).as(QUOTE)));
    }
    Dataset<Row> chosen = candidates
        .withColumn("h_sentence", xxhash64(lit(seed), col(SECTION), col(ITEM), col(ARTICLE_ID), col(SENTENCE_INDEX),
            col(MATCH_START)))
        .withColumn("h_article", xxhash64(lit(seed), col(SECTION), col(ITEM), col(ARTICLE_ID)))
        .withColumn("in_article", row_number().over(Window.partitionBy(SECTION, GROUP, ITEM, ARTICLE_ID)
            .orderBy(col("h_sentence"), col(SENTENCE_INDEX), col(MATCH_START), col(QUOTE))))
        .withColumn(EXAMPLE, row_number().over(Window.partitionBy(SECTION, GROUP, ITEM)
            .orderBy(col("in_article"), col("h_article"), col(ARTICLE_ID))))
        .filter(col(EXAMPLE).leq(n))
        .drop("h_sentence", "h_article", "in_article");
    Dataset<Row> texts = pass.select(col(ARTICLE_ID).as("a_id"), col(TITLE), col(ArticleTable.PART));
    Dataset<Row> joined = texts.join(broadcast(chosen), col("a_id").equalTo(col(ARTICLE_ID)));
    Dataset<Row> rows = joined.map((MapFunction<Row, Row>) Contexts::row, Encoders.row(SCHEMA));
    return Sorted.inOnePartition(rows, SECTION, GROUP, ITEM, EXAMPLE);
  }

  /** A chosen candidate joined with its article: the sentence cut from the article's text. */
  private static Row row(Row r) {
    String sentence = r.getAs(QUOTE);
    Integer index = r.getAs(SENTENCE_INDEX);
    ArticleTable.View t = ArticleTable.View.of(r.getAs(ArticleTable.PART));
    if (sentence == null) {
      sentence = t.sentence(index);
    }
    return RowFactory.create(r.getAs(SECTION), r.getAs(GROUP), r.getAs(ITEM), r.getAs(EXAMPLE), r.getAs(ARTICLE_ID),
        r.getAs(TITLE), t.url(), index, sentence, r.getAs(MATCH_START),
        r.getAs(MATCH_END));
  }

  /** Finds the items in one article's sentences; shipped to the executors once, as a broadcast. */
  static final class Finder implements Serializable {
    private static final long serialVersionUID = 1L;

    private final Map<String, Set<String>> unigrams = new HashMap<>();
    private final Map<String, Set<String>> bigrams = new HashMap<>();
    private final Map<String, Set<String>> entities = new HashMap<>();
    private final Map<String, Resolution.Entity> entityKeys = new HashMap<>();
    /** Per article id, the passages it shares: each the text and its tokens. */
    private final Map<String, List<Passage>> passages = new HashMap<>();
    private final SentimentChain chain;
    private final List<String> frameNames;

    private record Passage(String text, List<String> tokens) implements Serializable {}

    /** A mention of one of the group's entities: the entity's name and the mention's offsets in the text. */
    private record Named(String name, int start, int end) {}

    Finder(Items items, SentimentChain chain, List<String> frameNames) {
      items.entities().forEach((g, ids) -> entities.put(g, new HashSet<>(ids)));
      entityKeys.putAll(items.entityKeys());
      Map<String, Passage> parsed = new HashMap<>();
      items.passages().forEach((article, texts) -> passages.put(article, texts.stream()
          .map(p -> parsed.computeIfAbsent(p, k -> new Passage(k, Tokenizer.tokens(k).stream().map(Token::text).toList())))
          .toList()));
      items.terms().forEach((g, list) -> {
        for (String t : list) {
          (t.indexOf(' ') < 0 ? unigrams : bigrams).computeIfAbsent(g, k -> new HashSet<>()).add(t);
        }
      });
      this.chain = chain;
      this.frameNames = List.copyOf(frameNames);
    }

    /** The candidates of one article ({@code article_id, group, table}, read by name): each item once per sentence. */
    List<Row> find(Row r) {
      String id = r.getAs(ARTICLE_ID);
      String group = r.getAs(GROUP);
      ArticleTable.View t = ArticleTable.View.of(r.getAs(ArticleTable.PART));
      String text = t.text();
      List<Integer> sStart = t.sentenceStart();
      List<String> tokens = t.tokens();
      List<Integer> tStart = t.tokenStart();
      List<Integer> tEnd = t.tokenEnd();
      Set<String> uni = unigrams.getOrDefault(group, Set.of());
      Set<String> bi = bigrams.getOrDefault(group, Set.of());
      Map<Integer, List<Named>> named = mentionsBySentence(r, entities.getOrDefault(group, Set.of()));
      List<Row> out = new ArrayList<>();
      for (Passage p : passages.getOrDefault(id, List.of())) {
        passage(out, p, group, id, t);
      }
      for (int s = 0; s < sStart.size(); s++) {
        int from = t.sentenceToken().get(s);
        int to = t.tokenEnd(s);
        int base = sStart.get(s);
        Set<String> seen = new HashSet<>();
        for (int i = from; i < to; i++) {
          if (uni.contains(tokens.get(i))) {
            add(out, seen, TERM, group, tokens.get(i), id, s, tStart.get(i) - base, tEnd.get(i) - base);
          }
          if (i + 1 < to && !bi.isEmpty()) {
            String pair = tokens.get(i) + " " + tokens.get(i + 1);
            if (bi.contains(pair)) {
              add(out, seen, TERM, group, pair, id, s, tStart.get(i) - base, tEnd.get(i + 1) - base);
            }
          }
        }
        for (Named m : named.getOrDefault(s, List.of())) {
          add(out, seen, ENTITY, group, m.name(), id, s, m.start() - base, m.end() - base);
        }
        if (chain == null) {
          continue;
        }
        List<String> words = tokens.subList(from, to);
        for (SentimentChain.FrameMatch m : chain.frameMatches(words)) {
          add(out, seen, FRAME, group, frameNames.get(m.frame()), id, s, tStart.get(from + m.start()) - base,
              tEnd.get(from + m.end() - 1) - base);
        }
        if (!chain.actors().isEmpty()) {
          List<Token> sentence = new ArrayList<>(to - from);
          for (int i = from; i < to; i++) {
            sentence.add(new Token(tokens.get(i), false, false, tStart.get(i), tEnd.get(i)));
          }
          for (org.framing.lexicon.Actors.Mention m : chain.actors().mentions(sentence, text)) {
            add(out, seen, ACTOR, group, chain.actors().actors().get(m.actor()).name(), id, s,
                tStart.get(from + m.start()) - base, tEnd.get(from + m.end() - 1) - base);
          }
        }
      }
      return out;
    }

    /**
     * The article's mentions of the group's entities, by sentence ({@code r} holds the pass's mentions,
     * {@link Entities#PART}, when entities are sought).
     */
    private Map<Integer, List<Named>> mentionsBySentence(Row r, Set<String> ids) {
      int at = ids.isEmpty() ? -1 : java.util.Arrays.asList(r.schema().fieldNames()).indexOf(Entities.PART);
      if (at < 0 || r.isNullAt(at)) {
        return Map.of();
      }
      Map<Integer, List<Named>> out = new HashMap<>();
      for (Row m : r.<Row>getList(at)) {
        Resolution.Entity e = entityKeys.get(Resolution.lookup(m.getAs(KIND), m.getAs(Entities.KEY)));
        if (e != null && ids.contains(e.id())) {
          out.computeIfAbsent(m.<Integer>getAs(SENTENCE_INDEX), k -> new ArrayList<>())
              .add(new Named(e.name(), m.<Integer>getAs(Entities.START), m.<Integer>getAs(Entities.END)));
        }
      }
      return out;
    }

    /** The passage's first run in the article's tokens, as the sentences it spans with the run marked; or none. */
    private static void passage(List<Row> out, Passage p, String group, String id, ArticleTable.View t) {
      List<String> tokens = t.tokens();
      int k = p.tokens().size();
      for (int i = 0; k > 0 && i + k <= tokens.size(); i++) {
        if (tokens.subList(i, i + k).equals(p.tokens())) {
          int first = sentenceOf(t, i);
          int last = sentenceOf(t, i + k - 1);
          int base = t.sentenceStart().get(first);
          out.add(RowFactory.create(PASSAGE, group, p.text(), id, first, t.tokenStart().get(i) - base,
              t.tokenEnd().get(i + k - 1) - base, t.text().substring(base, t.sentenceEnd().get(last))));
          return;
        }
      }
    }

    /** The sentence holding token {@code i}. */
    private static int sentenceOf(ArticleTable.View t, int i) {
      int s = java.util.Collections.binarySearch(t.sentenceToken(), i);
      if (s < 0) {
        s = -s - 2;
      }
      // Sentences without tokens share their start with the next one: the last of them holds the token.
      while (s + 1 < t.sentences() && t.sentenceToken().get(s + 1) == i) {
        s++;
      }
      return s;
    }

    private static void add(List<Row> out, Set<String> seen, String section, String group, String item, String id,
                            int sentence, int start, int end) {
      if (seen.add(section + "\u0000" + item)) {
        out.add(RowFactory.create(section, group, item, id, sentence, start, end, null));
      }
    }
  }
}
