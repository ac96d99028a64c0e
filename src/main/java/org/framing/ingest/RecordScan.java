package org.framing.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.compress.CompressionCodec;
import org.apache.hadoop.io.compress.CompressionCodecFactory;

/**
 * One pass over a JSON Lines or CSV corpus file on the driver, before Spark reads it, so that every problem
 * is named with its file and line: bytes that are not valid in the encoding, a compressed file that ends early,
 * an unterminated quote, a duplicate article id (these stop the run), and malformed records, which
 * {@link BadRecords} refuses or counts. It also collects the column names.
 *
 * <p>A JSON Lines record is malformed when its line is not valid JSON (a truncated last line), not an object,
 * has no text field or a null one, holds something other than a string there, or a text with a NUL character.
 * A CSV record is malformed when its number of fields differs from the header's, or its text holds a NUL.
 */
final class RecordScan {

  /** What a scan found: the columns of the first records, the records kept, the SHA-256 of each malformed line. */
  record Result(List<String> columns, long records, Set<String> badLineHashes) {}

  private static final int SAMPLE_RECORDS = 100;
  private static final String JSON_FIX = "fix or remove the line (one JSON object per line, the text a string)";
  private static final String NUL = "a NUL character (U+0000): binary data, or a file in another encoding (UTF-16?)";
  private static final Pattern START_LINE = Pattern.compile("\\(startline (\\d+)\\)");
  private static final Pattern AT_LINE = Pattern.compile("at line: (\\d+)");
  /** Jackson without its 20 MB string limit: an article may be longer. */
  private static final ObjectMapper JSON = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
      .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
          .maxStringLength(Integer.MAX_VALUE).build()).build())
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private final FileSystem fs;
  private final Charset charset;
  private final ColumnMapping cols;
  private final BadRecords bad;
  /** Article id to where it was first seen, across the files of one input. */
  private final Map<String, String> ids = new java.util.HashMap<>();

  RecordScan(FileSystem fs, Charset charset, ColumnMapping cols, BadRecords bad) {
    this.fs = fs;
    this.charset = charset;
    this.cols = cols;
    this.bad = bad;
  }

  /**
   * The field names of the first {@value #SAMPLE_RECORDS} objects of a JSON Lines file, in order of appearance
   * (lines that are not objects are passed over here; {@link #jsonLines} names them).
   */
  List<String> jsonColumns(Path file) {
    Set<String> names = new LinkedHashSet<>();
    int objects = 0;
    try (Lines lines = new Lines(file)) {
      String line;
      while (objects < SAMPLE_RECORDS && (line = lines.next()) != null) {
        String json = line.startsWith("\uFEFF") ? line.substring(1) : line;
        if (json.isBlank()) {
          continue;
        }
        try {
          JsonNode node = JSON.readTree(json);
          if (node.isObject()) {
            node.fieldNames().forEachRemaining(names::add);
            objects++;
          }
        } catch (JsonProcessingException e) {
          // named by jsonLines
        }
      }
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    return new ArrayList<>(names);
  }

  Result jsonLines(Path file) {
    Set<String> names = new LinkedHashSet<>();
    Set<String> badLines = new LinkedHashSet<>();
    long records = 0;
    long lineNo = 0;
    boolean blankOnly = true;
    try (Lines lines = new Lines(file)) {
      String line;
      while ((line = lines.next()) != null) {
        lineNo++;
        String json = lineNo == 1 && line.startsWith("\uFEFF") ? line.substring(1) : line;
        if (json.isBlank()) {
          continue;
        }
        blankOnly = false;
        String where = file + " line " + lineNo;
        Object parsed = parse(json);
        if (parsed instanceof String problem) {
          bad.report(where, problem, JSON_FIX);
          badLines.add(Sources.sha256(line.getBytes(StandardCharsets.UTF_8)));
          continue;
        }
        JsonNode node = (JsonNode) parsed;
        JsonNode id = node.get(cols.id());
        if (id != null && !id.isNull()) {
          unique(id.isValueNode() ? id.asText() : id.toString(), where);
        }
        if (records < SAMPLE_RECORDS) {
          node.fieldNames().forEachRemaining(names::add);
        }
        records++;
      }
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    if (lineNo == 0) {
      throw new InputException(file + ": is empty; give a file with one JSON object per line");
    }
    if (blankOnly) {
      throw new InputException(file + ": holds only blank lines; give a file with one JSON object per line");
    }
    return new Result(new ArrayList<>(names), records, badLines);
  }

  /** The line's object when it is one JSON object with its text as a string, else why it is a malformed record. */
  private Object parse(String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonEOFException e) {
      return "not valid JSON: the record ends early (a truncated line?)";
    } catch (JsonProcessingException e) {
      return "not valid JSON";
    }
    if (!node.isObject()) {
      return "a JSON " + kind(node) + " where an object belongs";
    }
    JsonNode text = node.get(cols.text());
    if (text == null || text.isNull()) {
      return "no text: the field '" + cols.text() + "' (--text-col) is missing or null";
    }
    if (!text.isTextual()) {
      return "the field '" + cols.text() + "' holds a " + kind(text) + " where the article's text (a string) belongs";
    }
    if (text.asText().indexOf('\0') >= 0) {
      return "the text holds " + NUL;
    }
    return node;
  }

  Result csv(Path file) {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).build();
    List<String> header;
    long records = 0;
    try (BufferedReader reader = open(file)) {
      reader.mark(1);
      if (reader.read() != '\uFEFF') {
        reader.reset();
      }
      CSVParser parser;
      try {
        parser = format.parse(reader);
      } catch (UncheckedIOException e) {
        throw unreadable(file, e.getCause());
      } catch (IllegalArgumentException e) {
        throw new InputException(file + " line 1: not a valid header (" + e.getMessage() + "); name each column once");
      }
      header = parser.getHeaderNames();
      if (header.isEmpty()) {
        throw new InputException(file + ": is empty; give a CSV file with a header line and one row per article");
      }
      if (header.stream().allMatch(String::isBlank)) {
        throw new InputException(file + ": holds only blank lines; give a CSV file with a header line and one row per article");
      }
      int textAt = header.indexOf(cols.text());
      int idAt = header.indexOf(cols.id());
      long end = parser.getCurrentLineNumber();
      Iterator<CSVRecord> it = parser.iterator();
      while (true) {
        CSVRecord rec;
        try {
          if (!it.hasNext()) {
            break;
          }
          rec = it.next();
        } catch (UncheckedIOException | IllegalStateException e) {
          throw csvSyntax(file, end + 1, e.getCause() == null ? e : e.getCause());
        }
        String where = file + " line " + (end + 1);
        end = parser.getCurrentLineNumber();
        if (rec.size() != header.size()) {
          bad.report(where, "has " + rec.size() + " field" + (rec.size() == 1 ? "" : "s") + ", the header " + header.size(),
              "quote a field that holds a comma");
          continue;
        }
        if (textAt >= 0 && rec.get(textAt).indexOf('\0') >= 0) {
          bad.report(where, "the text holds " + NUL, "fix or remove the record");
          continue;
        }
        if (idAt >= 0 && !rec.get(idAt).isEmpty()) {
          unique(rec.get(idAt), where);
        }
        records++;
      }
    } catch (IOException e) {
      throw unreadable(file, e);
    }
    return new Result(header, records, Set.of());
  }

  private void unique(String id, String where) {
    String first = ids.putIfAbsent(id, where);
    if (first != null) {
      throw new InputException(where + ": article id '" + id + "' appears twice (first at " + first + "); ids must be "
          + "unique: remove the duplicate, or name a column of unique ids with --id-col");
    }
  }

  /**
   * The lines of a file, each decoded on its own so that bytes that are not valid in the encoding are named
   * with their line. Lines end at \\n (a \\r before it is dropped), as Spark's text reader splits them; UTF-16
   * and UTF-32 files are decoded as one stream.
   */
  private final class Lines implements AutoCloseable {
    private final Path file;
    private final InputStream in;
    private final BufferedReader wide;
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int len;
    private long number;

    Lines(Path file) throws IOException {
      this.file = file;
      if (charset.name().startsWith("UTF-16") || charset.name().startsWith("UTF-32")) {
        this.in = null;
        this.wide = open(file);
      } else {
        this.in = decompressed(file);
        this.wide = null;
      }
    }

    String next() throws IOException {
      number++;
      if (wide != null) {
        return readLine(wide, file, number - 1);
      }
      line.reset();
      boolean ended = false;
      while (!ended) {
        if (pos == len) {
          len = Math.max(0, in.read(buf, 0, buf.length));
          pos = 0;
          if (len == 0) {
            if (line.size() == 0) {
              return null;
            }
            break;
          }
        }
        int start = pos;
        while (pos < len && buf[pos] != '\n') {
          pos++;
        }
        line.write(buf, start, pos - start);
        if (pos < len) {
          pos++;
          ended = true;
        }
      }
      byte[] bytes = line.toByteArray();
      int length = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
      try {
        return charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT).decode(java.nio.ByteBuffer.wrap(bytes, 0, length)).toString();
      } catch (CharacterCodingException e) {
        throw new InputException(file + " line " + number + ": bytes that are not valid " + charset.name()
            + "; convert the file to " + charset.name() + " or pass --encoding with its real encoding (e.g. --encoding "
            + "windows-1252)");
      }
    }

    @Override
    public void close() throws IOException {
      if (wide != null) {
        wide.close();
      } else {
        in.close();
      }
    }
  }

  private InputStream decompressed(Path file) throws IOException {
    CompressionCodec codec = new CompressionCodecFactory(fs.getConf()).getCodec(file);
    InputStream raw = fs.open(file);
    return codec == null ? raw : codec.createInputStream(raw);
  }

  private BufferedReader open(Path file) throws IOException {
    return new BufferedReader(new InputStreamReader(decompressed(file), charset.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT)), 1 << 16);
  }

  private String readLine(BufferedReader reader, Path file, long linesRead) throws IOException {
    try {
      return reader.readLine();
    } catch (CharacterCodingException e) {
      throw new InputException(file + " line " + (linesRead + 1) + ": bytes that are not valid " + charset.name()
          + "; convert the file to " + charset.name() + " or pass --encoding with its real encoding (e.g. --encoding "
          + "windows-1252)");
    }
  }

  private InputException csvSyntax(Path file, long line, Throwable e) {
    if (e instanceof CharacterCodingException) {
      return new InputException(file + ": bytes that are not valid " + charset.name() + " near line " + line
          + "; convert the file to " + charset.name() + " or pass --encoding with its real encoding (e.g. --encoding "
          + "windows-1252)");
    }
    if (e instanceof EOFException) {
      return unreadable(file, (EOFException) e);
    }
    return csvSyntax(file.toString(), line, e);
  }

  /**
   * A CSV syntax error that Commons CSV reported ({@code e}) in the job's words, naming {@code file} and the line
   * where the bad record starts: the line in Commons CSV's message, else {@code line} (0: not known, none named).
   */
  static InputException csvSyntax(String file, long line, Throwable e) {
    String msg = String.valueOf(e.getMessage());
    Matcher start = START_LINE.matcher(msg);
    Matcher atLine = AT_LINE.matcher(msg);
    long at = start.find() ? Long.parseLong(start.group(1)) : atLine.find() ? Long.parseLong(atLine.group(1)) : line;
    String where = at > 0 ? file + " line " + at : file;
    if (msg.contains("EOF reached before encapsulated token finished")) {
      return new InputException(where + ": a quoted field starts here and is never closed; close the quote, and "
          + "double every quote inside a quoted field (\"\")", e);
    }
    if (msg.contains("Invalid character between encapsulated token and delimiter")) {
      return new InputException(where + ": text follows the closing quote of a quoted field; quote the whole field, "
          + "and double every quote inside it (\"\")", e);
    }
    return new InputException(where + ": not valid CSV (" + msg.replaceAll("\\s+", " ").strip()
        + "); quote a field that holds a comma, quote or line break, and double the quotes inside it", e);
  }

  private InputException unreadable(Path file, IOException e) {
    if (e instanceof EOFException) {
      return new InputException(file + ": the compressed data ends early (a truncated download or copy?); fetch or "
          + "compress the file again", e);
    }
    if (e instanceof CharacterCodingException) {
      return new InputException(file + ": bytes that are not valid " + charset.name() + "; convert the file to "
          + charset.name() + " or pass --encoding with its real encoding (e.g. --encoding windows-1252)", e);
    }
    return new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
  }

  private static String kind(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
