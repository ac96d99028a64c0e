package org.framing.job;

import static org.apache.spark.sql.functions.col;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.KIND;
import static org.framing.schema.Columns.QUOTES;
import static org.framing.schema.Columns.QUOTE_INDEX;
import static org.framing.schema.Columns.SPEAKER;
import static org.framing.schema.Columns.WORDS;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;
import org.framing.entities.Resolution;
import org.framing.entities.SpeakerEntities;
import org.framing.events.ArticleMeasures;
import org.framing.quotes.Quotations;
import org.framing.quotes.Quote;
import org.framing.quotes.Voices;
import org.framing.schema.OutputFile;
import org.framing.spark.Sorted;

/**
 * quotes.csv (every quotation and piece of reported speech, by article and position, from the pass's quotes
 * column, each with its speaker's entity) and voices.csv (each group's voice shares, largest first, a speaker's
 * entity one voice), and with events each article's voice shares for the within-event comparison.
 */
final class QuoteOutputs {

  private final CsvOutputs out;
  private final Progress progress;

  QuoteOutputs(CsvOutputs out, Progress progress) {
    this.out = out;
    this.progress = progress;
  }

  /**
   * Writes both files; {@code resolution} gives the speakers' entities (null: entities off). With {@code within}
   * (events on) each article's voice shares are handed to it. The quotations with their speakers' entities are
   * read from the pass once and kept on disk while the files and the shares are computed from them: kept in
   * memory beside the pass, the 37.5k corpus's 571,333 quotations ran the job out of its 2300 MB heap.
   */
  void write(Dataset<Row> pass, Resolution resolution, WithinEventOutputs within) {
    Dataset<Row> quotes = SpeakerEntities.attach(Quotations.fromPass(pass), resolution)
        .persist(StorageLevel.DISK_ONLY());
    try {
      long found = out.writePerArticle(OutputFile.QUOTES, quotes, QUOTE_INDEX);
      Dataset<Row> voices = Sorted.inOnePartition(new Voices().transform(quotes.withColumn(SPEAKER,
          col(SpeakerEntities.VOICE))), col(GROUP), col(QUOTES).desc(), col(WORDS).desc(), col(SPEAKER));
      out.write(OutputFile.VOICES, voices);
      long direct = quotes.filter(col(KIND).equalTo(Quote.Kind.DIRECT.label())).count();
      if (within != null) {
        within.keep(WithinEventOutputs.Measure.VOICES, ArticleMeasures.voices(quotes.select(ARTICLE_ID,
            SpeakerEntities.VOICE), SpeakerEntities.VOICE, WithinEventOutputs.VOICES_TOP));
      }
      progress.done("quotes", "found " + found + " quotations and reported statements (" + direct + " direct); wrote "
          + OutputFile.QUOTES.file() + ", " + OutputFile.VOICES.file());
    } finally {
      quotes.unpersist();
    }
  }
}
