package org.framing.spark;

import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

/**
 * Datasets that a plan reads more than once, persisted (memory, spilling to disk) and listed for the caller to
 * unpersist once it has written what reads them: the job keeps its per-article tables for the whole run, keyness
 * and reuse keep their intermediate tables until their CSV is written.
 */
public final class Persisted {

  private Persisted() {}

  /** {@code ds} persisted and added to {@code cache}; {@code ds} unchanged when {@code cache} is null. */
  public static Dataset<Row> keep(List<Dataset<Row>> cache, Dataset<Row> ds) {
    return keep(cache, ds, StorageLevel.MEMORY_AND_DISK());
  }

  /** {@code ds} persisted at {@code level} and added to {@code cache}; unchanged when {@code cache} is null. */
  public static Dataset<Row> keep(List<Dataset<Row>> cache, Dataset<Row> ds, StorageLevel level) {
    if (cache == null) {
      return ds;
    }
    Dataset<Row> p = ds.persist(level);
    cache.add(p);
    return p;
  }
}
