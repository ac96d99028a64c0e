package org.framing.report;

import org.framing.schema.OutputFile;

import static org.framing.schema.Columns.ARTICLES;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.DATE;
import static org.framing.schema.Columns.RULE;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.framing.ingest.InputException;

/**
 * Renders a run's output folder into an offline report: {@code report.html} (every chart drawn in the page),
 * {@code charts/<section>.html} (one standalone page per chart), {@code charts/png/<section>_<i>.png} and
 * {@code charts/svg/<section>_<i>.svg} (each chart at print size, {@link PrintCharts}) and {@code charts/plotly.min.js} (copied from
 * the jar's {@value #PLOTLY_RESOURCE}: the minified plotly.js 2.35.3 of the npm package plotly.js-dist-min, which the
 * build fetches and checks; no page loads anything from the network). Every file is written to a temporary file and
 * moved into place.
 *
 * <p>Reads {@code outlets.csv} and {@code tfidf.csv} (required) and {@code articles.csv} and
 * {@code boilerplate.csv} (used when present), every cell as text. Charts: {@code articles_tokens.html},
 * {@code top_terms.html}, {@code tfidf_heatmap.html}.
 */
public final class ReportWriter {

  /** The report page's file name. */
  public static final String REPORT_HTML = "report.html";
  /** The folder of chart pages and plotly, inside the output folder. */
  public static final String CHARTS_DIR = "charts";
  /** Plotly's file name inside {@link #CHARTS_DIR}. */
  public static final String PLOTLY_JS = "plotly.min.js";
  /** The run's record, written by the job. */
  public static final String RUN_JSON = "run.json";

  /** plotly.js inside the jar (pom.xml puts it there). */
  static final String PLOTLY_RESOURCE = "plotly/plotly.min.js";

  /** The report's line on each file: every CSV's own ({@link OutputFile#note}), and run.json's. */
  private static String note(String file) {
    if (file.equals(RUN_JSON)) {
      return "the run's settings and inputs";
    }
    for (OutputFile f : OutputFile.values()) {
      if (f.file().equals(file)) {
        return f.note();
      }
    }
    return "";
  }

  private ReportWriter() {}

  /**
   * Reads the CSVs in {@code outputDir} and writes the report, chart pages and plotly there; returns the path
   * of {@code report.html}. A missing {@code outlets.csv} or {@code tfidf.csv} is an {@link InputException}.
   */
  public static Path render(Path outputDir) {
    return render(outputDir, note -> { });
  }

  /**
   * As {@link #render(Path)}; every chart left out (nothing to draw, or its print-size files could not be drawn)
   * is also passed to {@code notes} as one line, for the console.
   */
  public static Path render(Path outputDir, Consumer<String> notes) {
    return write(standardReport(outputDir), outputDir, notes);
  }

  /**
   * The report of {@code outputDir}'s CSVs, not yet written: the {@link Overview}, articles and tokens, top terms per
   * group, TF-IDF heatmap, boilerplate rules (if {@code boilerplate.csv} exists) and links to every CSV and
   * {@code run.json} present. Other analyses may {@link Report#add} sections before {@link #write}.
   */
  public static Report standardReport(Path outputDir) {
    TextTable outlets = required(outputDir, OutputFile.OUTLETS.file());
    StudyData data = StudyData.of(studyName(outputDir), outlets, required(outputDir, OutputFile.TFIDF_CSV.file()));
    Report report = new Report("Framing report: " + data.study());
    report.add(Overview.section(data, optional(outputDir, OutputFile.ARTICLES_CSV.file()), optional(outputDir, OutputFile.KEYNESS.file()),
        optional(outputDir, OutputFile.TFIDF_CSV.file()), optional(outputDir, OutputFile.SENTIMENT_BY_GROUP.file()),
        optional(outputDir, OutputFile.VOICES.file())));
    report.add(Sections.articlesAndTokens(data));
    report.add(Sections.topTerms(data));
    report.add(Sections.heatmap(data));
    KeynessReport.addTo(report, outputDir);
    SentimentSection.addTo(report, outputDir);
    FramesSection.addTo(report, outputDir);
    TrendsSection.addTo(report, outputDir);
    ReuseSection.addTo(report, outputDir);
    QuotesSection.addTo(report, outputDir);
    EntitiesSection.addTo(report, outputDir);
    EventsSection.addTo(report, outputDir);
    optional(outputDir, OutputFile.BOILERPLATE.file()).map(ReportWriter::boilerplate).ifPresent(report::add);
    dataFiles(outputDir).forEach(f -> report.addFile(f, note(f)));
    report.withEvidence(EvidencePanel.html(outputDir));
    return report;
  }

  /**
   * Writes {@code report} as {@code outputDir/report.html}, one {@code charts/<id>.html} per section with
   * figures, and {@code charts/plotly.min.js}; returns the path of {@code report.html}.
   */
  public static Path write(Report report, Path outputDir) {
    return write(report, outputDir, note -> { });
  }

  /**
   * As {@link #write(Report, Path)}, leaving out what cannot be drawn instead of failing, each with a note in its
   * section and one line to {@code notes}: a chart with nothing to draw ({@link Print#isEmpty}) is left out of the
   * page; a chart whose print-size PNG and SVG fail to draw (XChart refuses some data) keeps its place in the page
   * without them.
   */
  public static Path write(Report report, Path outputDir, Consumer<String> notes) {
    Path charts = outputDir.resolve(CHARTS_DIR);
    AtomicFiles.copy(plotly(), charts.resolve(PLOTLY_JS));
    report.withoutEmptyCharts(notes);
    Map<String, Unprinted> unprinted = new ConcurrentSkipListMap<>();
    List<Runnable> prints = new ArrayList<>();
    for (Section section : report.sections()) {
      if (!section.figures().isEmpty()) {
        AtomicFiles.writeString(charts.resolve(section.id() + ".html"), section.chartPage(PLOTLY_JS));
      }
      for (int i = 0; i < section.figures().size(); i++) {
        Print print = StyledFigure.printOf(section.figures().get(i));
        if (print != null) {
          Path png = charts.resolve(section.printFile(i, "png"));
          Path svg = charts.resolve(section.printFile(i, "svg"));
          String div = section.divName(i);
          prints.add(() -> {
            try {
              PrintCharts.write(print, png, svg);
            } catch (DiskFullException e) {
              throw e;
            } catch (RuntimeException e) {
              String why = e.getClass().getSimpleName() + ": " + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
              unprinted.put(div, new Unprinted(section.id(), print.title(), why));
            }
          });
        }
      }
    }
    // Each print is its own chart and image (PNG encoding is most of the rendering time): drawn on all cores.
    prints.parallelStream().forEach(Runnable::run);
    unprinted.values().forEach(u -> {
      notes.accept("the print-size PNG and SVG of the chart \"" + u.chart() + "\" could not be drawn (" + u.why()
          + "); left out");
      report.addToNotes(Set.of(u.section()), "The print-size PNG and SVG of the chart \"" + u.chart()
          + "\" could not be drawn (" + u.why() + ") and are left out.");
    });
    Path html = outputDir.resolve(REPORT_HTML);
    AtomicFiles.writeString(html, report.toHtml(CHARTS_DIR + "/" + PLOTLY_JS, CHARTS_DIR + "/", unprinted.keySet()));
    return html;
  }

  /** A chart whose print-size files failed to draw: its section's id, its title, and why (one line). */
  private record Unprinted(String section, String chart, String why) {}

  /**
   * The study's name: the {@code study} field of run.json (the job renders inside a staging folder whose name is
   * not the study's), else the folder's name.
   */
  static String studyName(Path outputDir) {
    Path runJson = outputDir.resolve("run.json");
    if (Files.isRegularFile(runJson)) {
      try {
        com.fasterxml.jackson.databind.JsonNode study = new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(runJson.toFile()).get("study");
        if (study != null && study.isTextual() && !study.asText().isBlank()) {
          return study.asText();
        }
      } catch (java.io.IOException e) {
        throw new InputException(runJson + ": not valid JSON (" + e.getMessage().lines().findFirst().orElse("") + "); run the job again");
      }
    }
    Path name = outputDir.toAbsolutePath().normalize().getFileName();
    return name == null ? outputDir.toString() : name.toString();
  }

  private static TextTable required(Path outputDir, String name) {
    Path file = outputDir.resolve(name);
    if (!Files.isRegularFile(file)) {
      throw new InputException(file + " not found: run the job for this study first, then render the report");
    }
    return TextTable.read(file);
  }

  private static Optional<TextTable> optional(Path outputDir, String name) {
    Path file = outputDir.resolve(name);
    return Files.isRegularFile(file) ? Optional.of(TextTable.read(file)) : Optional.empty();
  }

  /** Passages removed per cleaning rule, most first: rule, passages, articles. */
  static Section boilerplate(TextTable table) {
    table.require(ARTICLE_ID, RULE);
    Map<String, List<Integer>> byRule = IntStream.range(0, table.size()).boxed()
        .collect(Collectors.groupingBy(i -> table.text(i, RULE), TreeMap::new, Collectors.toList()));
    List<List<String>> rows = new ArrayList<>();
    byRule.entrySet().stream()
        .sorted((a, b) -> Integer.compare(b.getValue().size(), a.getValue().size()))
        .forEach(e -> {
          Set<String> articles = new HashSet<>();
          e.getValue().forEach(i -> articles.add(table.text(i, ARTICLE_ID)));
          rows.add(List.of(e.getKey(), Integer.toString(e.getValue().size()), Integer.toString(articles.size())));
        });
    return Section.ofTable("boilerplate", "Boilerplate removed",
        "Each row is one cleaning rule, with how many passages it removed and from how many articles. "
            + "A rule that removes far more than the others may be cutting real text: check its passages in "
            + OutputFile.BOILERPLATE.file() + ".",
        HtmlTable.of(List.of(RULE, "passages", ARTICLES), rows));
  }

  /** Every CSV in {@code outputDir} (sorted by name), then {@code run.json}, if present. */
  private static List<String> dataFiles(Path outputDir) {
    try (Stream<Path> files = Files.list(outputDir)) {
      List<String> names = new ArrayList<>(files.filter(Files::isRegularFile)
          .map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".csv")).sorted().toList());
      if (Files.isRegularFile(outputDir.resolve(RUN_JSON))) {
        names.add(RUN_JSON);
      }
      return names;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + outputDir, e);
    }
  }

  /** Plotly from the jar. */
  private static InputStream plotly() {
    InputStream in = ReportWriter.class.getClassLoader().getResourceAsStream(PLOTLY_RESOURCE);
    if (in == null) {
      throw new IllegalStateException("plotly.js is not on the classpath (" + PLOTLY_RESOURCE + "): build the jar "
          + "with Maven, which fetches it");
    }
    return in;
  }
}
