package org.framing.entities;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.framing.schema.Columns.SPEAKER;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.quotes.Voices;

/**
 * The entity of each quotation's speaker ({@link Resolution#speaker}): "Trump", "Donald Trump" and "Donald John
 * Trump" as the quotation rules name them are one voice; a speaker that is no entity and only an anonymous role
 * ("official", "White House officials", "a source") is the one voice {@value Voices#UNNAMED}. The speakers are
 * few next to the quotations, so they are looked up on the driver and joined back.
 */
public final class SpeakerEntities {

  /**
   * The voice a quotation counts for: its speaker's entity name, else {@value Voices#UNNAMED} for an anonymous
   * role, else the speaker as attributed.
   */
  public static final String VOICE = "voice";

  private SpeakerEntities() {}

  /**
   * The quotations with {@code entity_id} (null for a speaker that is no entity: a role, an unnamed source) and
   * {@value #VOICE}; with no resolution (entities off), entity_id is null.
   */
  public static Dataset<Row> attach(Dataset<Row> quotes, Resolution resolution) {
    List<Row> rows = new ArrayList<>();
    for (Row r : quotes.select(SPEAKER).where(col(SPEAKER).isNotNull()).distinct().collectAsList()) {
      String speaker = r.getAs(SPEAKER);
      Resolution.Entity e = resolution == null ? null : resolution.speaker(speaker);
      if (e != null) {
        rows.add(RowFactory.create(speaker, e.id(), e.name()));
      } else if (Voices.unnamed(speaker)) {
        rows.add(RowFactory.create(speaker, null, Voices.UNNAMED));
      }
    }
    StructType schema = new StructType().add(SPEAKER, DataTypes.StringType, false)
        .add(Entities.ENTITY_ID, DataTypes.StringType, true).add("entity_name", DataTypes.StringType, false);
    Dataset<Row> table = quotes.sparkSession().createDataFrame(rows, schema);
    return quotes.join(broadcast(table), org.framing.spark.ScalaSeq.of(SPEAKER), "left")
        .withColumn(VOICE, coalesce(col("entity_name"), col(SPEAKER))).drop("entity_name");
  }
}
