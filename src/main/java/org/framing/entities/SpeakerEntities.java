package org.framing.entities;

import static org.apache.spark.sql.functions.broadcast;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.framing.schema.Columns.SPEAKER;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.framing.quotes.Names;
import org.framing.quotes.Voices;

/**
 * The entity of each quotation's speaker ({@link Resolution#speaker}): "Trump", "Donald Trump" and "Donald John
 * Trump" as the quotation rules name them are one voice; a speaker that is no entity and names nobody, an
 * anonymous role ("official", "White House officials", "a source") or a role or description no rule resolved to
 * its holder ({@link #nameless}: "president", "the senator", "a Kentucky Republican", "critics"), is the one voice
 * {@value Voices#UNNAMED}: a role word is never a voice of its own. The speakers are few next to the quotations,
 * so they are looked up on the driver and joined back.
 */
public final class SpeakerEntities {

  /**
   * The voice a quotation counts for: its speaker's entity name, else {@value Voices#UNNAMED} for an anonymous
   * role, else the speaker as attributed.
   */
  public static final String VOICE = "voice";

  private SpeakerEntities() {}

  /** Titles that are also common surnames: a speaker "King" or "Bishop" is a person the rules named by surname. */
  static final Set<String> SURNAME_TITLES = Set.of("king", "bishop", "major", "dean", "prince");

  /**
   * Whether a speaker names nobody: each of its words is lower case ("critics", "analyst"), a title or honorific
   * ("President", "Pope", "Mrs", "President-elect"; not one that is also a common surname, {@link #SURNAME_TITLES}:
   * "King"), a party word ("Republican", "GOP"), an adjective of nationality, a sentence word ("Another",
   * "Some"), an age ("Sixteen-year-old"), or part of a place's name ("New Hampshire Republican"); and none is an
   * organisation word: "the Russian government" is an institution that speaks, named by what it is.
   */
  public static boolean nameless(String speaker) {
    List<String> words = PersonNames.words(speaker);
    if (words.stream().anyMatch(w -> Names.ORGANISATION_WORDS.contains(PersonNames.fold(w))
        || MentionFinder.MORE_ORGANISATION_WORDS.contains(PersonNames.fold(w)))) {
      return false;     // "the Russian government", "the ministry": an institution speaks
    }
    int i = 0;
    while (i < words.size()) {
      String w = words.get(i);
      String f = PersonNames.fold(w);
      boolean title = (Names.TITLES.contains(f) || PersonNames.PERSON_TITLES.contains(f)
          || PersonNames.HONORIFICS.contains(f) || MentionFinder.hyphenTitle(w)) && !SURNAME_TITLES.contains(f);
      if (f.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || title || PersonNames.PARTY_WORDS.contains(f)
          || Names.NOT_NAMES.contains(f) || PosModel.COMMON_OPENERS.contains(f) || Adjectives.adjective(f)
          || f.endsWith("-year-old") || PersonNames.SUFFIXES.contains(f)) {
        i++;
        continue;
      }
      int place = words.size();
      while (place > i && Places.key(words.subList(i, place)) == null) {
        place--;
      }
      if (place == i) {
        return false;
      }
      i = place;
    }
    return !words.isEmpty();
  }

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
      } else if (Voices.unnamed(speaker) || nameless(speaker)) {
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
