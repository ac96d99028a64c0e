package org.framing.report;

import org.framing.schema.OutputFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SentimentSectionTest {

  @Test
  void pointsCarryAsymmetricIntervalBarsAndGroupsWithMostArticlesComeFirst(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(OutputFile.SENTIMENT_BY_GROUP.file());
    Files.writeString(file, "bias,measure,mean,ci_low,ci_high,n_articles,n_sentences,resampled_unit\n"
        + "left,compound,0.1,-0.05,0.2,3,40,sentence\n"
        + "left,tone,-1.5,-2,-1,3,40,sentence\n"
        + "<right>,compound,-0.2,-0.3,-0.15,9,120,article\n"
        + "<right>,tone,-3,-4.5,-2,9,120,article\n", StandardCharsets.UTF_8);
    Section s = SentimentSection.section(TextTable.read(file));
    assertEquals("Sentiment and tone per bias", s.title());
    String compound = s.figures().get(0).asJavascript("sentiment_0");
    assertTrue(compound.contains("\"&lt;right&gt;\",\"left\""), compound);
    assertTrue(compound.contains("array: [0.050000,0.100000], arrayminus: [0.100000,0.150000]"), compound);
    String tone = s.figures().get(1).asJavascript("sentiment_1");
    assertTrue(tone.contains("array: [1.000000,0.500000], arrayminus: [1.500000,0.500000]"), tone);
    assertEquals(List.of("left", "compound", "0.100", "-0.050 to 0.200", "3", "40", "sentence"), s.table().rows().get(0));
  }
}
