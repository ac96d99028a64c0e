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

class FramesSectionTest {

  @Test
  void frameHeatmapHasAColumnPerFrameAndTheTableGivesIntervals(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(OutputFile.FRAMES.file());
    Files.writeString(file, "bias,lexicon,frame,n_articles,n_sentences,n_tokens,hits,per_1000,per_1000_ci_low,"
        + "per_1000_ci_high,sentences_with,share_of_sentences,share_of_sentences_ci_low,share_of_sentences_ci_high,resampled_unit\n"
        + "left,frames,threat_security,3,40,800,12,15,10,20,9,0.225,0.1,0.3,sentence\n"
        + "left,mine.csv,event,3,40,800,0,0,0,0,0,0,0,0,sentence\n"
        + "<right>,frames,threat_security,9,120,2000,10,5,2.5,7.5,8,0.0666666666667,0.05,0.1,article\n"
        + "<right>,mine.csv,event,9,120,2000,4,2,1,3,4,0.0333333333333,0.01,0.05,article\n", StandardCharsets.UTF_8);
    Section s = FramesSection.frames(TextTable.read(file));
    assertEquals("Frames per bias", s.title());
    String js = s.figures().get(0).asJavascript("frames_0");
    // Rows: the group with most sentences first; columns: the bundled frames by name, others lexicon:frame.
    assertTrue(js.contains("\"threat_security\",\"mine.csv:event\""), js);
    assertTrue(js.contains("\"&lt;right&gt;\",\"left\""), js);
    assertTrue(js.contains("z: [[5.0,2.0,],[15.0,0.0,],]"), js);
    assertTrue(js.contains("trace0.texttemplate = '%{z:.1f}'"), js);
    assertEquals(List.of("left", "threat_security", "15.00 (10.00 to 20.00)", "12", "22.5 % (10.0 % to 30.0 %)", "9 of 40",
        "sentence"), s.table().rows().get(0));
  }

  @Test
  void actorHeatmapLabelsEveryCellWithItsCountAndLeavesUnnamedActorsBlank(@TempDir Path dir) throws Exception {
    Path file = dir.resolve(OutputFile.ACTORS.file());
    Files.writeString(file, "outlet,actor,actor_group,n_articles,n_sentences,compound,compound_ci_low,compound_ci_high,"
        + "n_negative,share_negative,share_negative_ci_low,share_negative_ci_high,resampled_unit\n"
        + "A,NATO,NATO,1,4,-0.25,-0.5,0,3,0.75,0.5,1,sentence\n"
        + "A,Russia,Russia,0,0,,,,0,,,,\n"
        + "B,NATO,NATO,2,6,0.125,-0.1,0.3,1,0.166666666667,0,0.5,sentence\n"
        + "B,Russia,Russia,1,1,-0.5,-0.5,-0.5,1,1,1,1,sentence\n", StandardCharsets.UTF_8);
    Section s = FramesSection.actors(TextTable.read(file));
    String js = s.figures().get(0).asJavascript("actors_0");
    assertTrue(js.contains("trace0.z = [[0.1250, -0.5000], [-0.2500, null]]"), js);
    assertTrue(js.contains("trace0.text = [['0.13<br>n=6', '-0.50<br>n=1'], ['-0.25<br>n=4', 'n=0']]"), js);
    assertTrue(js.contains("trace0.zmin = -0.5000; trace0.zmax = 0.5000;"), js);
    assertEquals(3, s.table().rows().size());
    assertEquals(List.of("A", "NATO", "NATO", "-0.250 (-0.500 to 0.000)", "3 of 4 (75.0 %)", "1", "sentence"),
        s.table().rows().get(0));
  }
}
