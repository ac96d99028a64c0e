package org.framing.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Finds the spans of text between quotation marks, in the original text (no normalisation, so offsets index
 * what the user gave).
 *
 * <p>Double marks: straight {@code "} (and its full-width form), curly {@code “ ”}, low {@code „} and guillemets {@code « »} are one
 * family, because scraped news mixes them within one quotation ({@code "defining moment,”}). Curly opening
 * marks, {@code „} and {@code «} always open; {@code ”} and {@code »} always close; a straight mark opens when
 * white space, a bracket, a dash or a line start stands before it and a non-space after it, and closes when a
 * non-space stands before it. A closing mark with nothing open is a stray and is ignored; an opening mark while
 * a quotation is open restarts it (the first was never closed).
 *
 * <p>Paragraphs: the newspaper convention (Chicago Manual of Style 13.30) leaves a quotation open at the end of
 * a paragraph and repeats the opening mark at the start of the next when the speaker goes on. A quotation open
 * at a line break therefore continues when the next non-blank line starts with an opening mark; otherwise it
 * was never closed and is dropped.
 *
 * <p>Single marks ({@code ' ‘ ’ ‹ ›}) double as apostrophes, so a single-quoted span must open after white
 * space, a bracket, a dash or a double mark and before a letter or digit, close after a letter, digit or
 * sentence mark and before a non-letter, stay on one line, lie outside double-quoted spans (a quotation inside
 * a quotation belongs to the outer speaker) and hold at least {@value #MIN_SINGLE_WORDS} words: a clause, not a
 * scare-quoted word or a pair of words ('real risk') that headlines single-quote.
 */
final class QuoteMarks {

  /** A single-quoted span needs this many words to count as a quotation. */
  static final int MIN_SINGLE_WORDS = 3;

  /**
   * One quotation: the opening mark at {@code open}, the closing mark at {@code close}; the quoted text is
   * {@code open + 1} to {@code close}.
   */
  record Span(int open, int close, boolean single) {
    int contentStart() {
      return open + 1;
    }

    int contentEnd() {
      return close;
    }
  }

  private QuoteMarks() {}

  /** Every quotation in {@code text}, in order of their opening marks. */
  static List<Span> find(String text) {
    List<Span> spans = new ArrayList<>(doubles(text));
    spans.addAll(singles(text, List.copyOf(spans)));
    spans.sort(Comparator.comparingInt(Span::open));
    return spans;
  }

  static boolean isDoubleMark(char c) {
    return c == '"' || c == '＂' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»' || c == '‟';
  }

  static boolean isSingleMark(char c) {
    return c == '\'' || c == '‘' || c == '’' || c == '‹' || c == '›';
  }

  /** Whether the double mark at {@code i} can open a quotation. */
  static boolean opensDouble(String text, int i) {
    char c = text.charAt(i);
    if (c == '“' || c == '„' || c == '«' || c == '‟') {
      return true;
    }
    return (c == '"' || c == '＂') && opensAfter(text, i) && i + 1 < text.length() && !space(text.charAt(i + 1));
  }

  private static boolean closesDouble(String text, int i) {
    char c = text.charAt(i);
    if (c == '”' || c == '»') {
      return true;
    }
    return (c == '"' || c == '＂') && i > 0 && !space(text.charAt(i - 1));
  }

  /** Start of text, white space, an opening bracket, a dash or slash, or another quotation mark before i. */
  private static boolean opensAfter(String text, int i) {
    if (i == 0) {
      return true;
    }
    char p = text.charAt(i - 1);
    return space(p) || "([{—–-/".indexOf(p) >= 0 || isDoubleMark(p) || isSingleMark(p);
  }

  /** White space, the no-break space included (scraped text is full of U+00A0). */
  static boolean space(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  static boolean isLineBreak(char c) {
    return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085';
  }

  private static List<Span> doubles(String text) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int open = -1;
    for (int i = 0; i < n; i++) {
      char c = text.charAt(i);
      if (isLineBreak(c)) {
        if (open >= 0) {
          int next = i;
          while (next < n && space(text.charAt(next))) {
            next++;
          }
          if (next < n && isDoubleMark(text.charAt(next)) && opensDouble(text, next)) {
            i = next;     // the speaker goes on in the next paragraph
          } else {
            open = -1;    // never closed: not a quotation we can trust
          }
        }
        continue;
      }
      if (!isDoubleMark(c)) {
        continue;
      }
      if (open < 0) {
        if (opensDouble(text, i)) {
          open = i;
        }
      } else if (closesDouble(text, i)) {
        if (hasWord(text, open + 1, i)) {
          out.add(new Span(open, i, false));
        }
        open = -1;
      } else if (opensDouble(text, i)) {
        open = i;
      }
    }
    return out;
  }

  private static List<Span> singles(String text, List<Span> doubles) {
    List<Span> out = new ArrayList<>();
    int n = text.length();
    int open = -1;
    int d = 0;
    for (int i = 0; i < n; i++) {
      while (d < doubles.size() && doubles.get(d).close() < i) {
        d++;
      }
      if (d < doubles.size() && doubles.get(d).open() <= i) {
        i = doubles.get(d).close();
        open = -1;
        continue;
      }
      char c = text.charAt(i);
      if (isLineBreak(c)) {
        open = -1;
      } else if (isSingleMark(c)) {
        boolean before = i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || ".!?,".indexOf(text.charAt(i - 1)) >= 0);
        boolean after = i + 1 < n && Character.isLetterOrDigit(text.charAt(i + 1));
        if (open >= 0 && before && !after && c != '‘' && c != '‹') {
          if (words(text, open + 1, i) >= MIN_SINGLE_WORDS) {
            out.add(new Span(open, i, true));
          }
          open = -1;
        } else if (opensAfter(text, i) && after && c != '’' && c != '›') {
          open = i;
        }
      }
    }
    return out;
  }

  private static boolean hasWord(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Runs of letters and digits between {@code from} and {@code to}; inner apostrophes and hyphens join. */
  static int words(String text, int from, int to) {
    int count = 0;
    boolean in = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      boolean inner = in && (c == '\'' || c == '’' || c == '-') && i + 1 < to && Character.isLetterOrDigit(text.charAt(i + 1));
      if (Character.isLetterOrDigit(c) || inner) {
        if (!in) {
          count++;
        }
        in = true;
      } else {
        in = false;
      }
    }
    return count;
  }
}
