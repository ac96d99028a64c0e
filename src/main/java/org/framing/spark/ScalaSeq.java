package org.framing.spark;

import java.util.Arrays;
import java.util.List;

/**
 * Java values as the immutable Scala sequences Spark's Java API takes: join columns ({@code Dataset.join(other,
 * Seq)}) and array values in rows that Spark's row encoder reads, or that the next typed map receives unencoded.
 */
public final class ScalaSeq {

  private ScalaSeq() {}

  public static <T> scala.collection.immutable.Seq<T> of(List<T> values) {
    return scala.jdk.javaapi.CollectionConverters.asScala(values).toList();
  }

  @SafeVarargs
  public static <T> scala.collection.immutable.Seq<T> of(T... values) {
    return of(Arrays.asList(values));
  }
}
