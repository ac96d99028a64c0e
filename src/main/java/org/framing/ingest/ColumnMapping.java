package org.framing.ingest;

import java.io.Serializable;

/**
 * Which input columns hold the article fields. {@code date}, {@code title} and {@code url} are optional: when the
 * column named by default is absent they are empty; when the user named it explicitly it must exist. {@code event} names
 * the column of given event ids ({@code --events COLUMN}), which must exist; null when events are not given.
 */
public record ColumnMapping(String id, String outlet, String text, String date, String title, String groupBy,
                            boolean dateExplicit, boolean titleExplicit, String event, String url,
                            boolean urlExplicit) implements Serializable {

  /** A mapping with the default, optional url column. */
  public ColumnMapping(String id, String outlet, String text, String date, String title, String groupBy,
                       boolean dateExplicit, boolean titleExplicit, String event) {
    this(id, outlet, text, date, title, groupBy, dateExplicit, titleExplicit, event, "url", false);
  }

  /** A mapping without an event column. */
  public ColumnMapping(String id, String outlet, String text, String date, String title, String groupBy,
                       boolean dateExplicit, boolean titleExplicit) {
    this(id, outlet, text, date, title, groupBy, dateExplicit, titleExplicit, null);
  }

  /** This mapping with the event ids read from {@code column} (null: none). */
  public ColumnMapping withEvent(String column) {
    return new ColumnMapping(id, outlet, text, date, title, groupBy, dateExplicit, titleExplicit, column, url,
        urlExplicit);
  }

  public static final ColumnMapping DEFAULTS =
      new ColumnMapping("id", "outlet", "text", "date", "title", "outlet", false, false);
}
