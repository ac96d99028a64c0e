package org.framing.entities;

import java.util.Set;

/**
 * Capitalised adjectives of nationality, religion, region and direction ("Russian", "Western", "Soviet"): before
 * a lower-case word ("Russian officials", "the Soviet era") one is no name. The words of {@link #LISTED} are, and
 * any word ending in -ese or -ern ("Chinese", "Western"). The list, not the ending -ian, decides for the others, so a
 * surname such as "Kardashian" stays a name.
 */
final class Adjectives {

  /** Adjectives that the endings do not catch. */
  static final Set<String> LISTED = Set.of("american", "african", "mexican", "korean", "soviet", "british", "french",
      "dutch", "irish", "scottish", "welsh", "english", "spanish", "swedish", "danish", "polish", "finnish",
      "turkish", "jewish", "muslim", "catholic", "islamic", "arab", "arabic", "israeli", "iraqi", "pakistani",
      "saudi", "yemeni", "kurdish", "thai", "greek", "german", "swiss", "cuban", "latino", "hispanic",
      "democratic", "republican", "federal", "national", "international", "global", "congressional",
      "presidential", "constitutional", "olympic", "gop", "biblical", "nazi", "communist", "socialist",
      "afghan", "qatari", "emirati", "kuwaiti", "omani", "bahraini", "nepali", "bangladeshi", "uzbek", "kazakh",
      "tajik", "kyrgyz", "slovak", "czech", "serb", "croat", "bosnian", "roman", "orthodox", "sunni", "shiite",
      "shia", "evangelical", "protestant", "hindu", "sikh", "buddhist", "russian", "ukrainian", "syrian", "iranian",
      "canadian", "australian", "brazilian", "italian", "indian", "egyptian", "libyan", "nigerian", "ethiopian",
      "georgian", "armenian", "belarusian", "estonian", "latvian", "lithuanian", "hungarian", "romanian",
      "bulgarian", "albanian", "serbian", "croatian", "slovenian", "macedonian", "norwegian", "austrian",
      "palestinian", "jordanian", "tunisian", "algerian", "colombian", "peruvian", "bolivian", "argentine",
      "argentinian", "venezuelan", "chilean", "ecuadorian", "haitian", "jamaican", "dominican", "guatemalan",
      "honduran", "salvadoran", "nicaraguan", "panamanian", "european", "caribbean", "mediterranean", "christian",
      "asian", "indonesian", "malaysian", "cambodian", "mongolian", "kenyan", "ghanaian", "somali", "rwandan",
      "ugandan", "zimbabwean", "angolan", "moroccan", "californian", "texan", "floridian", "hawaiian", "alaskan",
      "tibetan", "uighur", "uyghur", "chechen", "eritrean", "guinean", "latin", "nordic", "baltic", "slavic",
      "iberian", "asiatic", "pacific", "atlantic", "arctic", "filipino", "vietnamese", "liberal", "conservative");

  private Adjectives() {}

  /** Whether the folded word is such an adjective. */
  static boolean adjective(String folded) {
    return LISTED.contains(folded) || folded.length() > 4 && (folded.endsWith("ese") || folded.endsWith("ern"));
  }
}
