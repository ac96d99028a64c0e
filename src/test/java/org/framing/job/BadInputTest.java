package org.framing.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.framing.cli.Cli;
import org.framing.cli.RunCommand;
import org.framing.ingest.BadRecords;
import org.framing.ingest.ColumnMapping;
import org.framing.ingest.Corpus;
import org.framing.ingest.CorpusReader;
import org.framing.ingest.InputException;
import org.framing.lexicon.Lexicon;
import org.framing.testing.LocalSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bad-input suite (issue 8): one test per kind of bad input, each asserting the exact message the user sees
 * or the documented recovery. Malformed records are refused with file and line by default and, with
 * {@code --on-bad-record skip}, left out, counted in run.json and named in one warning line.
 */
@ExtendWith(LocalSpark.PerClass.class)
class BadInputTest {

  private static final String SKIP_HINT = ", or pass --on-bad-record skip to leave such records out";
  private static final String JSON_FIX = "; fix or remove the line (one JSON object per line, the text a string)"
      + SKIP_HINT;
  private static final String GOOD = "{\"id\": \"a1\", \"outlet\": \"Vox\", \"text\": \"Talks in Brussels ended.\"}";

  private static SparkSession spark;
  @TempDir
  Path tmp;

  // ---- helpers -------------------------------------------------------------------------------------------

  private Path write(String name, String text) throws IOException {
    return write(name, text.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = tmp.resolve(name);
    Files.createDirectories(p.getParent());
    Files.write(p, bytes);
    return p;
  }

  private static byte[] concat(byte[]... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (byte[] p : parts) {
      out.writeBytes(p);
    }
    return out.toByteArray();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static Corpus read(Path location, BadRecords.Policy policy) {
    return read(location, policy, StandardCharsets.UTF_8);
  }

  private static Corpus read(Path location, BadRecords.Policy policy, Charset charset) {
    return new CorpusReader(spark, ColumnMapping.DEFAULTS, charset, policy).read(location.toString(),
        CorpusReader.Format.AUTO);
  }

  private static String refused(Path location) {
    return assertThrows(InputException.class, () -> read(location, BadRecords.Policy.FAIL).articles().count())
        .getMessage();
  }

  private static List<String> rows(Corpus c) {
    return c.articles().orderBy("article_id").drop("source", "event", "url").collectAsList().stream().map(Row::toString).toList();
  }

  /** A study folder {@code name} with this manifest and these article files (name, text, name, text, ...). */
  private Path study(String name, String manifest, String... files) throws IOException {
    write(name + "/manifest.csv", manifest);
    for (int i = 0; i < files.length; i += 2) {
      write(name + "/" + files[i], files[i + 1]);
    }
    return tmp.resolve(name);
  }

  /** The seed options, made fast: no charts, no reuse, no events, 100 bootstrap resamples. */
  private static JobOptions fast(Path input, Path output) {
    JobOptions o = JobOptions.defaults().withInput(input.toString(), output).withoutCharts()
        .withReuse(new JobOptions.Reuse(false, 8, 20))
        .withEvents(new JobOptions.Events(JobOptions.Events.Mode.NONE, null, 3));
    JobOptions.Sentiment s = o.sentiment();
    return o.withSentiment(new JobOptions.Sentiment(true, s.vaderLexicon(), s.toneLexicon(), s.positive(),
        s.negative(), false, 100, s.frameLexicons(), null));
  }

  private static StudyJob.Result run(JobOptions options, PrintStream console) {
    return new StudyJob(spark, options, console).run();
  }

  record Outcome(int code, List<String> err) {}

  private static Outcome cli(String... args) {
    StringWriter err = new StringWriter();
    int code = Cli.execute(new RunCommand(), args, new PrintWriter(new StringWriter(), true), new PrintWriter(err, true));
    return new Outcome(code, err.toString().lines().toList());
  }

  // ---- empty and blank input -----------------------------------------------------------------------------

  @Test
  void anEmptyJsonLinesFileIsRefused() throws IOException {
    Path f = write("empty.jsonl", "");
    assertEquals("file:" + f + ": is empty; give a file with one JSON object per line", refused(f));
  }

  @Test
  void anEmptyCsvFileIsRefused() throws IOException {
    Path f = write("empty.csv", "");
    assertEquals("file:" + f + ": is empty; give a CSV file with a header line and one row per article", refused(f));
  }

  @Test
  void anEmptyManifestIsRefused() throws IOException {
    Path dir = study("empty-study", "");
    assertEquals(dir + "/manifest.csv: is empty; write a header line (file,outlet,...) and one row per article",
        refused(dir));
  }

  @Test
  void aWhitespaceOnlyFileIsRefused() throws IOException {
    Path f = write("blank.jsonl", "  \n\t\n \r\n");
    assertEquals("file:" + f + ": holds only blank lines; give a file with one JSON object per line", refused(f));
  }

  @Test
  void aWhitespaceOnlyArticleIsRefusedWithItsManifestLine() throws IOException {
    Path dir = study("blank-article", "file,outlet\na.txt,A\nb.txt,B\n", "a.txt", "Text of A.", "b.txt", " \n\t ");
    assertEquals(dir + "/manifest.csv line 3: the article " + dir + "/b.txt is empty; add its text or remove its row"
        + SKIP_HINT, refused(dir));
  }

  // ---- encodings -----------------------------------------------------------------------------------------

  @Test
  void anArticleThatIsNotUtf8IsRefusedAndReadWithItsEncoding() throws IOException {
    Path dir = study("latin", "file,outlet\na.txt,A\n");
    write("latin/a.txt", new byte[] {'C', 'a', 'f', (byte) 0xE9, ' ', 'o', 'p', 'e', 'n'});
    assertEquals(dir + "/a.txt: bytes at offset 3 are not valid UTF-8; convert the file to UTF-8 or pass --encoding "
        + "with its real encoding (e.g. --encoding windows-1252)", refused(dir));
    assertEquals(List.of("[a,A,A,null,null,Café open]"),
        rows(read(dir, BadRecords.Policy.FAIL, Charset.forName("windows-1252"))));
  }

  @Test
  void mixedEncodingsInOneFileAreRefusedAtTheFirstBadLine() throws IOException {
    Path f = write("mixed.jsonl", concat(utf8(GOOD + "\n{\"id\": \"a2\", \"outlet\": \"Fox\", \"text\": \"Caf\u00e9 \u201cnews\u201d\"}\n"),
        utf8("{\"id\": \"a3\", \"outlet\": \"AP\", \"text\": \"Caf"), new byte[] {(byte) 0xE9}, utf8("\"}\n")));
    assertEquals("file:" + f + " line 3: bytes that are not valid UTF-8; convert the file to UTF-8 or pass --encoding "
        + "with its real encoding (e.g. --encoding windows-1252)", refused(f));
  }

  @Test
  void aUtf8ByteOrderMarkIsDroppedInEveryFormat() throws IOException {
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    Path jsonl = write("bom.jsonl", concat(bom, utf8(GOOD + "\n")));
    assertEquals(List.of("[a1,Vox,Vox,null,null,Talks in Brussels ended.]"), rows(read(jsonl, BadRecords.Policy.FAIL)));
    Path csv = write("bom.csv", concat(bom, utf8("id,outlet,text\nc1,AP,Plain text.\n")));
    assertEquals(List.of("[c1,AP,AP,null,null,Plain text.]"), rows(read(csv, BadRecords.Policy.FAIL)));
    Path dir = tmp.resolve("bom-study");
    write("bom-study/manifest.csv", concat(bom, utf8("file,outlet\na.txt,A\n")));
    write("bom-study/a.txt", concat(bom, utf8("Text of A.")));
    assertEquals(List.of("[a,A,A,null,null,Text of A.]"), rows(read(dir, BadRecords.Policy.FAIL)));
  }

  @Test
  void windowsLineEndingsReadLikeUnixOnes() throws IOException {
    Path jsonl = write("crlf.jsonl", GOOD + "\r\n{\"id\": \"a2\", \"outlet\": \"Fox\", \"text\": \"Second.\"}\r\n");
    assertEquals(List.of("[a1,Vox,Vox,null,null,Talks in Brussels ended.]", "[a2,Fox,Fox,null,null,Second.]"),
        rows(read(jsonl, BadRecords.Policy.FAIL)));
    Path csv = write("crlf.csv", "id,outlet,text\r\nc1,AP,\"Two\r\nlines.\"\r\nc2,AFP,One.\r\n");
    assertEquals(List.of("[c1,AP,AP,null,null,Two\nlines.]", "[c2,AFP,AFP,null,null,One.]"),
        rows(read(csv, BadRecords.Policy.FAIL)));
    Path dir = study("crlf-study", "file,outlet,title\r\na.txt,A,First\r\n", "a.txt", "Text of A.\r\n");
    assertEquals(List.of("[a,A,A,null,First,Text of A.\r\n]"), rows(read(dir, BadRecords.Policy.FAIL)));
  }

  @Test
  void aNulByteIsRefusedAsBinaryData() throws IOException {
    Path dir = study("nul", "file,outlet\na.txt,A\n", "a.txt", "Bin\u0000ary");
    assertEquals(dir + "/manifest.csv line 2: the article " + dir + "/a.txt holds a NUL character (U+0000) at "
        + "character 3: binary data, or a file in another encoding (UTF-16?); save it as text in UTF-8" + SKIP_HINT,
        refused(dir));
    Path escaped = write("nul.jsonl", "{\"id\": \"n\", \"outlet\": \"o\", \"text\": \"Bin\\u0000ary\"}\n");
    assertEquals("file:" + escaped + " line 1: the text holds a NUL character (U+0000): binary data, or a file in "
        + "another encoding (UTF-16?)" + JSON_FIX, refused(escaped));
    Path raw = write("rawnul.jsonl", "{\"id\": \"n\", \"outlet\": \"o\", \"text\": \"Bin\u0000ary\"}\n");
    assertEquals("file:" + raw + " line 1: not valid JSON" + JSON_FIX, refused(raw));
  }

  // ---- sizes ---------------------------------------------------------------------------------------------

  @Test
  void aFiftyMegabyteArticleIsReadWhole() throws IOException {
    Path f = tmp.resolve("big.jsonl");
    try (OutputStream out = Files.newOutputStream(f)) {
      out.write(utf8("{\"id\": \"big\", \"outlet\": \"Vox\", \"text\": \""));
      byte[] chunk = utf8("Talks went on. ".repeat(1000));
      for (int i = 0; i <= 50_000_000 / chunk.length; i++) {
        out.write(chunk);
      }
      out.write(utf8("\"}\n"));
    }
    assertTrue(Files.size(f) > 50_000_000L);
    Row r = read(f, BadRecords.Policy.FAIL).articles().selectExpr("article_id", "length(text)").first();
    assertEquals("[big,50010000]", r.toString());
  }

  // ---- duplicate ids -------------------------------------------------------------------------------------

  @Test
  void duplicateArticleIdsAreRefusedInEveryFormat() throws IOException {
    Path jsonl = write("dup.jsonl", GOOD + "\n{\"id\": \"a2\", \"outlet\": \"Fox\", \"text\": \"B.\"}\n" + GOOD + "\n");
    assertEquals("file:" + jsonl + " line 3: article id 'a1' appears twice (first at file:" + jsonl + " line 1); "
        + "ids must be unique: remove the duplicate, or name a column of unique ids with --id-col", refused(jsonl));
    Path csv = write("dup.csv", "id,outlet,text\nx,AP,One.\nx,AFP,Two.\n");
    assertEquals("file:" + csv + " line 3: article id 'x' appears twice (first at file:" + csv + " line 2); "
        + "ids must be unique: remove the duplicate, or name a column of unique ids with --id-col", refused(csv));
    Path dir = study("dup-study", "file,outlet,id\na.txt,A,x\nb.txt,B,x\n", "a.txt", "Text A.", "b.txt", "Text B.");
    assertEquals(dir + "/manifest.csv line 3: article id 'x' appears twice; ids must be unique", refused(dir));
    assertEquals("file:" + jsonl + " line 3: article id 'a1' appears twice (first at file:" + jsonl + " line 1); "
        + "ids must be unique: remove the duplicate, or name a column of unique ids with --id-col",
        assertThrows(InputException.class, () -> read(jsonl, BadRecords.Policy.SKIP)).getMessage(),
        "skip does not choose between two articles of one id");
  }

  // ---- the manifest --------------------------------------------------------------------------------------

  @Test
  void aManifestWithoutTheOutletColumnIsRefused() throws IOException {
    Path dir = study("no-outlet", "file,title\na.txt,T\n", "a.txt", "Text.");
    assertEquals(dir + "/manifest.csv: no column 'outlet' for the outlet (--outlet-col); the manifest has file, title",
        refused(dir));
  }

  @Test
  void anEventColumnThatIsNotThereIsRefusedListingTheColumnsThereAre() throws IOException {
    Path dir = study("no-event", "file,outlet\na.txt,A\n", "a.txt", "Text.");
    ColumnMapping story = ColumnMapping.DEFAULTS.withEvent("story");
    assertEquals(dir + "/manifest.csv: no column 'story' for the event ids (--events); the manifest has file, outlet",
        assertThrows(InputException.class, () -> new CorpusReader(spark, story, StandardCharsets.UTF_8,
            BadRecords.Policy.FAIL).read(dir.toString(), CorpusReader.Format.AUTO)).getMessage());
    Path jsonl = write("events.jsonl", "{\"id\":\"a\",\"outlet\":\"A\",\"text\":\"One.\",\"event_id\":\"7\"}\n");
    assertEquals("--events story: " + jsonl + " has no column 'story'; it has id, outlet, text, event_id",
        assertThrows(InputException.class, () -> new CorpusReader(spark, story, StandardCharsets.UTF_8,
            BadRecords.Policy.FAIL).read(jsonl.toString(), CorpusReader.Format.AUTO)).getMessage());
    assertEquals(List.of("7"), new CorpusReader(spark, ColumnMapping.DEFAULTS.withEvent("event_id"),
        StandardCharsets.UTF_8, BadRecords.Policy.FAIL).read(jsonl.toString(), CorpusReader.Format.AUTO).articles()
        .select("event").collectAsList().stream().map(r -> r.getString(0)).toList());
  }

  @Test
  void anUnclosedQuoteInTheManifestIsRefusedWhereItStarts() throws IOException {
    Path dir = study("manifest-quote", "file,outlet,title\na.txt,Vox,\"Unclosed title\nb.txt,CNN,Fine\n",
        "a.txt", "Text A.", "b.txt", "Text B.");
    assertEquals(dir + "/manifest.csv line 2: a quoted field starts here and is never closed; close the quote, and "
        + "double every quote inside a quoted field (\"\")", refused(dir));
    study("manifest-quote", "file,\"outlet\ntitle\na.txt,Vox,T\n");
    assertEquals(dir + "/manifest.csv line 1: a quoted field starts here and is never closed; close the quote, and "
        + "double every quote inside a quoted field (\"\")", refused(dir));
  }

  @Test
  void aStudyFolderWithoutItsManifestSaysSoAndWhatItHolds() throws IOException {
    // The texts, a README and a speakers.csv, but no manifest.csv: not a folder of CSV files to read as one table.
    Path dir = study("no-manifest", "file,outlet\na.txt,A\n", "articles/a.txt", "Text A.", "README.md",
        "# A study\n\nFive reports, one meeting, as received, with notes, and more.\n",
        "speakers.csv", "speaker,aliases,affiliation\nJens Stoltenberg,Stoltenberg,NATO\n");
    Files.delete(dir.resolve("manifest.csv"));
    String expected = dir + ": no manifest.csv in this folder; a study folder needs one: a CSV file with a header line "
        + "naming at least the columns file (each article's text file, below the folder, e.g. articles/001.txt) and "
        + "outlet, then one row per article (see README: 'Your own corpus'); a folder of .jsonl, .csv or .parquet "
        + "files read as one corpus holds nothing else";
    assertEquals(expected, refused(dir));
  }

  @Test
  void aManifestRowWithAFieldTooManyOrTooFewIsRefusedWithItsLine() throws IOException {
    Path dir = study("extra", "file,outlet\na.txt,A\nb.txt,Reuters, Inc.\n", "a.txt", "Text A.", "b.txt", "Text B.");
    assertEquals(dir + "/manifest.csv line 3: has 3 fields, the header 2; quote a field that holds a comma" + SKIP_HINT,
        refused(dir));
    study("extra", "file,outlet\na.txt,A\nb.txt\n");
    assertEquals(dir + "/manifest.csv line 3: has 1 field, the header 2; quote a field that holds a comma" + SKIP_HINT,
        refused(dir));
  }

  @Test
  void aQuotedCommaInTheManifestIsOneField() throws IOException {
    Path dir = study("quoted", "file,outlet,title\na.txt,\"Reuters, Inc.\",\"Talks, again\"\n", "a.txt", "Text A.");
    assertEquals(List.of("[a,Reuters, Inc.,Reuters, Inc.,null,Talks, again,Text A.]"),
        rows(read(dir, BadRecords.Policy.FAIL)));
  }

  @Test
  void aPathOutsideTheStudyFolderIsRefusedEvenWhenSkipping() throws IOException {
    write("secret.txt", "Not part of the study.");
    Path dir = study("escape", "file,outlet\na.txt,A\n../secret.txt,B\n", "a.txt", "Text A.");
    String expected = dir + "/manifest.csv line 3: file '../secret.txt' is outside the study folder; name a file "
        + "below the folder, e.g. articles/001.txt";
    assertEquals(expected, refused(dir));
    assertEquals(expected, assertThrows(InputException.class, () -> read(dir, BadRecords.Policy.SKIP)).getMessage());
    study("escape", "file,outlet\n/etc/passwd,A\n");
    assertEquals(dir + "/manifest.csv line 2: file '/etc/passwd' is outside the study folder; name a file below the "
        + "folder, e.g. articles/001.txt", refused(dir));
  }

  // ---- JSON Lines ----------------------------------------------------------------------------------------

  @Test
  void aTruncatedLastJsonLineIsRefusedWithItsLine() throws IOException {
    Path f = write("truncated.jsonl", GOOD + "\n{\"id\": \"a2\", \"outlet\": \"Fox\", \"text\": \"B.\"}\n"
        + "{\"id\": \"a3\", \"outlet\": \"AP\", \"text\": \"Cut off in the mid");
    assertEquals("file:" + f + " line 3: not valid JSON: the record ends early (a truncated line?)" + JSON_FIX, refused(f));
  }

  @Test
  void aJsonLineThatIsNotAnObjectIsRefused() throws IOException {
    Path f = write("array.jsonl", GOOD + "\n[1, 2]\n");
    assertEquals("file:" + f + " line 2: a JSON array where an object belongs" + JSON_FIX, refused(f));
  }

  @Test
  void aJsonLineWithoutTextIsRefused() throws IOException {
    Path f = write("notext.jsonl", GOOD + "\n{\"id\": \"a2\", \"outlet\": \"Fox\", \"body\": \"B.\"}\n");
    assertEquals("file:" + f + " line 2: no text: the field 'text' (--text-col) is missing or null" + JSON_FIX, refused(f));
  }

  @Test
  void aNumberWhereTheTextBelongsIsRefused() throws IOException {
    Path f = write("number.jsonl", GOOD + "\n{\"id\": \"a2\", \"outlet\": \"Fox\", \"text\": 42}\n");
    assertEquals("file:" + f + " line 2: the field 'text' holds a number where the article's text (a string) belongs"
        + JSON_FIX, refused(f));
  }

  // ---- CSV and compression -------------------------------------------------------------------------------

  @Test
  void anUnterminatedQuoteInCsvIsRefusedWhereItStarts() throws IOException {
    Path f = write("quote.csv", "id,outlet,text\nc1,AP,One.\nc2,AFP,\"Never closed,\nc3,DPA,Three.\n");
    assertEquals("file:" + f + " line 3: a quoted field starts here and is never closed; close the quote, and double "
        + "every quote inside a quoted field (\"\")", refused(f));
    assertEquals("file:" + f + " line 3: a quoted field starts here and is never closed; close the quote, and double "
        + "every quote inside a quoted field (\"\")",
        assertThrows(InputException.class, () -> read(f, BadRecords.Policy.SKIP)).getMessage(),
        "skipping cannot tell where the quoted field was meant to end");
  }

  @Test
  void aCsvRecordWithTheWrongNumberOfFieldsIsRefusedWithItsLine() throws IOException {
    Path f = write("fields.csv", "id,outlet,text\nc1,AP,One.\nc2,AFP,Two, with a comma.\n");
    assertEquals("file:" + f + " line 3: has 4 fields, the header 3; quote a field that holds a comma" + SKIP_HINT,
        refused(f));
  }

  @Test
  void aFileNamedParquetThatIsNotParquetIsRefusedWithItsName() throws IOException {
    Path f = write("x.parquet", GOOD + "\n");
    assertEquals("file:" + f + ": not a Parquet file (a Parquet file starts and ends with the bytes PAR1); "
        + "write it again as Parquet, or name its real format with --format jsonl or --format csv", refused(f));
    Path part = write("table.parquet/part-00000.parquet", "PAR1 but then cut off");
    assertEquals("file:" + part + ": not a Parquet file (a Parquet file starts and ends with the bytes PAR1); "
        + "write it again as Parquet, or name its real format with --format jsonl or --format csv",
        refused(part.getParent()));
  }

  @Test
  void aTruncatedGzipFileIsRefused() throws IOException {
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(gz)) {
      for (int i = 0; i < 2000; i++) {
        out.write(utf8("{\"id\": \"a" + i + "\", \"outlet\": \"Vox\", \"text\": \"Article number " + i + ".\"}\n"));
      }
    }
    byte[] whole = gz.toByteArray();
    Path f = write("cut.jsonl.gz", Arrays.copyOf(whole, whole.length / 2));
    assertEquals("file:" + f + ": the compressed data ends early (a truncated download or copy?); fetch or compress "
        + "the file again", refused(f));
  }

  // ---- --on-bad-record skip ------------------------------------------------------------------------------

  @Test
  void skippingLeavesOutMalformedJsonLinesAndCountsThem() throws IOException {
    Path f = write("some-bad.jsonl", GOOD + "\n[1]\n{\"id\": \"a2\", \"outlet\": \"Fox\", \"text\": 7}\n\n"
        + "{\"id\": \"a3\", \"outlet\": \"AP\", \"text\": \"Kept.\"}\n{\"id\": \"a4\", \"outl");
    Corpus c = read(f, BadRecords.Policy.SKIP);
    assertEquals(List.of("[a1,Vox,Vox,null,null,Talks in Brussels ended.]", "[a3,AP,AP,null,null,Kept.]"), rows(c));
    assertEquals(3, c.skipped().count());
    assertEquals(List.of("file:" + f + " line 2: a JSON array where an object belongs",
        "file:" + f + " line 3: the field 'text' holds a number where the article's text (a string) belongs",
        "file:" + f + " line 6: not valid JSON: the record ends early (a truncated line?)"), c.skipped().listed());
  }

  @Test
  void skippingLeavesOutCsvRecordsAndManifestRowsWithTheWrongFields() throws IOException {
    Path csv = write("skip.csv", "id,outlet,text\nc1,AP,One.\nc2,AFP,Two, with a comma.\nc3,DPA\nc4,UPI,Four.\n");
    Corpus c = read(csv, BadRecords.Policy.SKIP);
    assertEquals(List.of("[c1,AP,AP,null,null,One.]", "[c4,UPI,UPI,null,null,Four.]"), rows(c));
    assertEquals(List.of("file:" + csv + " line 3: has 4 fields, the header 3", "file:" + csv + " line 4: has 2 fields, "
        + "the header 3"), c.skipped().listed());
    Path dir = study("skip-study", "file,outlet\na.txt,A\nmissing.txt,B\nc.txt\n", "a.txt", "Text A.");
    Corpus s = read(dir, BadRecords.Policy.SKIP);
    assertEquals(List.of("[a,A,A,null,null,Text A.]"), rows(s));
    assertEquals(List.of(dir + "/manifest.csv line 3: file " + dir + "/missing.txt does not exist",
        dir + "/manifest.csv line 4: has 1 field, the header 2"), s.skipped().listed());
  }

  @Test
  void skippedRecordsAreCountedInRunJsonWithOneWarningLine() throws IOException {
    Path f = write("warn.jsonl", GOOD + "\n{\"id\": \"a2\", \"outlet\": \"Fox\", \"text\": \"Sanctions were discussed.\"}\n"
        + "not json\n");
    Path out = tmp.resolve("warn-out");
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    run(fast(f, out).withOnBadRecord(BadRecords.Policy.SKIP), new PrintStream(console, true, StandardCharsets.UTF_8));
    List<String> warnings = console.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("warning")).toList();
    assertEquals(List.of("framing: warning: skipped 1 malformed record (--on-bad-record skip), listed in run.json; "
        + "the first: file:" + f + " line 3: not valid JSON" ), warnings);
    JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
    assertEquals(2, run.at("/counts/articles").asLong());
    assertEquals(1, run.at("/counts/skipped_records/count").asLong());
    assertEquals("file:" + f + " line 3: not valid JSON", run.at("/counts/skipped_records/first/0").asText());
    assertEquals("skip", run.at("/options/on_bad_record").asText());
  }

  @Test
  void anUndatedCorpusFindsEventsWithoutAWindowAndSaysSo() throws IOException {
    Path f = write("undated.jsonl", GOOD + "\n{\"id\": \"a2\", \"outlet\": \"Fox\", \"text\": \"Sanctions were discussed.\"}\n");
    Path out = tmp.resolve("undated-out");
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    run(fast(f, out).withEvents(JobOptions.Events.DEFAULTS), new PrintStream(console, true, StandardCharsets.UTF_8));
    assertEquals(List.of("framing: warning: no article has a date: events are found without a time window "
        + "(run.json says so)"), console.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("warning")).toList());
    JsonNode run = new ObjectMapper().readTree(out.resolve("run.json").toFile());
    assertEquals("auto", run.at("/events/mode").asText());
    assertTrue(run.at("/events/window_days").isNull());
    assertEquals(2, run.at("/events/events").asLong());
  }

  @Test
  void whenEveryRecordIsMalformedNothingIsLeftAndTheRunStops() throws IOException {
    Path f = write("all-bad.jsonl", "[1]\n{\"id\": \"x\", \"outlet\": \"o\", \"text\": 1}\nnull\n");
    assertEquals(f + ": all 3 records are malformed and were skipped, nothing is left to analyse; the first: "
        + "file:" + f + " line 1: a JSON array where an object belongs",
        assertThrows(InputException.class, () -> read(f, BadRecords.Policy.SKIP)).getMessage());
  }

  @Test
  void whenEveryArticleIsFilteredOutByCleaningTheRunStops() throws IOException {
    Path f = write("stopwords.jsonl", "{\"id\": \"s1\", \"outlet\": \"Vox\", \"text\": \"The and of.\"}\n"
        + "{\"id\": \"s2\", \"outlet\": \"Fox\", \"text\": \"It is what it is.\"}\n");
    Path out = tmp.resolve("filtered-out");
    InputException e = assertThrows(InputException.class, () -> run(fast(f, out), null));
    assertEquals("group 'Fox' (outlet) has no terms after cleaning: its 1 article(s) hold only stop words, numbers or "
        + "boilerplate; check them or --stopwords", e.getMessage());
    assertFalse(Files.exists(out), "a failed run publishes nothing");
  }

  // ---- tiny articles and groups: the documented recovery is a normal run ---------------------------------

  /** Outlet A: five articles, the first with Windows line ends; outlet B: one article of one token. */
  private Path smallStudy() throws IOException {
    String text = "NATO met Russia in Brussels.\nThe talks were tense but useful.\n";
    return study("small", "file,outlet\na1.txt,A\na2.txt,A\na3.txt,A\na4.txt,A\na5.txt,A\nb.txt,B\n",
        "a1.txt", text.replace("\n", "\r\n"), "a2.txt", text, "a3.txt", "Sanctions were discussed at length.",
        "a4.txt", "Diplomats met again on Friday.", "a5.txt", "Security guarantees were on the table.",
        "b.txt", "Sanctions.");
  }

  @Test
  void aOneTokenArticleAndAOneArticleGroupRunAndSayHowTheirIntervalIsMade() throws IOException {
    Path out = tmp.resolve("small-out");
    StudyJob.Result r = run(fast(smallStudy(), out), null);
    assertEquals(6, r.articles());
    String articles = LocalSpark.read(out.resolve("articles.csv"));
    assertTrue(articles.contains("\nb,B,,,1,1\n"), articles);
    String byOutlet = LocalSpark.read(out.resolve("sentiment_by_outlet.csv"));
    assertTrue(byOutlet.lines().filter(l -> l.startsWith("B,")).allMatch(l -> l.endsWith(",1,1,sentence")), byOutlet);
    assertTrue(byOutlet.lines().filter(l -> l.startsWith("A,")).allMatch(l -> l.endsWith(",5,7,article")), byOutlet);
  }

  @Test
  void anArticleWithWindowsLineEndsCountsLikeTheSameArticleWithUnixOnes() throws IOException {
    Path out = tmp.resolve("crlf-out");
    run(fast(smallStudy(), out), null);
    List<String> lines = LocalSpark.read(out.resolve("articles.csv")).lines().toList();
    assertEquals("a1,A,,,11,2", lines.get(1));
    assertEquals("a2,A,,,11,2", lines.get(2));
  }

  // ---- options, lexicons, output -------------------------------------------------------------------------

  @Test
  void anUnknownOptionIsNamedWithTheSynopsis() {
    Outcome o = cli("--colour", "red");
    assertEquals(2, o.code());
    assertEquals("framing run: Unknown option: '--colour'", o.err().get(0));
    assertEquals("See 'framing run --help'.", o.err().get(o.err().size() - 1));
  }

  @Test
  void conflictingOptionsAreRefused() {
    assertEquals(new Outcome(2, List.of("framing run: --no-sentiment and --emit-sentences contradict each other: "
        + "--emit-sentences sets up what --no-sentiment turns off; drop one of them")),
        cli("--no-sentiment", "--emit-sentences"));
    assertEquals(new Outcome(2, List.of("framing run: --no-quotes and --speakers contradict each other: --speakers "
        + "sets up what --no-quotes turns off; drop one of them")), cli("--no-quotes", "--speakers", "s.csv"));
    assertEquals(new Outcome(2, List.of("framing run: --no-reuse and --reuse-ngram contradict each other: "
        + "--reuse-ngram sets up what --no-reuse turns off; drop one of them")), cli("--reuse-ngram", "5", "--no-reuse"));
    assertEquals(new Outcome(2, List.of("framing run: --no-entities and --actors-top contradict each other: "
        + "--actors-top sets up what --no-entities turns off; drop one of them")), cli("--no-entities", "--actors-top", "5"));
    assertEquals("framing run: option '--top' (N) should be specified only once", cli("--top", "5", "--top", "6").err().get(0));
  }

  @Test
  void anUnknownBadRecordPolicyIsRefused() {
    Outcome o = cli("--on-bad-record", "ignore");
    assertEquals(2, o.code());
    assertEquals("framing run: Invalid value for option '--on-bad-record': expected one of [FAIL, SKIP] "
        + "(case-insensitive) but was 'ignore'", o.err().get(0));
  }

  @Test
  void aLexiconWithABadLineIsNamedWithFileAndLine() throws IOException {
    Path lexicon = write("mine.csv", "term,category\nthreat*,security\nlonely\n");
    assertEquals(lexicon + " line 3: 1 field; expected term,category[,weight]",
        assertThrows(InputException.class, () -> Lexicon.load(lexicon.toString())).getMessage());
  }

  @Test
  void anOutputFolderThatIsAFileIsRefusedAndKept() throws IOException {
    Path file = write("taken", "a file, not a folder");
    InputException e = assertThrows(InputException.class,
        () -> run(JobOptions.defaults().withInput(null, file).withoutCharts(), null));
    assertEquals("--output " + file + ": is a file; name a folder (it is replaced when the run completes)", e.getMessage());
    assertEquals("a file, not a folder", Files.readString(file));
    try (var left = Files.list(tmp)) {
      assertEquals(List.of("taken"), left.map(p -> p.getFileName().toString()).toList());
    }
  }
}
