package org.framing.spark;

import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import org.apache.spark.sql.Row;

/**
 * Folds a partition's rows, sorted by a key, run by run: each run of equal keys is summed into one state, which
 * then gives the run's output rows. Rows are read one at a time; only the state of the current run is held.
 */
public final class Runs {

  private Runs() {}

  /** What a run of rows becomes. */
  public interface Fold<S> {
    S start();

    void add(S state, Row row);

    /** The output rows of a run, from its first row and its state. */
    List<Row> finish(Row first, S state);
  }

  public static <S> Iterator<Row> fold(Iterator<Row> rows, Function<Row, Object> key, Fold<S> fold) {
    return new Iterator<>() {
      private Iterator<Row> ready = Collections.emptyIterator();
      /** The first row of the next run, read while looking for the end of the current one. */
      private Row pending;

      @Override
      public boolean hasNext() {
        while (!ready.hasNext() && (pending != null || rows.hasNext())) {
          ready = nextRun();
        }
        return ready.hasNext();
      }

      @Override
      public Row next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return ready.next();
      }

      private Iterator<Row> nextRun() {
        Row first = pending != null ? pending : rows.next();
        pending = null;
        Object k = key.apply(first);
        S state = fold.start();
        fold.add(state, first);
        while (rows.hasNext()) {
          Row r = rows.next();
          if (!Objects.equals(key.apply(r), k)) {
            pending = r;
            break;
          }
          fold.add(state, r);
        }
        return fold.finish(first, state).iterator();
      }
    };
  }
}
