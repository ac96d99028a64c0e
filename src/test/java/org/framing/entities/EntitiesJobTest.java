package org.framing.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.framing.job.JobOptions;
import org.framing.job.StudyJob;
import org.framing.testing.LocalSpark;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole job on three short articles of two outlets without an actors list, against counts by hand: every
 * form of Donald Trump is one entity, NATO is the organisation one article spells out, the tokens are the
 * running words of each outlet (X 24; Y 21 + 21), and the actors are the four most named entities.
 */
@ExtendWith(LocalSpark.PerClass.class)
class EntitiesJobTest {

  private static SparkSession spark;

  @Test
  void entitiesMentionsVoicesAndActorsOfASmallStudy(@TempDir Path tmp) throws IOException {
    Path study = tmp.resolve("study");
    Files.createDirectories(study.resolve("articles"));
    Files.writeString(study.resolve("manifest.csv"), "file,outlet,title,date\narticles/a.txt,X,Talks,2024-01-02\n"
        + "articles/b.txt,Y,NATO day,2024-01-02\narticles/c.txt,Y,Paris,2024-01-03\n");
    Files.writeString(study.resolve("articles/a.txt"), "President Donald Trump met Hillary Clinton in Moscow on Monday.\n"
        + "Trump said the talks were good. Mrs. Clinton said they were a terrible failure.\n");
    Files.writeString(study.resolve("articles/b.txt"), "Mr. Trump spoke to NATO on Monday.\n"
        + "The North Atlantic Treaty Organization (NATO) said it was a great day for peace.\n");
    Files.writeString(study.resolve("articles/c.txt"), "Donald J. Trump visited Paris and praised it.\n"
        + "He said Paris was wonderful, and Trump smiled at the crowd in Paris.\n");
    Path out = tmp.resolve("out");
    new StudyJob(spark, JobOptions.defaults().withInput(study.toString(), out).withoutCharts(), null).run();

    assertEquals("entity_id,name,type,aliases,mentions,articles,groups\n"
        + "person:donald-trump,Donald J. Trump,person,Trump | Donald J. Trump | Donald Trump,5,3,2\n"
        + "organisation:north-atlantic-treaty-organization,NATO,organisation,NATO | North Atlantic Treaty Organization,3,1,1\n"
        + "place:paris,Paris,place,Paris,3,1,1\n"
        + "person:hillary-clinton,Hillary Clinton,person,Clinton | Hillary Clinton,2,1,1\n",
        LocalSpark.read(out.resolve("entities.csv")));
    assertEquals("outlet,entity_id,name,type,mentions,per_10k,articles,share_of_articles,ci_low,ci_high\n"
        + "X,person:donald-trump,Donald J. Trump,person,2,833.333333333,1,1,1,1\n"
        + "X,person:hillary-clinton,Hillary Clinton,person,2,833.333333333,1,1,1,1\n"
        + "X,place:moscow,Moscow,place,1,416.666666667,1,1,1,1\n"
        + "X,organisation:north-atlantic-treaty-organization,NATO,organisation,0,0,0,0,0,0\n"
        + "X,place:paris,Paris,place,0,0,0,0,0,0\n"
        + "Y,person:donald-trump,Donald J. Trump,person,3,714.285714286,2,1,1,1\n"
        + "Y,organisation:north-atlantic-treaty-organization,NATO,organisation,3,714.285714286,1,0.5,0,1\n"
        + "Y,place:paris,Paris,place,3,714.285714286,1,0.5,0,1\n"
        + "Y,person:hillary-clinton,Hillary Clinton,person,0,0,0,0,0,0\n",
        LocalSpark.read(out.resolve("mentions_by_group.csv")));
    String actors = LocalSpark.read(out.resolve("actor_sentiment.csv"));
    assertEquals("outlet,actor,actor_group,n_articles,n_sentences,compound,compound_ci_low,compound_ci_high,n_negative,"
        + "share_negative,share_negative_ci_low,share_negative_ci_high,resampled_unit\n"
        + "X,Donald J. Trump,person,1,2,0.22021678538,0,0.44043357076,0,0,0,0,sentence\n"
        + "X,NATO,organisation,0,0,,,,0,,,,\n"
        + "X,Paris,place,0,0,,,,0,,,,\n"
        + "X,Hillary Clinton,person,1,2,-0.375315156664,-0.750630313328,0,1,0.5,0,1,sentence\n"
        + "Y,Donald J. Trump,person,2,3,0.431970062864,0,0.801995608018,0,0,0,0,sentence\n"
        + "Y,NATO,organisation,1,2,0.411231446812,0,0.822462893624,0,0,0,0,sentence\n"
        + "Y,Paris,place,1,2,0.647955094296,0.493914580574,0.801995608018,0,0,0,0,sentence\n"
        + "Y,Hillary Clinton,person,0,0,,,,0,,,,\n", actors);
    StringBuilder speakers = new StringBuilder();
    for (String line : LocalSpark.read(out.resolve("quotes.csv")).split("\n")) {
      String[] f = line.split(",");
      speakers.append(f[0]).append(' ').append(f[3]).append(' ').append(f[4]).append('\n');
    }
    assertEquals("article_id speaker entity_id\n"
        + "a Donald Trump person:donald-trump\n"
        + "a Hillary Clinton person:hillary-clinton\n"
        + "b North Atlantic Treaty Organization organisation:north-atlantic-treaty-organization\n"
        + "c Donald J. Trump person:donald-trump\n", speakers.toString());
  }
}
