package org.framing.evidence;

import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.CHAR_END;
import static org.framing.schema.Columns.CHAR_START;
import static org.framing.schema.Columns.DATE;
import static org.framing.schema.Columns.SENTENCES;
import static org.framing.schema.Columns.SENTENCE_INDEX;
import static org.framing.schema.Columns.TITLE;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.ingest.InputException;
import org.framing.spark.Sorted;
import org.framing.text.Token;
import org.framing.text.Tokenizer;

/**
 * Keyword in context over a run's article table ({@link ArticleTables#ARTICLES}), as quanteda's {@code kwic}
 * does it: every occurrence of a word, a phrase or a wildcard pattern, with the words around it.
 *
 * <p>Matching works on the text chain's own tokens, so it agrees with the term counts: each word of the pattern
 * goes through the chain ({@link Tokenizer}: NFKC, lower case, apostrophes and hyphens unified, a possessive
 * dropped) and must equal the token; a word with {@code *} matches any token that fits it with {@code *} standing
 * for any run of characters ({@code expan*}: expand, expansion, expansionist). A phrase matches consecutive tokens
 * of one sentence. The contexts are the article's cleaned text from {@code window} tokens before the match to
 * {@code window} tokens after it (not crossing the article's ends), with every run of white space as one space and
 * none at either end.
 *
 * <p>Output, one row per match, sorted by group (code point order), article and position: {@code group} (the
 * grouping column's value),
 * {@code article_id, date, title, sentence_index, token_index} (the match's first token, from 0 in the article),
 * {@code left, match, right, char_start, char_end} (the match's span in the article table's {@code text}).
 */
public final class Concordance implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String TOKEN_INDEX = "token_index";
  public static final String LEFT = "left";
  public static final String MATCH = "match";
  public static final String RIGHT = "right";

  private final String pattern;
  private final List<Pattern> words;
  private final int window;

  /** Matches {@code pattern} (one or more words, {@code *} as a wildcard) with {@code window} tokens each side. */
  public Concordance(String pattern, int window) {
    if (window < 0) {
      throw new InputException("--window " + window + ": must be 0 or more tokens");
    }
    this.pattern = pattern;
    this.words = compile(pattern);
    this.window = window;
  }

  /** The pattern's words as token patterns; fails when it holds no word. */
  static List<Pattern> compile(String pattern) {
    List<Pattern> out = new ArrayList<>();
    for (String word : pattern.strip().split("\\s+")) {
      if (word.contains("*")) {
        String w = Tokenizer.foldWord(word);
        if (w.replace("*", "").isEmpty()) {
          throw new InputException("pattern '" + pattern + "': a wildcard needs at least one letter beside the *, e.g. expan*");
        }
        out.add(Pattern.compile(wildcard(w)));
      } else {
        for (Token t : Tokenizer.tokens(word)) {
          out.add(Pattern.compile(Pattern.quote(t.text())));
        }
      }
    }
    if (out.isEmpty()) {
      throw new InputException("pattern '" + pattern + "': holds no word; give a word, a phrase or a wildcard such as expan*");
    }
    return out;
  }

  /** A lower-cased word with {@code *} as a regular expression matching a whole token. */
  private static String wildcard(String w) {
    StringBuilder re = new StringBuilder();
    String[] pieces = w.split("\\*", -1);
    for (int i = 0; i < pieces.length; i++) {
      if (i > 0) {
        re.append(".*");
      }
      if (!pieces[i].isEmpty()) {
        re.append(Pattern.quote(pieces[i]));
      }
    }
    return re.toString();
  }

  /** The output schema: the group's value first, named {@code group} (as any grouping is here). */
  public static final StructType SCHEMA = new StructType()
        .add(org.framing.schema.Columns.GROUP, DataTypes.StringType, false)
        .add(ARTICLE_ID, DataTypes.StringType, false)
        .add(DATE, DataTypes.StringType, true)
        .add(TITLE, DataTypes.StringType, true)
        .add(SENTENCE_INDEX, DataTypes.IntegerType, false)
        .add(TOKEN_INDEX, DataTypes.IntegerType, false)
        .add(LEFT, DataTypes.StringType, false)
        .add(MATCH, DataTypes.StringType, false)
        .add(RIGHT, DataTypes.StringType, false)
        .add(CHAR_START, DataTypes.IntegerType, false)
        .add(CHAR_END, DataTypes.IntegerType, false);

  /** The CSV header: the group column named after the grouping, or {@code group} when that names another column. */
  public static java.util.List<String> header(String group) {
    List<String> h = new ArrayList<>(Arrays.asList(SCHEMA.fieldNames()));
    if (!h.contains(group)) {
      h.set(0, group);
    }
    return h;
  }

  /** Every match in {@code articles} (the article table), grouped by {@code group}, sorted. */
  public Dataset<Row> transform(Dataset<Row> articles, String group) {
    List<String> columns = Arrays.asList(articles.columns());
    if (!columns.contains(group)) {
      throw new InputException("--group-by " + group + ": the article table has no such column; it has "
          + String.join(", ", columns.stream().filter(c -> !List.of(ArticleTables.TEXT, ArticleTables.TOKENS,
              ArticleTables.TOKEN_START, ArticleTables.TOKEN_END, SENTENCES).contains(c)).toList()));
    }
    Dataset<Row> matches = articles.flatMap((FlatMapFunction<Row, Row>) a -> matches(a, group).iterator(),
        Encoders.row(SCHEMA));
    return Sorted.inOnePartition(matches, org.framing.schema.Columns.GROUP, ARTICLE_ID, TOKEN_INDEX);
  }

  /** One article's matches. */
  List<Row> matches(Row a, String group) {
    String text = a.getAs(ArticleTables.TEXT);
    List<String> tokens = a.getList(a.fieldIndex(ArticleTables.TOKENS));
    List<Integer> starts = a.getList(a.fieldIndex(ArticleTables.TOKEN_START));
    List<Integer> ends = a.getList(a.fieldIndex(ArticleTables.TOKEN_END));
    int[] sentenceOf = sentenceOfToken(a.getList(a.fieldIndex(SENTENCES)), tokens.size());
    Object g = a.getAs(group);
    String groupValue = g == null ? "" : g.toString();
    List<Row> out = new ArrayList<>();
    int k = words.size();
    for (int i = 0; i + k <= tokens.size(); i++) {
      if (sentenceOf[i] != sentenceOf[i + k - 1] || !matchesAt(tokens, i)) {
        continue;
      }
      int from = starts.get(Math.max(0, i - window));
      int to = ends.get(Math.min(tokens.size() - 1, i + k - 1 + window));
      int matchStart = starts.get(i);
      int matchEnd = ends.get(i + k - 1);
      out.add(RowFactory.create(groupValue, a.getAs(ARTICLE_ID), a.getAs(DATE), a.getAs(TITLE), sentenceOf[i], i,
          spaced(text.substring(from, matchStart)).strip(), spaced(text.substring(matchStart, matchEnd)),
          spaced(text.substring(matchEnd, to)).strip(), matchStart, matchEnd));
    }
    return out;
  }

  private boolean matchesAt(List<String> tokens, int i) {
    for (int j = 0; j < words.size(); j++) {
      if (!words.get(j).matcher(tokens.get(i + j)).matches()) {
        return false;
      }
    }
    return true;
  }

  /** Each token's sentence, from the sentences' first tokens. */
  private static int[] sentenceOfToken(List<Row> sentences, int nTokens) {
    int[] of = new int[nTokens];
    for (int s = 0; s < sentences.size(); s++) {
      Row r = sentences.get(s);
      int first = r.getInt(r.fieldIndex(ArticleTables.FIRST_TOKEN));
      int n = r.getInt(r.fieldIndex(org.framing.schema.Columns.N_TOKENS));
      Arrays.fill(of, first, Math.min(nTokens, first + n), s);
    }
    return of;
  }

  /** Every run of white space as one space (a context may span a paragraph break). */
  static String spaced(String s) {
    return s.replaceAll("\\s+", " ");
  }

  public String pattern() {
    return pattern;
  }
}
