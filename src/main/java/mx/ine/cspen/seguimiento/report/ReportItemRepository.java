package mx.ine.cspen.seguimiento.report;

import java.time.LocalDate;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReportItemRepository
    extends JpaRepository<ReportItemRecord, ReportItemRecord.Key> {

  /**
   * Commitments an issued report of the commission with an earlier cut-off showed as concluded or
   * cancelled: they are not listed again.
   */
  @Query(
      """
      select i.commitmentId from ReportItemRecord i, FollowUpReport r
      where r.id = i.key.reportId and r.cutoff < :cutoff and r.commissionId = :commissionId
        and r.status = mx.ine.cspen.seguimiento.report.ReportStatus.ISSUED
        and i.shownStatus in (
          mx.ine.cspen.seguimiento.commitment.CommitmentStatus.CONCLUDED,
          mx.ine.cspen.seguimiento.commitment.CommitmentStatus.CANCELLED)
      """)
  Set<Long> closedInIssuedReportsBefore(
      @Param("commissionId") long commissionId, @Param("cutoff") LocalDate cutoff);

  @Modifying
  @Query("delete from ReportItemRecord i where i.key.reportId = :reportId")
  void deleteByReport(@Param("reportId") long reportId);
}
