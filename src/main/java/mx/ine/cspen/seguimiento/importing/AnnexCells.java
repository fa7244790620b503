package mx.ine.cspen.seguimiento.importing;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.ine.cspen.seguimiento.commitment.ImportedCommitment.Outcome;
import mx.ine.cspen.seguimiento.session.SessionType;
import mx.ine.cspen.seguimiento.session.SpanishOrdinals;

/**
 * The annex's cells as the Secretaría Técnica types them: "09/10/2023 Tercera sesión
 * extraordinaria.", "Concluido.", "75 %". Each reading either gives the value or says, in Spanish,
 * what to write instead.
 */
final class AnnexCells {

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);
  private static final Pattern SESSION_DATE =
      Pattern.compile("^(\\d{1,2}/\\d{1,2}/\\d{4})\\b\\s*(.*)$");
  private static final Pattern SESSION_NAME =
      Pattern.compile("^(.+?)\\s*sesion\\s+(ordinaria|extraordinaria)$");
  private static final Pattern ORDINAL_NUMBER =
      Pattern.compile("^(\\d{1,2})\\s*(a|ª|era|ra|da|ta|va|ma|na)?$");
  private static final Pattern PERCENT = Pattern.compile("^(\\d{1,3})(?:[.,]0+)?\\s*%?$");
  private static final Map<String, Integer> ORDINALS = ordinals();

  private AnnexCells() {}

  /** A value read from a cell, or the reason it could not be read. */
  record Reading<T>(T value, String problem) {

    static <T> Reading<T> of(T value) {
      return new Reading<>(value, null);
    }

    static <T> Reading<T> problem(String problem) {
      return new Reading<>(null, problem);
    }

    boolean ok() {
      return problem == null;
    }
  }

  /** A session as the annex names it. Type, number and year identify it. */
  record SessionName(SessionType type, int number, LocalDate date) {

    SessionKey key() {
      return new SessionKey(type, number, date.getYear());
    }
  }

  record SessionKey(SessionType type, int number, int year) {

    /** "Primera sesión ordinaria de 2024" */
    String describe() {
      return SpanishOrdinals.feminine(number) + " sesión " + type.adjective() + " de " + year;
    }
  }

  static Reading<SessionName> session(String cell) {
    String typed = AnnexText.collapse(cell);
    if (typed.isEmpty()) {
      return Reading.problem(
          "Falta la sesión: escriba su fecha y su tipo, p. ej. «13/03/2024 Primera sesión ordinaria.».");
    }
    Matcher dated = SESSION_DATE.matcher(typed);
    if (!dated.matches()) {
      return Reading.problem(
          "«"
              + typed
              + "» no empieza con la fecha de la sesión (dd/mm/aaaa): escriba p. ej. «13/03/2024"
              + " Primera sesión ordinaria.».");
    }
    LocalDate date;
    try {
      date = LocalDate.parse(dated.group(1), DATE);
    } catch (DateTimeParseException e) {
      return Reading.problem(
          "La fecha «" + dated.group(1) + "» no existe: escríbala como día/mes/año (dd/mm/aaaa).");
    }
    Matcher named = SESSION_NAME.matcher(AnnexText.key(dated.group(2)));
    if (!named.matches()) {
      return Reading.problem(
          "Después de la fecha escriba el número y el tipo de la sesión, p. ej. «Primera sesión"
              + " ordinaria» o «Tercera sesión extraordinaria» (se leyó «"
              + dated.group(2)
              + "»).");
    }
    Integer number = ordinal(named.group(1));
    if (number == null) {
      return Reading.problem(
          "No se reconoce el número de sesión «"
              + named.group(1)
              + "»: escríbalo como Primera, Segunda, … Décima, Décima primera, Vigésima…");
    }
    SessionType type =
        named.group(2).equals("ordinaria") ? SessionType.ORDINARY : SessionType.EXTRAORDINARY;
    return Reading.of(new SessionName(type, number, date));
  }

  static Reading<Outcome> status(String cell) {
    String typed = AnnexText.key(cell);
    return switch (typed) {
      case "en curso" -> Reading.of(Outcome.OPEN);
      case "concluido", "concluida" -> Reading.of(Outcome.CONCLUDED);
      case "sin efecto" -> Reading.of(Outcome.CANCELLED);
      case "" -> Reading.problem("Falta el estatus: escriba En curso, Concluido o Sin efecto.");
      default ->
          Reading.problem(
              "El estatus «"
                  + AnnexText.collapse(cell)
                  + "» no se reconoce: escriba En curso, Concluido o Sin efecto.");
    };
  }

  static Reading<Integer> percent(String cell) {
    String typed = AnnexText.collapse(cell);
    if (typed.isEmpty()) {
      return Reading.problem("Falta el porcentaje de avance: un número entero de 0 a 100.");
    }
    Matcher matcher = PERCENT.matcher(typed);
    if (matcher.matches()) {
      int value = Integer.parseInt(matcher.group(1));
      if (value <= 100) {
        return Reading.of(value);
      }
    }
    return Reading.problem(
        "El porcentaje «"
            + typed
            + "» no es válido: escriba un número entero de 0 a 100, con o sin % (p. ej. 75%).");
  }

  private static Integer ordinal(String typed) {
    Matcher digits = ORDINAL_NUMBER.matcher(typed);
    if (digits.matches()) {
      int value = Integer.parseInt(digits.group(1));
      return value >= 1 && value <= 99 ? value : null;
    }
    return ORDINALS.get(compactOrdinal(typed));
  }

  /** "Décima primera", "Décimo primera", "Decimoprimera" and "Undécima" are the same ordinal. */
  private static String compactOrdinal(String typed) {
    return AnnexText.key(typed).replace(" ", "").replace("-", "").replace("decimo", "decima");
  }

  private static Map<String, Integer> ordinals() {
    Map<String, Integer> words = new HashMap<>();
    for (int n = 1; n <= 99; n++) {
      words.put(compactOrdinal(SpanishOrdinals.lowerCase(n)), n);
    }
    words.put("undecima", 11);
    words.put("duodecima", 12);
    return Map.copyOf(words);
  }
}
