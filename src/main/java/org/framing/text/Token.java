package org.framing.text;

/**
 * One word token of a sentence, already normalised (see {@link Tokenizer}).
 *
 * @param text      the normalised form: NFKC, lower case ({@code Locale.ROOT}), apostrophes as {@code '},
 *                  hyphens as {@code -}, an English possessive {@code 's} removed
 * @param numeric   true when the token holds digits and no letter ("2022", "100,000", "09:19")
 * @param joinsPrevious true when only white space separates it from the previous token of its sentence, so a
 *                  bigram may span the two; false after punctuation or at the start of a sentence
 * @param start     offset of its first character in the NFKC text ({@link Tokenizer#normalize})
 * @param end       offset after its last character there
 */
public record Token(String text, boolean numeric, boolean joinsPrevious, int start, int end) {}
