package org.framing.schema;

import static org.framing.schema.Columns.*;

import java.util.ArrayList;
import java.util.List;

/**
 * Every CSV a run writes, defined once: its file name, the line the report's file list shows for it, and its
 * header. The job writes each through one writer ({@code job.CsvOutputs}) and the report reads each by this name.
 *
 * <p>A header names the group column {@link Columns#GROUP} (and {@code group_a}, {@code group_b}); the written
 * header calls it as the grouping is named ({@code outlet}, {@code bias}...). A per-article file starts with
 * {@code article_id, outlet} and the group column when the grouping is not the outlet. A file whose columns
 * follow its lexicons (frames, actors) has no fixed header: its writer takes the stage's columns.
 */
public enum OutputFile {
  OUTLETS("outlets.csv", "one row per group: articles, tokens, types", false, GROUP, ARTICLES, TOKENS, TYPES),
  ARTICLES_CSV("articles.csv", "one row per article: outlet, date, title, tokens, sentences", true,
      DATE, TITLE, TOKENS, SENTENCES),
  BOILERPLATE("boilerplate.csv", "every passage removed as boilerplate, with the rule that removed it", false,
      ARTICLE_ID, RULE, TEXT),
  TERM_FREQUENCIES("term_frequencies.csv", "per group and term: count, rate per 10,000 tokens, rank", false,
      GROUP, TERM, NGRAM, N, PER_10K, RANK),
  TFIDF_CSV("tfidf.csv", "per group and term: TF-IDF and rank (only scores above 0)", false,
      GROUP, TERM, NGRAM, TFIDF, RANK),
  SIMILARITY("similarity.csv", "per pair of groups: cosine similarity of their TF-IDF", false,
      GROUP + "_a", GROUP + "_b", COSINE),
  KEYNESS("keyness.csv", "per comparison and term: G², p, adjusted p, log-odds z, log ratio", false,
      COMPARISON, TARGET, REFERENCE, TERM, NGRAM, N_TARGET, N_REFERENCE, G2, P, P_ADJ, LOG_ODDS_Z, LOG_RATIO),
  REUSE("reuse.csv", "passages that articles of different groups share word for word", false,
      ARTICLE_A, GROUP + "_a", ARTICLE_B, GROUP + "_b", SHARED_TOKENS, JACCARD, PASSAGE),
  SENTIMENT_BY_ARTICLE("sentiment_by_article.csv",
      "per article: VADER compound (mean of sentences), tone per 100 words", true,
      DATE, N_SENTENCES, N_TOKENS, COMPOUND, TONE, POSITIVE, NEGATIVE, POLARITY),
  SENTIMENT_BY_GROUP("sentiment_by_outlet.csv", "per group and measure: mean with 95 % bootstrap interval", false,
      GROUP, MEASURE, MEAN, CI_LOW, CI_HIGH, N_ARTICLES, N_SENTENCES, RESAMPLED_UNIT),
  FRAMES("frames_by_outlet.csv", "per group and frame: hits per 1,000 tokens, share of sentences, intervals", false),
  ACTORS("actor_sentiment.csv", "per group and actor: sentences naming it, their mean compound, share negative",
      false),
  SENTENCES_CSV("sentences.csv", "per sentence: its text, VADER compound and tone", false,
      ARTICLE_ID, GROUP, SENTENCE_INDEX, TEXT, COMPOUND, TONE),
  TRENDS("trends.csv", "per group and period: mean compound and tone, frame densities, top terms", false,
      GROUP, PERIOD, PERIOD_START, MEASURE, ITEM, VALUE, RANK, N_ARTICLES, N_TOKENS),
  QUOTES("quotes.csv", "every quotation and reported statement: speaker, affiliation, kind, verb, offsets", true,
      QUOTE_INDEX, SPEAKER, ENTITY_ID, AFFILIATION, KIND, VERB, WORDS, QUOTE, CHAR_START, CHAR_END, HEADLINE),
  EVENTS("events.csv", "one row per article: its event (story), group, date and title", false,
      ARTICLE_ID, EVENT_ID, GROUP, DATE, TITLE),
  EVENT_SUMMARY("event_summary.csv", "per event: label, representative title, dates, articles, groups", false,
      EVENT_ID, "label", TITLE, "first_date", "last_date", N_ARTICLES, "n_groups", "groups"),
  COVERAGE("coverage.csv", "per group: events covered, share of the events several groups covered, events only it covered",
      false, GROUP, "events", "multi_group_events", "share_of_multi_group_events", "only_events"),
  COVERAGE_PAIRS("coverage_pairs.csv", "per pair of groups: the events both covered", false,
      GROUP + "_a", GROUP + "_b", "shared_events"),
  WITHIN_EVENT("within_event.csv", "per group and measure: mean deviation from the other groups inside shared events, "
      + "with a 95 % bootstrap interval over events", false,
      GROUP, MEASURE, ITEM, "n_events", "mean_deviation", CI_LOW, CI_HIGH),
  WITHIN_EVENT_PAIRS("within_event_pairs.csv", "per pair of groups and measure: mean paired difference over the events "
      + "both covered, with a 95 % bootstrap interval", false,
      GROUP + "_a", GROUP + "_b", MEASURE, ITEM, "n_events", "mean_difference", CI_LOW, CI_HIGH),
  WITHIN_EVENT_KEYNESS("within_event_keyness.csv", "per group and term: keyness against the other groups inside "
      + "the same events (Mantel–Haenszel log odds, CMH test)", false,
      GROUP, TERM, NGRAM, "n_events", N_TARGET, N_REFERENCE, "log_odds_mh", "log_odds_se", "cmh", P, P_ADJ),
  VOICES("voices.csv", "per group and speaker: quotations, words and their shares of the group's", false,
      GROUP, SPEAKER, ENTITY_ID, AFFILIATION, Columns.QUOTES, WORDS, SHARE_OF_QUOTES, SHARE_OF_WORDS),
  ENTITIES("entities.csv", "per person, organisation and place named twice or more: its names as written, mentions, "
      + "articles, groups", false, ENTITY_ID, "name", "type", "aliases", "mentions", ARTICLES, "groups"),
  MENTIONS_BY_GROUP("mentions_by_group.csv", "per group and entity: mentions, per 10,000 tokens, articles naming it "
      + "and their share, with a 95 % bootstrap interval", false, GROUP, ENTITY_ID, "name", "type", "mentions", PER_10K,
      ARTICLES, "share_of_articles", CI_LOW, CI_HIGH),
  CONTEXTS("contexts.csv", "per section, group and item: example sentences with the match's place in each", false,
      "section", GROUP, ITEM, "example", ARTICLE_ID, TITLE, URL, SENTENCE_INDEX, "sentence", "match_start", "match_end");

  private final String file;
  private final String note;
  private final boolean perArticle;
  private final List<String> columns;

  OutputFile(String file, String note, boolean perArticle, String... columns) {
    this.file = file;
    this.note = note;
    this.perArticle = perArticle;
    this.columns = List.of(columns);
  }

  /** The file's name in the output folder. */
  public String file() {
    return file;
  }

  /** One line on what the file holds, for the report's list of files. */
  public String note() {
    return note;
  }

  /** True for a file of one row per article (or per article and position), led by its id and outlet. */
  public boolean perArticle() {
    return perArticle;
  }

  /**
   * The columns as the stages name them ({@link Columns#GROUP} for the group column); for a per-article file
   * those after {@code article_id, outlet} and the group. Empty for a file that takes its stage's columns.
   */
  public List<String> columns() {
    return columns;
  }

  /** The written header, the group column named {@code group}; {@code outletIsGroup} when grouped by outlet. */
  public List<String> header(String group, boolean outletIsGroup) {
    List<String> out = new ArrayList<>();
    if (perArticle) {
      out.add(ARTICLE_ID);
      out.add(OUTLET);
      if (!outletIsGroup) {
        out.add(group);
      }
    }
    for (String c : columns) {
      out.add(named(c, group));
    }
    return out;
  }

  /** A stage's column as written: {@code group}, {@code group_a} and {@code group_b} take the grouping's name. */
  public static String named(String column, String group) {
    if (column.equals(GROUP)) {
      return group;
    }
    if (column.equals(GROUP + "_a") || column.equals(GROUP + "_b")) {
      return group + column.substring(GROUP.length());
    }
    return column;
  }
}
