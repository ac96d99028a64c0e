package org.framing.ingest;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What ingest hands on: the articles in the {@link org.framing.schema.Schemas#ARTICLE} schema, the study's
 * name (output folder), the input format, and the files read.
 */
public record Corpus(String name, String format, String location, Dataset<Row> articles, List<InputFile> files) {}
