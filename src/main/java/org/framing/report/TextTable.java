package org.framing.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.framing.ingest.InputException;

/**
 * A UTF-8 RFC-4180 CSV file with a header, every cell kept as text: a term such as {@code null}, {@code true}
 * or {@code 1e5} stays exactly what the file says. Numbers are converted on request, with an error that names
 * the file, line and column.
 */
public final class TextTable {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder()
      .setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).build();

  private final Path file;
  private final List<String> header;
  private final List<List<String>> rows;
  private final List<Long> lines;

  private TextTable(Path file, List<String> header, List<List<String>> rows, List<Long> lines) {
    this.file = file;
    this.header = List.copyOf(header);
    this.rows = rows;
    this.lines = lines;
  }

  /** Reads {@code file}; a malformed file is an {@link InputException} naming it. */
  public static TextTable read(Path file) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      skipByteOrderMark(reader);
      CSVParser parser = FORMAT.parse(reader);
      List<String> header = parser.getHeaderNames();
      if (header.isEmpty()) {
        throw new InputException(file + " has no header line: re-run the job to rewrite it");
      }
      List<List<String>> rows = new ArrayList<>();
      List<Long> lines = new ArrayList<>();
      for (CSVRecord record : parser) {
        long line = parser.getCurrentLineNumber();
        if (record.size() != header.size()) {
          throw new InputException(file + " line " + line + ": " + record.size() + " fields but the header has "
              + header.size() + "; re-run the job to rewrite it");
        }
        rows.add(List.copyOf(record.toList()));
        lines.add(line);
      }
      return new TextTable(file, header, rows, lines);
    } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
      throw new InputException(file + " is not a readable UTF-8 CSV file (" + e.getMessage() + ")", e);
    }
  }

  private static void skipByteOrderMark(BufferedReader reader) throws IOException {
    reader.mark(1);
    if (reader.read() != '\uFEFF') {
      reader.reset();
    }
  }

  /** Fails with an {@link InputException} unless the header has every one of {@code columns}. */
  public TextTable require(String... columns) {
    for (String column : columns) {
      if (!header.contains(column)) {
        throw new InputException(file + " has no column " + column + " (header: " + String.join(",", header)
            + "); re-run the job to rewrite it");
      }
    }
    return this;
  }

  /** The file this table was read from. */
  public Path file() {
    return file;
  }

  /** The column names, in file order. */
  public List<String> header() {
    return header;
  }

  /** The data rows (without the header), each a list of cells in header order. */
  public List<List<String>> rows() {
    return rows;
  }

  /** The number of data rows. */
  public int size() {
    return rows.size();
  }

  /** The text of {@code column} in data row {@code row} (0-based). */
  public String text(int row, String column) {
    return rows.get(row).get(index(column));
  }

  /** The cell as a whole number, or an {@link InputException} naming file, line and column. */
  public long whole(int row, String column) {
    String cell = text(row, column).strip();
    try {
      return Long.parseLong(cell);
    } catch (NumberFormatException e) {
      throw notANumber(row, column, "a whole number", cell);
    }
  }

  /** The cell as a decimal number, or an {@link InputException} naming file, line and column. */
  public double decimal(int row, String column) {
    String cell = text(row, column).strip();
    try {
      double value = Double.parseDouble(cell);
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw notANumber(row, column, "a finite number", cell);
  }

  private InputException notANumber(int row, String column, String expected, String cell) {
    return new InputException(file + " line " + lines.get(row) + ": column " + column + " must be " + expected
        + " but was '" + cell + "'");
  }

  private int index(String column) {
    int i = header.indexOf(column);
    if (i < 0) {
      require(column);
    }
    return i;
  }
}
