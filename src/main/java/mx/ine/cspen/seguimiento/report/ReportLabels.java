package mx.ine.cspen.seguimiento.report;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import mx.ine.cspen.seguimiento.session.SessionType;
import mx.ine.cspen.seguimiento.system.SpanishDates;

/** How a report and its moments are named in Tasklist's forms and the review's summary. */
final class ReportLabels {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

  private ReportLabels() {}

  /**
   * "Informe con corte al 24 de mayo de 2024 · Sesión Ordinaria del 17 de junio de 2024, punto 2"
   */
  static String label(FollowUpReport report) {
    return "Informe con corte al "
        + SpanishDates.inWords(report.getCutoff())
        + " · Sesión "
        + (report.getSessionType() == SessionType.ORDINARY ? "Ordinaria" : "Extraordinaria")
        + " del "
        + SpanishDates.inWords(report.getSessionDate())
        + ", punto "
        + report.getAgendaItem();
  }

  /** "hasta las 23:59 h del 24 de mayo de 2024, hora de la Ciudad de México" */
  static String deadline(FollowUpReport report) {
    return "hasta las 23:59 h del "
        + SpanishDates.inWords(report.getCutoff())
        + ", hora de la Ciudad de México";
  }

  /** "24/05/2024 a las 17:05 h" in the product's time zone; "—" for none. */
  static String moment(Instant instant, ZoneId zone) {
    if (instant == null) {
      return "—";
    }
    ZonedDateTime local = instant.atZone(zone);
    return SpanishDates.numeric(local.toLocalDate()) + " a las " + local.format(TIME) + " h";
  }
}
