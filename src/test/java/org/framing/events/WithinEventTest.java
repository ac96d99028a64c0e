package org.framing.events;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.stats.BootstrapMeans;
import org.framing.testing.LocalSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Deviations and paired differences inside events, worked by hand. */
@ExtendWith(LocalSpark.PerClass.class)
class WithinEventTest {

  private static SparkSession spark;

  @Test
  void deviationsAndDifferencesAreTakenInsideEventsEachGroupOneVote() {
    StructType schema = new StructType().add("event_id", DataTypes.StringType).add("group", DataTypes.StringType)
        .add("measure", DataTypes.StringType).add("item", DataTypes.StringType).add("value", DataTypes.DoubleType);
    List<Row> rows = new ArrayList<>();
    // E1: A's two articles average 0.3, B 0.1, C -0.5; the groups' mean is -1/30 (each group one vote, not each
    // article): A +1/3, B +2/15, C -7/15. E2: A 0 (its second article has no value), B 0.6; mean 0.3: A -0.3,
    // B +0.3. E3: C alone, left out.
    Object[][] data = {{"E1", "A", 0.2}, {"E1", "A", 0.4}, {"E1", "B", 0.1}, {"E1", "C", -0.5},
        {"E2", "A", 0.0}, {"E2", "A", null}, {"E2", "B", 0.6}, {"E3", "C", 0.9}};
    for (Object[] d : data) {
      rows.add(RowFactory.create(d[0], d[1], "compound", "", d[2]));
    }
    WithinEvent.Result r = new WithinEvent(new BootstrapMeans(2000, 0.95, 42))
        .transform(spark.createDataFrame(rows, schema));
    List<Row> byGroup = r.byGroup().collectAsList();
    assertEquals(3, byGroup.size());
    // With two events the bootstrap means are a, b or their mean, each end at least a quarter of the time, so the
    // 95 % interval runs from the smaller to the larger; one event gives its value.
    check(byGroup.get(0), "A", 2, (1.0 / 3 - 0.3) / 2, -0.3, 1.0 / 3);
    check(byGroup.get(1), "B", 2, (2.0 / 15 + 0.3) / 2, 2.0 / 15, 0.3);
    check(byGroup.get(2), "C", 1, -7.0 / 15, -7.0 / 15, -7.0 / 15);
    List<Row> pairs = r.pairs().collectAsList();
    assertEquals(List.of("A|B", "A|C", "B|C"), pairs.stream().map(p -> p.getString(0) + "|" + p.getString(1)).toList());
    // A − B: 0.2 in E1, −0.6 in E2. A − C: 0.8. B − C: 0.6.
    assertEquals(List.of(2L, 1L, 1L), pairs.stream().map(p -> p.getLong(4)).toList());
    double[][] want = {{-0.2, -0.6, 0.2}, {0.8, 0.8, 0.8}, {0.6, 0.6, 0.6}};
    for (int i = 0; i < 3; i++) {
      for (int k = 0; k < 3; k++) {
        assertEquals(want[i][k], pairs.get(i).getDouble(5 + k), 1e-12, pairs.get(i).toString());
      }
    }
  }

  private static void check(Row row, String group, long events, double mean, double low, double high) {
    assertEquals(List.of(group, "compound", "", events), List.of(row.get(0), row.get(1), row.get(2), row.get(3)));
    assertEquals(mean, row.getDouble(4), 1e-12, row.toString());
    assertEquals(low, row.getDouble(5), 1e-12, row.toString());
    assertEquals(high, row.getDouble(6), 1e-12, row.toString());
  }
}
