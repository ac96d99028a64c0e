package org.framing.job;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.framing.schema.Columns;
import org.framing.schema.OutputFile;
import org.framing.spark.Persisted;
import org.framing.terms.Similarity;
import org.framing.terms.TermFrequencies;
import org.framing.terms.TfIdf;

/**
 * The term analyses that read the group-term table: term_frequencies.csv ({@link TermFrequencies}), tfidf.csv
 * ({@link TfIdf}) and similarity.csv ({@link Similarity}). Every TF-IDF weight is computed once and read by both
 * tfidf.csv's cut and similarity's vectors.
 */
final class TermOutputs {

  private final long minCount;
  private final int top;
  private final CsvOutputs out;
  private final Progress progress;

  TermOutputs(long minCount, int top, CsvOutputs out, Progress progress) {
    this.minCount = minCount;
    this.top = top;
    this.out = out;
    this.progress = progress;
  }

  /** {@code groupTerms} from {@code GroupTermCounts}, {@code sizes} from {@code GroupSizes} (collected: {@code groups}). */
  void write(Dataset<Row> groupTerms, Dataset<Row> sizes, List<String> groups) {
    out.write(OutputFile.TERM_FREQUENCIES, new TermFrequencies(minCount, top).transform(groupTerms, sizes));
    progress.done("term_frequencies", "wrote " + OutputFile.TERM_FREQUENCIES.file());
    List<Dataset<Row>> weightsCache = new ArrayList<>();
    Dataset<Row> weighted = Persisted.keep(weightsCache, TfIdf.weighted(groupTerms, sizes));
    out.write(OutputFile.TFIDF_CSV, new TfIdf(minCount, top).cut(weighted));
    progress.done("tfidf", "wrote " + OutputFile.TFIDF_CSV.file());
    Dataset<Row> vectors = weighted.select(Columns.GROUP, Columns.TERM, Columns.NGRAM, Columns.TFIDF);
    out.write(OutputFile.SIMILARITY, new Similarity().transform(vectors, groups));
    weightsCache.forEach(Dataset::unpersist);
    progress.done("similarity", "wrote " + OutputFile.SIMILARITY.file());
  }
}
