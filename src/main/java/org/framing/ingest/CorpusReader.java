package org.framing.ingest;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.input_file_name;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha1;
import static org.apache.spark.sql.functions.substring;
import static org.apache.spark.sql.functions.when;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.trim;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.schema.Columns;
import org.framing.schema.Schemas;

/**
 * Reads any supported input into the Article schema: a study folder ({@link StudyFolder}), JSON Lines
 * ({@code .jsonl}, {@code .jsonl.gz}, {@code .ndjson}, {@code .json}), CSV with a header ({@code .csv}) or
 * Parquet (a {@code .parquet} file or a folder of them), at any Hadoop URI. The format comes from the name
 * unless {@code --format} names it.
 *
 * <p>Every value is read as a string. Dates keep their first ten characters when they start with an ISO date
 * ({@code 2017-07-04T10:00Z} becomes {@code 2017-07-04}) and are empty otherwise. An empty grouping value is
 * the group {@value StudyFolder#MISSING_GROUP}; an empty id becomes {@code sha1:} and the first 16 hex digits
 * of the text's SHA-1.
 */
public final class CorpusReader {

  /** Input formats; AUTO picks one from the location. */
  public enum Format { AUTO, STUDY, JSONL, CSV, PARQUET }

  /** Optional files a study folder may carry beside its manifest, handed on in {@link Corpus#studyFiles}. */
  public static final List<String> STUDY_FILES = List.of("actors.csv", "speakers.csv");

  /** Spark's JSON reader without Jackson's 20 MB string limit: an article may be longer. */
  private static final Map<String, String> JSON_OPTIONS = Map.of("maxStringLen", String.valueOf(Integer.MAX_VALUE));

  private final SparkSession spark;
  private final ColumnMapping cols;
  private final Charset charset;
  private final BadRecords.Policy onBadRecord;

  /** A reader that refuses malformed records ({@code --on-bad-record fail}). */
  public CorpusReader(SparkSession spark, ColumnMapping cols, Charset charset) {
    this(spark, cols, charset, BadRecords.Policy.FAIL);
  }

  public CorpusReader(SparkSession spark, ColumnMapping cols, Charset charset, BadRecords.Policy onBadRecord) {
    this.spark = spark;
    this.cols = cols;
    this.charset = charset;
    this.onBadRecord = onBadRecord;
  }

  /** Reads {@code location} (null: the bundled seed study). */
  public Corpus read(String location, Format format) {
    if (location == null) {
      return readStudy(StudyFolder.bundled());
    }
    Configuration conf = spark.sparkContext().hadoopConfiguration();
    Path path = Sources.path(location);
    FileSystem fs = Sources.fs(path, conf);
    FileStatus status = status(fs, path, location);
    Format f = format == Format.AUTO ? detect(fs, status, location) : format;
    return switch (f) {
      case STUDY -> readStudy(StudyFolder.at(location, conf));
      case JSONL, CSV, PARQUET -> readTable(fs, status, location, f);
      case AUTO -> throw new IllegalStateException("detect never answers AUTO");
    };
  }

  /** The study name a location gives: the folder's name, or the file's name without its extensions. */
  public static String nameOf(String location) {
    String base = Sources.path(location).getName();
    for (String ext : List.of(".gz", ".bz2", ".zst", ".jsonl", ".ndjson", ".json", ".csv", ".parquet")) {
      if (base.toLowerCase(Locale.ROOT).endsWith(ext) && base.length() > ext.length()) {
        base = base.substring(0, base.length() - ext.length());
      }
    }
    return base;
  }

  private Corpus readStudy(StudyFolder study) {
    List<InputFile> files = new ArrayList<>();
    BadRecords bad = new BadRecords(onBadRecord);
    List<Row> rows = study.read(cols, charset, files, bad);
    Dataset<Row> articles = spark.createDataFrame(rows, Schemas.ARTICLE);
    Map<String, StudyText> extra = new java.util.TreeMap<>();
    for (String name : STUDY_FILES) {
      study.text(name, files).ifPresent(t -> extra.put(name, t));
    }
    return new Corpus(study.name(), "study", study.location(), articles, files, extra, bad);
  }

  private Corpus readTable(FileSystem fs, FileStatus status, String location, Format format) {
    List<Path> dataFiles = dataFiles(fs, status);
    if (dataFiles.isEmpty()) {
      throw new InputException(location + ": the folder holds no data files; point at a .jsonl, .csv or .parquet file");
    }
    List<InputFile> files = new ArrayList<>();
    for (Path p : dataFiles) {
      files.add(Sources.describe(fs, p));
    }
    BadRecords bad = new BadRecords(onBadRecord);
    Dataset<Row> raw;
    List<String> available;
    switch (format) {
      case JSONL -> {
        RecordScan scan = new RecordScan(fs, charset, cols, bad);
        Set<String> names = new LinkedHashSet<>();
        for (Path p : dataFiles) {
          names.addAll(scan.jsonColumns(p));
        }
        available = new ArrayList<>(names);
        if (!available.isEmpty()) {
          checkColumns(available, location);
        }
        Set<String> badLines = new LinkedHashSet<>();
        long records = 0;
        for (Path p : dataFiles) {
          RecordScan.Result r = scan.jsonLines(p);
          badLines.addAll(r.badLineHashes());
          records += r.records();
        }
        noneLeft(location, records, bad);
        StructType schema = new StructType();
        for (String c : needed(available)) {
          schema = schema.add(c, DataTypes.StringType, true);
        }
        raw = badLines.isEmpty() ? json(location, schema) : jsonWithout(location, schema, badLines);
      }
      case CSV -> {
        RecordScan scan = new RecordScan(fs, charset, cols, bad);
        long records = 0;
        available = null;
        for (Path p : dataFiles) {
          RecordScan.Result r = scan.csv(p);
          available = available == null ? r.columns() : available;
          records += r.records();
        }
        noneLeft(location, records, bad);
        checkColumns(available, location);
        raw = spark.read().option("header", "true").option("multiLine", "true").option("escape", "\"")
            .option("mode", bad.count() == 0 ? "FAILFAST" : "DROPMALFORMED").option("encoding", charset.name())
            .csv(location);
        if (bad.count() > 0) {
          raw = raw.filter(coalesce(not(col("`" + cols.text() + "`").contains("\u0000")), lit(true)));
        }
      }
      case PARQUET -> {
        for (Path p : dataFiles) {
          requireParquet(fs, p);
        }
        try {
          raw = spark.read().parquet(location);
        } catch (RuntimeException e) {
          throw new InputException(location + ": Spark cannot read it as Parquet (a damaged footer or schema?); write "
              + "it again, or name its real format with --format jsonl or --format csv", e);
        }
        available = Arrays.asList(raw.columns());
        checkColumns(available, location);
      }
      default -> throw new IllegalArgumentException("not a table format: " + format);
    }
    Dataset<Row> articles = raw.select(toArticle(available));
    return new Corpus(nameOf(location), format.name().toLowerCase(Locale.ROOT), location, articles, files, Map.of(), bad);
  }

  /** Parquet's magic bytes, at the start and the end of every Parquet file. */
  private static final byte[] PAR1 = "PAR1".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  /** Refuses a file that does not start and end with {@link #PAR1}: a file named .parquet that is something else. */
  private static void requireParquet(FileSystem fs, Path p) {
    byte[] head = new byte[PAR1.length];
    byte[] tail = new byte[PAR1.length];
    try (org.apache.hadoop.fs.FSDataInputStream in = fs.open(p)) {
      long length = fs.getFileStatus(p).getLen();
      if (length >= 3L * PAR1.length) {
        in.readFully(0, head);
        in.readFully(length - PAR1.length, tail);
      }
    } catch (IOException e) {
      throw new InputException(p + ": cannot read (" + e.getMessage() + ")", e);
    }
    if (!Arrays.equals(head, PAR1) || !Arrays.equals(tail, PAR1)) {
      throw new InputException(p + ": not a Parquet file (a Parquet file starts and ends with the bytes PAR1); "
          + "write it again as Parquet, or name its real format with --format jsonl or --format csv");
    }
  }

  private Dataset<Row> json(String location, StructType schema) {
    DataFrameReader reader = spark.read().schema(schema).option("mode", "FAILFAST").options(JSON_OPTIONS);
    if (!charset.name().equals("UTF-8")) {
      reader = reader.option("encoding", charset.name()).option("lineSep", "\n");
    }
    return reader.json(location);
  }

  /**
   * The JSON Lines without the malformed lines the scan skipped, recognised by their SHA-256 (a line's
   * validity depends on its text alone). Spark's text source reads UTF-8 only.
   */
  private Dataset<Row> jsonWithout(String location, StructType schema, Set<String> badLineHashes) {
    if (!charset.name().equals("UTF-8")) {
      throw new InputException(location + ": --on-bad-record skip leaves out malformed lines of UTF-8 files only; "
          + "convert the file to UTF-8 (iconv -f " + charset.name() + " -t UTF-8) or fix the lines");
    }
    Column line = col("value");
    return spark.read().text(location)
        .filter(not(sha2(line, 256).isin(badLineHashes.toArray())).and(trim(line).notEqual("")))
        .select(from_json(regexp_replace(line, "^\uFEFF", ""), schema, JSON_OPTIONS).as("r"))
        .select("r.*");
  }

  /** Fails when no record is left: every one was malformed and skipped. */
  private static void noneLeft(String location, long records, BadRecords bad) {
    if (records == 0) {
      throw new InputException(location + ": all " + bad.count() + " records are malformed and were skipped, "
          + "nothing is left to analyse; the first: " + bad.listed().get(0));
    }
  }

  private Column[] toArticle(List<String> available) {
    Column text = str(cols.text());
    Column id = str(cols.id());
    Column date = available.contains(cols.date()) ? str(cols.date()) : lit(null).cast(DataTypes.StringType);
    Column title = available.contains(cols.title()) ? str(cols.title()) : lit(null).cast(DataTypes.StringType);
    Column url = available.contains(cols.url()) ? str(cols.url()) : lit(null).cast(DataTypes.StringType);
    return new Column[] {
        coalesce(id, concat(lit("sha1:"), substring(sha1(coalesce(text, lit(""))), 1, 16))).as(Columns.ARTICLE_ID),
        coalesce(str(cols.outlet()), lit(StudyFolder.MISSING_GROUP)).as(Columns.OUTLET),
        coalesce(str(cols.groupBy()), lit(StudyFolder.MISSING_GROUP)).as(Columns.GROUP),
        when(date.rlike("^\\d{4}-\\d{2}-\\d{2}"), substring(date, 1, 10)).as(Columns.DATE),
        title.as(Columns.TITLE),
        text.as(Columns.TEXT),
        input_file_name().as(Columns.SOURCE),
        (cols.event() == null ? lit(null).cast(DataTypes.StringType) : str(cols.event())).as(Columns.EVENT),
        url.as(Columns.URL)
    };
  }

  private static Column str(String name) {
    return col("`" + name + "`").cast(DataTypes.StringType);
  }

  private List<String> needed(List<String> available) {
    Set<String> out = new LinkedHashSet<>(List.of(cols.id(), cols.outlet(), cols.text(), cols.groupBy()));
    if (available.contains(cols.date())) {
      out.add(cols.date());
    }
    if (available.contains(cols.title())) {
      out.add(cols.title());
    }
    if (cols.event() != null) {
      out.add(cols.event());
    }
    if (available.contains(cols.url())) {
      out.add(cols.url());
    }
    return new ArrayList<>(out);
  }

  private void checkColumns(List<String> available, String location) {
    check(available, cols.id(), "--id-col", location);
    check(available, cols.outlet(), "--outlet-col", location);
    check(available, cols.text(), "--text-col", location);
    check(available, cols.groupBy(), "--group-by", location);
    if (cols.dateExplicit()) {
      check(available, cols.date(), "--date-col", location);
    }
    if (cols.titleExplicit()) {
      check(available, cols.title(), "--title-col", location);
    }
    if (cols.event() != null) {
      check(available, cols.event(), "--events", location);
    }
    if (cols.urlExplicit()) {
      check(available, cols.url(), "--url-col", location);
    }
  }

  private static void check(List<String> available, String column, String option, String location) {
    if (!available.contains(column)) {
      throw new InputException(option + " " + column + ": " + location + " has no column '" + column
          + "'; it has " + String.join(", ", available));
    }
  }

  private static FileStatus status(FileSystem fs, Path path, String location) {
    try {
      if (!fs.exists(path)) {
        throw new InputException(location + ": no such file or folder; give a study folder or a corpus file "
            + "(.jsonl, .jsonl.gz, .csv, .parquet)");
      }
      return fs.getFileStatus(path);
    } catch (IOException e) {
      throw new InputException(location + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * The format of a location: a folder with a manifest is a study; a folder whose every entry (but hidden ones and
   * Spark's {@code _SUCCESS} markers) is a data file of one format is that table; any other folder is a study
   * folder without its manifest (texts, a README, a sub-folder), which is refused saying what the manifest holds.
   */
  private static Format detect(FileSystem fs, FileStatus status, String location) {
    if (status.isDirectory()) {
      Set<Format> formats = new LinkedHashSet<>();
      try {
        if (fs.exists(new Path(status.getPath(), StudyFolder.MANIFEST))) {
          return Format.STUDY;
        }
        for (FileStatus entry : fs.listStatus(status.getPath())) {
          String name = entry.getPath().getName();
          if (!name.startsWith("_") && !name.startsWith(".")) {
            formats.add(entry.isFile() ? byName(name) : null);
          }
        }
      } catch (IOException e) {
        throw new InputException(location + ": cannot list (" + e.getMessage() + ")", e);
      }
      if (formats.size() != 1 || formats.contains(null)) {
        throw StudyFolder.missingManifest(location);
      }
      return formats.iterator().next();
    }
    Format f = byName(status.getPath().getName());
    if (f == null) {
      throw new InputException(location + ": cannot tell the format from the name; pass --format jsonl, csv or parquet");
    }
    return f;
  }

  private static Format byName(String name) {
    String n = name.toLowerCase(Locale.ROOT).replaceFirst("\\.(gz|bz2|zst)$", "");
    if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
      return Format.JSONL;
    }
    if (n.endsWith(".csv")) {
      return Format.CSV;
    }
    if (n.endsWith(".parquet")) {
      return Format.PARQUET;
    }
    return null;
  }

  private static List<Path> dataFiles(FileSystem fs, FileStatus status) {
    List<Path> out = new ArrayList<>();
    if (!status.isDirectory()) {
      out.add(status.getPath());
      return out;
    }
    try {
      for (FileStatus s : fs.listStatus(status.getPath())) {
        String name = s.getPath().getName();
        if (s.isFile() && !name.startsWith("_") && !name.startsWith(".")) {
          out.add(s.getPath());
        }
      }
    } catch (IOException e) {
      throw new InputException(status.getPath() + ": cannot list (" + e.getMessage() + ")", e);
    }
    out.sort(null);
    return out;
  }
}
