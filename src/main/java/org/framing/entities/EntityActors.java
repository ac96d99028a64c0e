package org.framing.entities;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.framing.schema.Columns.ACTOR_IDS;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.SENTENCE_INDEX;
import static org.framing.entities.Entities.ENTITY_ID;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.lexicon.Actors;

/**
 * Sentiment toward the corpus's most named people, organisations and places when the study lists no actors:
 * the top {@code n} entities of {@link Entities#table} (persons, organisations and places, most articles first,
 * then mentions, then id) become the actors of {@code sentiment.ActorSentiment}, each sentence's actors being
 * the entities its mentions resolve to. So "Trump", "Mr. Trump" and "Donald Trump" feed one actor without an
 * actors.csv; the statistics are those of a listed actor (mean compound of the sentences naming it, share
 * negative, bootstrap intervals).
 */
public final class EntityActors {

  /** One of the top entities: its id, name and type. */
  private record Top(String id, String name, String type) {}

  private final List<Top> top;

  private EntityActors(List<Top> top) {
    this.top = top;
  }

  /** The top {@code n} persons, organisations and places of entities.csv's rows (most articles first). */
  public static EntityActors of(List<Row> table, int n) {
    return new EntityActors(table.stream().filter(Entities::named).limit(n)
        .map(r -> new Top(r.getAs(ENTITY_ID), r.getAs(Entities.NAME), r.getAs(Entities.TYPE))).toList());
  }

  public boolean isEmpty() {
    return top.isEmpty();
  }

  /** The actors, in rank order: the entity's name, its type as the actor's group. */
  public Actors actors() {
    List<Actors.Actor> out = new ArrayList<>();
    for (Top t : top) {
      out.add(new Actors.Actor(t.name(), t.type(), List.of(t.name())));
    }
    return Actors.named("the " + top.size() + " most named entities", out);
  }

  /**
   * The scored sentences ({@code article_id, sentence_index, ..., actor_ids}) with {@code actor_ids} the ranks of
   * the top entities that the sentence's mentions ({@link Entities#resolved}) resolve to, sorted.
   */
  public Dataset<Row> sentences(Dataset<Row> sentences, Dataset<Row> resolved) {
    List<Row> ranks = new ArrayList<>();
    for (int i = 0; i < top.size(); i++) {
      ranks.add(RowFactory.create(top.get(i).id(), i));
    }
    Dataset<Row> rank = resolved.sparkSession().createDataFrame(ranks, new StructType()
        .add(ENTITY_ID, DataTypes.StringType, false).add("rank", DataTypes.IntegerType, false));
    Dataset<Row> named = resolved.join(broadcast(rank), ENTITY_ID)
        .groupBy(ARTICLE_ID, SENTENCE_INDEX).agg(array_sort(collect_set(col("rank"))).as("ranks"));
    String[] columns = sentences.columns();
    List<org.apache.spark.sql.Column> out = new ArrayList<>();
    for (String c : columns) {
      out.add(c.equals(ACTOR_IDS) ? coalesce(col("ranks"), org.apache.spark.sql.functions.expr("cast(array() as array<int>)")).as(ACTOR_IDS) : col(c));
    }
    return sentences.join(named, org.framing.spark.ScalaSeq.of(ARTICLE_ID, SENTENCE_INDEX), "left")
        .select(out.toArray(org.apache.spark.sql.Column[]::new));
  }
}
