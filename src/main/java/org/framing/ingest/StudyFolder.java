package org.framing.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.Row;

/**
 * A study folder: {@code manifest.csv} (one row per article: {@code file} relative to the folder, the outlet,
 * optional id, date, title and any other columns to group by), the text files it names, and an optional
 * {@code job.properties} with the study's settings. The driver reads it (studies are small; this gives exact
 * file names in every error) and hands the articles to Spark.
 *
 * <p>The folder is either on a Hadoop file system (any URI) or on the classpath (the bundled seed study).
 */
public final class StudyFolder {

  public static final String MANIFEST = "manifest.csv";
  public static final String PROPERTIES = "job.properties";
  /** The bundled seed study inside the jar. */
  public static final String BUNDLED = "studies/nato-russia-council-2022";

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  /** Reads bytes of files of the study by their path relative to the folder; null when absent. */
  private interface Files {
    byte[] read(String relative) throws IOException;

    String describe(String relative);
  }

  private final String name;
  private final String location;
  private final Files files;

  private StudyFolder(String name, String location, Files files) {
    this.name = name;
    this.location = location;
    this.files = files;
  }

  /** The study folder at {@code location} (any Hadoop URI or local path). */
  public static StudyFolder at(String location, Configuration conf) {
    Path root = Sources.path(location);
    FileSystem fs = Sources.fs(root, conf);
    return new StudyFolder(root.getName(), location, new Files() {
      @Override
      public byte[] read(String relative) throws IOException {
        Path p = new Path(root, relative);
        return fs.exists(p) ? Sources.readAll(fs.open(p)) : null;
      }

      @Override
      public String describe(String relative) {
        return new Path(root, relative).toString();
      }
    });
  }

  /** The seed study the jar carries. */
  public static StudyFolder bundled() {
    String name = BUNDLED.substring(BUNDLED.lastIndexOf('/') + 1);
    return new StudyFolder(name, "classpath:" + BUNDLED, new Files() {
      @Override
      public byte[] read(String relative) throws IOException {
        InputStream in = StudyFolder.class.getClassLoader().getResourceAsStream(BUNDLED + "/" + relative);
        return in == null ? null : Sources.readAll(in);
      }

      @Override
      public String describe(String relative) {
        return "jobs/" + name + "/" + relative;
      }
    });
  }

  public String name() {
    return name;
  }

  public String location() {
    return location;
  }

  /** The study's settings, empty when it has no job.properties. */
  public Properties properties() {
    Properties p = new Properties();
    byte[] bytes = readOrFail(PROPERTIES, false);
    if (bytes != null) {
      try {
        p.load(new StringReader(Sources.decode(bytes, StandardCharsets.UTF_8, files.describe(PROPERTIES))));
      } catch (IOException | IllegalArgumentException e) {
        throw new InputException(files.describe(PROPERTIES) + ": not a valid properties file (" + e.getMessage() + ")");
      }
    }
    return p;
  }

  /**
   * An optional file of the study folder as UTF-8 text ({@code actors.csv}, say), recorded in {@code filesRead};
   * empty when the folder has none.
   */
  public Optional<StudyText> text(String relative, List<InputFile> filesRead) {
    byte[] bytes = readOrFail(relative, false);
    if (bytes == null) {
      return Optional.empty();
    }
    String where = files.describe(relative);
    filesRead.add(new InputFile(where, bytes.length, Sources.sha256(bytes)));
    return Optional.of(new StudyText(where, Sources.decode(bytes, StandardCharsets.UTF_8, where)));
  }

  /** The manifest's columns, in order. */
  public List<String> columns() {
    try (CSVParser parser = parseManifest()) {
      return parser.getHeaderNames();
    } catch (IllegalArgumentException e) {
      throw new InputException(files.describe(MANIFEST) + " line 1: not a valid header (" + e.getMessage()
          + "); name each column once", e);
    } catch (java.io.UncheckedIOException e) {
      throw RecordScan.csvSyntax(files.describe(MANIFEST), 1, e.getCause());
    } catch (IOException e) {
      throw RecordScan.csvSyntax(files.describe(MANIFEST), 1, e);
    }
  }

  /**
   * Reads every article the manifest names, as rows of the Article schema, and records each file read. A row
   * that names no readable article (wrong number of fields, an empty file, outlet or id, a date that is not
   * ISO, a missing or empty file, a text with a NUL character) goes to {@code bad}, which refuses it or counts it.
   *
   * @throws InputException naming the manifest line or the file for any row that cannot be read
   */
  public List<Row> read(ColumnMapping cols, Charset charset, List<InputFile> filesRead, BadRecords bad) {
    List<String> header = columns();
    if (header.isEmpty() || header.stream().allMatch(String::isBlank)) {
      throw new InputException(files.describe(MANIFEST) + ": is empty; write a header line (file,outlet,...) and one "
          + "row per article");
    }
    requireColumn(header, "file", "the text file of each article, relative to the study folder");
    requireColumn(header, cols.outlet(), "the outlet (--outlet-col)");
    requireColumn(header, cols.groupBy(), "the grouping (--group-by)");
    if (cols.dateExplicit()) {
      requireColumn(header, cols.date(), "the date (--date-col)");
    }
    if (cols.titleExplicit()) {
      requireColumn(header, cols.title(), "the title (--title-col)");
    }
    if (cols.event() != null) {
      requireColumn(header, cols.event(), "the event ids (--events)");
    }
    if (cols.urlExplicit()) {
      requireColumn(header, cols.url(), "the article's address (--url-col)");
    }
    byte[] manifestBytes = readOrFail(MANIFEST, true);
    filesRead.add(new InputFile(files.describe(MANIFEST), manifestBytes.length, Sources.sha256(manifestBytes)));
    List<Row> rows = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    try (CSVParser parser = parseManifest()) {
      long end = parser.getCurrentLineNumber();
      for (CSVRecord rec : parser) {
        String where = files.describe(MANIFEST) + " line " + (end + 1);
        end = parser.getCurrentLineNumber();
        Row row = row(rec, header, where, cols, charset, filesRead, ids, bad);
        if (row != null) {
          rows.add(row);
        }
      }
    } catch (IOException | java.io.UncheckedIOException | IllegalStateException e) {
      throw RecordScan.csvSyntax(files.describe(MANIFEST), 0, e.getCause() == null ? e : e.getCause());
    }
    if (rows.isEmpty()) {
      throw new InputException(files.describe(MANIFEST) + (bad.count() == 0 ? ": lists no articles; add one row per article"
          : ": all " + bad.count() + " rows are malformed and were skipped, nothing is left to analyse; the first: "
          + bad.listed().get(0)));
    }
    return rows;
  }

  /** One manifest row as an article, or null when {@code bad} skips it. */
  private Row row(CSVRecord rec, List<String> header, String where, ColumnMapping cols, Charset charset,
                  List<InputFile> filesRead, Set<String> ids, BadRecords bad) {
    if (rec.size() != header.size()) {
      bad.report(where, "has " + rec.size() + " field" + (rec.size() == 1 ? "" : "s") + ", the header " + header.size(),
          "quote a field that holds a comma");
      return null;
    }
    Map<String, String> row = rec.toMap();
    String file = value(row, "file");
    if (file == null) {
      bad.report(where, "the file column is empty", "name the article's text file");
      return null;
    }
    if (file.startsWith("/") || file.contains("\\") || file.contains(":") || Path.isWindowsAbsolutePath(file, false)
        || java.nio.file.Path.of(file).normalize().startsWith("..")) {
      throw new InputException(where + ": file '" + file + "' is outside the study folder; "
          + "name a file below the folder, e.g. articles/001.txt");
    }
    String outlet = value(row, cols.outlet());
    if (outlet == null) {
      bad.report(where, "the " + cols.outlet() + " column is empty", "every article needs its outlet");
      return null;
    }
    String id = header.contains(cols.id()) ? value(row, cols.id()) : stem(file);
    if (id == null) {
      bad.report(where, "the " + cols.id() + " column is empty", "give every article an id");
      return null;
    }
    String date = value(row, cols.date());
    if (date != null && !ISO_DATE.matcher(date).matches()) {
      bad.report(where, "date '" + date + "' is not an ISO date", "write it as YYYY-MM-DD");
      return null;
    }
    byte[] bytes = readOrNull(file, where);
    if (bytes == null) {
      bad.report(where, "file " + files.describe(file) + " does not exist", "fix the path or remove the row");
      return null;
    }
    String text = Sources.decode(bytes, charset, files.describe(file));
    if (text.isBlank()) {
      bad.report(where, "the article " + files.describe(file) + " is empty", "add its text or remove its row");
      return null;
    }
    int nul = text.indexOf('\0');
    if (nul >= 0) {
      bad.report(where, "the article " + files.describe(file) + " holds a NUL character (U+0000) at character " + nul
          + ": binary data, or a file in another encoding (UTF-16?)", "save it as text in " + charset.name());
      return null;
    }
    if (!ids.add(id)) {
      throw new InputException(where + ": article id '" + id + "' appears twice; ids must be unique");
    }
    filesRead.add(new InputFile(files.describe(file), bytes.length, Sources.sha256(bytes)));
    String group = cols.groupBy().equals(cols.outlet()) ? outlet : value(row, cols.groupBy());
    return RowFactory.create(id, outlet, group == null ? MISSING_GROUP : group, date, value(row, cols.title()),
        text, files.describe(file), cols.event() == null ? null : value(row, cols.event()), value(row, cols.url()));
  }

  /** The group of an article whose grouping column is empty. */
  public static final String MISSING_GROUP = "(missing)";

  private CSVParser parseManifest() throws IOException {
    byte[] bytes = readOrFail(MANIFEST, true);
    String text = Sources.decode(bytes, StandardCharsets.UTF_8, files.describe(MANIFEST));
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setIgnoreEmptyLines(true).build().parse(new StringReader(text));
  }

  /** The one line for a study folder without its manifest, saying what the manifest must hold. */
  static InputException missingManifest(String location) {
    return new InputException(location + ": no " + MANIFEST + " in this folder; a study folder needs one: a CSV file "
        + "with a header line naming at least the columns file (each article's text file, below the folder, e.g. "
        + "articles/001.txt) and outlet, then one row per article (see README: 'Your own corpus'); a folder of "
        + ".jsonl, .csv or .parquet files read as one corpus holds nothing else");
  }

  private byte[] readOrFail(String relative, boolean required) {
    byte[] bytes = readOrNull(relative, files.describe(relative));
    if (bytes == null && required) {
      throw missingManifest(location);
    }
    return bytes;
  }

  private byte[] readOrNull(String relative, String where) {
    try {
      return files.read(relative);
    } catch (IOException e) {
      throw new InputException(where + ": cannot read " + files.describe(relative) + " (" + e.getMessage() + ")", e);
    }
  }

  private void requireColumn(List<String> header, String column, String what) {
    if (!header.contains(column)) {
      throw new InputException(files.describe(MANIFEST) + ": no column '" + column + "' for " + what
          + "; the manifest has " + String.join(", ", header));
    }
  }

  private static String value(Map<String, String> row, String column) {
    String v = row.get(column);
    return v == null || v.isBlank() ? null : v;
  }

  private static String stem(String file) {
    String base = file.substring(file.lastIndexOf('/') + 1);
    int dot = base.lastIndexOf('.');
    return dot > 0 ? base.substring(0, dot) : base;
  }
}
