package mx.ine.cspen.seguimiento.report;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The abbreviations the Secretaría Técnica's reports use. A report's glossary lists, once each and
 * in alphabetical order, only the terms its text uses.
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

  static final List<Term> TERMS =
      List.of(
          Term.of(
              "Comisión del Servicio/CSPEN",
              "Comisión del Servicio Profesional Electoral Nacional.",
              "Comisión del Servicio",
              "CSPEN"),
          Term.of(
              "Consejo General/CG",
              "Consejo General del Instituto Nacional Electoral.",
              "Consejo General",
              "CG"),
          Term.of(
              "DESPEN",
              "Dirección Ejecutiva del Servicio Profesional Electoral Nacional.",
              "DESPEN"),
          Term.of("DJ", "Dirección Jurídica.", "DJ"),
          Term.of("HASL", "Hostigamiento, Acoso Sexual y Laboral.", "HASL"),
          Term.of("Instituto/INE", "Instituto Nacional Electoral.", "Instituto", "INE"),
          Term.of(
              "Junta/JGE",
              "Junta General Ejecutiva del Instituto Nacional Electoral.",
              "Junta",
              "JGE"),
          Term.of("OPLE", "Organismos Públicos Locales Electorales.", "OPLE", "OPL"),
          Term.of(
              "SIISPEN",
              "Sistema Integral de Información del Servicio Profesional Electoral Nacional.",
              "SIISPEN"),
          Term.of("SPEN", "Servicio Profesional Electoral Nacional.", "SPEN"),
          Term.of("UTCE", "Unidad Técnica de lo Contencioso Electoral.", "UTCE"),
          Term.of("UTF", "Unidad Técnica de Fiscalización.", "UTF"));

  private Glossary() {}

  /** The terms {@code text} uses, each once, in the order of {@link #TERMS}. */
  static List<Term> usedIn(String text) {
    return TERMS.stream().filter(t -> t.usedIn(text)).toList();
  }

  /** "SPEN" in "Evaluación SPEN." but not in "SIISPEN"; "INE" in "INE/JGE38/2024". */
  private static Pattern wholeWord(String word) {
    return Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(word) + "(?![\\p{L}\\p{N}])");
  }
}
