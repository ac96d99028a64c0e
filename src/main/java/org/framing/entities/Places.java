package org.framing.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The places a name is recognised as without context: the countries and territories of ISO 3166 by their English
 * names as the JDK's locale data gives them ({@link Locale#getISOCountries()}, names with brackets or dashes left
 * out), the fifty US states and the District of Columbia, and the usual other names of a few countries ("U.S.",
 * "America", "Britain", "UK"). The key is the folded name, one per place ("U.S." and "United States" share
 * {@code united states}), a few regions ("Europe", "Middle East", "Gaza"), and the cities that name the JDK's time
 * zones ({@link java.util.TimeZone#getAvailableIDs()}: "Europe/Moscow" gives Moscow, about 400 capitals and large
 * cities), less {@link #NOT_CITIES}, zone cities that are more often a name or a US town of no news weight. Any
 * other city named alone is a bare name ({@link MentionFinder}): the project bundles no gazetteer.
 */
final class Places {

  /** Time-zone cities that are more often a person's or a thing's name in English news. */
  private static final Set<String> NOT_CITIES = Set.of("Center", "Knox", "Marengo", "Vevay", "Beulah", "Monticello",
      "Petersburg", "Winamac", "Salem", "New Salem", "Dawson", "Creston", "Regina", "Victoria", "Eucla", "Currie",
      "Mendoza", "Jersey", "Guernsey", "Man", "Casey", "Davis", "Mawson", "Palmer", "Rothera", "Vostok", "Troll",
      "Syowa", "McMurdo", "South Pole", "Macquarie", "Johnston", "Wake", "Midway", "Easter", "Chatham", "Marquesas",
      "Reunion", "Mayotte", "Norfolk", "Lord Howe", "Tell City", "Vincennes", "Nome", "Sitka", "Metlakatla", "Yakutat", "Adak", "Atka", "Knox IN",
      "Fort Wayne", "Ojinaga", "Matamoros", "Swift Current", "Rainy River", "Thunder Bay", "Glace Bay",
      "Goose Bay", "Cambridge Bay", "Rankin Inlet", "Resolute", "Iqaluit", "Pangnirtung", "Whitehorse",
      "Yellowknife", "Inuvik", "Atikokan", "Coral Harbour", "Blanc-Sablon", "Nipigon", "Dawson Creek",
      "Fort Nelson", "Faroe", "Faeroe", "Canary", "Madeira", "Azores", "St Helena", "Stanley", "Bermuda",
      "Cape Verde", "South Georgia", "Universal", "Zulu", "Greenwich", "UCT", "UTC", "GMT", "Navajo", "Saratov",
      "Chita", "Ulyanovsk", "Kirov");

  private static final Map<String, String> KEYS = build();

  private Places() {}

  private static Map<String, String> build() {
    Map<String, String> m = new HashMap<>();
    for (String code : Locale.getISOCountries()) {
      String name = new Locale("", code).getDisplayCountry(Locale.ENGLISH);
      if (name.matches("[\\p{L} .'’]+")) {
        m.put(PersonNames.foldWords(name), PersonNames.foldWords(name));
      }
    }
    for (String state : List.of("Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut",
        "Delaware", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky",
        "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri",
        "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina",
        "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina",
        "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington", "West Virginia",
        "Wisconsin", "Wyoming", "District of Columbia")) {
      m.put(PersonNames.foldWords(state), PersonNames.foldWords(state));
    }
    for (String region : List.of("Europe", "Asia", "Africa", "North America", "South America", "Latin America",
        "Central America", "Middle East", "Antarctica", "Oceania", "Caribbean", "Balkans", "Scandinavia",
        "Persian Gulf", "Gaza", "Gaza Strip", "West Bank", "Crimea", "Donbas", "Kashmir", "Taiwan")) {
      m.put(PersonNames.foldWords(region), PersonNames.foldWords(region));
    }
    for (String zone : java.util.TimeZone.getAvailableIDs()) {
      int slash = zone.lastIndexOf('/');
      String city = zone.substring(slash + 1).replace('_', ' ');
      if (slash > 0 && !zone.startsWith("Etc/") && !zone.startsWith("SystemV/") && city.matches("\\p{Lu}[\\p{L} ]+")
          && !NOT_CITIES.contains(city)) {
        m.putIfAbsent(PersonNames.foldWords(city), PersonNames.foldWords(city));
      }
    }
    String[][] aliases = {
        {"U.S.", "United States"}, {"U.S", "United States"}, {"US", "United States"}, {"USA", "United States"},
        {"U.S.A.", "United States"}, {"America", "United States"}, {"United States of America", "United States"},
        {"UK", "United Kingdom"}, {"U.K.", "United Kingdom"}, {"Britain", "United Kingdom"},
        {"Great Britain", "United Kingdom"}, {"Russian Federation", "Russia"}, {"Turkey", "Türkiye"},
        {"Holland", "Netherlands"}, {"the Netherlands", "Netherlands"}, {"Czech Republic", "Czechia"},
        {"Burma", "Myanmar"}, {"Ivory Coast", "Côte d'Ivoire"}, {"D.C.", "District of Columbia"},
        {"Washington, D.C.", "District of Columbia"}, {"DPRK", "North Korea"}, {"PRC", "China"},
        {"UAE", "United Arab Emirates"}};
    for (String[] a : aliases) {
      m.put(PersonNames.foldWords(a[0]), PersonNames.foldWords(a[1]));
    }
    return Map.copyOf(m);
  }


  /**
   * The place's key when the words name one, else null. "US" in capitals is the country and "Us" the pronoun
   * ("Contact Us"), as the tokenizer reads them ({@code Tokenizer#US}).
   */
  static String key(List<String> words) {
    if (words.size() == 1 && words.get(0).equalsIgnoreCase("us") && !words.get(0).equals("US")) {
      return null;
    }
    return KEYS.get(PersonNames.foldWords(String.join(" ", words)));
  }
}
