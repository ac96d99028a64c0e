package org.framing.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.framing.schema.Columns.ARTICLE_A;
import static org.framing.schema.Columns.ARTICLE_B;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.ENTITY_ID;
import static org.framing.schema.Columns.EVENT_ID;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.PASSAGE;
import static org.framing.schema.Columns.SPEAKER;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.framing.entities.Resolution;
import org.framing.entities.SpeakerEntities;
import org.framing.evidence.Contexts;
import org.framing.quotes.Quotations;
import org.framing.report.Charts;
import org.framing.report.KeyTerm;
import org.framing.report.KeynessCharts;
import org.framing.report.KeynessReport;
import org.framing.report.ReuseSection;
import org.framing.report.StudyData;
import org.framing.report.TextTable;
import org.framing.schema.OutputFile;
import org.framing.sentiment.SentimentChain;

/**
 * contexts.csv ({@link Contexts}): written after the other analyses, because its term items are what their CSVs
 * show: each group's {@value Charts#TOP_TERMS} highest-TF-IDF terms (the report's top-terms chart) and its
 * keyness terms against the rest ({@value KeynessCharts#PER_SIDE} each side, the report's keyness chart), its
 * entities those of mentions_by_group.csv, and its passages those the report's reuse section shows.
 */
final class ContextOutputs {

  private final int n;
  private final long seed;
  private final CsvOutputs out;
  private final Progress progress;

  ContextOutputs(int n, long seed, CsvOutputs out, Progress progress) {
    this.n = n;
    this.seed = seed;
    this.out = out;
    this.progress = progress;
  }

  /**
   * {@code resolution} names the voices as voices.csv does (null: entities off); {@code events}: each article's
   * {@code event_id} and group (null: events off).
   */
  void write(SparkSession spark, Dataset<Row> pass, SentimentChain chain, List<String> frameNames, boolean quotes,
             Resolution resolution, Dataset<Row> events) {
    Contexts.Items items = Contexts.Items.of(termItems(out.dir())).withPassages(passageItems(out.dir()));
    if (resolution != null) {
      Map<String, Set<String>> entities = entityItems(out.dir());
      Set<String> ids = new HashSet<>();
      entities.values().forEach(ids::addAll);
      items = items.withEntities(entities, resolution.keysOf(ids));
    }
    Dataset<Row> voices = quotes ? SpeakerEntities.attach(Quotations.fromPass(pass), resolution)
        .withColumn(SPEAKER, col(SpeakerEntities.VOICE)) : null;
    Dataset<Row> rows = new Contexts(n, seed).transform(spark, pass, items, chain, frameNames, voices,
        sharedEvents(events));
    long written = out.write(OutputFile.CONTEXTS, rows);
    progress.done("contexts", "wrote " + OutputFile.CONTEXTS.file() + " (" + written + " example sentences)");
  }

  /** The articles ({@code article_id, event_id}) of the events two or more groups covered; null without events. */
  static Dataset<Row> sharedEvents(Dataset<Row> events) {
    if (events == null) {
      return null;
    }
    Dataset<Row> shared = events.groupBy(EVENT_ID).agg(countDistinct(col(GROUP)).as("k"))
        .filter(col("k").geq(2)).select(EVENT_ID);
    return events.join(shared, EVENT_ID).select(ARTICLE_ID, EVENT_ID);
  }

  /** Each group's entities, as mentions_by_group.csv in {@code dir} has them (none without that file). */
  static Map<String, Set<String>> entityItems(Path dir) {
    Map<String, Set<String>> items = new LinkedHashMap<>();
    Path file = dir.resolve(OutputFile.MENTIONS_BY_GROUP.file());
    if (Files.isRegularFile(file)) {
      TextTable t = TextTable.read(file);
      String group = t.header().get(0);
      for (int i = 0; i < t.size(); i++) {
        items.computeIfAbsent(t.text(i, group), k -> new LinkedHashSet<>()).add(t.text(i, ENTITY_ID));
      }
    }
    return items;
  }

  /**
   * The passages the report's reuse section opens ({@link ReuseSection#openable}), by the articles of reuse.csv
   * in {@code dir} that share them: one passage shared by several pairs has examples in all their articles.
   */
  static Map<String, List<String>> passageItems(Path dir) {
    Map<String, Set<String>> items = new LinkedHashMap<>();
    Path file = dir.resolve(OutputFile.REUSE.file());
    if (Files.isRegularFile(file)) {
      TextTable t = TextTable.read(file);
      Set<String> shown = t.size() == 0 ? Set.of() : ReuseSection.openable(t).passages();
      for (int i = 0; i < t.size(); i++) {
        String passage = t.text(i, PASSAGE);
        if (shown.contains(passage)) {
          items.computeIfAbsent(t.text(i, ARTICLE_A), k -> new LinkedHashSet<>()).add(passage);
          items.computeIfAbsent(t.text(i, ARTICLE_B), k -> new LinkedHashSet<>()).add(passage);
        }
      }
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    items.forEach((a, s) -> out.put(a, List.copyOf(s)));
    return out;
  }

  /** Each group's term items, from the tfidf.csv and keyness.csv already in {@code dir}. */
  static Map<String, List<String>> termItems(Path dir) {
    Map<String, Set<String>> items = new LinkedHashMap<>();
    Path outlets = dir.resolve(OutputFile.OUTLETS.file());
    Path tfidf = dir.resolve(OutputFile.TFIDF_CSV.file());
    if (Files.isRegularFile(outlets) && Files.isRegularFile(tfidf)) {
      StudyData data = StudyData.of("", TextTable.read(outlets), TextTable.read(tfidf));
      data.groups().forEach(g -> data.topTerms(g.group(), Charts.TOP_TERMS)
          .forEach(t -> items.computeIfAbsent(g.group(), k -> new LinkedHashSet<>()).add(t.term())));
    }
    Path keyness = dir.resolve(OutputFile.KEYNESS.file());
    if (Files.isRegularFile(keyness)) {
      Map<String, List<KeyTerm>> byTarget = KeynessReport.againstRest(TextTable.read(keyness));
      byTarget.forEach((g, list) -> KeynessCharts.distinctive(list, KeynessCharts.PER_SIDE)
          .forEach(t -> items.computeIfAbsent(g, k -> new LinkedHashSet<>()).add(t.term())));
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    items.forEach((g, s) -> out.put(g, List.copyOf(s)));
    return out;
  }
}
