package org.framing.quotes;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.framing.ingest.InputException;

/**
 * A study's speaker list ({@code speakers.csv}): who is who, under which other names, and which side they
 * speak for. Immutable and serializable, so Spark ships it to the executors with the quote stage.
 *
 * <p>File format: UTF-8 CSV with the header {@code speaker,aliases,affiliation}; {@code speaker} is the canonical
 * name written into {@code quotes.csv} ("Jens Stoltenberg"), {@code aliases} other names separated by {@code ;}
 * ("Stoltenberg;NATO Secretary General"), {@code affiliation} the group the speaker is counted under
 * ("NATO", "United States", "Russia", "other"). Lines starting with {@code #} are comments. Matching ignores
 * case, repeated white space and a leading "the", so "the Kremlin" and "Kremlin" are one alias. A name or
 * alias may belong to one speaker only.
 *
 * <p>A speaker not on the list keeps the name the rules found and the affiliation {@value #OTHER}.
 */
public final class Speakers implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The file's name inside a study folder, beside {@code manifest.csv}. */
  public static final String FILE = "speakers.csv";
  /** The affiliation of a speaker not on the list. */
  public static final String OTHER = "other";
  /** No list: every speaker is {@value #OTHER}. */
  public static final Speakers NONE = new Speakers(Map.of());

  /** One speaker as listed: canonical name and affiliation. */
  public record Speaker(String name, String affiliation) implements Serializable {}

  private final Map<String, Speaker> byKey;

  private Speakers(Map<String, Speaker> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  /** Reads a speakers file; {@code where} names it in errors. */
  public static Speakers load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new InputException(file + ": no such file; --speakers names a CSV with the header speaker,aliases,affiliation");
    }
    try {
      return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
    } catch (IOException e) {
      throw new InputException(file + ": cannot read (" + e.getMessage() + ")", e);
    }
  }

  /**
   * Parses the text of a speakers file.
   *
   * @param where the file's name for error messages
   * @throws InputException naming the file and line of a missing or unknown column, an empty name, alias or
   *                        affiliation, or a name or alias given to two speakers
   */
  public static Speakers parse(String text, String where) {
    Map<String, Speaker> byKey = new HashMap<>();
    Map<String, Long> lineOf = new HashMap<>();
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
        .setIgnoreEmptyLines(true).setCommentMarker('#').build();
    try (CSVParser parser = format.parse(new StringReader(text.startsWith("\uFEFF") ? text.substring(1) : text))) {
      List<String> header = parser.getHeaderNames();
      for (String column : List.of("speaker", "aliases", "affiliation")) {
        if (!header.contains(column)) {
          throw new InputException(where + " line 1: no column '" + column + "'; the header must be "
              + "speaker,aliases,affiliation (it is " + String.join(",", header) + ")");
        }
      }
      for (String column : header) {
        if (!List.of("speaker", "aliases", "affiliation").contains(column)) {
          throw new InputException(where + " line 1: unknown column '" + column + "'; the header must be "
              + "speaker,aliases,affiliation");
        }
      }
      for (CSVRecord rec : parser) {
        long line = parser.getCurrentLineNumber();
        String at = where + " line " + line;
        if (!rec.isConsistent()) {
          throw new InputException(at + ": has " + rec.size() + " fields, the header " + header.size()
              + "; quote a field that holds a comma");
        }
        String name = rec.get("speaker");
        String affiliation = rec.get("affiliation");
        if (name.isEmpty()) {
          throw new InputException(at + ": the speaker column is empty; write the speaker's canonical name");
        }
        if (affiliation.isEmpty()) {
          throw new InputException(at + ": speaker '" + name + "' has no affiliation; write one, e.g. "
              + OTHER);
        }
        Speaker speaker = new Speaker(name, affiliation);
        List<String> names = new ArrayList<>(List.of(name));
        if (!rec.get("aliases").isBlank()) {
          for (String alias : rec.get("aliases").split(";", -1)) {
            if (alias.isBlank()) {
              throw new InputException(at + ": an alias of '" + name + "' is empty; remove the extra ';'");
            }
            names.add(alias.strip());
          }
        }
        for (String n : names) {
          String key = key(n);
          Speaker before = byKey.get(key);
          if (before != null && !before.equals(speaker)) {
            throw new InputException(at + ": '" + n + "' is already a name of '" + before.name() + "' (line "
                + lineOf.get(key) + "); a name or alias may belong to one speaker only");
          }
          byKey.put(key, speaker);
          lineOf.putIfAbsent(key, line);
        }
      }
    } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
      throw new InputException(where + ": not valid CSV (" + e.getMessage() + "); check quotes and the header "
          + "speaker,aliases,affiliation");
    }
    return new Speakers(byKey);
  }

  /** The listed speaker with this name or alias. */
  public Optional<Speaker> find(String name) {
    return Optional.ofNullable(byKey.get(key(name)));
  }

  /** How many names and aliases the list holds. */
  public int size() {
    return byKey.size();
  }

  /** The lookup key: lower case, single spaces, without a leading "the" or a trailing possessive. */
  static String key(String name) {
    String k = name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT).replace('’', '\'');
    if (k.startsWith("the ")) {
      k = k.substring(4);
    }
    if (k.endsWith("'s")) {
      k = k.substring(0, k.length() - 2);
    }
    return k;
  }
}
