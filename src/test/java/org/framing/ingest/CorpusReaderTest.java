package org.framing.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.framing.testing.LocalSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(LocalSpark.PerClass.class)
class CorpusReaderTest {

  private static final String JSONL = String.join("\n",
      "{\"id\": \"a1\", \"outlet\": \"Vox\", \"bias\": \"left\", \"bias_code\": 0, \"date\": \"2017-07-04T10:00:00Z\", \"title\": \"T1\", \"text\": \"Alpha text.\"}",
      "{\"id\": \"a2\", \"outlet\": \"Fox\", \"bias\": \"right\", \"bias_code\": 2, \"date\": null, \"text\": \"Beta “text”.\"}",
      "{\"id\": \"a3\", \"outlet\": null, \"bias\": \"center\", \"bias_code\": 1, \"date\": \"July 4\", \"title\": \"T3\", \"text\": \"Gamma.\"}",
      "");

  private static SparkSession spark;
  @TempDir
  Path tmp;

  private static ColumnMapping groupBy(String column) {
    ColumnMapping d = ColumnMapping.DEFAULTS;
    return new ColumnMapping(d.id(), d.outlet(), d.text(), d.date(), d.title(), column, false, false);
  }

  private static List<String> rows(Corpus c) {
    return c.articles().orderBy("article_id").drop("source", "event", "url").collectAsList().stream().map(Row::toString).toList();
  }

  private Corpus read(String location, ColumnMapping cols) {
    return new CorpusReader(spark, cols, StandardCharsets.UTF_8).read(location, CorpusReader.Format.AUTO);
  }

  private Path write(String name, String text) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    Files.writeString(p, text, StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void jsonLinesAreReadWithAnyColumnAsGroupAndIsoDatesKept() throws IOException {
    Corpus c = read(write("corpus.jsonl", JSONL).toString(), groupBy("bias"));
    assertEquals("corpus", c.name());
    assertEquals("jsonl", c.format());
    assertEquals(List.of("[a1,Vox,left,2017-07-04,T1,Alpha text.]", "[a2,Fox,right,null,null,Beta “text”.]",
        "[a3,(missing),center,null,T3,Gamma.]"), rows(c));
  }

  @Test
  void numbersInJsonReadAsTextWhenGroupedBy() throws IOException {
    Corpus c = read(write("codes.jsonl", JSONL).toString(), groupBy("bias_code"));
    assertEquals(List.of("0", "2", "1"), c.articles().orderBy("article_id").select("group").collectAsList()
        .stream().map(r -> r.getString(0)).toList());
  }

  @Test
  void gzippedJsonLinesReadTheSame() throws IOException {
    Path gz = tmp.resolve("corpus.jsonl.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(JSONL.getBytes(StandardCharsets.UTF_8));
    }
    Corpus c = read(gz.toString(), groupBy("bias"));
    assertEquals("corpus", c.name());
    assertEquals(3, rows(c).size());
    assertEquals(1, c.files().size());
    assertEquals(Files.size(gz), c.files().get(0).bytes());
  }

  @Test
  void csvWithQuotedCommasAndLineBreaks() throws IOException {
    Path csv = write("c.csv", "id,outlet,text,date\nx1,\"Reuters, Inc.\",\"Line one,\nline two\",2020-01-02\nx2,AP,Plain,\n");
    assertEquals(List.of("[x1,Reuters, Inc.,Reuters, Inc.,2020-01-02,null,Line one,\nline two]", "[x2,AP,AP,null,null,Plain]"),
        rows(read(csv.toString(), ColumnMapping.DEFAULTS)));
  }

  @Test
  void parquetIsRead() {
    String dir = tmp.resolve("p.parquet").toString();
    spark.sql("SELECT 'p1' AS id, 'BBC' AS outlet, 'Some text' AS text, 7 AS year").write().parquet(dir);
    assertEquals(List.of("[p1,BBC,7,null,null,Some text]"), rows(read(dir, groupBy("year"))));
  }

  @Test
  void aMissingColumnIsNamedWithTheColumnsThatExist() throws IOException {
    String file = write("corpus.jsonl", JSONL).toString();
    ColumnMapping d = ColumnMapping.DEFAULTS;
    InputException e = assertThrows(InputException.class,
        () -> read(file, new ColumnMapping(d.id(), d.outlet(), "body", d.date(), d.title(), d.outlet(), false, false)));
    assertEquals("--text-col body: " + file + " has no column 'body'; it has id, outlet, bias, bias_code, date, title, text",
        e.getMessage());
  }

  @Test
  void aLineThatIsNotAnObjectIsNamed() throws IOException {
    String file = write("bad.jsonl", "{\"id\": \"a\", \"outlet\": \"o\", \"text\": \"t\"}\n[1, 2]\n").toString();
    InputException e = assertThrows(InputException.class, () -> read(file, ColumnMapping.DEFAULTS));
    assertEquals("file:" + file + " line 2: a JSON array where an object belongs; fix or remove the line (one JSON "
        + "object per line, the text a string), or pass --on-bad-record skip to leave such records out", e.getMessage());
  }

  @Test
  void aMissingInputSaysWhatToGive() {
    String missing = tmp.resolve("nope").toString();
    InputException e = assertThrows(InputException.class, () -> read(missing, ColumnMapping.DEFAULTS));
    assertEquals(missing + ": no such file or folder; give a study folder or a corpus file (.jsonl, .jsonl.gz, .csv, .parquet)",
        e.getMessage());
  }

  @Test
  void aFolderWithoutManifestIsRefused() throws IOException {
    write("plain/notes.txt", "text");
    String dir = tmp.resolve("plain").toString();
    InputException e = assertThrows(InputException.class, () -> read(dir, ColumnMapping.DEFAULTS));
    assertEquals(dir + ": no manifest.csv in this folder; a study folder needs one: a CSV file with a header line "
        + "naming at least the columns file (each article's text file, below the folder, e.g. articles/001.txt) and "
        + "outlet, then one row per article (see README: 'Your own corpus'); a folder of .jsonl, .csv or .parquet "
        + "files read as one corpus holds nothing else", e.getMessage());
  }

  @Test
  void anUnknownExtensionAsksForFormat() throws IOException {
    String file = write("corpus.txt", "x").toString();
    InputException e = assertThrows(InputException.class, () -> read(file, ColumnMapping.DEFAULTS));
    assertEquals(file + ": cannot tell the format from the name; pass --format jsonl, csv or parquet", e.getMessage());
  }

  private String study(String manifest) throws IOException {
    write("study/manifest.csv", manifest);
    write("study/a.txt", "Text of A.");
    return tmp.resolve("study").toString();
  }

  @Test
  void studyFolderRowsGetIdsFromFileNamesAndAnyManifestColumnAsGroup() throws IOException {
    String dir = study("file,outlet,country,date,title\na.txt,Outlet A,Serbia,2022-01-12,\"Title, with comma\"\n");
    assertEquals(List.of("[a,Outlet A,Serbia,2022-01-12,Title, with comma,Text of A.]"), rows(read(dir, groupBy("country"))));
  }

  @Test
  void studyFolderErrorsNameTheLineOrFile() throws IOException {
    String dir = study("file,outlet,date\na.txt,A,2022-01-12\nmissing.txt,B,2022-01-12\n");
    assertEquals(dir + "/manifest.csv line 3: file " + dir + "/missing.txt does not exist; fix the path or remove the row" + ", or pass --on-bad-record skip to leave such records out",
        assertThrows(InputException.class, () -> read(dir, ColumnMapping.DEFAULTS)).getMessage());

    study("file,outlet\n../outside.txt,A\n");
    assertEquals(dir + "/manifest.csv line 2: file '../outside.txt' is outside the study folder; name a file below the "
        + "folder, e.g. articles/001.txt", assertThrows(InputException.class, () -> read(dir, ColumnMapping.DEFAULTS)).getMessage());

    study("file,outlet,date\na.txt,A,12 Jan 2022\n");
    assertEquals(dir + "/manifest.csv line 2: date '12 Jan 2022' is not an ISO date; write it as YYYY-MM-DD" + ", or pass --on-bad-record skip to leave such records out",
        assertThrows(InputException.class, () -> read(dir, ColumnMapping.DEFAULTS)).getMessage());

    study("file,outlet,id\na.txt,A,x\na.txt,B,x\n");
    assertEquals(dir + "/manifest.csv line 3: article id 'x' appears twice; ids must be unique",
        assertThrows(InputException.class, () -> read(dir, ColumnMapping.DEFAULTS)).getMessage());

    study("file,outlet\na.txt,A\n");
    assertEquals(dir + "/manifest.csv: no column 'bias' for the grouping (--group-by); the manifest has file, outlet",
        assertThrows(InputException.class, () -> read(dir, groupBy("bias"))).getMessage());
  }

  @Test
  void anEmptyArticleAndBytesThatAreNotUtf8AreNamed() throws IOException {
    String dir = study("file,outlet\na.txt,A\nb.txt,B\n");
    write("study/b.txt", "  \n ");
    assertEquals(dir + "/manifest.csv line 3: the article " + dir + "/b.txt is empty; add its text or remove its row" + ", or pass --on-bad-record skip to leave such records out",
        assertThrows(InputException.class, () -> read(dir, ColumnMapping.DEFAULTS)).getMessage());
    Files.write(tmp.resolve("study/b.txt"), new byte[] {'O', 'K', ' ', (byte) 0xE9, 't', 'e'});
    assertEquals(dir + "/b.txt: bytes at offset 3 are not valid UTF-8; convert the file to UTF-8 or pass --encoding "
        + "with its real encoding (e.g. --encoding windows-1252)",
        assertThrows(InputException.class, () -> read(dir, ColumnMapping.DEFAULTS)).getMessage());
    Corpus latin = new CorpusReader(spark, ColumnMapping.DEFAULTS, java.nio.charset.Charset.forName("windows-1252"))
        .read(dir, CorpusReader.Format.AUTO);
    assertEquals("[b,B,B,null,null,OK éte]", rows(latin).get(1));
  }

  @Test
  void theBundledStudyHasFiveArticlesFromFiveOutlets() {
    Corpus c = new CorpusReader(spark, ColumnMapping.DEFAULTS, StandardCharsets.UTF_8).read(null, CorpusReader.Format.AUTO);
    assertEquals("nato-russia-council-2022", c.name());
    assertEquals(List.of("B92", "Press TV", "CGTN", "VOI", "Egyptian site"),
        c.articles().orderBy("article_id").select("outlet").collectAsList().stream().map(r -> r.getString(0)).toList());
    assertEquals(8, c.files().size());
    assertEquals(java.util.Set.of("actors.csv", "speakers.csv"), c.studyFiles().keySet());
  }
}
