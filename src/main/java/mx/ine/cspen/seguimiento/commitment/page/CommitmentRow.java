package mx.ine.cspen.seguimiento.commitment.page;

import java.time.LocalDate;
import mx.ine.cspen.seguimiento.commitment.Commitment;
import mx.ine.cspen.seguimiento.commitment.CommitmentQueries;
import mx.ine.cspen.seguimiento.commitment.CommitmentStatus;

/** One commitment as the pages' lists and the head of its own page show it. */
public record CommitmentRow(
    long id,
    String folio,
    String session,
    String kind,
    String text,
    String areaCode,
    String areaName,
    CommitmentStatus status,
    int percent,
    LocalDate dueDate,
    boolean overdue,
    String latestProgress) {

  /** The area shown for a commitment that has none yet. */
  public static final String NO_AREA = "Sin área asignada";

  /** A row of the read model, with "overdue" measured against {@code today}. */
  public static CommitmentRow of(CommitmentQueries.Row c, LocalDate today, String latestProgress) {
    return new CommitmentRow(
        c.id(),
        c.folio(),
        c.sessionLabel(),
        c.kind().label(),
        c.text(),
        c.areaCode(),
        c.areaName() == null ? NO_AREA : c.areaName(),
        c.status(),
        c.percent(),
        c.dueDate(),
        c.overdueOn(today),
        latestProgress);
  }

  /** The same for a loaded commitment (the commitment's page). */
  public static CommitmentRow of(Commitment c, LocalDate today, String latestProgress) {
    return new CommitmentRow(
        c.getId(),
        c.getFolio(),
        c.getSession().annexLabel(),
        c.getKind().label(),
        c.getText(),
        c.getAreaCode(),
        c.getArea() == null ? NO_AREA : c.getArea().getName(),
        c.getStatus(),
        c.getPercent(),
        c.getDueDate(),
        c.getDueDate() != null && c.getDueDate().isBefore(today) && !c.getStatus().isClosed(),
        latestProgress);
  }

  public String statusLabel() {
    return status.label();
  }

  /** A Bootstrap colour for the status badge. */
  public String statusTone() {
    return switch (status) {
      case UNASSIGNED -> "secondary";
      case IN_PROGRESS -> "primary";
      case UNDER_VERIFICATION -> "warning";
      case CONCLUDED -> "success";
      case CANCELLED -> "dark";
    };
  }
}
