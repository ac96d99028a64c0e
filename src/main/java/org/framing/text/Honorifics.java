package org.framing.text;

import java.util.Set;

/**
 * Honorifics and abbreviated titles written before a name ("Mr. Trump", "Mrs. Clinton", "Gov. Perry", "Sen. Cruz").
 * Attached to a name, one belongs to the name's mention (entities) and is no term: an outlet that writes "Mr."
 * before every surname would otherwise have "mr" as its most distinctive word (house style, not framing).
 * Alone ("the mr of the year", "Dr." ending a sentence) it stays a word like any other.
 */
public final class Honorifics {

  /** The honorifics, lower case, without their period. */
  public static final Set<String> WORDS = Set.of("mr", "mrs", "ms", "mx", "miss", "messrs", "mme", "dr", "prof",
      "sir", "dame", "rev", "sen", "sens", "rep", "reps", "gov", "gen", "lt", "col", "sgt", "capt", "adm", "cmdr", "maj");

  /** Honorifics also written without a period before a name (British style: "Mr Johnson"). */
  private static final Set<String> WITHOUT_PERIOD = Set.of("mr", "mrs", "ms", "mx", "miss", "messrs", "mme", "dr",
      "sir", "dame");

  private Honorifics() {}

  /**
   * Whether {@code token} is an honorific attached to the name that {@code next} starts: ". " or (for the usual
   * forms of address) " " between them, and {@code next} capitalised, in the NFKC {@code text} both index.
   */
  public static boolean attached(String text, Token token, Token next) {
    if (next == null || !WORDS.contains(token.text()) || !Character.isUpperCase(text.charAt(next.start()))) {
      return false;
    }
    String gap = text.substring(token.end(), next.start());
    return gap.equals(". ") || gap.equals(" ") && WITHOUT_PERIOD.contains(token.text());
  }
}
