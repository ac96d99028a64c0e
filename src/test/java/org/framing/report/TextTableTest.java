package org.framing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framing.ingest.InputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextTableTest {

  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
  }

  @Test
  void everyCellStaysText() throws IOException {
    Path file = write("tfidf.csv", "outlet,term,ngram,tfidf,rank\r\n"
        + "VOI,null,1,0.5,1\r\nVOI,true,1,0.4,2\r\nVOI,1e5,1,0.3,3\r\nVOI,,1,0.2,4\r\n"
        + "VOI,\"the \"\"west\"\"\",2,0.1,1\r\nVOI,\"a,b\",2,0.1,2\r\n");
    TextTable table = TextTable.read(file);
    assertEquals(List.of("outlet", "term", "ngram", "tfidf", "rank"), table.header());
    assertEquals(List.of("null", "true", "1e5", "", "the \"west\"", "a,b"),
        table.rows().stream().map(r -> r.get(1)).toList());
    assertEquals(0.5, table.decimal(0, "tfidf"));
    assertEquals(3, table.whole(2, "rank"));
  }

  @Test
  void byteOrderMarkIsNotPartOfTheFirstColumnName() throws IOException {
    TextTable table = TextTable.read(write("outlets.csv", "\uFEFFbias,articles\nleft,3\n"));
    assertEquals(List.of("bias", "articles"), table.header());
    assertEquals("left", table.text(0, "bias"));
  }

  @Test
  void nonNumberNamesFileLineAndColumn() throws IOException {
    Path file = write("outlets.csv", "outlet,articles,tokens,types\nB92,4,5200,1500\nVOI,3,many,1100\n");
    InputException e = assertThrows(InputException.class, () -> TextTable.read(file).whole(1, "tokens"));
    assertEquals(file + " line 3: column tokens must be a whole number but was 'many'", e.getMessage());
  }

  @Test
  void missingColumnNamesFileAndHeader() throws IOException {
    Path file = write("outlets.csv", "outlet,articles,types\nB92,4,1500\n");
    InputException e = assertThrows(InputException.class, () -> TextTable.read(file).require("tokens"));
    assertEquals(file + " has no column tokens (header: outlet,articles,types); re-run the job to rewrite it",
        e.getMessage());
  }

  @Test
  void shortRowNamesItsLine() throws IOException {
    Path file = write("outlets.csv", "outlet,articles\nB92,4\nVOI\n");
    InputException e = assertThrows(InputException.class, () -> TextTable.read(file));
    assertEquals(file + " line 3: 1 fields but the header has 2; re-run the job to rewrite it", e.getMessage());
  }
}
