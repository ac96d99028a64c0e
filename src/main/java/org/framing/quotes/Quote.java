package org.framing.quotes;

import java.util.Locale;

/**
 * One quotation or piece of reported speech in an article.
 *
 * @param start    offset of the quoted text's first character in the original article text (Java string index,
 *                 UTF-16 code units: the same as code points unless the text holds characters beyond U+FFFF)
 * @param end      offset just after its last character, so {@code text.substring(start, end)} is {@link #quote}
 * @param quote    the quoted words without the quotation marks; for reported speech the reported clause
 * @param kind     direct, partial or reported
 * @param headline whether it stands in the headline (the first line, or the line holding the title)
 * @param speaker  the canonical speaker, or null when no rule attributes it (never guessed)
 * @param verb     the speech verb as written, lower case ("said", "told", "according to", ":" for a colon
 *                 after the speaker's name); empty when the speaker comes from the sentence before
 * @param words    words in {@code quote}: runs of letters and digits
 */
public record Quote(int start, int end, String quote, Kind kind, boolean headline, String speaker, String verb, int words) {

  /** How the words reach the reader. */
  public enum Kind {
    /** A whole statement in quotation marks, standing apart from the reporter's sentence. */
    DIRECT,
    /** Quoted words worked into the reporter's own sentence ("warned of a “real risk”"). */
    PARTIAL,
    /** Paraphrase, no quotation marks ("Peskov said that Russia is not making ultimatums"). */
    REPORTED;

    /** The name written into quotes.csv. */
    public String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }
}
