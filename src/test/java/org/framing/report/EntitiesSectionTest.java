package org.framing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framing.schema.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntitiesSectionTest {

  @Test
  void theCorpusEntitiesComeFirstWithEveryGroupsShareAndInterval(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(OutputFile.MENTIONS_BY_GROUP.file());
    Files.writeString(file, "outlet,entity_id,name,type,mentions,per_10k,articles,share_of_articles,ci_low,ci_high\n"
        + "B92,person:donald-trump,Donald Trump,person,9,30,3,0.75,0.25,1\n"
        + "B92,place:russia,Russia,place,2,5,1,0.25,0,0.75\n"
        + "<Press>,person:donald-trump,Donald Trump,person,1,2,1,0.1,0,0.3\n"
        + "<Press>,place:russia,Russia,place,20,40,8,0.8,0.5,1\n"
        + "<Press>,other:kiev,Kiev,other,30,60,2,0.2,0,0.5\n", StandardCharsets.UTF_8);
    Section s = EntitiesSection.section(TextTable.read(file));
    assertEquals("Who is in the news, per outlet", s.title());
    String js = s.figures().get(0).asJavascript("entities_0");
    assertTrue(js.contains("\"Russia\",\"Donald Trump\",\"Kiev\""), "corpus entities by articles, then the rest: " + js);
    assertTrue(js.contains("\"&lt;Press&gt;\",\"B92\""), "groups with most mentions first, escaped: " + js);
    assertEquals(List.of("entity", "type", "<Press>", "B92"), s.table().header());
    assertEquals(List.of(
        List.of("Russia", "place", "80 % (50–100)", "25 % (0–75)"),
        List.of("Donald Trump", "person", "10 % (0–30)", "75 % (25–100)"),
        List.of("Kiev", "other", "20 % (0–50)", "")), s.table().rows());
    assertNull(s.note());
  }

  @Test
  void noEntityAtAllSaysSo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(OutputFile.MENTIONS_BY_GROUP.file());
    Files.writeString(file, "bias,entity_id,name,type,mentions,per_10k,articles,share_of_articles,ci_low,ci_high\n",
        StandardCharsets.UTF_8);
    Section s = EntitiesSection.section(TextTable.read(file));
    assertEquals("Who is in the news, per bias", s.title());
    assertEquals(List.of(List.of("No person, organisation or place was found.")), s.table().rows());
  }
}
