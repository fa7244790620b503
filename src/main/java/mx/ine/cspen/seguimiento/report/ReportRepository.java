package mx.ine.cspen.seguimiento.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.system.NotFoundException;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReportRepository extends JpaRepository<FollowUpReport, Long> {

  /** The report a process instance of follow-up-report.bpmn was bound to when it started. */
  Optional<FollowUpReport> findByProcessInstanceId(String processInstanceId);

  /** The reports of some commissions, newest cut-off first; a null status lists every report. */
  @Query(
      """
      select r from FollowUpReport r
      where (:status is null or r.status = :status) and r.commissionId in :commissionIds
      order by r.cutoff desc, r.id desc
      """)
  List<FollowUpReport> search(
      @Param("status") ReportStatus status, @Param("commissionIds") Collection<Long> commissionIds);

  Optional<FollowUpReport> findFirstByCommissionIdAndStatusOrderByIssueNumberDesc(
      long commissionId, ReportStatus status);

  /** The latest cut-off of an issued report of the commission, if any. */
  @Query(
      """
      select max(r.cutoff) from FollowUpReport r
      where r.status = mx.ine.cspen.seguimiento.report.ReportStatus.ISSUED
        and r.commissionId = :commissionId
      """)
  Optional<LocalDate> latestIssuedCutoff(@Param("commissionId") long commissionId);

  /** The report, or a 404 in Spanish. */
  default FollowUpReport get(long reportId) {
    return findById(reportId).orElseThrow(() -> noSuchReport(reportId));
  }

  /** A report of a commission the person belongs to (another's does not exist for them). */
  default FollowUpReport get(long reportId, CurrentUser user) {
    return findById(reportId)
        .filter(report -> user.reads(report.getCommissionId()))
        .orElseThrow(() -> noSuchReport(reportId));
  }

  private static NotFoundException noSuchReport(long reportId) {
    return new NotFoundException("No existe el informe con id " + reportId + ".");
  }
}
