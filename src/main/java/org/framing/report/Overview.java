package org.framing.report;

import static org.framing.schema.Columns.ARTICLES;
import static org.framing.schema.Columns.DATE;
import static org.framing.schema.Columns.G2;
import static org.framing.schema.Columns.NGRAM;
import static org.framing.schema.Columns.RANK;
import static org.framing.schema.Columns.REFERENCE;
import static org.framing.schema.Columns.SHARE_OF_QUOTES;
import static org.framing.schema.Columns.SPEAKER;
import static org.framing.schema.Columns.TARGET;
import static org.framing.schema.Columns.TERM;
import static org.framing.schema.Columns.TOKENS;
import static org.framing.schema.Columns.TYPES;
import static org.framing.schema.Columns.WORDS;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.framing.quotes.Voices;

/**
 * The report's first section: the corpus in one line (groups, articles, tokens, date range), what stands out
 * (the groups with the lowest and the highest mean VADER compound, with their 95 % intervals) and one row per group
 * with its size, its most distinctive term, its compound with interval and its most quoted voice. Every number
 * is read from the run's CSVs:
 *
 * <ul>
 *   <li>sizes: {@code outlets.csv}; dates: the smallest and largest non-empty {@code date} of {@code articles.csv};
 *   <li>most distinctive term: the term (either n-gram order) with the highest positive G² of the group's
 *       "vs rest" comparison in {@code keyness.csv}, ties by term; without keyness.csv the TF-IDF rank-1 unigram
 *       of {@code tfidf.csv};
 *   <li>compound: the {@code compound} row of {@code sentiment_by_outlet.csv} (mean, ci_low, ci_high); most
 *       the lowest and the highest mean, ties by group name (named "lowest" and "highest", not "most" and "least
 *       negative": every group's mean may be positive);
 *   <li>most quoted voice: the attributed speaker with the highest {@code share_of_quotes} in {@code voices.csv},
 *       ties by words, then by name; {@code (unattributed)} and {@code (unnamed source)} are never the voice named.
 * </ul>
 */
final class Overview {

  static final String UNATTRIBUTED = Voices.UNATTRIBUTED;

  /** A group's mean with its interval. */
  record Interval(String group, double mean, double low, double high) {}

  /** What the section shows, for tests. */
  record Facts(int groups, long articles, long tokens, Optional<String> firstDate, Optional<String> lastDate,
      Optional<Interval> lowestCompound, Optional<Interval> highestCompound, Map<String, String> distinctiveTerm,
      Map<String, String> topVoice) {}

  private Overview() {}

  /** The facts of a run's tables; every table but {@code outlets} may be absent. */
  static Facts facts(StudyData data, Optional<TextTable> articles, Optional<TextTable> keyness,
      Optional<TextTable> tfidf, Optional<TextTable> sentiment, Optional<TextTable> voices) {
    long articleCount = data.groups().stream().mapToLong(GroupSize::articles).sum();
    long tokens = data.groups().stream().mapToLong(GroupSize::tokens).sum();
    List<String> dates = articles.filter(t -> t.header().contains(DATE))
        .map(t -> IntStream.range(0, t.size()).mapToObj(i -> t.text(i, DATE).strip()).filter(d -> !d.isEmpty())
            .sorted().toList())
        .orElse(List.of());
    List<Interval> compound = sentiment.map(Overview::compound).orElse(List.of());
    Comparator<Interval> byMean = Comparator.comparingDouble(Interval::mean).thenComparing(Interval::group);
    return new Facts(data.groups().size(), articleCount, tokens,
        dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(0)),
        dates.isEmpty() ? Optional.empty() : Optional.of(dates.get(dates.size() - 1)),
        compound.stream().min(byMean), compound.stream().max(Comparator.comparingDouble(Interval::mean)
            .thenComparing(Interval::group, Comparator.reverseOrder())),
        keyness.map(Overview::keyTerms).or(() -> tfidf.map(Overview::tfidfTerms)).orElse(Map.of()),
        voices.map(Overview::topVoices).orElse(Map.of()));
  }

  /** The overview section of the run's tables. */
  static Section section(StudyData data, Optional<TextTable> articles, Optional<TextTable> keyness,
      Optional<TextTable> tfidf, Optional<TextTable> sentiment, Optional<TextTable> voices) {
    Facts facts = facts(data, articles, keyness, tfidf, sentiment, voices);
    String g = data.groupColumn();
    Map<String, Interval> compound = new LinkedHashMap<>();
    sentiment.map(Overview::compound).orElse(List.of()).forEach(c -> compound.put(c.group(), c));
    List<String> header = new ArrayList<>(List.of(g, ARTICLES, TOKENS, TYPES));
    String termHeader = keyness.isPresent() ? "most distinctive term (G² vs rest)" : "most distinctive term (TF-IDF)";
    header.add(termHeader);
    if (sentiment.isPresent()) {
      header.add("compound (95 % interval)");
    }
    if (voices.isPresent()) {
      header.add("most quoted voice");
    }
    List<List<String>> rows = new ArrayList<>();
    for (GroupSize group : data.groups()) {
      List<String> row = new ArrayList<>(List.of(group.group(), Long.toString(group.articles()),
          Long.toString(group.tokens()), Long.toString(group.types())));
      row.add(facts.distinctiveTerm().getOrDefault(group.group(), ""));
      if (sentiment.isPresent()) {
        Interval c = compound.get(group.group());
        row.add(c == null ? "" : interval(c));
      }
      if (voices.isPresent()) {
        row.add(facts.topVoice().getOrDefault(group.group(), ""));
      }
      rows.add(row);
    }
    String how = "The corpus at a glance: one row per " + g + " with its size, the term it over-uses most "
        + "compared with the others, its mean sentiment with the 95 % interval, and the speaker it quotes most. "
        + "Sections below give the detail; the CSVs linked at the end hold every number.";
    return Section.ofTable("overview", "Overview", how, HtmlTable.of(header, rows)).withFacts(lines(facts, g));
  }

  /** The highlight lines, plain text. */
  static List<String> lines(Facts facts, String g) {
    List<String> lines = new ArrayList<>();
    String corpus = String.format(Locale.ROOT, "%d %ss, %,d articles, %,d tokens", facts.groups(), g,
        facts.articles(), facts.tokens());
    lines.add(corpus + facts.firstDate().map(d -> ", dated " + d + " to " + facts.lastDate().get()).orElse("")
        + ".");
    facts.lowestCompound().ifPresent(m -> lines.add(g.substring(0, 1).toUpperCase(Locale.ROOT) + g.substring(1)
        + " with the lowest mean compound (VADER): " + m.group() + ", " + interval(m) + "."));
    facts.highestCompound().ifPresent(l -> {
      Interval m = facts.lowestCompound().get();
      boolean overlap = m.high() >= l.low();
      lines.add("Highest mean compound: " + l.group() + ", " + interval(l) + (overlap
          ? "; the two intervals overlap, so the data do not separate them." : "; the intervals do not overlap."));
    });
    return lines;
  }

  /** {@code mean [low, high]} with 3 decimals. */
  static String interval(Interval c) {
    return String.format(Locale.ROOT, "%.3f [%.3f, %.3f]", c.mean(), c.low(), c.high());
  }

  private static List<Interval> compound(TextTable t) {
    String group = t.header().get(0);
    t.require("measure", "mean", "ci_low", "ci_high");
    List<Interval> out = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.text(i, "measure").equals("compound")) {
        out.add(new Interval(t.text(i, group), t.decimal(i, "mean"), t.decimal(i, "ci_low"), t.decimal(i, "ci_high")));
      }
    }
    return out;
  }

  private static Map<String, String> keyTerms(TextTable t) {
    t.require(TARGET, REFERENCE, TERM, G2);
    Map<String, Integer> best = new LinkedHashMap<>();
    for (int i = 0; i < t.size(); i++) {
      if (!t.text(i, REFERENCE).equals("rest") || !(t.decimal(i, G2) > 0)) {
        continue;
      }
      Integer current = best.get(t.text(i, TARGET));
      int row = i;
      if (current == null || t.decimal(row, G2) > t.decimal(current, G2)
          || (t.decimal(row, G2) == t.decimal(current, G2) && t.text(row, TERM).compareTo(t.text(current, TERM)) < 0)) {
        best.put(t.text(i, TARGET), i);
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    best.forEach((group, i) -> out.put(group, t.text(i, TERM) + String.format(Locale.ROOT, " (%.1f)", t.decimal(i, G2))));
    return out;
  }

  private static Map<String, String> tfidfTerms(TextTable t) {
    String group = t.header().get(0);
    t.require(TERM, NGRAM, RANK);
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.whole(i, NGRAM) == 1 && t.whole(i, RANK) == 1) {
        out.putIfAbsent(t.text(i, group), t.text(i, TERM));
      }
    }
    return out;
  }

  private static Map<String, String> topVoices(TextTable t) {
    String group = t.header().get(0);
    t.require(SPEAKER, SHARE_OF_QUOTES, WORDS);
    Map<String, Integer> best = new LinkedHashMap<>();
    Comparator<Integer> order = Comparator.<Integer>comparingDouble(i -> t.decimal(i, SHARE_OF_QUOTES))
        .thenComparingLong(i -> t.whole(i, WORDS))
        .thenComparing(i -> t.text(i, SPEAKER), Comparator.reverseOrder());
    for (int i = 0; i < t.size(); i++) {
      if (t.text(i, SPEAKER).equals(UNATTRIBUTED) || t.text(i, SPEAKER).equals(Voices.UNNAMED)) {
        continue;
      }
      Integer current = best.get(t.text(i, group));
      if (current == null || order.compare(i, current) > 0) {
        best.put(t.text(i, group), i);
      }
    }
    Map<String, String> out = new LinkedHashMap<>();
    best.forEach((g, i) -> out.put(g, t.text(i, SPEAKER) + String.format(Locale.ROOT, " (%.0f %% of quotations)",
        100 * t.decimal(i, SHARE_OF_QUOTES))));
    return out;
  }
}
