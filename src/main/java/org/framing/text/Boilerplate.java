package org.framing.text;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes text that scraped news pages carry but the article does not say: share widgets, time stamps,
 * photo credits and captions, mastheads and bylines, agency notes, repeated lines. Every removal is kept
 * as a {@link Removal} so a user can read exactly what was dropped ({@code boilerplate.csv}).
 *
 * <p>The rules work on lines (a line is a paragraph or a headline in scraped text) and run in this order;
 * each is named by a {@link Rule} constant, whose description is the documentation users see in README:
 * <ol>
 *   <li>Inline: {@link Rule#PHOTO_CREDIT} "Foto:"/"Photo:" and what follows it to the end of the line when
 *       that is at most six words; {@link Rule#SHARE_WIDGET} runs of two or more share-button words
 *       ("Tweet Share"); {@link Rule#TIMESTAMP} a "Weekday, Month D, YYYY | HH:MM" stamp;
 *       {@link Rule#SOURCE_NOTE} "Source: " and up to four comma-separated names.</li>
 *   <li>Whole lines: share widgets ("Download", "Search Trends"), time stamp lines (every word a date or time
 *       part, and a digit), photo credit lines ("Tanjug/AP Photo/Olivier Matthys"), captions that end with
 *       an agency credit ("… /CFP"), masthead staff lines ("Editor in Chief …"), agency notes ("(With input
 *       from agencies)"), and short lines of the header (at most two words without final punctuation before
 *       the first paragraph, a line of twelve or more words that ends a sentence: outlet names, bylines).</li>
 *   <li>{@link Rule#DATELINE}: a leading "JAKARTA - " or "WASHINGTON (Reuters) — " is cut from a line.</li>
 *   <li>{@link Rule#REPEATED_LINE}: a line equal to an earlier line of the same article.</li>
 * </ol>
 * The cleaned text keeps the remaining lines in order, one per line. Stateless and thread-safe.
 */
public final class Boilerplate {

  /** The rules, each with the description written into README and run.json. */
  public enum Rule {
    SHARE_WIDGET("share and download buttons: lines of only such words, and runs of two or more inside a line"),
    TIMESTAMP("date and time stamps: lines made only of date and time parts, and 'Weekday, Month D, YYYY | HH:MM' inside a line"),
    PHOTO_CREDIT("photo credits: short lines naming a photo agency ('AP Photo/...'), and 'Foto:'/'Photo:' to the end of a line"),
    CAPTION("photo captions that end with an agency credit such as ' /CFP'"),
    MASTHEAD("masthead staff lines ('Supervisor ...', 'Editor in Chief ...')"),
    SOURCE_NOTE("agency notes: '(With input from agencies)', 'Source: B92, Tanjug'"),
    HEADER_SHORT_LINE("lines of at most two words without final punctuation before the first paragraph (outlet names, bylines)"),
    DATELINE("a leading dateline 'CITY - ' or 'CITY (Agency) - '"),
    REPEATED_LINE("a line equal to an earlier line of the same article (repeated captions)");

    private final String description;

    Rule(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  /** One removed fragment. */
  public record Removal(Rule rule, String text) {}

  /** The cleaned text and what was removed, in text order. */
  public record Result(String text, List<Removal> removals) {}

  private static final String WIDGET_WORD =
      "(?:Tweet|Share|Email|E-mail|Print|Facebook|Twitter|WhatsApp|Whatsapp|LinkedIn|Telegram|Pinterest|Reddit|Copy link)";
  private static final List<String> WIDGET_WORDS = List.of("Tweet", "Share", "Email", "E-mail", "Print", "Facebook",
      "Twitter", "WhatsApp", "Whatsapp", "LinkedIn", "Telegram", "Pinterest", "Reddit", "Copy link");
  private static final Pattern WIDGET_RUN = Pattern.compile("\\s*\\b" + WIDGET_WORD + "(?:\\s+" + WIDGET_WORD + ")+\\b");
  private static final Pattern WIDGET_LINE = Pattern.compile(
      "(?i)(?:(?:download|share|tweet|email|print|comments?|search trends|trends|read more|subscribe|follow us"
          + "|facebook|twitter|whatsapp|linkedin|telegram|pinterest|advertisement)[\\s|,:]*)+");
  private static final String WEEKDAY = "(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
  private static final String MONTH =
      "(?:January|February|March|April|May|June|July|August|September|October|November|December)";
  private static final Pattern TIMESTAMP_INLINE = Pattern.compile(
      "\\s*\\b" + WEEKDAY + ",?\\s+" + MONTH + "\\s+\\d{1,2},?\\s+\\d{4}\\s*\\|\\s*\\d{1,2}:\\d{2}(?:\\s*[AaPp][Mm])?");
  private static final Pattern DATE_PART = Pattern.compile(
      "(?i)(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\\.?,?"
          + "|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?,?"
          + "|\\d{1,4}(?:[-/.:]\\w{1,4})*,?|[ap]\\.?m\\.?|utc|gmt|[a-z]{1,2}t|updated:?|published:?|posted:?|last|on|at|[|,\\-–—:])");
  private static final Pattern PHOTO_INLINE = Pattern.compile("\\s*\\b(?:Foto|Photo|Image|Picture)s?(?: credit)?:\\s*(\\S+(?:\\s+\\S+){0,5})\\s*$");
  private static final Pattern PHOTO_LINE = Pattern.compile("(?i)\\b(?:photo|foto)s?\\s*[/:]|/\\s*(?:photo|foto)\\b");
  private static final Pattern CAPTION_CREDIT = Pattern.compile("\\s/\\s?[A-Z][A-Za-z]{1,15}\\s*$");
  private static final Pattern MASTHEAD_LINE = Pattern.compile(
      "^(?:Supervisor|Editor[- ]in[- ]Chief|Chief Editor|Managing Editor|Executive Editor|Publisher|Founder)\\b.*");
  private static final Pattern AGENCY_NOTE = Pattern.compile(
      "(?i)^\\(?\\s*with (?:additional )?(?:input|inputs|reporting) (?:from|by) [^)]{1,80}\\)?\\.?$|^source:\\s.{1,80}$");
  private static final Pattern SOURCE_INLINE = Pattern.compile(
      "\\s*\\bSource:\\s+[A-Z0-9][\\w-]*(?:\\s[A-Z][\\w-]*)?(?:,\\s*[A-Z0-9][\\w-]*(?:\\s[A-Z][\\w-]*)?){0,3}");
  private static final Pattern DATELINE = Pattern.compile(
      "^([A-Z][A-Z.'’]+(?:[ -][A-Z][A-Z.'’]+){0,3}(?:,\\s*[A-Z][A-Za-z.]+)?(?:\\s*\\([A-Za-z ]{2,20}\\))?\\s+[-–—]+\\s+)(?=\\S)");
  private static final int PARAGRAPH_WORDS = 12;

  private Boilerplate() {}

  /** Applies every rule to {@code raw}. */
  public static Result clean(String raw) {
    List<Removal> removed = new ArrayList<>();
    String[] lines = raw.split("\\R", -1);
    List<String> kept = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    boolean inHeader = true;
    for (String original : lines) {
      String line = original.strip();
      if (line.isEmpty()) {
        continue;
      }
      // Each inline rule runs only where its literal part occurs: the regexes are the slow part of cleaning.
      if (line.contains("oto") || line.contains("mage") || line.contains("icture")) {
        line = cutInline(line, PHOTO_INLINE, Rule.PHOTO_CREDIT, removed);
      }
      if (hasWidgetWord(line)) {
        line = cutInline(line, WIDGET_RUN, Rule.SHARE_WIDGET, removed);
      }
      if (line.indexOf('|') >= 0) {
        line = cutInline(line, TIMESTAMP_INLINE, Rule.TIMESTAMP, removed);
      }
      if (line.contains("Source:")) {
        line = cutInline(line, SOURCE_INLINE, Rule.SOURCE_NOTE, removed);
      }
      line = line.strip();
      if (line.isEmpty()) {
        continue;
      }
      Rule whole = wholeLineRule(line, inHeader);
      if (whole != null) {
        removed.add(new Removal(whole, line));
        continue;
      }
      Matcher dateline = DATELINE.matcher(line);
      if (line.length() > 3 && Character.isUpperCase(line.charAt(0)) && Character.isUpperCase(line.charAt(1))
          && dateline.find()) {
        removed.add(new Removal(Rule.DATELINE, dateline.group(1).strip()));
        line = line.substring(dateline.end(1));
      }
      if (!seen.add(line)) {
        removed.add(new Removal(Rule.REPEATED_LINE, line));
        continue;
      }
      if (inHeader && isParagraph(line)) {
        inHeader = false;
      }
      kept.add(line);
    }
    return new Result(String.join("\n", kept), List.copyOf(removed));
  }

  /** The rule that removes the whole line, or null. Word-count guards keep the regexes off prose lines. */
  private static Rule wholeLineRule(String line, boolean inHeader) {
    int words = words(line);
    if (words <= 12) {
      if (WIDGET_LINE.matcher(line).matches()) {
        return Rule.SHARE_WIDGET;
      }
      if (isTimestamp(line)) {
        return Rule.TIMESTAMP;
      }
      if (words <= 8 && PHOTO_LINE.matcher(line).find()) {
        return Rule.PHOTO_CREDIT;
      }
    }
    if (line.contains(" /") && CAPTION_CREDIT.matcher(line).find()) {
      return Rule.CAPTION;
    }
    if (words <= 8 && MASTHEAD_LINE.matcher(line).matches()) {
      return Rule.MASTHEAD;
    }
    if (words <= 16 && AGENCY_NOTE.matcher(line).matches()) {
      return Rule.SOURCE_NOTE;
    }
    if (inHeader && words <= 2 && !Tokenizer.isTerminal(line.charAt(line.length() - 1))) {
      return Rule.HEADER_SHORT_LINE;
    }
    return null;
  }

  private static boolean hasWidgetWord(String line) {
    for (String w : WIDGET_WORDS) {
      if (line.contains(w)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isTimestamp(String line) {
    boolean digit = false;
    for (String part : line.split("\\s+")) {
      if (!DATE_PART.matcher(part).matches()) {
        return false;
      }
      digit |= part.chars().anyMatch(Character::isDigit);
    }
    return digit;
  }

  private static String cutInline(String line, Pattern p, Rule rule, List<Removal> removed) {
    Matcher m = p.matcher(line);
    if (!m.find()) {
      return line;
    }
    StringBuilder sb = new StringBuilder();
    int last = 0;
    do {
      removed.add(new Removal(rule, m.group().strip()));
      sb.append(line, last, m.start()).append(' ');
      last = m.end();
    } while (m.find());
    sb.append(line, last, line.length());
    return sb.toString().replaceAll(" {2,}", " ");
  }

  /** A paragraph of prose: twelve words or more and a sentence-final mark (closing quotes may follow it). */
  private static boolean isParagraph(String line) {
    if (words(line) < PARAGRAPH_WORDS) {
      return false;
    }
    int end = line.length() - 1;
    while (end > 0 && "\"'\u201D\u2019)]\u00BB ".indexOf(line.charAt(end)) >= 0) {
      end--;
    }
    return Tokenizer.isTerminal(line.charAt(end)) || line.charAt(end) == ',';
  }

  private static int words(String line) {
    int count = 0;
    boolean in = false;
    for (int i = 0; i < line.length(); i++) {
      boolean letter = Character.isLetterOrDigit(line.charAt(i));
      if (letter && !in) {
        count++;
      }
      in = letter || (in && (line.charAt(i) == '-' || line.charAt(i) == '\'' || line.charAt(i) == '\u2019'));
    }
    return count;
  }

  /** Lower-case name of a rule, as written in CSV. */
  public static String ruleName(Rule rule) {
    return rule.name().toLowerCase(Locale.ROOT);
  }
}
