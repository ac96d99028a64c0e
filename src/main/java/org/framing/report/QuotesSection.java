package org.framing.report;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.framing.quotes.Voices;
import org.framing.schema.OutputFile;
import tech.tablesaw.plotly.components.Figure;

/**
 * The report's quotations section, from {@code voices.csv} ({@code <group>, speaker, affiliation, quotes, words,
 * share_of_quotes, share_of_words}): each group's voice share by affiliation as bars stacked to 1, and a
 * speaker × group table of quotation counts with each speaker's share of that group's quotations.
 */
public final class QuotesSection {
  /** Groups in the chart: those with the most quotations. */
  static final int MAX_GROUPS = 30;
  /** Groups (columns) in the table. */
  static final int MAX_TABLE_GROUPS = 12;
  /** Speakers (rows) in the table: those quoted most. */
  static final int MAX_SPEAKERS = 25;

  private static final String OTHER = "other";
  private static final String UNATTRIBUTED = Voices.UNATTRIBUTED;

  private QuotesSection() {}

  /** Appends the section when {@code outputDir} has a voices.csv. */
  public static void addTo(Report report, Path outputDir) {
    Path file = outputDir.resolve(OutputFile.VOICES.file());
    if (Files.isRegularFile(file)) {
      report.add(section(TextTable.read(file)));
    }
  }

  static Section section(TextTable t) {
    String group = t.header().get(0);
    t.require(group, "speaker", "affiliation", "quotes", "words", "share_of_quotes", "share_of_words");
    String how = "Each bar is one " + group + "'s quotations (words in quotation marks, headlines left out), split by "
        + "the side the speaker belongs to: a long segment means that side gets much of the " + group + "'s quoted "
        + "speech. Paraphrase is not counted here; quotes.csv lists it as reported. The table counts each speaker's "
        + "quotations per " + group + ", with the share of that " + group + "'s quotations in brackets.";
    if (t.size() == 0) {
      return Section.ofTable("voices", "Who is quoted, per " + group, how,
          HtmlTable.of(List.of("result"), List.of(List.of("No quotation was found."))));
    }
    Map<String, Long> groupQuotes = new HashMap<>();
    Map<String, Long> affiliationQuotes = new HashMap<>();
    Map<String, Long> speakerQuotes = new HashMap<>();
    Map<String, String> speakerAffiliation = new HashMap<>();
    Map<List<String>, Double> share = new HashMap<>();
    Map<List<String>, Long> count = new HashMap<>();
    for (int i = 0; i < t.size(); i++) {
      String g = t.text(i, group);
      String speaker = t.text(i, "speaker");
      String affiliation = t.text(i, "affiliation");
      long quotes = t.whole(i, "quotes");
      groupQuotes.merge(g, quotes, Long::sum);
      affiliationQuotes.merge(affiliation, quotes, Long::sum);
      speakerQuotes.merge(speaker, quotes, Long::sum);
      speakerAffiliation.putIfAbsent(speaker, affiliation);
      share.merge(List.of(g, affiliation), t.decimal(i, "share_of_quotes"), Double::sum);
      count.merge(List.of(speaker, g), quotes, Long::sum);
    }
    List<String> groups = largest(groupQuotes, MAX_GROUPS);
    List<String> affiliations = new ArrayList<>(largest(affiliationQuotes, Integer.MAX_VALUE));
    for (String last : List.of(OTHER, UNATTRIBUTED)) {
      if (affiliations.remove(last)) {
        affiliations.add(last);
      }
    }
    double[][] values = new double[affiliations.size()][groups.size()];
    for (int a = 0; a < affiliations.size(); a++) {
      for (int g = 0; g < groups.size(); g++) {
        values[a][g] = share.getOrDefault(List.of(groups.get(g), affiliations.get(a)), 0.0);
      }
    }
    Figure chart = Charts.stackedShares("Voice share per " + group + " by affiliation (share of quotations)", groups,
        affiliations, values, "share of quotations");
    List<String> columns = groups.subList(0, Math.min(MAX_TABLE_GROUPS, groups.size()));
    List<String> header = new ArrayList<>(List.of("speaker", "affiliation"));
    header.addAll(columns);
    List<List<String>> rows = new ArrayList<>();
    for (String speaker : largest(speakerQuotes, MAX_SPEAKERS)) {
      List<String> row = new ArrayList<>(List.of(speaker, speakerAffiliation.get(speaker)));
      for (String g : columns) {
        long n = count.getOrDefault(List.of(speaker, g), 0L);
        row.add(n == 0 ? "" : n + " (" + percent((double) n / groupQuotes.get(g)) + ")");
      }
      rows.add(row);
    }
    Section s = Section.ofFigure("voices", "Who is quoted, per " + group, how, chart)
        .withTable(HtmlTable.of(header, rows));
    List<String> notes = new ArrayList<>();
    if (groupQuotes.size() > groups.size()) {
      notes.add("The chart shows the " + groups.size() + " " + group + "s with the most quotations of "
          + groupQuotes.size() + ".");
    }
    if (groupQuotes.size() > columns.size() || speakerQuotes.size() > rows.size()) {
      notes.add("The table shows the " + rows.size() + " speakers quoted most and the " + columns.size() + " " + group
          + "s with the most quotations; " + OutputFile.VOICES.file() + " has all.");
    }
    return notes.isEmpty() ? s : s.withNote(String.join(" ", notes));
  }

  /** The keys with the largest values, ties by name. */
  private static List<String> largest(Map<String, Long> values, int max) {
    return values.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .limit(max).map(Map.Entry::getKey).toList();
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f %%", 100 * share);
  }
}
