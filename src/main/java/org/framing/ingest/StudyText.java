package org.framing.ingest;

/**
 * A text file that came with the corpus (a study folder's {@code actors.csv}): where it was read, for messages,
 * and its text.
 */
public record StudyText(String source, String text) {}
