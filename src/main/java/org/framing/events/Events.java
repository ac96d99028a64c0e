package org.framing.events;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.min;
import static org.framing.schema.Columns.ARTICLE_ID;
import static org.framing.schema.Columns.DATE;
import static org.framing.schema.Columns.EVENT_ID;
import static org.framing.schema.Columns.GROUP;
import static org.framing.schema.Columns.TITLE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.spark.Sorted;

/**
 * Each article's event, and each event's summary.
 *
 * <p>With given ids ({@code --events COLUMN}) an article's event is its id; an article without one is an event of
 * its own, {@code article:<article_id>}. Otherwise {@link EventClusters} finds the events and names them
 * {@code E1}, {@code E2}... (zero-padded to one width) in the order of their first date (undated last), then of
 * their smallest article id, so the same corpus gives the same ids.
 *
 * <p>Input of {@link #transform}: the pass's {@code article_id, group, date, title, terms, counts} and the
 * {@link EventText} columns {@code given, title_terms, lead_terms}. Output: {@link Result}.
 */
public final class Events {

  /** Terms in an event's label. */
  public static final int LABEL_TERMS = 4;

  public static final String LABEL = "label";
  public static final String FIRST_DATE = "first_date";
  public static final String LAST_DATE = "last_date";
  public static final String N_ARTICLES = "n_articles";
  public static final String N_GROUPS = "n_groups";
  public static final String GROUPS = "groups";

  /**
   * {@code articles}: {@code article_id, event_id, group, date, title} sorted by event, then article id;
   * {@code summary}: one row per event, {@code event_id, label, title, first_date, last_date, n_articles, n_groups,
   * groups} sorted by event id. {@code label} joins the {@value #LABEL_TERMS} terms with the largest weight in the
   * event's centroid (the sum of its articles' vectors, whose order is the mean's); {@code title} is the title of the article nearest the
   * centroid (ties: the smallest article id); {@code groups} joins the event's groups, sorted, with "; ".
   */
  public record Result(Dataset<Row> articles, Dataset<Row> summary) {}

  private final boolean given;
  private final EventClusters clusters;

  /** Events from the given ids ({@code given}), else clustered by {@code clusters}. */
  public Events(boolean given, EventClusters clusters) {
    this.given = given;
    this.clusters = clusters;
  }

  /** {@code vectors} from {@link EventClusters#vectors} over the same articles; persisted by the caller. */
  public Result transform(Dataset<Row> in, EventClusters.ArticleVectors vectors) {
    Dataset<Row> ids = given
        ? in.select(col(ARTICLE_ID), coalesce(col(EventText.GIVEN), concat(lit("article:"), col(ARTICLE_ID))).as(EVENT_ID))
        : named(clusters.transform(vectors), in);
    Dataset<Row> articles = in.select(ARTICLE_ID, GROUP, DATE, TITLE).join(ids, ARTICLE_ID)
        .select(ARTICLE_ID, EVENT_ID, GROUP, DATE, TITLE);
    return new Result(Sorted.inOnePartition(articles, EVENT_ID, ARTICLE_ID), summary(articles, vectors));
  }

  /** Cluster numbers to event ids E1, E2... by first date (undated last), then smallest article id. */
  private static Dataset<Row> named(Dataset<Row> clustered, Dataset<Row> in) {
    Dataset<Row> dated = clustered.join(in.select(ARTICLE_ID, DATE), ARTICLE_ID);
    Dataset<Row> firsts = dated.groupBy(EventClusters.CLUSTER)
        .agg(min(DATE).as(DATE), min(ARTICLE_ID).as(ARTICLE_ID));
    int clusterAt = firsts.schema().fieldIndex(EventClusters.CLUSTER);
    int dateAt = firsts.schema().fieldIndex(DATE);
    int idAt = firsts.schema().fieldIndex(ARTICLE_ID);
    List<Row> sorted = new ArrayList<>(firsts.collectAsList());
    sorted.sort(Comparator.comparing((Row r) -> r.getString(dateAt), Comparator.nullsLast(Sorted::byCodePoint))
        .thenComparing(r -> r.getString(idAt), Sorted::byCodePoint));
    int width = String.valueOf(sorted.size()).length();
    List<Row> names = new ArrayList<>();
    for (int i = 0; i < sorted.size(); i++) {
      names.add(RowFactory.create(sorted.get(i).getLong(clusterAt), "E" + String.format("%0" + width + "d", i + 1)));
    }
    StructType schema = new StructType().add(EventClusters.CLUSTER, DataTypes.LongType, false)
        .add(EVENT_ID, DataTypes.StringType, false);
    return clustered.join(org.framing.spark.DriverRows.table(in.sparkSession(), names, schema), EventClusters.CLUSTER)
        .select(ARTICLE_ID, EVENT_ID);
  }

  private static Dataset<Row> summary(Dataset<Row> articles, EventClusters.ArticleVectors vectors) {
    StructType out = new StructType()
        .add(EVENT_ID, DataTypes.StringType, false)
        .add(LABEL, DataTypes.StringType, false)
        .add(TITLE, DataTypes.StringType, true)
        .add(FIRST_DATE, DataTypes.StringType, true)
        .add(LAST_DATE, DataTypes.StringType, true)
        .add(N_ARTICLES, DataTypes.LongType, false)
        .add(N_GROUPS, DataTypes.LongType, false)
        .add(GROUPS, DataTypes.StringType, false);
    Broadcast<String[]> vocabulary = new org.apache.spark.api.java.JavaSparkContext(
        articles.sparkSession().sparkContext()).broadcast(vectors.vocabulary());
    Dataset<Row> rows = articles.join(vectors.rows().select(ARTICLE_ID, EventClusters.FEATURES), ARTICLE_ID)
        .select(EVENT_ID, ARTICLE_ID, GROUP, DATE, TITLE, EventClusters.FEATURES);
    StructType in = rows.schema();
    int eventAt = in.fieldIndex(EVENT_ID);
    Dataset<Row> summary = rows.groupByKey((MapFunction<Row, String>) r -> r.getString(eventAt), Encoders.STRING())
        .flatMapGroups((FlatMapGroupsFunction<String, Row, Row>) (id, members) ->
            List.of(summarise(id, members, in, vocabulary.value())).iterator(), Encoders.row(out));
    return Sorted.inOnePartition(summary, EVENT_ID);
  }

  /**
   * One event's row from its members ({@code event_id, article_id, group, date, title, features}, of schema
   * {@code in}: the columns are found by name once).
   */
  static Row summarise(String id, java.util.Iterator<Row> members, StructType in, String[] vocabulary) {
    int idAt = in.fieldIndex(ARTICLE_ID);
    int groupAt = in.fieldIndex(GROUP);
    int dateAt = in.fieldIndex(DATE);
    int titleAt = in.fieldIndex(TITLE);
    int featuresAt = in.fieldIndex(EventClusters.FEATURES);
    List<Row> all = new ArrayList<>();
    members.forEachRemaining(all::add);
    all.sort(Comparator.comparing((Row r) -> r.getString(idAt), Sorted::byCodePoint));
    Centroid centroid = new Centroid();
    TreeSet<String> groups = new TreeSet<>(Sorted::byCodePoint);
    String first = null;
    String last = null;
    for (Row r : all) {
      centroid.add(((Vector) r.get(featuresAt)).toSparse());
      groups.add(r.getString(groupAt));
      String d = r.getString(dateAt);
      if (d != null) {
        first = first == null || d.compareTo(first) < 0 ? d : first;
        last = last == null || d.compareTo(last) > 0 ? d : last;
      }
    }
    List<Map.Entry<Integer, Double>> weights = centroid.weights();
    weights.sort(Map.Entry.<Integer, Double>comparingByValue().reversed()
        .thenComparing(e -> vocabulary[e.getKey()], Sorted::byCodePoint));
    List<String> label = new ArrayList<>();
    for (int i = 0; i < Math.min(LABEL_TERMS, weights.size()); i++) {
      label.add(vocabulary[weights.get(i).getKey()]);
    }
    Row nearest = all.get(0);
    double best = Double.NEGATIVE_INFINITY;
    for (Row r : all) {
      double d = centroid.dot(((Vector) r.get(featuresAt)).toSparse());
      if (d > best) {
        best = d;
        nearest = r;
      }
    }
    return RowFactory.create(id, String.join(" / ", label), nearest.getString(titleAt), first, last, (long) all.size(),
        (long) groups.size(), String.join("; ", groups));
  }
}
