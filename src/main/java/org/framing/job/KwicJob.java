package org.framing.job;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;
import org.framing.evidence.ArticleTables;
import org.framing.evidence.Concordance;
import org.framing.ingest.InputException;
import org.framing.report.CsvSink;
import org.framing.schema.Columns;

/**
 * {@code jobs/kwic.sh}: a concordance of a finished run, read through Spark from the run's article table
 * ({@code articles.parquet/}), so it works on a cluster's output as on a local one. Writes every match to a CSV
 * ({@link Concordance}'s columns) and prints the first {@code show} matches of each group, the contexts aligned
 * on the match.
 */
public final class KwicJob {

  /** What a concordance found and where it wrote it. */
  public record Result(long matches, long articles, long groups, Path csv) {}

  private final SparkSession spark;
  private final PrintStream console;

  public KwicJob(SparkSession spark, PrintStream console) {
    this.spark = spark;
    this.console = console;
  }

  /**
   * The concordance of {@code pattern} in the run at {@code dir}; {@code group} null for the run's own grouping,
   * {@code csv} null for {@code dir/kwic/<pattern>.csv}.
   */
  public Result run(Path dir, String pattern, String group, int window, int show, Path csv) {
    Concordance kwic = new Concordance(pattern, window);
    if (show < 0) {
      throw new InputException("--show " + show + ": must be 0 or more lines per group");
    }
    Path table = dir.resolve(ArticleTables.ARTICLES);
    if (!Files.isDirectory(dir)) {
      throw new InputException(dir + ": no such folder; name a run's output folder, e.g. output/nato-russia-council-2022");
    }
    if (!Files.isDirectory(table)) {
      throw new InputException(dir + ": holds no " + ArticleTables.ARTICLES + "/; run the job on the corpus again "
          + "without --no-parquet");
    }
    String by = group != null ? group : runGroup(dir);
    Dataset<Row> rows = kwic.transform(spark.read().parquet(table.toString()), by);
    Path out = csv != null ? csv : dir.resolve("kwic").resolve(fileName(pattern));
    try {
      Files.createDirectories(out.toAbsolutePath().getParent());
    } catch (IOException e) {
      throw new InputException(out.getParent() + ": cannot create the folder (" + e.getMessage() + ")");
    }
    List<String> header = Concordance.header(by);
    Printer printer = new Printer(rows.schema(), show);
    long n = CsvSink.write(out, header, printer.tee(rows.toLocalIterator()));
    printer.flush();
    console.println("framing kwic: " + n + " match" + (n == 1 ? "" : "es") + " of \"" + pattern + "\" in "
        + printer.articles + " article" + (printer.articles == 1 ? "" : "s") + ", by " + by + " in " + printer.groups
        + " group" + (printer.groups == 1 ? "" : "s") + "; all in " + out);
    return new Result(n, printer.articles, printer.groups, out);
  }

  /** The grouping the run used ({@code options.group_by} in run.json), else {@code outlet}. */
  static String runGroup(Path dir) {
    Path runJson = dir.resolve("run.json");
    try {
      JsonNode g = new ObjectMapper().readTree(runJson.toFile()).path("options").path("group_by");
      return g.isTextual() ? g.asText() : "outlet";
    } catch (IOException e) {
      return "outlet";
    }
  }

  /** The pattern as a file name: letters and digits kept (lower case), every other run of characters one "_". */
  static String fileName(String pattern) {
    String s = pattern.strip().toLowerCase(Locale.ROOT).replace("*", "_star").replaceAll("[^\\p{L}\\p{N}]+", "_");
    s = s.replaceAll("^_+|_+$", "");
    return (s.isEmpty() ? "pattern" : s) + ".csv";
  }

  /**
   * Prints each group's first lines as its rows pass on to the CSV, left contexts aligned per group; the columns
   * are found by name in the rows' schema once.
   */
  private final class Printer {
    private final int show;
    private final int groupAt;
    private final int articleAt;
    private final int leftAt;
    private final int matchAt;
    private final int rightAt;
    private String current;
    private final List<Row> lines = new ArrayList<>();
    private long inGroup;
    long groups;
    long articles;
    private String lastArticle;

    Printer(StructType in, int show) {
      this.show = show;
      groupAt = in.fieldIndex(Columns.GROUP);
      articleAt = in.fieldIndex(Columns.ARTICLE_ID);
      leftAt = in.fieldIndex(Concordance.LEFT);
      matchAt = in.fieldIndex(Concordance.MATCH);
      rightAt = in.fieldIndex(Concordance.RIGHT);
    }

    Iterator<Row> tee(Iterator<Row> rows) {
      return new Iterator<>() {
        @Override
        public boolean hasNext() {
          return rows.hasNext();
        }

        @Override
        public Row next() {
          Row r = rows.next();
          accept(r);
          return r;
        }
      };
    }

    private void accept(Row r) {
      String g = r.getString(groupAt);
      if (!g.equals(current)) {
        flush();
        current = g;
        groups++;
      }
      String article = r.getString(articleAt);
      if (!(g + "\u0000" + article).equals(lastArticle)) {
        articles++;
        lastArticle = g + "\u0000" + article;
      }
      inGroup++;
      if (lines.size() < show) {
        lines.add(r);
      }
    }

    void flush() {
      if (current == null) {
        return;
      }
      console.println("== " + current + " (" + inGroup + " match" + (inGroup == 1 ? "" : "es") + ") ==");
      int idWidth = lines.stream().mapToInt(r -> r.getString(articleAt).length()).max().orElse(0);
      int leftWidth = lines.stream().mapToInt(r -> r.getString(leftAt).length()).max().orElse(0);
      for (Row r : lines) {
        console.println("  " + pad(r.getString(articleAt), idWidth, false) + "  "
            + pad(r.getString(leftAt), leftWidth, true) + " [" + r.getString(matchAt) + "] " + r.getString(rightAt));
      }
      if (inGroup > lines.size()) {
        console.println("  ... " + (inGroup - lines.size()) + " more in the CSV");
      }
      lines.clear();
      inGroup = 0;
      current = null;
    }
  }

  private static String pad(String s, int width, boolean right) {
    String space = " ".repeat(Math.max(0, width - s.length()));
    return right ? space + s : s + space;
  }
}
