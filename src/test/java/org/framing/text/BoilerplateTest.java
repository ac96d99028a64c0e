package org.framing.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class BoilerplateTest {

  private static final Path SEEDS = Path.of("jobs/nato-russia-council-2022/articles");

  private static List<String> removed(String file) throws IOException {
    String raw = Files.readString(SEEDS.resolve(file), StandardCharsets.UTF_8);
    return Boilerplate.clean(raw).removals().stream().map(r -> r.rule() + ": " + r.text()).toList();
  }

  @Test
  void b92HeaderLoosesWidgetsStampSourceAndPhotoCredits() throws IOException {
    assertEquals(List.of(
        "PHOTO_CREDIT: Foto: EPA-EFE/STRINGER",
        "SHARE_WIDGET: Tweet Share",
        "TIMESTAMP: Wednesday, January 12, 2022 | 17:10",
        "SOURCE_NOTE: Source: B92, Tanjug",
        "PHOTO_CREDIT: Tanjug/AP Photo/Olivier Matthys",
        "PHOTO_CREDIT: Tanjug/AP Photo/Olivier Matthys"), removed("000_75d9bc27a0ff73ff.txt"));
  }

  @Test
  void pressTvLoosesItsUtcStampOnly() throws IOException {
    assertEquals(List.of("TIMESTAMP: Jan 13, 2022 09:19 UTC"), removed("001_a1966bbe21ffb3d6.txt"));
  }

  @Test
  void cgtnLoosesDownloadStampMastheadCaptionsNoteAndTrends() throws IOException {
    String caption = "(L-R) Russian Deputy Defense Minister Colonel-General Alexander Fomin, Russian Deputy Minister of "
        + "Foreign Affairs Alexander Grushko and NATO Secretary General Jens Stoltenberg meet during the NATO-Russia "
        + "Council at the Alliance's headquarters in Brussels, January 12, 2022. /CFP";
    assertEquals(List.of(
        "SHARE_WIDGET: Download",
        "TIMESTAMP: Updated 22:56, 12-Jan-2022",
        "HEADER_SHORT_LINE: CGTN",
        "CAPTION: " + caption,
        "CAPTION: " + caption,
        "SOURCE_NOTE: (With input from agencies)",
        "SHARE_WIDGET: Search Trends"), removed("002_495b546435612931.txt"));
  }

  @Test
  void voiLoosesItsDateline() throws IOException {
    assertEquals(List.of("DATELINE: JAKARTA -"), removed("003_42f0d1a10241132c.txt"));
  }

  @Test
  void egyptianSiteLoosesMastheadStampAndByline() throws IOException {
    assertEquals(List.of(
        "MASTHEAD: Supervisor Elham AbolFateh",
        "MASTHEAD: Editor in Chief Mohamed Wadie",
        "TIMESTAMP: Wed 12 Jan 2022 | 09:26 PM",
        "HEADER_SHORT_LINE: H-Tayea"), removed("004_e9993763df6aab00.txt"));
  }

  @Test
  void repeatedLinesAndDatelinesWithAgenciesGoButProseStays() {
    Boilerplate.Result r = Boilerplate.clean(
        "WASHINGTON (Reuters) - Talks ended on Wednesday, January 12, 2022, without progress.\n"
            + "Advertisement\nA caption repeated\nSome prose here.\nA caption repeated\n");
    assertEquals("Talks ended on Wednesday, January 12, 2022, without progress.\nA caption repeated\nSome prose here.", r.text());
    assertEquals(List.of("DATELINE: WASHINGTON (Reuters) -", "SHARE_WIDGET: Advertisement", "REPEATED_LINE: A caption repeated"),
        r.removals().stream().map(x -> x.rule() + ": " + x.text()).toList());
  }
}
