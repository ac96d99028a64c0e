package org.framing.cli;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.framing.ingest.ColumnMapping;
import org.framing.ingest.CorpusReader;

/**
 * Everything a run needs, parsed once at the command line's edge and passed down unchanged.
 *
 * @param input     a study folder or corpus file (any Hadoop URI); null for the bundled seed study
 * @param output    the output folder; null for {@code output/<study>} in the working directory
 */
public record JobOptions(String input, CorpusReader.Format format, Path output, ColumnMapping columns,
                         Charset encoding, String stopWords, boolean keepNumbers, long minCount, int top,
                         boolean charts, boolean verbose) {

  /** The seed study with every default. */
  public static JobOptions defaults() {
    return new JobOptions(null, CorpusReader.Format.AUTO, null, ColumnMapping.DEFAULTS,
        java.nio.charset.StandardCharsets.UTF_8, "english", false, 1, 100, true, false);
  }

  public JobOptions withInput(String newInput, Path newOutput) {
    return new JobOptions(newInput, format, newOutput, columns, encoding, stopWords, keepNumbers, minCount, top,
        charts, verbose);
  }

  public JobOptions withColumns(ColumnMapping newColumns) {
    return new JobOptions(input, format, output, newColumns, encoding, stopWords, keepNumbers, minCount, top,
        charts, verbose);
  }

  public JobOptions withoutCharts() {
    return new JobOptions(input, format, output, columns, encoding, stopWords, keepNumbers, minCount, top, false,
        verbose);
  }

  /** The options as run.json records them. */
  public Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("input", input == null ? "(bundled seed study)" : input);
    m.put("format", format.name().toLowerCase(java.util.Locale.ROOT));
    m.put("output", output == null ? null : output.toString());
    m.put("id_col", columns.id());
    m.put("outlet_col", columns.outlet());
    m.put("text_col", columns.text());
    m.put("date_col", columns.date());
    m.put("title_col", columns.title());
    m.put("group_by", columns.groupBy());
    m.put("encoding", encoding.name());
    m.put("stopwords", stopWords);
    m.put("keep_numbers", keepNumbers);
    m.put("min_count", minCount);
    m.put("top", top);
    m.put("charts", charts);
    return m;
  }
}
