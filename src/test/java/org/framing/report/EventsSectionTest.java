package org.framing.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.framing.schema.OutputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventsSectionTest {

  @TempDir
  Path dir;

  private void write(OutputFile file, String csv) throws IOException {
    Files.writeString(dir.resolve(file.file()), csv, StandardCharsets.UTF_8);
  }

  private void writeStudy() throws IOException {
    write(OutputFile.EVENT_SUMMARY, "event_id,label,title,first_date,last_date,n_articles,n_groups,groups\n"
        + "E1,talks / nato,T,2022-01-12,2022-01-13,3,2,A; B\nE2,sanctions,U,2022-01-14,2022-01-14,1,1,A\n"
        + "E3,gas / pipeline,V,2022-01-15,2022-01-15,3,3,A; B; C\n");
    write(OutputFile.EVENTS, "article_id,event_id,outlet,date,title\n"
        + "a1,E1,A,2022-01-12,\"<i>Talks</i> end\"\na2,E1,A,2022-01-13,Talks again\nb1,E1,B,2022-01-12,Talks fail\n"
        + "a3,E2,A,2022-01-14,Sanctions\na4,E3,A,2022-01-15,Gas\nb2,E3,B,2022-01-15,Gas flows\nc1,E3,C,2022-01-15,Pipeline\n");
    write(OutputFile.COVERAGE_PAIRS, "outlet_a,outlet_b,shared_events\nA,B,2\nA,C,1\nB,C,1\n");
    write(OutputFile.SENTIMENT_BY_ARTICLE, "article_id,outlet,date,n_sentences,n_tokens,compound,tone,positive,negative,polarity\n"
        + "a1,A,,1,1,0.5,,,,\na2,A,,1,1,-0.1,,,,\nb1,B,,1,1,0.25,,,,\na4,A,,1,1,0,,,,\nc1,C,,1,1,,,,,\n");
  }

  @Test
  void theLargestSharedEventsShowEachGroupsHeadlineAndMeanCompound() throws IOException {
    writeStudy();
    Report report = new Report("r");
    report.add(Section.ofTable("sentiment", "S", "how", HtmlTable.of(List.of("x"), List.of(List.of("y")))));
    EventsSection.addTo(report, dir);
    Section s = report.sections().get(1);
    assertEquals("Same story, different frames", s.title());
    assertTrue(s.howToRead().startsWith("3 events, 2 of them covered by two or more outlets."), s.howToRead());
    // E3 first (three groups), then E1; within an event, groups in order; A's E1 compound is (0.5 − 0.1)/2.
    assertEquals(List.of(
        List.of("E3", "gas / pipeline", "A", "Gas", "0.000"),
        List.of("E3", "gas / pipeline", "B", "Gas flows", ""),
        List.of("E3", "gas / pipeline", "C", "Pipeline", ""),
        List.of("E1", "talks / nato", "A", "<i>Talks</i> end", "0.200"),
        List.of("E1", "talks / nato", "B", "Talks fail", "0.250")), s.table().rows());
    assertTrue(s.table().toHtml().contains("&lt;i&gt;Talks&lt;/i&gt; end"));
    String js = s.figures().get(0).asJavascript("events_0");
    assertTrue(js.contains("z: [[0.0,2.0,1.0,],[2.0,0.0,1.0,],[1.0,1.0,0.0,],]"), js);
    assertEquals("No within-event comparison: it needs two or more outlets and sentiment.", s.note());
    assertTrue(report.sections().get(0).note().startsWith("These numbers pool every story each outlet covered: with 3 "
        + "events they mix"), report.sections().get(0).note());
  }

  @Test
  void withinEventDeviationsAreDrawnWithTheirIntervalsAndOneEventAddsNoPoolingNote() throws IOException {
    writeStudy();
    write(OutputFile.WITHIN_EVENT, "outlet,measure,item,n_events,mean_deviation,ci_low,ci_high\n"
        + "A,compound,,2,0.1,-0.2,0.4\nA,tone,,2,1.5,1,2\nB,compound,,2,-0.1,-0.4,0.2\n");
    Section s = EventsSection.section("outlet", TextTable.read(dir.resolve(OutputFile.EVENT_SUMMARY.file())),
        TextTable.read(dir.resolve(OutputFile.EVENTS.file())), null,
        TextTable.read(dir.resolve(OutputFile.WITHIN_EVENT.file())), null);
    assertEquals(2, s.figures().size());
    assertNull(s.note());
    String js = s.figures().get(0).asJavascript("events_0");
    assertTrue(js.contains("compound: deviation inside shared events (95 % interval)"), js);
    assertTrue(js.contains("array: [0.300000,0.300000]"), js);
    Files.writeString(dir.resolve(OutputFile.EVENT_SUMMARY.file()), "event_id,label,title,first_date,last_date,"
        + "n_articles,n_groups,groups\nE1,x,T,,,2,2,A; B\n");
    Report report = new Report("r");
    report.add(Section.ofTable("sentiment", "S", "how", HtmlTable.of(List.of("x"), List.of(List.of("y")))));
    EventsSection.addTo(report, dir);
    assertNull(report.sections().get(0).note());
  }
}
