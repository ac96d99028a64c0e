package org.framing.job;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.spark.sql.SparkSession;
import org.framing.ingest.Corpus;
import org.framing.report.DiskFullException;
import org.framing.text.Boilerplate;

/**
 * run.json: what is needed to repeat a run (the input files with size and SHA-256, every option, the seed, the
 * versions, the Spark master and the driver's own Java options), its counts and its per-stage timings. Written
 * once before the charts (with {@code finished} null) and again when the run ends.
 */
final class RunJson {

  static final String FILE = org.framing.report.ReportWriter.RUN_JSON;

  private final SparkSession spark;
  private final JobOptions options;
  private final Corpus corpus;
  private final Instant started;

  RunJson(SparkSession spark, JobOptions options, Corpus corpus, Instant started) {
    this.spark = spark;
    this.options = options;
    this.corpus = corpus;
    this.started = started;
  }

  /**
   * Writes run.json into {@code dir}; {@code interpreted} when the small-study SQL settings were made;
   * {@code analyses} holds what analyses record of themselves (events: mode, window, counts).
   */
  void write(Path dir, long articles, int groups, boolean interpreted, Map<String, Object> analyses,
             Map<String, Long> timings, boolean finished) {
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("study", corpus.name());
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("location", corpus.location());
    input.put("format", corpus.format());
    input.put("files", corpus.files());
    run.put("input", input);
    run.put("options", options.describe());
    Map<String, Object> versions = new LinkedHashMap<>();
    String own = StudyJob.class.getPackage().getImplementationVersion();
    versions.put("framing", own == null ? "dev" : own);
    versions.put("spark", spark.version());
    versions.put("scala", scala.util.Properties.versionNumberString());
    versions.put("java", System.getProperty("java.version"));
    run.put("versions", versions);
    run.put("spark_master", spark.sparkContext().master());
    run.put("driver_java_options", ownJavaOptions(spark.sparkContext().getConf().get("spark.driver.extraJavaOptions", "")));
    run.put("sql_expressions", interpreted ? "interpreted (small study)" : "generated code");
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("articles", articles);
    counts.put("groups", groups);
    Map<String, Object> skipped = new LinkedHashMap<>();
    skipped.put("count", corpus.skipped().count());
    skipped.put("first", corpus.skipped().listed());
    counts.put("skipped_records", skipped);
    run.put("counts", counts);
    synchronized (analyses) {
      run.putAll(analyses);
    }
    Map<String, String> rules = new LinkedHashMap<>();
    for (Boilerplate.Rule r : Boilerplate.Rule.values()) {
      rules.put(Boilerplate.ruleName(r), r.description());
    }
    run.put("boilerplate_rules", rules);
    run.put("started", started.toString());
    run.put("finished", finished ? Instant.now().toString() : null);
    run.put("timings_ms", timings);
    try {
      new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(dir.resolve(FILE).toFile(), run);
    } catch (IOException e) {
      throw DiskFullException.writeFailed(dir.resolve(FILE), e);
    }
  }

  /**
   * The driver's Java options as the run was given them: Spark adds its module options
   * ({@code JavaModuleOptions.defaultModuleOptions}) and its IPv6 preference to every driver's, left out here.
   */
  static String ownJavaOptions(String options) {
    Set<String> added = new HashSet<>(List.of(
        org.apache.spark.launcher.JavaModuleOptions.defaultModuleOptions().split("\\s+")));
    return Arrays.stream(options.strip().split("\\s+"))
        .filter(o -> !o.isEmpty() && !added.contains(o) && !o.startsWith("-Djava.net.preferIPv6Addresses="))
        .collect(Collectors.joining(" "));
  }
}
