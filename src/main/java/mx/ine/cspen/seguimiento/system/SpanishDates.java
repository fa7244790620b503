package mx.ine.cspen.seguimiento.system;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates as the Secretaría Técnica writes them. */
public final class SpanishDates {

  public static final Locale SPANISH_MEXICO = Locale.forLanguageTag("es-MX");

  private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final DateTimeFormatter IN_WORDS =
      DateTimeFormatter.ofPattern("d 'de' MMMM 'de' yyyy", SPANISH_MEXICO);

  private SpanishDates() {}

  /** "09/10/2023" */
  public static String numeric(LocalDate date) {
    return date.format(NUMERIC);
  }

  /** "9 de octubre de 2023" */
  public static String inWords(LocalDate date) {
    return date.format(IN_WORDS);
  }
}
