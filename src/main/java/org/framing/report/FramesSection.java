package org.framing.report;

import org.framing.schema.OutputFile;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tech.tablesaw.plotly.components.Figure;
import tech.tablesaw.plotly.components.Layout;
import tech.tablesaw.plotly.traces.HeatmapTrace;

/**
 * The report's frame and actor sections.
 *
 * <p>From {@code frames_by_outlet.csv}: a heatmap of each group's hits per 1,000 tokens for every frame
 * category, and the numbers with their intervals as a table. From {@code actor_sentiment.csv}: a heatmap of the
 * mean VADER compound of the sentences that mention each actor, per group, red for negative and blue for
 * positive, each cell annotated with its compound and the number of sentences behind it; blank where the group
 * never mentions the actor.
 */
public final class FramesSection {
  /** Groups shown in the heatmaps: those with the most sentences. */
  static final int MAX_GROUPS = 30;

  private static final String DIVERGING = "Object.assign(trace0, {colorscale: [[0, '#b2182b'], [0.5, '#f7f7f7'],"
      + " [1, '#2166ac']], xgap: 1, ygap: 1, texttemplate: '%{text}', hoverinfo: 'x+y+text',"
      + " colorbar: {title: {text: 'mean compound'}}});"
      + " layout.xaxis.automargin = true; layout.yaxis.automargin = true;";

  private FramesSection() {}

  /** Appends the frame section and the actor section for whichever of their CSVs {@code outputDir} has. */
  public static void addTo(Report report, Path outputDir) {
    if (Files.isRegularFile(outputDir.resolve(OutputFile.FRAMES.file()))) {
      report.add(frames(TextTable.read(outputDir.resolve(OutputFile.FRAMES.file()))));
    }
    if (Files.isRegularFile(outputDir.resolve(OutputFile.ACTORS.file()))) {
      report.add(actors(TextTable.read(outputDir.resolve(OutputFile.ACTORS.file()))));
    }
  }

  static Section frames(TextTable t) {
    String group = t.header().get(0);
    t.require(group, "lexicon", "frame", "n_articles", "n_sentences", "hits", "per_1000", "per_1000_ci_low",
        "per_1000_ci_high", "sentences_with", "share_of_sentences", "share_of_sentences_ci_low",
        "share_of_sentences_ci_high", "resampled_unit");
    List<String> groups = largest(t, group);
    LinkedHashSet<String> frames = new LinkedHashSet<>();
    for (int i = 0; i < t.size(); i++) {
      frames.add(frameName(t, i));
    }
    List<String> columns = List.copyOf(frames);
    double[][] values = new double[groups.size()][columns.size()];
    List<List<String>> table = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      int row = groups.indexOf(t.text(i, group));
      if (row >= 0) {
        values[row][columns.indexOf(frameName(t, i))] = t.decimal(i, "per_1000");
      }
      table.add(List.of(t.text(i, group), frameName(t, i), fixed(t.decimal(i, "per_1000"), 2) + " ("
          + fixed(t.decimal(i, "per_1000_ci_low"), 2) + " to " + fixed(t.decimal(i, "per_1000_ci_high"), 2) + ")",
          t.text(i, "hits"), percent(t.decimal(i, "share_of_sentences")) + " (" + percent(t.decimal(i, "share_of_sentences_ci_low"))
          + " to " + percent(t.decimal(i, "share_of_sentences_ci_high")) + ")", t.text(i, "sentences_with") + " of "
          + t.text(i, "n_sentences"), t.text(i, "resampled_unit")));
    }
    Figure heat = Charts.heatmap("Frame hits per 1,000 tokens", columns, groups, values, "per 1,000 tokens",
        80, "%{z:.1f}");
    String how = "Each cell counts the words and phrases of one frame's list per 1,000 tokens of a " + group
        + "'s articles. The frame lists are the project's own and unvalidated (src/main/resources/lexicons/frames/"
        + "README.md says what each holds and why): compare " + group + "s with each other rather than reading a "
        + "density as a measured frame. The table adds the share of sentences holding at least one hit, both with "
        + "95 % bootstrap intervals.";
    Section s = Section.ofFigure("frames", "Frames per " + group, how, heat).withTable(HtmlTable.of(
        List.of(group, "frame", "per 1,000 tokens (95 %)", "hits", "share of sentences (95 %)", "sentences", "resampled"),
        table));
    return note(s, t, group, groups.size());
  }

  static Section actors(TextTable t) {
    String group = t.header().get(0);
    t.require(group, "actor", "actor_group", "n_articles", "n_sentences", "compound", "compound_ci_low",
        "compound_ci_high", "n_negative", "share_negative", "resampled_unit");
    List<String> groups = largest(t, group);
    LinkedHashSet<String> names = new LinkedHashSet<>();
    for (int i = 0; i < t.size(); i++) {
      names.add(t.text(i, "actor"));
    }
    List<String> actors = List.copyOf(names);
    String[][] z = new String[groups.size()][actors.size()];
    String[][] text = new String[groups.size()][actors.size()];
    double[][] printed = new double[groups.size()][actors.size()];
    for (double[] r : printed) {
      java.util.Arrays.fill(r, Double.NaN);
    }
    double extreme = 0.05;
    List<List<String>> table = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      long n = t.whole(i, "n_sentences");
      int row = groups.indexOf(t.text(i, group));
      int column = actors.indexOf(t.text(i, "actor"));
      if (row >= 0) {
        z[row][column] = n == 0 ? "null" : fixed(t.decimal(i, "compound"), 4);
        text[row][column] = n == 0 ? "n=0" : fixed(t.decimal(i, "compound"), 2) + "<br>n=" + n;
        extreme = n == 0 ? extreme : Math.max(extreme, Math.abs(t.decimal(i, "compound")));
        printed[row][column] = n == 0 ? Double.NaN : t.decimal(i, "compound");
      }
      if (n > 0) {
        table.add(List.of(t.text(i, group), t.text(i, "actor"), t.text(i, "actor_group"), fixed(t.decimal(i, "compound"), 3)
            + " (" + fixed(t.decimal(i, "compound_ci_low"), 3) + " to " + fixed(t.decimal(i, "compound_ci_high"), 3) + ")",
            t.text(i, "n_negative") + " of " + n + " (" + percent(t.decimal(i, "share_negative")) + ")",
            t.text(i, "n_articles"), t.text(i, "resampled_unit")));
      }
    }
    HeatmapTrace heat = HeatmapTrace.builder(PlotText.data(actors), PlotText.data(groups),
        new double[groups.size()][actors.size()]).build();
    int left = Charts.labelMargin(groups);
    Layout layout = Layout.builder(PlotText.template("Mean compound of the sentences that mention each actor"))
        .width(Math.min(1100, Math.max(560, left + 90 * actors.size() + 140)))
        .height(170 + 40 * Math.max(groups.size(), 1))
        .margin(Charts.margin(left, 110))
        .xAxis(Charts.categories(false))
        .yAxis(Charts.categories(true))
        .build();
    String data = "trace0.z = " + matrix(z, false) + "; trace0.text = " + matrix(text, true) + "; trace0.zmin = -"
        + fixed(extreme, 4) + "; trace0.zmax = " + fixed(extreme, 4) + "; ";
    Figure figure = new StyledFigure(Charts.builder(layout, heat), data + DIVERGING, new Print.Heat(
        "Mean compound of the sentences that mention each actor", actors, groups, printed, "compound", true));
    String how = "A sentence mentions an actor when it holds one of the actor's names (actors.csv). Each cell is the "
        + "mean VADER compound of those sentences in a " + group + "'s articles, from red (negative) to blue "
        + "(positive), with the number of sentences behind it; blank where the " + group + " never names the actor. "
        + "The compound scores the whole sentence, not the actor alone: \"NATO rejected Russia's demands\" counts "
        + "toward both. The table gives 95 % bootstrap intervals and the negative sentences (compound at most -0.05).";
    Section s = Section.ofFigure("actors", "Sentiment toward actors per " + group, how, figure).withTable(HtmlTable.of(
        List.of(group, "actor", "actor group", "compound (95 %)", "negative sentences", "articles", "resampled"), table));
    return note(s, t, group, groups.size());
  }

  /** The groups with the most sentences, at most {@link #MAX_GROUPS}, most first (ties by name). */
  private static List<String> largest(TextTable t, String group) {
    Map<String, Long> sentences = new LinkedHashMap<>();
    for (int i = 0; i < t.size(); i++) {
      sentences.merge(t.text(i, group), t.whole(i, "n_sentences"), Math::max);
    }
    return sentences.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_GROUPS).map(Map.Entry::getKey).toList();
  }

  private static Section note(Section s, TextTable t, String group, int shown) {
    long all = t.rows().stream().map(r -> r.get(0)).distinct().count();
    return all > shown ? s.withNote("The chart shows the " + shown + " " + group + "s with the most sentences of " + all
        + "; the table lists all.") : s;
  }

  private static String frameName(TextTable t, int i) {
    return t.text(i, "lexicon").equals("frames") ? t.text(i, "frame") : t.text(i, "lexicon") + ":" + t.text(i, "frame");
  }

  /** A JavaScript array of rows: numbers and null as given, or strings quoted (they hold digits, '.', '-', '<br>', 'n='). */
  private static String matrix(String[][] cells, boolean quoted) {
    StringBuilder out = new StringBuilder("[");
    for (int r = 0; r < cells.length; r++) {
      out.append(r == 0 ? "[" : ", [");
      for (int c = 0; c < cells[r].length; c++) {
        String v = cells[r][c] == null ? (quoted ? "" : "null") : cells[r][c];
        out.append(c == 0 ? "" : ", ").append(quoted ? "'" + v + "'" : v);
      }
      out.append(']');
    }
    return out.append(']').toString();
  }

  private static String fixed(double d, int digits) {
    return Double.isFinite(d) ? String.format(Locale.ROOT, "%." + digits + "f", d) : "0";
  }

  private static String percent(double d) {
    return String.format(Locale.ROOT, "%.1f %%", 100 * d);
  }
}
