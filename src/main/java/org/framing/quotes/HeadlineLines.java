package org.framing.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The offsets of an article's headline line(s): the line holding the title, else a short first line
 * ({@link QuoteFinder}'s class comment, step 8).
 */
record HeadlineLines(List<int[]> lines) {
  static HeadlineLines of(String text, String title) {
    List<int[]> out = new ArrayList<>();
    String wanted = title == null ? "" : flat(title);
    List<int[]> lines = new ArrayList<>();
    int start = 0;
    while (start <= text.length()) {
      int end = start;
      while (end < text.length() && !QuoteMarks.isLineBreak(text.charAt(end))) {
        end++;
      }
      if (!text.substring(start, end).isBlank()) {
        lines.add(new int[] {start, end});
      }
      start = end + 1;
    }
    for (int[] l : lines) {
      String line = text.substring(l[0], l[1]);
      if (wanted.length() >= 8 && flat(line).contains(wanted)) {
        out.add(l);
      }
    }
    if (wanted.length() < 8 && lines.size() > 1) {
      String first = text.substring(lines.get(0)[0], lines.get(0)[1]).strip().replaceAll("[\\s\"“”«»'‘’)\\]]+$", "");
      if (QuoteMarks.words(first, 0, first.length()) <= 20 && !first.matches(".*[.!?…]$")) {
        out.add(lines.get(0));
      }
    }
    return new HeadlineLines(out);
  }

  boolean contains(int offset) {
    return lines.stream().anyMatch(l -> offset >= l[0] && offset < l[1]);
  }

  /** Lower case, one kind of quotation mark, single spaces. */
  private static String flat(String s) {
    StringBuilder b = new StringBuilder();
    for (char c : s.toLowerCase(Locale.ROOT).toCharArray()) {
      b.append(QuoteMarks.isDoubleMark(c) ? '"' : QuoteMarks.isSingleMark(c) ? '\'' : c);
    }
    return b.toString().replaceAll("\\s+", " ").strip();
  }
}
