package mx.ine.cspen.seguimiento.report;

import java.util.List;

/**
 * The abbreviations a commission's reports may use (its glossary, kept with the commission). A
 * report's glossary lists, once each and in the glossary's order, only the terms its text uses.
 */
final class Glossary {

  /**
   * @param term as the glossary shows it: "Comisión del Servicio/CSPEN"
   * @param meaning "Comisión del Servicio Profesional Electoral Nacional."
   * @param words the words that mean the document uses the term, matched as whole words
   */
  record Term(String term, String meaning, List<String> words) {

    static Term of(String term, String meaning, String... words) {
      return new Term(term, meaning, List.of(words));
    }

    boolean usedIn(String text) {
      return words.stream().anyMatch(word -> wholeWordIn(text, word));
    }
  }

  private Glossary() {}

  /** The terms of {@code glossary} that {@code text} uses, each once, in the glossary's order. */
  static List<Term> usedIn(List<Term> glossary, String text) {
    return glossary.stream().filter(t -> t.usedIn(text)).toList();
  }

  /**
   * "SPEN" in "Evaluación SPEN." but not in "SIISPEN"; "INE" in "INE/JGE38/2024": no letter or
   * number just before or after. Found by search, not by a regular expression: a report's text is a
   * whole annex, and most words are not in it.
   */
  static boolean wholeWordIn(String text, String word) {
    for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      int end = at + word.length();
      if ((at == 0 || !letterOrNumber(text.codePointBefore(at)))
          && (end == text.length() || !letterOrNumber(text.codePointAt(end)))) {
        return true;
      }
    }
    return false;
  }

  private static boolean letterOrNumber(int codePoint) {
    return switch (Character.getType(codePoint)) {
      case Character.DECIMAL_DIGIT_NUMBER, Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
      default -> Character.isLetter(codePoint);
    };
  }
}
