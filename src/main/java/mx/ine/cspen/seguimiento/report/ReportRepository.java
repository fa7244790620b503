package mx.ine.cspen.seguimiento.report;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
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
}
