package org.framing.job;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.framing.ingest.BadRecords;
import org.framing.ingest.ColumnMapping;
import org.framing.ingest.CorpusReader;
import org.framing.trends.Trends;

/**
 * Everything a run needs, parsed once at the command line's edge and passed down unchanged.
 *
 * @param input     a study folder or corpus file (any Hadoop URI); null for the bundled seed study
 * @param output    the output folder; null for {@code output/<study>} in the working directory
 * @param people    people, organisations and places ({@link People})
 * @param seed      the seed of every random choice (the bootstrap resamples), so reruns give the same bytes
 * @param onBadRecord refuse a malformed record naming its file and line, or skip it and count it
 * @param excelSafe prefix {@code '} to CSV text cells that start with = + - @ (tab, carriage return), so that a
 *                  spreadsheet shows them as text instead of running them as formulas
 * @param period    the period of time trends (trends.csv); AUTO picks it from the span of the articles' dates
 */
public record JobOptions(String input, CorpusReader.Format format, Path output, ColumnMapping columns,
                         Charset encoding, String stopWords, boolean keepNumbers, long minCount, int top,
                         Keyness keyness, Reuse reuse, Sentiment sentiment, Quotes quotes, People people, Events events,
                         Evidence evidence, long seed,
                         Trends.Period period, boolean charts, boolean verbose, BadRecords.Policy onBadRecord, boolean excelSafe) {

  /**
   * Keyness settings.
   *
   * @param top        per comparison and n-gram order, the terms with the highest and the lowest G² kept (0: all)
   * @param minCount   a term is tested when n_target + n_reference reach this
   * @param pairs      also compare every pair of groups
   * @param priorScale the log-odds prior: this share of the pooled counts
   */
  public record Keyness(int top, long minCount, boolean pairs, double priorScale) {
    public static final Keyness DEFAULTS = new Keyness(50, 5, false, org.framing.keyness.Keyness.DEFAULT_PRIOR_SCALE);
  }

  /**
   * Text reuse settings.
   *
   * @param enabled    whether to look for shared passages at all
   * @param ngram     shingle length in tokens, and the shortest passage reported
   * @param maxRepeat a shingle found in more articles than this is a stock phrase or boilerplate and pairs none
   */
  public record Reuse(boolean enabled, int ngram, int maxRepeat) {
    public static final Reuse DEFAULTS = new Reuse(true, 8, 20);
  }

  /**
   * Sentiment settings.
   *
   * @param enabled        whether to score sentiment and tone
   * @param vaderLexicon   valences for VADER sentence sentiment (bundled name or file)
   * @param toneLexicon    the lexicon tone counts words of (bundled name or file)
   * @param positive       the tone lexicon's category of positive words
   * @param negative       its category of negative words
   * @param emitSentences  also write sentences.csv
   * @param resamples      bootstrap resamples for each interval
   * @param frameLexicons  the lexicons whose categories are measured per group (bundled names or files)
   * @param actors         the actors file; null: the study folder's actors.csv, if it has one
   */
  public record Sentiment(boolean enabled, String vaderLexicon, String toneLexicon, String positive, String negative,
                          boolean emitSentences, int resamples, List<String> frameLexicons, String actors) {
    public static final Sentiment DEFAULTS = new Sentiment(true, "vader", "afinn", "positive", "negative", false, 2000,
        List.of("frames"), null);

    public Sentiment {
      frameLexicons = List.copyOf(frameLexicons);
    }
  }

  /**
   * Quotation settings.
   *
   * @param enabled  whether to find quotations and voice shares at all
   * @param speakers a speakers.csv that overrides the study folder's own; null to use the study's (or none)
   */
  public record Quotes(boolean enabled, String speakers) {
    public static final Quotes DEFAULTS = new Quotes(true, null);
  }

  /**
   * People, organisations and places (entities.csv, mentions_by_group.csv, the entity of each quotation's speaker).
   *
   * @param enabled   whether to find and resolve them at all
   * @param actorsTop without an actors list (--actors or the study's actors.csv), sentiment toward this many of
   *                  the corpus's most named people, organisations and places (0: none)
   */
  public record People(boolean enabled, int actorsTop) {
    public static final People DEFAULTS = new People(true, 20);
  }

  /**
   * Event settings: how articles are grouped into events (stories), inside which outlets are compared.
   *
   * @param mode       {@code AUTO} clusters the articles into stories, {@code NONE} makes no events, {@code COLUMN}
   *                   takes each article's event id from {@code column}
   * @param column     the input column of event ids with {@code COLUMN}; else null
   * @param windowDays with {@code AUTO}, two articles are in one story only if their dates are at most this many
   *                   days apart
   */
  public record Events(Mode mode, String column, int windowDays) {
    public static final Events DEFAULTS = new Events(Mode.AUTO, null, 3);

    /** How events are made. */
    public enum Mode { AUTO, NONE, COLUMN }

    public boolean enabled() {
      return mode != Mode.NONE;
    }
  }

  /**
   * Evidence settings: what the run keeps so that a reader can see the sentences behind its numbers.
   *
   * @param parquet  write the article tables articles.parquet/ and sentences.parquet/
   * @param contexts example sentences per group and item in contexts.csv and the report (0: none)
   */
  public record Evidence(boolean parquet, int contexts) {
    public static final Evidence DEFAULTS = new Evidence(true, 5);

    /** Whether the pass keeps each article's sentences and tokens (the tables or the contexts read them). */
    public boolean keepsText() {
      return parquet || contexts > 0;
    }
  }

  /** The seed study with every default. */
  public static JobOptions defaults() {
    return new JobOptions(null, CorpusReader.Format.AUTO, null, ColumnMapping.DEFAULTS, StandardCharsets.UTF_8,
        "english", false, 1, 100, Keyness.DEFAULTS, Reuse.DEFAULTS, Sentiment.DEFAULTS, Quotes.DEFAULTS, People.DEFAULTS,
        Events.DEFAULTS, Evidence.DEFAULTS, 42,
        Trends.Period.AUTO, true, false, BadRecords.Policy.FAIL, false);
  }

  public JobOptions withInput(String newInput, Path newOutput) {
    return with("input", newInput).with("output", newOutput);
  }

  public JobOptions withColumns(ColumnMapping newColumns) {
    return with("columns", newColumns);
  }

  public JobOptions withTop(int newTop) {
    return with("top", newTop);
  }

  public JobOptions withReuse(Reuse newReuse) {
    return with("reuse", newReuse);
  }

  public JobOptions withSentiment(Sentiment newSentiment) {
    return with("sentiment", newSentiment);
  }

  public JobOptions withQuotes(Quotes newQuotes) {
    return with("quotes", newQuotes);
  }

  public JobOptions withPeople(People newPeople) {
    return with("people", newPeople);
  }

  public JobOptions withEvents(Events newEvents) {
    return with("events", newEvents);
  }

  public JobOptions withEvidence(Evidence newEvidence) {
    return with("evidence", newEvidence);
  }

  public JobOptions withoutCharts() {
    return with("charts", false);
  }

  public JobOptions withOnBadRecord(BadRecords.Policy policy) {
    return with("onBadRecord", policy);
  }

  public JobOptions withExcelSafe(boolean safe) {
    return with("excelSafe", safe);
  }

  /**
   * A copy with one component changed, named as the record names it. One copy for every {@code withX} instead of
   * a hand-kept call of the 22-argument constructor in each (a new component had to be added to all of them).
   */
  private JobOptions with(String component, Object value) {
    java.lang.reflect.RecordComponent[] components = JobOptions.class.getRecordComponents();
    Object[] values = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    boolean found = false;
    try {
      for (int i = 0; i < components.length; i++) {
        types[i] = components[i].getType();
        found |= components[i].getName().equals(component);
        values[i] = components[i].getName().equals(component) ? value : components[i].getAccessor().invoke(this);
      }
      if (!found) {
        throw new IllegalArgumentException("JobOptions has no component " + component);
      }
      return JobOptions.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The options as run.json records them. */
  public Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("input", input == null ? "(bundled seed study)" : input);
    m.put("format", format.name().toLowerCase(Locale.ROOT));
    m.put("output", output == null ? null : output.toString());
    m.put("id_col", columns.id());
    m.put("outlet_col", columns.outlet());
    m.put("text_col", columns.text());
    m.put("date_col", columns.date());
    m.put("title_col", columns.title());
    m.put("url_col", columns.url());
    m.put("group_by", columns.groupBy());
    m.put("encoding", encoding.name());
    m.put("stopwords", stopWords);
    m.put("keep_numbers", keepNumbers);
    m.put("min_count", minCount);
    m.put("top", top);
    m.put("keyness_top", keyness.top());
    m.put("keyness_min_count", keyness.minCount());
    m.put("keyness_pairs", keyness.pairs());
    m.put("prior_scale", keyness.priorScale());
    m.put("reuse", reuse.enabled());
    m.put("reuse_ngram", reuse.ngram());
    m.put("reuse_max_repeat", reuse.maxRepeat());
    m.put("sentiment", sentiment.enabled());
    m.put("vader_lexicon", sentiment.vaderLexicon());
    m.put("tone_lexicon", sentiment.toneLexicon());
    m.put("tone_categories", sentiment.positive() + "," + sentiment.negative());
    m.put("emit_sentences", sentiment.emitSentences());
    m.put("bootstrap", sentiment.resamples());
    m.put("lexicons", sentiment.frameLexicons());
    m.put("actors", sentiment.actors());
    m.put("quotes", quotes.enabled());
    m.put("speakers", quotes.speakers() == null ? "(the study's speakers.csv, if any)" : quotes.speakers());
    m.put("entities", people.enabled());
    m.put("actors_top", people.actorsTop());
    m.put("events", events.mode() == Events.Mode.COLUMN ? events.column() : events.mode().name().toLowerCase(Locale.ROOT));
    m.put("event_window_days", events.windowDays());
    m.put("parquet", evidence.parquet());
    m.put("contexts", evidence.contexts());
    m.put("seed", seed);
    m.put("period", period.label());
    m.put("charts", charts);
    m.put("on_bad_record", onBadRecord.name().toLowerCase(Locale.ROOT));
    m.put("excel_safe", excelSafe);
    return m;
  }
}
