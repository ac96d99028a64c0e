package org.framing.job;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.framing.reuse.SharedPassages;
import org.framing.schema.OutputFile;

/** reuse.csv: passages two groups share ({@link SharedPassages}), from the pass's reuse column. */
final class ReuseOutputs {

  private final JobOptions.Reuse options;
  private final CsvOutputs out;
  private final Progress progress;

  ReuseOutputs(JobOptions.Reuse options, CsvOutputs out, Progress progress) {
    this.options = options;
    this.out = out;
    this.progress = progress;
  }

  void write(Dataset<Row> pass) {
    Dataset<Row> passages = new SharedPassages(options.ngram(), options.maxRepeat())
        .transform(SharedPassages.fromPass(pass));
    long found = out.write(OutputFile.REUSE, passages);
    progress.done("reuse", "found " + found + " passages shared between groups; wrote " + OutputFile.REUSE.file());
  }
}
