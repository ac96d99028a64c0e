package org.framing.spark;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.SparkSession;

/**
 * A broadcast value that travels as its Java serialisation, whatever {@code spark.serializer} is, and is read
 * back once per JVM (executor, or the driver in local mode).
 *
 * <p>Why: Spark broadcasts with {@code spark.serializer}. Clusters often set it to Kryo, and Kryo 4, which Spark
 * ships, cannot rebuild Java records or the JDK's immutable collections, of which the lexicons and actors are
 * made: a seed study run with {@code --conf spark.serializer=org.apache.spark.serializer.KryoSerializer} failed
 * with "Unable to create serializer FieldSerializer for class org.framing.lexicon.Actors$Actor". A byte array is
 * the one thing every serializer carries as it is. Shipping the value in the task closure instead (always Java
 * serialisation) would deserialise it in every task of every stage that reads the result.
 */
public final class SerializedBroadcast<T extends Serializable> implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Values already read in this JVM, by {@link #key}; the last few only (a run holds one or two). Not by broadcast
   * id: a new SparkContext in the same JVM (tests) numbers its broadcasts from 0 again.
   */
  private static final Map<String, Object> READ = new LinkedHashMap<>(8, 0.75f, true) {
    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
      return size() > 4;
    }
  };

  private final Broadcast<byte[]> bytes;
  private final String key = java.util.UUID.randomUUID().toString();

  private SerializedBroadcast(Broadcast<byte[]> bytes) {
    this.bytes = bytes;
  }

  /** Broadcasts {@code value}'s Java serialisation. */
  public static <T extends Serializable> SerializedBroadcast<T> of(SparkSession spark, T value) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ObjectOutputStream o = new ObjectOutputStream(out)) {
      o.writeObject(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SerializedBroadcast<>(JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(out.toByteArray()));
  }

  /** The value, deserialised on first use in this JVM. */
  @SuppressWarnings("unchecked")
  public T value() {
    synchronized (READ) {
      return (T) READ.computeIfAbsent(key, k -> read(bytes.value()));
    }
  }

  private static Object read(byte[] serialized) {
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(serialized))) {
      return in.readObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}
