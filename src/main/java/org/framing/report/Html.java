package org.framing.report;

import java.nio.charset.StandardCharsets;

/** HTML escaping for text and attribute values, and percent-encoding for relative links. */
final class Html {

  private Html() {}

  /**
   * Shows the invisible characters that can disguise scraped text as {@code [U+XXXX]}: the bidirectional
   * embeddings, overrides and isolates (U+202A..U+202E, U+2066..U+2069, which can reverse what follows them,
   * e.g. an outlet name that reads differently from what it is), the direction marks U+200E, U+200F, U+061C,
   * and the zero-width space, word joiner and no-break space U+200B, U+2060, U+FEFF (which make two different
   * names look the same). The zero-width (non-)joiners U+200C and U+200D are left alone: Persian, Indic scripts
   * and emoji need them.
   */
  static String showInvisible(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean hidden = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') || c == '\u200E'
          || c == '\u200F' || c == '\u061C' || c == '\u200B' || c == '\u2060' || c == '\uFEFF';
      if (hidden && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (hidden) {
        out.append(String.format("[U+%04X]", (int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  /**
   * Escapes {@code & < > " '} so that {@code text} is inert in element content and quoted attributes, and shows
   * invisible direction and zero-width characters ({@link #showInvisible}).
   */
  static String escape(String raw) {
    String text = showInvisible(raw);
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static final String STYLE = """
      body { font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; color: #222;
             margin: 0; background: #fafafa; line-height: 1.45; }
      main { max-width: 1120px; margin: 0 auto; padding: 24px 32px 48px; background: #fff; }
      h1 { font-size: 1.7em; margin: 0.2em 0 0.4em; }
      h2 { font-size: 1.3em; margin: 1.8em 0 0.3em; border-bottom: 1px solid #ddd; padding-bottom: 0.2em; }
      p.how { color: #444; max-width: 60em; }
      p.note { color: #8a4b00; background: #fff6e5; padding: 6px 10px; border-radius: 4px; max-width: 60em; }
      nav.toc a, p.open a, p.print a { margin-right: 1em; }
      p.print { font-size: 0.85em; color: #555; margin: 0 0 6px; }
      .panels { display: flex; flex-wrap: wrap; gap: 8px 16px; }
      .chart { margin: 4px 0; }
      table { border-collapse: collapse; margin: 8px 0; font-size: 0.95em; display: block; overflow-x: auto;
              max-width: 100%; }
      ul.facts { font-size: 1.05em; padding-left: 1.2em; max-width: 60em; }
      ul.facts li { margin: 3px 0; }
      th, td { padding: 4px 12px; border-bottom: 1px solid #e4e4e4; text-align: left; }
      th { background: #f0f3f7; }
      td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
      ul.files li { margin: 2px 0; }
      """;

  /** A complete offline page: {@code title}, the style sheet, plotly from {@code plotlyJs}, then {@code body}. */
  static String page(String title, String plotlyJs, String body) {
    return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>" + escape(title)
        + "</title>\n<style>\n" + STYLE + "</style>\n<script src=\"" + href(plotlyJs) + "\"></script>\n"
        + "</head>\n<body>\n<main>\n<h1>" + escape(title) + "</h1>\n" + body + "</main>\n</body>\n</html>\n";
  }

  /** Percent-encodes a relative path (keeping {@code /}) for an {@code href}. */
  static String href(String relativePath) {
    StringBuilder out = new StringBuilder();
    for (byte b : relativePath.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (b & 0xff);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || "-._~/".indexOf(c) >= 0) {
        out.append(c);
      } else {
        out.append('%').append(String.format("%02X", b & 0xff));
      }
    }
    return out.toString();
  }
}
