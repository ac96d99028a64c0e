package org.framing.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.framing.text.Tokenizer;

/**
 * The sentence model of {@link QuoteFinder}: an article split into sentences, each quotation kept whole (its class
 * comment, step 2), and each sentence into words, punctuation marks and quotations with their offsets.
 */
final class QuoteSentences {

  /** A web domain ending a word ("History.com"): part of the word, not a sentence end. */
  private static final Pattern WEB_DOMAIN = Pattern.compile("\\.(com|org|net|gov|edu)\\b");

  private QuoteSentences() {}

  enum Type { WORD, PUNCT, QUOTE }

  /** A word, a punctuation mark or a whole quotation of a sentence, with its offsets in the text. */
  record Item(Type type, String text, int start, int end, int span) {
    boolean word() {
      return type == Type.WORD;
    }

    boolean is(String s) {
      return type != Type.QUOTE && text.equals(s);
    }

    String lower() {
      return type == Type.WORD ? Names.bare(text) : text;
    }
  }

  /** A sentence: its offsets, paragraph number and items. */
  record Sentence(int start, int end, int paragraph, List<Item> items) {}

  /** Splits the text into sentences, each quotation kept whole ({@link QuoteFinder}'s class comment, step 2). */
  static List<Sentence> sentences(String text, List<QuoteMarks.Span> spans) {
    List<Sentence> out = new ArrayList<>();
    int n = text.length();
    int paragraph = 0;
    int start = -1;
    int next = 0;
    for (int i = 0; i < n; i++) {
      if (next < spans.size() && spans.get(next).open() == i) {
        QuoteMarks.Span sp = spans.get(next++);
        if (start < 0) {
          start = i;
        }
        i = sp.close();
        if (endsInside(text, sp) && breaksAfter(text, i + 1, nextOpen(spans, next)) && !attributionFollows(text, i + 1)) {
          out.add(sentence(text, spans, start, i + 1, paragraph));
          start = -1;
        }
        continue;
      }
      char c = text.charAt(i);
      if (QuoteMarks.isLineBreak(c)) {
        if (start >= 0) {
          out.add(sentence(text, spans, start, i, paragraph));
          start = -1;
        }
        if (i == 0 || !QuoteMarks.isLineBreak(text.charAt(i - 1))) {
          paragraph++;
        }
        continue;
      }
      if (QuoteMarks.space(c)) {
        continue;
      }
      if (start < 0) {
        start = i;
      }
      if (".!?…".indexOf(c) >= 0 && !abbreviation(text, i)) {
        int limit = nextOpen(spans, next);
        int j = i + 1;
        while (j < n && j < limit && ".!?…)]".indexOf(text.charAt(j)) >= 0) {
          j++;
        }
        if (breaksAfter(text, j, limit)) {
          out.add(sentence(text, spans, start, j, paragraph));
          start = -1;
          i = j - 1;
        }
      }
    }
    if (start >= 0) {
      out.add(sentence(text, spans, start, n, paragraph));
    }
    return out;
  }

  /** The paragraphs made only of quotations (every sentence a quotation and punctuation). */
  static Set<Integer> quoteParagraphs(List<Sentence> sentences) {
    Set<Integer> out = new HashSet<>();
    Set<Integer> prose = new HashSet<>();
    for (Sentence s : sentences) {
      boolean quotes = s.items().stream().anyMatch(x -> x.type() == Type.QUOTE)
          && s.items().stream().allMatch(x -> x.type() != Type.WORD);
      (quotes ? out : prose).add(s.paragraph());
    }
    out.removeAll(prose);
    return out;
  }

  private static int nextOpen(List<QuoteMarks.Span> spans, int next) {
    return next < spans.size() ? spans.get(next).open() : Integer.MAX_VALUE;
  }

  private static boolean endsInside(String text, QuoteMarks.Span sp) {
    for (int k = sp.close() - 1; k > sp.open(); k--) {
      char c = text.charAt(k);
      if (!QuoteMarks.space(c)) {
        return ".!?…".indexOf(c) >= 0;
      }
    }
    return false;
  }

  /** White space at {@code j}, then a capital, a digit or an opening mark (the quotation {@code nextOpen}). */
  private static boolean breaksAfter(String text, int j, int nextOpen) {
    int n = text.length();
    if (j >= n || !QuoteMarks.space(text.charAt(j)) || QuoteMarks.isLineBreak(text.charAt(j))) {
      return false;
    }
    int k = j;
    while (k < n && QuoteMarks.space(text.charAt(k)) && !QuoteMarks.isLineBreak(text.charAt(k))) {
      k++;
    }
    if (k >= n || QuoteMarks.isLineBreak(text.charAt(k))) {
      return false;
    }
    char c = text.charAt(k);
    return Character.isUpperCase(c) || Character.isDigit(c) || k == nextOpen || c == '(';
  }

  /** Up to five capitalised words and a speech verb, or a speech verb, right after {@code j}. */
  private static boolean attributionFollows(String text, int j) {
    int k = j;
    int n = text.length();
    for (int w = 0; w < 6; w++) {
      while (k < n && QuoteMarks.space(text.charAt(k)) && !QuoteMarks.isLineBreak(text.charAt(k))) {
        k++;
      }
      int e = k;
      while (e < n && (Character.isLetter(text.charAt(e)) || text.charAt(e) == '.' || text.charAt(e) == '-')) {
        e++;
      }
      if (e == k) {
        return false;
      }
      String word = text.substring(k, e);
      if (SpeechSubjects.VERBS.contains(Names.bare(word)) && !Names.capitalized(word) && !word.equals("went")) {
        return true;
      }
      if (!Names.capitalized(word)) {
        return false;
      }
      k = e;
    }
    return false;
  }

  /** A period after a known abbreviation, an initial or an acronym with inner periods ("U.S."). */
  private static boolean abbreviation(String text, int i) {
    if (text.charAt(i) != '.') {
      return false;
    }
    int b = i;
    while (b > 0 && (Character.isLetter(text.charAt(b - 1)) || text.charAt(b - 1) == '.')) {
      b--;
    }
    String word = text.substring(b, i);
    return word.length() == 1 || word.contains(".")
        || Tokenizer.ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT));
  }

  private static Sentence sentence(String text, List<QuoteMarks.Span> spans, int start, int end, int paragraph) {
    int e = end;
    while (e > start && QuoteMarks.space(text.charAt(e - 1))) {
      e--;
    }
    return new Sentence(start, e, paragraph, items(text, spans, start, e));
  }

  /** The sentence's words, punctuation and quotations. */
  static List<Item> items(String text, List<QuoteMarks.Span> spans, int start, int end) {
    List<Item> out = new ArrayList<>();
    int s = 0;
    while (s < spans.size() && spans.get(s).close() < start) {
      s++;
    }
    for (int i = start; i < end; i++) {
      if (s < spans.size() && spans.get(s).open() == i) {
        QuoteMarks.Span sp = spans.get(s);
        out.add(new Item(Type.QUOTE, text.substring(sp.contentStart(), sp.contentEnd()), sp.open(), sp.close() + 1, s));
        s++;
        i = sp.close();
        continue;
      }
      char c = text.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        int j = wordEnd(text, i, end);
        out.add(new Item(Type.WORD, text.substring(i, j), i, j, -1));
        i = j - 1;
      } else if (",:;()—–&".indexOf(c) >= 0 || (c == '-' && i > start && text.charAt(i - 1) == ' ')) {
        out.add(new Item(Type.PUNCT, c == '–' || c == '-' ? "—" : String.valueOf(c), i, i + 1, -1));
      } else if (".!?".indexOf(c) >= 0) {
        out.add(new Item(Type.PUNCT, String.valueOf(c), i, i + 1, -1));
      }
    }
    return out;
  }

  /** The end of the word at {@code i}: letters and digits, inner apostrophes and hyphens, acronym periods. */
  private static int wordEnd(String text, int i, int end) {
    int j = i;
    int segment = i;
    while (j < end) {
      char c = text.charAt(j);
      if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK) {
        j++;
      } else if (c == '.' && j > i && WEB_DOMAIN.matcher(text).region(j, end).lookingAt()) {
        j += 4;       // "History.com"
      } else if ((c == '\'' || c == '’' || c == '-' || c == '‐') && j + 1 < end && Character.isLetterOrDigit(text.charAt(j + 1))
          && j > i) {
        j++;
      } else if (c == '.' && (j - segment == 1 && Character.isLetter(text.charAt(segment))
          || Tokenizer.ABBREVIATIONS.contains(text.substring(segment, j).toLowerCase(Locale.ROOT)))) {
        j++;
        segment = j;
        if (j >= end || !Character.isLetter(text.charAt(j))) {
          break;
        }
      } else {
        break;
      }
    }
    return j;
  }
}
