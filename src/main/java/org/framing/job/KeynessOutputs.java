package org.framing.job;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.framing.keyness.Keyness;
import org.framing.schema.OutputFile;

/** keyness.csv: each group against the rest, and with {@code --keyness-pairs} each pair ({@link Keyness}). */
final class KeynessOutputs {

  private final JobOptions.Keyness options;
  private final CsvOutputs out;
  private final Progress progress;

  KeynessOutputs(JobOptions.Keyness options, CsvOutputs out, Progress progress) {
    this.options = options;
    this.out = out;
    this.progress = progress;
  }

  void write(Dataset<Row> groupTerms, int groups) {
    List<Dataset<Row>> cache = new ArrayList<>();
    Dataset<Row> keyness = new Keyness(options.minCount(), options.top(), options.priorScale(), options.pairs())
        .transform(groupTerms, cache, groups);
    out.write(OutputFile.KEYNESS, keyness);
    cache.forEach(Dataset::unpersist);
    progress.done("keyness", "wrote " + OutputFile.KEYNESS.file());
  }
}
