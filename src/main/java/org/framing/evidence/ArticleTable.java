package org.framing.evidence;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.spark.ScalaSeq;
import org.framing.text.ArticlePart;
import org.framing.text.ArticleText;
import org.framing.text.Token;
import org.framing.text.Tokenizer;

/**
 * The evidence part of the run's one pass: each article's cleaned text with where its sentences and tokens
 * stand in it, kept so that the article tables ({@link ArticleTables}), the report's example sentences and the
 * concordance ({@link Concordance}) read the text chain's own sentences and tokens instead of splitting the text
 * again.
 *
 * <p>One struct per article, in flat arrays (a nested array per sentence costs Spark's cache more than one array
 * per article):
 * <ul>
 *   <li>{@code text}: the cleaned text in NFKC form ({@link ArticleText#normalized}); every offset below indexes
 *       it, as a Java string index (UTF-16 code units: equal to code points unless the text holds characters
 *       beyond U+FFFF);
 *   <li>{@code url}: the article's address when the input has one ({@code --url-col}), else null;
 *   <li>{@code sentence_start}, {@code sentence_end}, {@code sentence_token}: per sentence (only sentences with a
 *       word, as every analysis counts them) its span and the index of its first token;
 *   <li>{@code tokens}, {@code token_start}, {@code token_end}: every token's normalised form ({@link Token#text}:
 *       lower case, NFKC, apostrophes and hyphens unified, an English possessive dropped) and its span.
 * </ul>
 */
public final class ArticleTable {

  private ArticleTable() {}

  /** The pass's column holding this part's struct. */
  public static final String PART = "table";

  public static final String TEXT = "text";
  public static final String URL = org.framing.schema.Columns.URL;
  public static final String SENTENCE_START = "sentence_start";
  public static final String SENTENCE_END = "sentence_end";
  public static final String SENTENCE_TOKEN = "sentence_token";
  public static final String TOKENS = "tokens";
  public static final String TOKEN_START = "token_start";
  public static final String TOKEN_END = "token_end";

  private static final org.apache.spark.sql.types.ArrayType INTS = DataTypes.createArrayType(DataTypes.IntegerType, false);

  /** The part's struct type. */
  public static final StructType TYPE = new StructType()
      .add(TEXT, DataTypes.StringType, false)
      .add(URL, DataTypes.StringType, true)
      .add(SENTENCE_START, INTS, false)
      .add(SENTENCE_END, INTS, false)
      .add(SENTENCE_TOKEN, INTS, false)
      .add(TOKENS, DataTypes.createArrayType(DataTypes.StringType, false), false)
      .add(TOKEN_START, INTS, false)
      .add(TOKEN_END, INTS, false);

  /** The part for the one pass. */
  public static ArticlePart part() {
    return ArticlePart.of(PART, TYPE, (article, text) -> row(text, article.getString(article.fieldIndex(URL))));
  }

  /**
   * One article's struct read back, by field name: its text and url, and per sentence its span and tokens.
   */
  public record View(String text, String url, List<Integer> sentenceStart, List<Integer> sentenceEnd,
                     List<Integer> sentenceToken, List<String> tokens, List<Integer> tokenStart,
                     List<Integer> tokenEnd) {

    /** The part's struct as a view. */
    public static View of(Row t) {
      return new View(t.getString(t.fieldIndex(TEXT)), t.getString(t.fieldIndex(URL)),
          t.getList(t.fieldIndex(SENTENCE_START)), t.getList(t.fieldIndex(SENTENCE_END)),
          t.getList(t.fieldIndex(SENTENCE_TOKEN)), t.getList(t.fieldIndex(TOKENS)),
          t.getList(t.fieldIndex(TOKEN_START)), t.getList(t.fieldIndex(TOKEN_END)));
    }

    public int sentences() {
      return sentenceStart.size();
    }

    /** The index after sentence {@code s}'s last token. */
    public int tokenEnd(int s) {
      return s + 1 < sentenceToken.size() ? sentenceToken.get(s + 1) : tokens.size();
    }

    /** Sentence {@code s} as the text has it. */
    public String sentence(int s) {
      return text.substring(sentenceStart.get(s), sentenceEnd.get(s));
    }
  }

  /** One article's struct; {@code url} its address from the input, or null. */
  static Row row(ArticleText text, String url) {
    List<Integer> sStart = new ArrayList<>();
    List<Integer> sEnd = new ArrayList<>();
    List<Integer> sToken = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<Integer> tStart = new ArrayList<>();
    List<Integer> tEnd = new ArrayList<>();
    for (Tokenizer.Sentence s : text.sentences()) {
      sStart.add(s.start());
      sEnd.add(s.end());
      sToken.add(tokens.size());
      for (Token t : s.tokens()) {
        tokens.add(t.text());
        tStart.add(t.start());
        tEnd.add(t.end());
      }
    }
    return RowFactory.create(text.normalized(), url, ScalaSeq.of(sStart), ScalaSeq.of(sEnd), ScalaSeq.of(sToken),
        ScalaSeq.of(tokens), ScalaSeq.of(tStart), ScalaSeq.of(tEnd));
  }
}
