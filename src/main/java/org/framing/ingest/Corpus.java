package org.framing.ingest;

import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What ingest hands on: the articles in the {@link org.framing.schema.Schemas#ARTICLE} schema, the study's
 * name (output folder), the input format, the files read, and the study folder's optional files by name
 * ({@link CorpusReader#STUDY_FILES}; empty for other inputs), and the malformed records left out with
 * {@code --on-bad-record skip}.
 */
public record Corpus(String name, String format, String location, Dataset<Row> articles, List<InputFile> files,
                     Map<String, StudyText> studyFiles, BadRecords skipped) {

  public Corpus {
    studyFiles = Map.copyOf(studyFiles);
  }
}
