package mx.ine.cspen.seguimiento.system;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * Dates on the pages, as {@code ${@fechas.…}} in the templates: numeric as the Secretaría Técnica
 * writes them, moments in the product's time zone (not the server's).
 */
@Component("fechas")
public class PageDates {

  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final Clock clock;

  PageDates(Clock clock) {
    this.clock = clock;
  }

  /** "13/03/2024" */
  public String date(LocalDate date) {
    return date == null ? "" : SpanishDates.numeric(date);
  }

  /** "13 de marzo de 2024" */
  public String words(LocalDate date) {
    return date == null ? "" : SpanishDates.inWords(date);
  }

  /** "13/03/2024 17:05" */
  public String moment(Instant instant) {
    return instant == null ? "" : MOMENT.format(instant.atZone(clock.getZone()));
  }

  /** For the {@code datetime} attribute of {@code <time>}. */
  public String iso(Instant instant) {
    return instant == null ? "" : instant.atZone(clock.getZone()).toOffsetDateTime().toString();
  }
}
