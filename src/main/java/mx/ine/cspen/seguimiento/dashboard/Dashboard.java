package mx.ine.cspen.seguimiento.dashboard;

import java.time.LocalDate;
import java.util.List;
import mx.ine.cspen.seguimiento.commitment.CommitmentStatus;

/**
 * Everything the dashboard shows to one user, computed from the commitments that user may read (the
 * same list as {@code GET /api/commitments} for that user), so that its figures and the API's
 * always agree.
 *
 * @param today the date "overdue" is measured against, in the product's time zone
 * @param scope who the figures cover: "Todas las áreas" or the user's areas
 * @param total commitments in scope
 * @param byStatus one entry per status, in the order of the lifecycle, zeros included
 * @param byArea one row per area with commitments in scope (and one for those without area)
 * @param bySession one row per session with commitments in scope, oldest first
 * @param overdue commitments whose due date has passed and are neither concluded nor cancelled
 * @param awaitingVerification closure requests the Secretaría Técnica has to decide
 * @param tasks open tasks of the user: candidate or assignee (none for read-only users)
 * @param annex the annex-like table, filtered, ordered and paged
 */
public record Dashboard(
    LocalDate today,
    String scope,
    long total,
    List<StatusTotal> byStatus,
    List<AreaFigures> byArea,
    List<SessionFigures> bySession,
    List<CommitmentRow> overdue,
    List<CommitmentRow> awaitingVerification,
    List<OpenTask> tasks,
    AnnexPage annex) {

  public record StatusTotal(CommitmentStatus status, long count) {
    public String label() {
      return status.label();
    }
  }

  /**
   * @param code the area's code; null for commitments without area
   * @param open neither concluded nor cancelled
   * @param overdue open, and the due date has passed
   * @param awaitingVerification closure requested, not yet decided
   * @param averageDaysToClosure from registration to the approval of the closure, over the area's
   *     concluded commitments; null when none is concluded
   */
  public record AreaFigures(
      String code,
      String name,
      long total,
      long open,
      long overdue,
      long awaitingVerification,
      long concluded,
      Double averageDaysToClosure) {}

  public record SessionFigures(
      long id,
      String label,
      LocalDate date,
      long total,
      long open,
      long concluded,
      long cancelled) {}

  /** One commitment as the dashboard's lists show it. */
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

  /**
   * @param rows the rows of this page
   * @param page this page, from 1
   * @param pages pages in all (at least 1)
   * @param matching rows that pass the filters, in all pages
   * @param firstIndex the number, from 1, of this page's first row
   */
  public record AnnexPage(
      AnnexQuery query,
      List<CommitmentRow> rows,
      int page,
      int pages,
      long matching,
      int firstIndex) {}
}
