package org.framing.report;

import org.framing.schema.OutputFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReuseSectionTest {

  @TempDir
  Path dir;

  private TextTable write(String csv) throws IOException {
    Path file = dir.resolve(OutputFile.REUSE.file());
    Files.writeString(file, csv, StandardCharsets.UTF_8);
    return TextTable.read(file);
  }

  @Test
  void matrixSumsSharedTokensPerPairAndTheTableListsTheLongestFirst() throws IOException {
    Section s = ReuseSection.section(write("article_a,bias_a,article_b,bias_b,shared_tokens,jaccard,passage\n"
        + "a1,left,b1,right,12,0.1,There is a real risk\n"
        + "a1,left,c1,center,30,0.2,\"<b>bold</b>, quoted \"\"x\"\"\"\n"
        + "a2,left,b1,right,8,0.05,the same table\n"));
    assertEquals("Text shared between bias groups", s.title());
    String js = s.figures().get(0).asJavascript("reuse_0");
    assertTrue(js.contains("x: [\"left\",\"center\",\"right\"],"), js);
    assertTrue(js.contains("z: [[0.0,30.0,20.0,],[30.0,0.0,0.0,],[20.0,0.0,0.0,],]"), js);
    assertEquals(List.of(List.of("left", "center", "30", "<b>bold</b>, quoted \"x\""),
        List.of("left", "right", "12", "There is a real risk"), List.of("left", "right", "8", "the same table")),
        s.table().rows());
    assertTrue(s.table().toHtml().contains("&lt;b&gt;bold&lt;/b&gt;"), s.table().toHtml());
  }

  @Test
  void aClickOpensEachTableRowsPassageAndEachCellsLongest() throws IOException {
    ReuseSection.Openable o = ReuseSection.openable(write("article_a,bias_a,article_b,bias_b,shared_tokens,jaccard,passage\n"
        + "a1,left,b1,right,12,0.1,There is a real risk\n"
        + "a1,left,c1,center,30,0.2,the longest\n"
        + "a2,left,b1,right,14,0.05,the same table\n"
        + "a3,left,b2,right,14,0.05,a tie goes by file order\n"));
    assertEquals(List.of("the longest", "the same table", "a tie goes by file order", "There is a real risk"), o.table());
    assertEquals(java.util.Map.of(List.of("left", "center"), "the longest", List.of("center", "left"), "the longest",
        List.of("left", "right"), "the same table", List.of("right", "left"), "the same table"), o.cells());
    assertEquals(List.of("the longest", "the same table", "a tie goes by file order", "There is a real risk"),
        List.copyOf(o.passages()));
  }

  @Test
  void noSharedPassageSaysSo() throws IOException {
    Section s = ReuseSection.section(write("article_a,outlet_a,article_b,outlet_b,shared_tokens,jaccard,passage\n"));
    assertEquals("Text shared between outlets", s.title());
    assertEquals(List.of(List.of("No passage of 8 or more tokens is shared between groups.")), s.table().rows());
  }
}
