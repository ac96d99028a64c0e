package org.framing.report;

import org.framing.schema.OutputFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuotesSectionTest {

  @Test
  void barsStackEachGroupsSharesByAffiliationAndTheTableCountsSpeakers(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(OutputFile.VOICES.file());
    Files.writeString(file, "outlet,speaker,affiliation,quotes,words,share_of_quotes,share_of_words\n"
        + "B92,Jens Stoltenberg,NATO,2,43,0.5,0.5\n"
        + "B92,Wendy Sherman,United States,2,41,0.5,0.5\n"
        + "<Press>,Jens Stoltenberg,NATO,3,30,0.6,0.5\n"
        + "<Press>,Alexander Grushko,Russia,1,20,0.2,0.3\n"
        + "<Press>,(unattributed),(unattributed),1,10,0.2,0.2\n", StandardCharsets.UTF_8);
    Section s = QuotesSection.section(TextTable.read(file));
    assertEquals("Who is quoted, per outlet", s.title());
    String js = s.figures().get(0).asJavascript("voices_0");
    assertTrue(js.contains("barmode: 'stack'") || js.contains("barmode: \"stack\""), js);
    assertTrue(js.contains("\"&lt;Press&gt;\",\"B92\""), "groups with most quotations first, escaped: " + js);
    assertTrue(js.contains("name: 'NATO'"), js);
    assertTrue(js.indexOf("name: 'Russia'") < js.indexOf("name: '(unattributed)'"), "unattributed comes last");
    assertEquals(List.of("speaker", "affiliation", "<Press>", "B92"), s.table().header());
    assertEquals(List.of(
        List.of("Jens Stoltenberg", "NATO", "3 (60 %)", "2 (50 %)"),
        List.of("Wendy Sherman", "United States", "", "2 (50 %)"),
        List.of("(unattributed)", "(unattributed)", "1 (20 %)", ""),
        List.of("Alexander Grushko", "Russia", "1 (20 %)", "")), s.table().rows());
    assertTrue(s.table().toHtml().contains("&lt;Press&gt;"));
    assertNull(s.note());
  }

  @Test
  void noQuotationAtAllSaysSo(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(OutputFile.VOICES.file());
    Files.writeString(file, "bias,speaker,affiliation,quotes,words,share_of_quotes,share_of_words\n", StandardCharsets.UTF_8);
    Section s = QuotesSection.section(TextTable.read(file));
    assertEquals("Who is quoted, per bias", s.title());
    assertEquals(List.of(List.of("No quotation was found.")), s.table().rows());
  }
}
