package org.framing.quotes;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page furniture left inside the prose by The Hill's name hover cards: after a person's name the page repeats the
 * full legal name, glued to the titles of three related stories, and "MORE" ("Sen. Ben Cardin Benjamin (Ben)
 * Louis CardinSenate committee approves … MORE (D-Md.) said"). The card starts after the name, repeats its last
 * word glued to a capital, digit or mark, and ends at "MORE"; it is blanked (same length, so offsets still index
 * the article) before names and attributions are read, and the single-marked story titles inside it are not
 * quotations. A card holding a double quotation mark is left alone, so that no double-marked quotation is lost.
 */
final class HoverCards {

  /** A name's last word, the card's legal name ending in that word glued to a story title, up to "MORE". */
  private static final Pattern CARD = Pattern.compile(
      "\\b(\\p{Lu}[\\p{L}'’-]+)(?<card>\\s[^\\n]{0,80}?\\1(?=[\\p{Lu}\\d'‘])[^\\n]{0,600}?\\sMORE)\\b");

  private HoverCards() {}

  /** The text with every hover card replaced by spaces. */
  static String blank(String text) {
    if (!text.contains("MORE")) {
      return text;
    }
    Matcher m = CARD.matcher(text);
    StringBuilder out = null;
    int from = 0;
    while (m.find(from)) {
      String card = m.group("card");
      from = m.end();
      if (card.chars().anyMatch(c -> QuoteMarks.isDoubleMark((char) c))) {
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text);
      }
      for (int k = m.start("card"); k < m.end("card"); k++) {
        out.setCharAt(k, ' ');
      }
    }
    return out == null ? text : out.toString();
  }
}
