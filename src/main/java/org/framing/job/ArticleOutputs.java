package org.framing.job;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.posexplode;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.REMOVED;
import static org.framing.schema.Columns.RULE;
import static org.framing.schema.Columns.TEXT;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.framing.schema.OutputFile;
import org.framing.spark.Sorted;

/** articles.csv (one row per article after the text chain) and boilerplate.csv (what cleaning cut, by rule). */
final class ArticleOutputs {

  private final CsvOutputs out;
  private final Progress progress;

  ArticleOutputs(CsvOutputs out, Progress progress) {
    this.out = out;
    this.progress = progress;
  }

  /** {@code analyzed}: the pass's {@code Schemas.ANALYZED} columns. */
  void write(Dataset<Row> analyzed) {
    out.writePerArticle(OutputFile.ARTICLES_CSV, analyzed);
    Dataset<Row> removed = analyzed.select(col(ARTICLE_ID), posexplode(col(REMOVED)).as(new String[] {"i", "r"}))
        .select(col(ARTICLE_ID), col("i"), col("r." + RULE), col("r." + TEXT))
        .transform(ds -> Sorted.inOnePartition(ds, ARTICLE_ID, "i"))
        .select(ARTICLE_ID, RULE, TEXT);
    out.write(OutputFile.BOILERPLATE, removed);
    progress.done("articles_csv", "wrote " + OutputFile.ARTICLES_CSV.file() + ", " + OutputFile.OUTLETS.file() + ", "
        + OutputFile.BOILERPLATE.file());
  }
}
