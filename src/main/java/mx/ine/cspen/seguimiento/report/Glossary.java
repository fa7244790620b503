package mx.ine.cspen.seguimiento.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The abbreviations a commission's reports may use (its glossary, kept with the commission). A
 * report's glossary lists, once each and in the glossary's order, only the terms its text uses.
 */
final class Glossary {

  /**
   * @param term as the glossary shows it: "Comisión del Servicio/CSPEN"
   * @param meaning "Comisión del Servicio Profesional Electoral Nacional."
   * @param patterns the words that mean the document uses the term, matched as whole words
   */
  record Term(String term, String meaning, List<Pattern> patterns) {

    static Term of(String term, String meaning, String... words) {
      return new Term(term, meaning, List.of(words).stream().map(Glossary::wholeWord).toList());
    }

    boolean usedIn(String text) {
      return patterns.stream().anyMatch(p -> p.matcher(text).find());
    }
  }

  private Glossary() {}

  /** The terms of {@code glossary} that {@code text} uses, each once, in the glossary's order. */
  static List<Term> usedIn(List<Term> glossary, String text) {
    return glossary.stream().filter(t -> t.usedIn(text)).toList();
  }

  /** "SPEN" in "Evaluación SPEN." but not in "SIISPEN"; "INE" in "INE/JGE38/2024". */
  private static Pattern wholeWord(String word) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])");
  }
}
