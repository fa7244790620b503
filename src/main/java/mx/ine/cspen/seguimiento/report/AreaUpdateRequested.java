package mx.ine.cspen.seguimiento.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Published when an area is asked to bring its progress up to date for a report (its task has just
 * been created), inside the transaction that created it. Whoever tells the area (e-mail, notices)
 * listens for this event, preferably after the transaction commits.
 *
 * @param reportId the report
 * @param areaCode the area asked
 * @param taskId the area's Tasklist task
 * @param cutoff the report's cut-off date
 * @param deadline when the task ends by itself: the end of the cut-off day
 * @param commitmentIds the area's commitments to bring up to date
 */
public record AreaUpdateRequested(
    long reportId,
    String areaCode,
    String taskId,
    LocalDate cutoff,
    Instant deadline,
    List<Long> commitmentIds) {

  public AreaUpdateRequested {
    commitmentIds = List.copyOf(commitmentIds);
  }
}
