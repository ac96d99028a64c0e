package org.framing.entities;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.framing.entities.MentionFinder.Kind;

/**
 * Resolution across the corpus: the mentions' keys, already resolved inside each article
 * ({@link MentionFinder}), to entities. Pure Java over the corpus's distinct keys and their counts (one row per
 * kind, key and text as written), so it runs on the driver over a small table.
 *
 * <ol>
 *   <li>A person's full-name key ({@link PersonNames#key}) is one entity, a person when the corpus confirms it: a
 *       title or honorific stood before it once, or an article named the person by surname alone after (or
 *       before) the full name, as news style does for every person it names twice. A two-word name never so
 *       confirmed ("Planned Parenthood", "Continued Below") is a name of kind other.</li>
 *   <li>A surname or bare name no full name of its article ended in ({@code ~surname}) goes to the person with that
 *       surname the corpus names most (by mentions), when that person has at least {@value #DOMINANCE} times the
 *       mentions of the next one with that surname; otherwise it is an entity of its own: a party's organisation
 *       for a party word ("Democrats" after "Senate"), a person when a personal title stands before at least one
 *       in {@value #TITLED_SHARE} of its mentions ("Mr. Obama"), else a name of kind other ("Americans",
 *       "Obamacare", a city). A surname with a suffix ({@code ~trump jr}) is matched only by full names with that
 *       suffix ({@link PersonNames#surnameKeys}).</li>
 *   <li>An acronym that some article spelled out ("NATO" beside "North Atlantic Treaty Organization") and the
 *       expansion it was spelled out as most often are one organisation in every article, keyed by the form the
 *       corpus writes more (NATO; "Clinton News Network", a jibe, joins CNN, not the other way round).</li>
 *   <li>An organisation, place or other name is one entity per folded name.</li>
 * </ol>
 *
 * <p>An entity's id is its type and key, spaces as hyphens ({@code person:donald-trump}); its name the form the
 * corpus writes most (for a person, among forms of two words or more), ties to the first in alphabetical order.
 */
public final class Resolution implements Serializable {

  private static final long serialVersionUID = 1L;

  /** How many times the mentions of the next person with the surname the first must have. */
  public static final int DOMINANCE = 2;

  /** A bare name is a person when at least one in this many of its mentions follows a personal title. */
  public static final int TITLED_SHARE = 10;

  /** One distinct kind, key and text of the corpus's mentions, how often it occurs, how often after a title. */
  public record KeyCount(String kind, String key, String text, long mentions, long titled) {}

  /** An entity: id, name as written most, type (person, organisation, place, other). */
  public record Entity(String id, String name, String type) implements Serializable {}

  /** The entity of each kind and key ({@link #lookup}). */
  private final Map<String, Entity> entities;

  private Resolution(Map<String, Entity> entities) {
    this.entities = entities;
  }

  /** The entity of a mention's kind and key, or null for one not seen. */
  public Entity entity(String kind, String key) {
    return entities.get(lookup(kind, key));
  }

  /** The entities of {@code ids} by every {@link #lookup} key that resolves to one of them. */
  public Map<String, Entity> keysOf(java.util.Set<String> ids) {
    Map<String, Entity> out = new HashMap<>();
    entities.forEach((key, e) -> {
      if (ids.contains(e.id())) {
        out.put(key, e);
      }
    });
    return out;
  }

  /** Every entity once, in id order. */
  public List<Entity> entities() {
    Map<String, Entity> byId = new TreeMap<>();
    entities.values().forEach(e -> byId.putIfAbsent(e.id(), e));
    return List.copyOf(byId.values());
  }

  /** The lookup key: a surname or bare name ({@code ~x}) is one whatever its kind. */
  public static String lookup(String kind, String key) {
    return key.startsWith("~") ? key : kind + "|" + key;
  }

  public static Resolution of(List<KeyCount> counts) {
    Map<String, Long> personMentions = new HashMap<>();
    Map<String, List<String>> bySurname = new HashMap<>();
    Map<String, Long> acronymVotes = new HashMap<>();
    Map<String, Long> titledBare = new HashMap<>();
    Map<String, Long> bareMentions = new HashMap<>();
    Map<String, Long> keyMentions = new HashMap<>();
    java.util.Set<String> confirmed = new java.util.HashSet<>();
    for (KeyCount c : counts) {
      if (c.kind().equals(Kind.PERSON.label()) && !c.key().startsWith("~") && (c.titled() > 0 || !c.text().contains(" "))) {
        confirmed.add(c.key());
      }
    }
    for (KeyCount c : counts) {
      if (c.kind().equals(Kind.PERSON.label()) && !c.key().startsWith("~") && confirmed.contains(c.key())) {
        if (personMentions.merge(c.key(), c.mentions(), Long::sum).equals(c.mentions())) {
          for (String surname : PersonNames.surnameKeys(c.key())) {
            bySurname.computeIfAbsent(surname, s -> new ArrayList<>()).add(c.key());
          }
        }
      }
      if (c.key().startsWith("~")) {
        titledBare.merge(c.key(), c.titled(), Long::sum);
        bareMentions.merge(c.key(), c.mentions(), Long::sum);
      }
      if (c.kind().equals(Kind.ORGANISATION.label()) && MentionFinder.acronym(c.text())
          && !c.key().equals(PersonNames.foldWords(c.text()))) {
        acronymVotes.merge(PersonNames.foldWords(c.text()) + "|" + c.key(), c.mentions(), Long::sum);
      }
    }
    for (KeyCount c : counts) {
      keyMentions.merge(c.kind() + "|" + c.key(), c.mentions(), Long::sum);
    }
    // An acronym and its expansion are one organisation, keyed by the form written more ("NATO", "CNN").
    Map<String, String> pair = new HashMap<>();
    expansions(acronymVotes).forEach((acronym, expanded) -> {
      long a = keyMentions.getOrDefault(Kind.ORGANISATION.label() + "|" + acronym, 0L);
      long e = keyMentions.getOrDefault(Kind.ORGANISATION.label() + "|" + expanded, 0L);
      String canonical = a >= e ? acronym : expanded;
      pair.put(acronym, canonical);
      pair.putIfAbsent(expanded, canonical);
    });

    Map<String, String> idOf = new HashMap<>();
    Map<String, String> typeOf = new HashMap<>();
    for (KeyCount c : counts) {
      String look = lookup(c.kind(), c.key());
      if (idOf.containsKey(look)) {
        continue;
      }
      String type;
      String key;
      if (c.key().startsWith("~")) {
        String s = c.key().substring(1);
        String person = dominant(bySurname.getOrDefault(s, List.of()), personMentions);
        if (person != null) {
          type = Kind.PERSON.label();
          key = person;
        } else if (PersonNames.PARTY_WORDS.contains(s)) {
          type = Kind.ORGANISATION.label();      // "Democrats" after "Senate": a party's members, no person
          key = s;
        } else {
          type = TITLED_SHARE * titledBare.get(c.key()) >= bareMentions.get(c.key()) ? Kind.PERSON.label()
              : Kind.OTHER.label();
          key = s;
        }
      } else if (c.kind().equals(Kind.ORGANISATION.label()) && pair.containsKey(c.key())) {
        type = c.kind();
        key = pair.get(c.key());
      } else if (c.kind().equals(Kind.PERSON.label()) && !confirmed.contains(c.key())) {
        type = Kind.OTHER.label();
        key = c.key();
      } else {
        type = c.kind().equals(Kind.NAME.label()) ? Kind.OTHER.label() : c.kind();
        key = c.key();
      }
      String id = type + ":" + key.replace(' ', '-');
      idOf.put(look, id);
      typeOf.put(id, type);
    }

    // A speaker named by a surname the articles never wrote alone ("Trump Jr." where each article also names him
    // in full) still finds the dominant person of that surname.
    Map<String, String> surnameOnly = new HashMap<>();
    bySurname.forEach((s, keys) -> {
      String person = dominant(keys, personMentions);
      if (person != null && !idOf.containsKey("~" + s)) {
        surnameOnly.put("~" + s, idOf.get(lookup(Kind.PERSON.label(), person)));
      }
    });
    idOf.putAll(surnameOnly);

    Map<String, Map<String, Long>> forms = new HashMap<>();
    for (KeyCount c : counts) {
      String id = idOf.get(lookup(c.kind(), c.key()));
      boolean counts2 = !typeOf.get(id).equals(Kind.PERSON.label()) || c.text().contains(" ");
      forms.computeIfAbsent(id, k -> new HashMap<>()).merge((counts2 ? "1" : "0") + c.text(), c.mentions(), Long::sum);
    }
    Map<String, Entity> out = new HashMap<>();
    Map<String, Entity> byId = new HashMap<>();
    for (Map.Entry<String, String> e : idOf.entrySet()) {
      Entity entity = byId.computeIfAbsent(e.getValue(), id -> new Entity(id, name(forms.get(id)), typeOf.get(id)));
      out.put(e.getKey(), entity);
    }
    return new Resolution(out);
  }

  /** The person of the surname that has {@value #DOMINANCE} times the mentions of the next, or null. */
  private static String dominant(List<String> keys, Map<String, Long> mentions) {
    if (keys.isEmpty()) {
      return null;
    }
    List<String> sorted = new ArrayList<>(keys);
    sorted.sort(Comparator.comparing((String k) -> -mentions.get(k)).thenComparing(k -> k));
    if (sorted.size() > 1 && mentions.get(sorted.get(0)) < DOMINANCE * mentions.get(sorted.get(1))) {
      return null;
    }
    return sorted.get(0);
  }

  /** Each acronym's most voted expansion ({@code acronym|key} to votes), ties to the first key. */
  private static Map<String, String> expansions(Map<String, Long> votes) {
    Map<String, String> best = new HashMap<>();
    Map<String, Long> bestVotes = new HashMap<>();
    for (Map.Entry<String, Long> v : new TreeMap<>(votes).entrySet()) {
      int bar = v.getKey().indexOf('|');
      String acronym = v.getKey().substring(0, bar);
      if (v.getValue() > bestVotes.getOrDefault(acronym, 0L)) {
        best.put(acronym, v.getKey().substring(bar + 1));
        bestVotes.put(acronym, v.getValue());
      }
    }
    return best;
  }

  /** The most written form: among preferred forms (marked "1") first, then by count, then alphabetically. */
  private static String name(Map<String, Long> forms) {
    return forms.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, Long> f) -> f.getKey().charAt(0) == '1' ? 0 : 1)
            .thenComparing(f -> -f.getValue()).thenComparing(Map.Entry::getKey))
        .findFirst().map(f -> f.getKey().substring(1)).orElse("");
  }


  /**
   * The entity of a quotation's speaker as the quotation rules name it, or null (a role: "Russian official"):
   * <ol>
   *   <li>a person's full name by its key, a surname with a suffix ("Trump Jr.") or a single name as a surname;</li>
   *   <li>else an organisation's, place's or other name as written, except an entity named by the same words in
   *       capitals for a speaker that is not ("King" is no "KING", a television transcript's label; "North Atlantic
   *       Treaty Organization" is NATO);</li>
   *   <li>else the same as 1 for the speaker without its first words, shorter and shorter, when that finds a
   *       person: titles and words the rules left in front ("President-elect Donald Trump", "Although Trump",
   *       "Education Secretary Betsy DeVos", "Mr. King").</li>
   * </ol>
   */
  public Entity speaker(String speaker) {
    if (speaker == null || speaker.isBlank()) {
      return null;
    }
    List<String> words = PersonNames.words(speaker);
    Entity e = asPerson(words);
    if (e != null) {
      return e;
    }
    String f = PersonNames.foldWords(speaker);
    for (Kind k : List.of(Kind.ORGANISATION, Kind.PLACE, Kind.OTHER)) {
      e = entities.get(lookup(k.label(), f));
      if (e != null && !(capitals(e.name()) && !capitals(speaker) && PersonNames.foldWords(e.name()).equals(f))) {
        return e;
      }
    }
    for (int from = 1; from < words.size(); from++) {
      e = asPerson(words.subList(from, words.size()));
      if (e != null && e.type().equals(Kind.PERSON.label())) {
        return e;
      }
    }
    return null;
  }

  /** Whether a name has letters and none of them lower case ("KING", "PRESIDENT-ELECT DONALD TRUMP"). */
  private static boolean capitals(String name) {
    return name.chars().anyMatch(Character::isLetter) && name.chars().noneMatch(Character::isLowerCase);
  }

  /** Rule 1 of {@link #speaker}: the entity of a full name, a surname with a suffix or a single name, or null. */
  private Entity asPerson(List<String> words) {
    if (words.size() >= 2 && PersonNames.looksLikePerson(words)) {
      return entities.get(lookup(Kind.PERSON.label(), PersonNames.key(words)));
    }
    String suffixed = PersonNames.suffixedSurname(words);
    if (suffixed != null) {
      return entities.get("~" + suffixed);
    }
    return words.size() == 1 ? entities.get("~" + PersonNames.fold(words.get(0))) : null;
  }
}
