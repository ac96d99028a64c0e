package org.framing.job;

import static org.apache.spark.sql.functions.col;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.OUTLET;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.framing.report.CsvSink;
import org.framing.schema.OutputFile;
import org.framing.spark.Sorted;

/**
 * The one writer of a run's CSVs: every {@link OutputFile} goes through it into the staging folder, with its
 * defined header, the group column named as the grouping is, and {@code --excel-safe} for every file alike.
 */
final class CsvOutputs {

  private final Path dir;
  private final String group;
  private final boolean outletIsGroup;
  private final boolean excelSafe;

  /** Files go into {@code dir}; {@code group} names the group column, {@code outlet} the outlet column. */
  CsvOutputs(Path dir, String group, String outlet, boolean excelSafe) {
    this.dir = dir;
    this.group = group;
    this.outletIsGroup = group.equals(outlet);
    this.excelSafe = excelSafe;
  }

  Path dir() {
    return dir;
  }

  /** Writes {@code rows}, whose values stand in the file's column order; returns how many. */
  long write(OutputFile file, Iterator<Row> rows) {
    return CsvSink.write(dir.resolve(file.file()), file.header(group, outletIsGroup), rows, excelSafe);
  }

  /** Writes a table whose columns stand in the file's column order, streamed partition by partition. */
  long write(OutputFile file, Dataset<Row> rows) {
    return write(file, rows.toLocalIterator());
  }

  /** Writes a file whose columns are the stage's own ({@link OutputFile#FRAMES}, {@link OutputFile#ACTORS}). */
  long writeAsIs(OutputFile file, Dataset<Row> rows) {
    List<String> header = Arrays.stream(rows.columns()).map(c -> OutputFile.named(c, group)).toList();
    return CsvSink.write(dir.resolve(file.file()), header, rows.toLocalIterator(), excelSafe);
  }

  /**
   * Writes a per-article file: {@code article_id, outlet}, the group when the grouping is not the outlet, then the
   * file's columns, read by name from {@code perArticle} and sorted by id (then by {@code thenBy}).
   */
  long writePerArticle(OutputFile file, Dataset<Row> perArticle, String... thenBy) {
    List<String> internal = new ArrayList<>(List.of(ARTICLE_ID, OUTLET));
    if (!outletIsGroup) {
      internal.add(GROUP);
    }
    internal.addAll(file.columns());
    Dataset<Row> rows = perArticle.select(internal.stream().map(c -> col(c)).toArray(Column[]::new));
    return write(file, Sorted.inOnePartition(rows, ARTICLE_ID, thenBy));
  }
}
