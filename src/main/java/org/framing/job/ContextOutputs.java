package org.framing.job;


import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.framing.evidence.Contexts;
import org.framing.quotes.Quotations;
import org.framing.report.Charts;
import org.framing.report.KeyTerm;
import org.framing.report.KeynessCharts;
import org.framing.report.KeynessReport;
import org.framing.report.StudyData;
import org.framing.report.TextTable;
import org.framing.schema.OutputFile;
import org.framing.sentiment.SentimentChain;

/**
 * contexts.csv ({@link Contexts}): written after the other analyses, because its term items are what their CSVs
 * show: each group's {@value Charts#TOP_TERMS} highest-TF-IDF terms (the report's top-terms chart) and its
 * keyness terms against the rest ({@value KeynessCharts#PER_SIDE} each side, the report's keyness chart).
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
             org.framing.entities.Resolution resolution, Dataset<Row> events) {
    Map<String, List<String>> terms = termItems(out.dir());
    Dataset<Row> voices = quotes ? org.framing.entities.SpeakerEntities.attach(Quotations.fromPass(pass), resolution)
        .withColumn(org.framing.schema.Columns.SPEAKER, org.apache.spark.sql.functions.col(
            org.framing.entities.SpeakerEntities.VOICE)) : null;
    Dataset<Row> rows = new Contexts(n, seed).transform(spark, pass, terms, chain, frameNames, voices,
        sharedEvents(events));
    long written = out.write(OutputFile.CONTEXTS, rows);
    progress.done("contexts", "wrote " + OutputFile.CONTEXTS.file() + " (" + written + " example sentences)");
  }

  /** The articles ({@code article_id, event_id}) of the events two or more groups covered; null without events. */
  static Dataset<Row> sharedEvents(Dataset<Row> events) {
    if (events == null) {
      return null;
    }
    Dataset<Row> shared = events.groupBy(org.framing.schema.Columns.EVENT_ID)
        .agg(org.apache.spark.sql.functions.countDistinct(org.apache.spark.sql.functions.col(org.framing.schema.Columns.GROUP)).as("k"))
        .filter(org.apache.spark.sql.functions.col("k").geq(2)).select(org.framing.schema.Columns.EVENT_ID);
    return events.join(shared, org.framing.schema.Columns.EVENT_ID)
        .select(org.framing.schema.Columns.ARTICLE_ID, org.framing.schema.Columns.EVENT_ID);
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
