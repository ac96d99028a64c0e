package org.framing.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * What to do with a malformed record (a JSON Lines line that is not one object with its text as a string, a
 * CSV record with the wrong number of fields, a manifest row that names no readable article): refuse the run
 * naming the file and line ({@link Policy#FAIL}, the default), or leave the record out and count it
 * ({@link Policy#SKIP}, {@code --on-bad-record skip}). Problems of a whole file (its encoding, a truncated
 * archive, an unterminated quote, duplicate ids, a path outside the study folder) always stop the run.
 */
public final class BadRecords {

  /** {@code --on-bad-record fail|skip}. */
  public enum Policy { FAIL, SKIP }

  /** How many skipped records run.json lists one by one. */
  public static final int LISTED = 20;

  private final Policy policy;
  private final List<String> listed = new ArrayList<>();
  private long count;

  public BadRecords(Policy policy) {
    this.policy = policy;
  }

  public Policy policy() {
    return policy;
  }

  /**
   * A malformed record at {@code where} ("corpus.jsonl line 3"): with FAIL an {@link InputException} that says
   * {@code reason} and {@code fix}; with SKIP it is counted and the caller leaves it out.
   */
  public void report(String where, String reason, String fix) {
    if (policy == Policy.FAIL) {
      throw new InputException(where + ": " + reason + "; " + fix + ", or pass --on-bad-record skip to leave such "
          + "records out");
    }
    count++;
    if (listed.size() < LISTED) {
      listed.add(where + ": " + reason);
    }
  }

  /** Records skipped so far. */
  public long count() {
    return count;
  }

  /** The first {@value #LISTED} skipped records, each "file line N: reason". */
  public List<String> listed() {
    return List.copyOf(listed);
  }
}
