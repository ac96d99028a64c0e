package org.framing.ingest;

import java.io.Serializable;

/**
 * Which input columns hold the article fields. {@code date} and {@code title} are optional: when the column
 * named by default is absent they are empty; when the user named it explicitly it must exist.
 */
public record ColumnMapping(String id, String outlet, String text, String date, String title, String groupBy,
                            boolean dateExplicit, boolean titleExplicit) implements Serializable {

  public static final ColumnMapping DEFAULTS =
      new ColumnMapping("id", "outlet", "text", "date", "title", "outlet", false, false);
}
