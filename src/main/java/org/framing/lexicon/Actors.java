package org.framing.lexicon;

import java.io.IOException;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.framing.ingest.InputException;
import org.framing.text.Token;
import org.framing.text.Tokenizer;

/**
 * A study's actors (NATO, Russia, a named minister) and the words that name them, read from an
 * {@code actors.csv}: a header {@code actor,group,aliases}, then one actor a record; {@code group} is the side or
 * bloc the actor belongs to (empty: the actor's own name); {@code aliases} lists other names separated by
 * {@code ;} ("Moscow; the Kremlin"). The actor's own name is always an alias. Immutable and serialisable: Spark
 * ships it to the executors.
 *
 * <p><b>Matching</b> ({@link #mentioned}) works on a sentence's {@link Tokenizer} tokens, so it shares their
 * rules: a possessive is the name ("Russia's" mentions Russia), a hyphenated compound is one other word
 * ("NATO-led", "NATO-Russia" mention neither NATO nor Russia: they name a thing, not the actor), and an alias
 * of several words matches the same words in a row. An alias written with a capital letter matches only with
 * the same capitals ({@code US} is not the pronoun "us", {@code Washington} at the start of a sentence is still
 * found, {@code NATO} does not match "Nato"): write both spellings when a corpus uses both. An alias written
 * all in lower case ("the alliance") matches in any case. The rule is the project's own: news capitalises the
 * names of states and organisations, and case is the cheapest reliable sign that "US" is a country.
 *
 * <p>Errors name the file and line: a missing column, an empty actor, an actor listed twice, an alias given
 * to two actors (aliases compare in lower case, so {@code US} and {@code us} clash), an alias without words.
 */
public final class Actors implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The file a study folder may carry. */
  public static final String FILE = "actors.csv";
  public static final String ACTOR = "actor";
  public static final String GROUP = "group";
  public static final String ALIASES = "aliases";

  /** One actor: its name, the group it belongs to, and the aliases that name it (its name first). */
  public record Actor(String name, String group, List<String> aliases) implements Serializable {}

  /** An alias as tokens: lower-case words, and the exact surface words when it is matched with its case. */
  private record Alias(int actor, String[] words, String[] surface) implements Serializable {}

  private final String source;
  private final List<Actor> actors;
  /** Aliases by their first word, longest first. */
  private final Map<String, List<Alias>> byFirstWord;

  private Actors(String source, List<Actor> actors, Map<String, List<Alias>> byFirstWord) {
    this.source = source;
    this.actors = List.copyOf(actors);
    this.byFirstWord = byFirstWord;
  }

  /**
   * Actors known by name only, found by other means than aliases ({@code entities.EntityActors}: the corpus's
   * most named entities): {@link #mentioned} never matches.
   */
  public static Actors named(String source, List<Actor> actors) {
    return new Actors(source, actors, Map.of());
  }

  /** No actors: nothing is ever mentioned. */
  public static Actors none() {
    return new Actors("none", List.of(), Map.of());
  }

  /**
   * Reads an actors file's text; {@code source} names it in messages.
   *
   * @throws InputException on the first bad line
   */
  public static Actors parse(String source, String content) {
    String text = content.startsWith("\uFEFF") ? content.substring(1) : content;
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(true)
        .setIgnoreEmptyLines(true).build();
    List<Actor> actors = new ArrayList<>();
    Map<String, List<Alias>> index = new HashMap<>();
    Map<String, String> aliasOwner = new HashMap<>();
    Map<String, Long> actorLine = new HashMap<>();
    try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
      for (String c : List.of(ACTOR, GROUP, ALIASES)) {
        if (!parser.getHeaderNames().contains(c)) {
          throw new InputException(source + " line 1: no column '" + c + "'; the header must be actor,group,aliases");
        }
      }
      for (String c : parser.getHeaderNames()) {
        if (!List.of(ACTOR, GROUP, ALIASES).contains(c)) {
          throw new InputException(source + " line 1: unknown column '" + c + "'; the header must be actor,group,aliases");
        }
      }
      for (CSVRecord r : parser) {
        long line = r.getParser().getCurrentLineNumber();
        if (!r.isConsistent()) {
          throw new InputException(source + " line " + line + ": " + r.size() + " fields where the header has "
              + parser.getHeaderNames().size() + "; quote an alias list that holds a comma");
        }
        String name = r.get(ACTOR).strip();
        if (name.isEmpty()) {
          throw new InputException(source + " line " + line + ": the actor is empty; name it or delete the line");
        }
        Long before = actorLine.putIfAbsent(name, line);
        if (before != null) {
          throw new InputException(source + " line " + line + ": actor '" + name + "' is already listed on line "
              + before + "; merge the two lines");
        }
        String group = r.get(GROUP).strip().isEmpty() ? name : r.get(GROUP).strip();
        List<String> aliases = new ArrayList<>(List.of(name));
        for (String a : r.get(ALIASES).isBlank() ? new String[0] : r.get(ALIASES).split(";", -1)) {
          if (a.isBlank()) {
            throw new InputException(source + " line " + line + ": an alias of '" + name + "' is empty; remove the "
                + "extra ';'");
          }
          if (!aliases.contains(a.strip())) {
            aliases.add(a.strip());
          }
        }
        int id = actors.size();
        for (String a : aliases) {
          String key = a.toLowerCase(Locale.ROOT);
          String owner = aliasOwner.putIfAbsent(key, name);
          if (owner != null && !owner.equals(name)) {
            throw new InputException(source + " line " + line + ": alias '" + a + "' already names actor '" + owner
                + "'; give each alias to one actor");
          }
          Alias alias = alias(id, a);
          if (alias == null) {
            throw new InputException(source + " line " + line + ": alias '" + a + "' has no words; remove it");
          }
          index.computeIfAbsent(alias.words()[0], k -> new ArrayList<>()).add(alias);
        }
        actors.add(new Actor(name, group, List.copyOf(aliases)));
      }
    } catch (IOException | UncheckedIOException e) {
      throw new InputException(source + ": not a valid CSV file (" + e.getMessage() + "); expected actor,group,aliases");
    }
    for (List<Alias> list : index.values()) {
      list.sort((a, b) -> b.words().length - a.words().length);
    }
    return new Actors(source, actors, index);
  }

  private static Alias alias(int actor, String text) {
    String normalized = Tokenizer.normalize(text);
    List<Token> tokens = Tokenizer.tokens(text);
    if (tokens.isEmpty()) {
      return null;
    }
    String[] words = new String[tokens.size()];
    String[] surface = new String[tokens.size()];
    boolean capitals = !normalized.equals(normalized.toLowerCase(Locale.ROOT));
    for (int i = 0; i < words.length; i++) {
      words[i] = tokens.get(i).text();
      surface[i] = normalized.substring(tokens.get(i).start(), tokens.get(i).end());
    }
    return new Alias(actor, words, capitals ? surface : null);
  }

  public String source() {
    return source;
  }

  /** The actors' names, in their order (an actor's id is its position). */
  public List<String> names() {
    return actors().stream().map(Actor::name).toList();
  }

  public List<Actor> actors() {
    return actors;
  }

  public boolean isEmpty() {
    return actors.isEmpty();
  }

  /**
   * The indexes (into {@link #actors}, ascending, each once) of the actors a sentence mentions, given its tokens
   * and the NFKC text their offsets index.
   */
  public int[] mentioned(List<Token> sentence, String normalized) {
    TreeSet<Integer> found = new TreeSet<>();
    for (Mention m : mentions(sentence, normalized)) {
      found.add(m.actor());
    }
    return found.stream().mapToInt(Integer::intValue).toArray();
  }

  /** One actor named in a sentence: its index in {@link #actors} and the tokens {@code [start, end)} of the alias. */
  public record Mention(int actor, int start, int end) {}

  /**
   * Every alias found in a sentence's tokens, in text order; at each token the first alias listed that matches
   * there (as {@link #mentioned} decides which actors a sentence names).
   */
  public List<Mention> mentions(List<Token> sentence, String normalized) {
    List<Mention> out = new java.util.ArrayList<>();
    for (int i = 0; i < sentence.size(); i++) {
      List<Alias> candidates = byFirstWord.get(sentence.get(i).text());
      if (candidates == null) {
        continue;
      }
      for (Alias a : candidates) {
        if (matches(a, sentence, i, normalized)) {
          out.add(new Mention(a.actor(), i, i + a.words().length));
          break;
        }
      }
    }
    return out;
  }

  private static boolean matches(Alias a, List<Token> sentence, int at, String normalized) {
    if (at + a.words().length > sentence.size()) {
      return false;
    }
    for (int k = 0; k < a.words().length; k++) {
      Token t = sentence.get(at + k);
      if (!t.text().equals(a.words()[k])) {
        return false;
      }
      if (a.surface() != null && !normalized.startsWith(a.surface()[k], t.start())) {
        return false;
      }
    }
    return true;
  }
}
