package org.framing.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import org.framing.text.Token;

/**
 * Apache OpenNLP's English part-of-speech model ({@code org.apache.opennlp:opennlp-models-pos-en} 1.3.0, the file
 * {@value #RESOURCE}: a maximum-entropy tagger trained by the OpenNLP project on Universal Dependencies
 * English-EWT, universal tags), asked one question: is a capitalised word that opens a sentence a proper noun
 * ({@code PROPN})? Everywhere else capitals tell. The model is read once per JVM from the class path; a tagger
 * is not thread-safe, so each thread has its own.
 *
 * <p>Only the sentence's first {@value #WINDOW} tokens are tagged: the tagger's features look two words either
 * side, and tagging every sentence whole cost about 340 s of one core on the 37.5k AllSides corpus (118,000
 * tokens a second, measured here), against a budget of a few seconds.
 */
final class PosModel {

  static final String RESOURCE = "opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
  static final int WINDOW = 6;

  /** Frequent sentence openers that are never names, answered without the model. */
  static final Set<String> COMMON_OPENERS = Set.of(
      "there", "here", "what", "why", "how", "who", "where", "now", "still", "even", "instead", "since", "although",
      "though", "because", "until", "once", "last", "next", "many", "some", "most", "all", "both", "each", "every",
      "no", "not", "one", "two", "our", "my", "your", "several", "other", "another", "such", "only", "just", "more",
      "few", "during", "under", "over", "among", "through", "without", "within", "like", "unlike", "about", "indeed",
      "moreover", "overall", "thus", "therefore", "let", "please", "asked", "said", "whether", "do", "does", "did",
      "is", "are", "was", "were", "has", "have", "had", "can", "could", "will", "would", "should", "in",
      "speaking", "officials", "critics", "per", "via", "amid", "following", "supporters", "democrats", "republicans", "people", "experts",
      // Plural common nouns that open a sentence as its subject ("Others said", "Organizers said"): a group of
      // people, not a name.
      "others", "organizers", "organisers", "activists", "advocates", "opponents", "analysts", "observers",
      "protesters", "demonstrators", "residents", "witnesses", "lawmakers", "researchers", "scientists", "economists",
      "investigators", "prosecutors", "authorities", "sources", "aides", "doctors", "voters", "parents", "students",
      "teachers", "workers", "employees", "members", "leaders", "diplomats");

  private static volatile POSModel model;
  private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(model()));

  private PosModel() {}

  private static POSModel model() {
    if (model == null) {
      synchronized (PosModel.class) {
        if (model == null) {
          try (InputStream in = PosModel.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException(RESOURCE + " is not on the class path (org.apache.opennlp:"
                  + "opennlp-models-pos-en): rebuild the jar with mvn package");
            }
            model = new POSModel(in);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
    }
    return model;
  }

  /** Whether token {@code i} of a sentence (within its first {@value #WINDOW}) is tagged a proper noun. */
  static boolean properNoun(String text, List<Token> sentence, int i) {
    int n = Math.min(sentence.size(), Math.max(WINDOW, i + 3));
    String[] words = new String[n];
    for (int k = 0; k < n; k++) {
      words[k] = text.substring(sentence.get(k).start(), sentence.get(k).end());
    }
    return "PROPN".equals(TAGGER.get().tag(words)[i]);
  }
}
