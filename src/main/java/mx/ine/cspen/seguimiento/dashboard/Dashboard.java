package mx.ine.cspen.seguimiento.dashboard;

import java.time.LocalDate;
import java.util.List;
import mx.ine.cspen.seguimiento.commitment.CommitmentStatus;
import mx.ine.cspen.seguimiento.commitment.page.CommitmentRow;
import mx.ine.cspen.seguimiento.commitment.page.OpenTask;

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
 * @param overdue the most overdue of the commitments whose due date has passed and are neither
 *     concluded nor cancelled: at most {@link #LIST_LIMIT}, the annex table lists them all
 * @param overdueCount how many are overdue in all
 * @param awaitingVerification the oldest closure requests the Secretaría Técnica has to decide, at
 *     most {@link #LIST_LIMIT}
 * @param awaitingVerificationCount how many await verification in all
 * @param tasks the oldest open tasks of the user, candidate or assignee (none for read-only users),
 *     at most {@link #LIST_LIMIT}; Tasklist lists them all
 * @param tasksCount how many open tasks the user has in all
 * @param annex the annex-like table, filtered, ordered and paged
 * @param byCommission every commission's figures, for the readers of every commission who look at
 *     all of them at once; empty for anyone working in one commission
 */
public record Dashboard(
    LocalDate today,
    String scope,
    long total,
    List<StatusTotal> byStatus,
    List<AreaFigures> byArea,
    List<SessionFigures> bySession,
    List<CommitmentRow> overdue,
    long overdueCount,
    List<CommitmentRow> awaitingVerification,
    long awaitingVerificationCount,
    List<OpenTask> tasks,
    long tasksCount,
    AnnexPage annex,
    List<CommissionFigures> byCommission) {

  /** The dashboard's lists show this many entries at most, with a link to the whole list. */
  public static final int LIST_LIMIT = 10;

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

  /**
   * One commission's commitments, for the dashboard across commissions.
   *
   * @param byStatus one entry per status, in the order of the lifecycle, zeros included
   * @param overdue open, and the due date has passed
   */
  public record CommissionFigures(
      String code, String name, long total, List<StatusTotal> byStatus, long overdue) {}

  public record SessionFigures(
      long id,
      String label,
      LocalDate date,
      long total,
      long open,
      long concluded,
      long cancelled) {}

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
      int firstIndex) {

    /**
     * The pages the pager links to: the first, the last and two on each side of this one, with a
     * zero for each gap. A year of commitments makes thousands of pages, and a link to each would
     * outweigh the table.
     */
    public List<Integer> pager() {
      java.util.SortedSet<Integer> wanted = new java.util.TreeSet<>(List.of(1, pages));
      for (int n = Math.max(1, page - 2); n <= Math.min(pages, page + 2); n++) {
        wanted.add(n);
      }
      List<Integer> shown = new java.util.ArrayList<>();
      int previous = 0;
      for (int n : wanted) {
        if (n > previous + 1) {
          shown.add(0);
        }
        shown.add(n);
        previous = n;
      }
      return shown;
    }
  }
}
