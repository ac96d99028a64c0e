package org.framing.schema;

/**
 * Every column name the job reads or writes, once. The constants equal the CSV headers. The grouping column
 * is the exception: inside the job it is {@link #GROUP}; in the CSVs it carries the grouping's own name
 * ({@code outlet} by default, {@code bias} with {@code --group-by bias}).
 */
public final class Columns {

  public static final String ARTICLE_ID = "article_id";
  public static final String OUTLET = "outlet";
  public static final String GROUP = "group";
  public static final String DATE = "date";
  public static final String TITLE = "title";
  public static final String URL = "url";
  /** An article's given event id ({@code --events COLUMN}); null otherwise. */
  public static final String EVENT = "event";
  public static final String EVENT_ID = "event_id";
  public static final String TEXT = "text";
  public static final String SOURCE = "source";

  public static final String TOKENS = "tokens";
  public static final String SENTENCES = "sentences";
  public static final String TERMS = "terms";
  public static final String COUNTS = "counts";
  public static final String REMOVED = "removed";
  public static final String RULE = "rule";

  public static final String ARTICLES = "articles";
  public static final String TYPES = "types";
  public static final String TERM = "term";
  public static final String NGRAM = "ngram";
  public static final String N = "n";
  public static final String DF = "df";
  public static final String RATE_SUM = "rate_sum";
  public static final String PER_10K = "per_10k";
  public static final String TFIDF = "tfidf";
  public static final String RANK = "rank";

  // sentiment: per article and per sentence
  public static final String N_SENTENCES = "n_sentences";
  public static final String N_TOKENS = "n_tokens";
  public static final String SENTENCE_INDEX = "sentence_index";
  public static final String COMPOUND = "compound";
  public static final String TONE = "tone";
  public static final String POSITIVE = "positive";
  public static final String NEGATIVE = "negative";
  public static final String POLARITY = "polarity";
  /** Per sentence: the hits of each frame category; the indexes of the actors it mentions. */
  public static final String FRAME_HITS = "frame_hits";
  public static final String ACTOR_IDS = "actor_ids";

  // frames_by_outlet.csv: one group and frame category
  public static final String LEXICON = "lexicon";
  public static final String FRAME = "frame";
  public static final String HITS = "hits";
  public static final String PER_1000 = "per_1000";
  public static final String SENTENCES_WITH = "sentences_with";
  public static final String SHARE_OF_SENTENCES = "share_of_sentences";
  public static final String RESAMPLED_UNIT = "resampled_unit";
  public static final String MEAN = "mean";
  public static final String CI_LOW = "ci_low";
  public static final String CI_HIGH = "ci_high";
  /** trends.csv: the period's first day (ISO), what is measured, of which frame or term, and its value. */
  public static final String PERIOD = "period";
  public static final String PERIOD_START = "period_start";
  public static final String MEASURE = "measure";
  public static final String ITEM = "item";
  public static final String VALUE = "value";
  public static final String N_ARTICLES = "n_articles";

  // actor_sentiment.csv: one group and actor
  public static final String ACTOR = "actor";
  public static final String ACTOR_GROUP = "actor_group";
  public static final String N_NEGATIVE = "n_negative";
  public static final String SHARE_NEGATIVE = "share_negative";

  // keyness.csv: one comparison (target against reference) per term
  public static final String COMPARISON = "comparison";
  public static final String TARGET = "target";
  public static final String REFERENCE = "reference";
  public static final String N_TARGET = "n_target";
  public static final String N_REFERENCE = "n_reference";
  public static final String G2 = "g2";
  public static final String P = "p";
  public static final String P_ADJ = "p_adj";
  public static final String LOG_ODDS_Z = "log_odds_z";
  public static final String LOG_RATIO = "log_ratio";

  // similarity.csv: one ordered pair of groups (written <group>_a, <group>_b)
  public static final String GROUP_A = "group_a";
  public static final String GROUP_B = "group_b";
  public static final String COSINE = "cosine";

  // reuse.csv
  public static final String ARTICLE_A = "article_a";
  public static final String ARTICLE_B = "article_b";
  public static final String SHARED_TOKENS = "shared_tokens";
  public static final String JACCARD = "jaccard";
  public static final String PASSAGE = "passage";

  // quotes.csv: one quotation or piece of reported speech; voices.csv: one speaker of one group
  public static final String QUOTE_INDEX = "quote_index";
  public static final String SPEAKER = "speaker";
  public static final String ENTITY_ID = "entity_id";
  public static final String AFFILIATION = "affiliation";
  public static final String KIND = "kind";
  public static final String VERB = "verb";
  public static final String WORDS = "words";
  public static final String QUOTE = "quote";
  public static final String CHAR_START = "char_start";
  public static final String CHAR_END = "char_end";
  public static final String HEADLINE = "headline";
  public static final String QUOTES = "quotes";
  public static final String SHARE_OF_QUOTES = "share_of_quotes";
  public static final String SHARE_OF_WORDS = "share_of_words";

  private Columns() {}
}
