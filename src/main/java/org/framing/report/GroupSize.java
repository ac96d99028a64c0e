package org.framing.report;

/**
 * One row of {@code outlets.csv}: a group (an outlet, or a bias, country... when the job groups by another
 * column) with its article, token and distinct-token counts.
 */
public record GroupSize(String group, long articles, long tokens, long types) {}
