package mx.ine.cspen.seguimiento.commitment;

import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommitmentRepository extends JpaRepository<Commitment, Long> {

  /** The codes of the areas some commitment is assigned to. */
  @Query("select distinct a.code from Commitment c join c.area a")
  List<String> areaCodesInUse();

  /**
   * The commitment, locked until the change under way commits: changes of one commitment happen one
   * after the other, whatever their door (API, Tasklist form), so none works on a stale state.
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from Commitment c where c.id = :id")
  Optional<Commitment> findForChange(@Param("id") long id);

  /**
   * The commitment a process instance of commitment.bpmn was bound to when it started. Asked by the
   * listeners of every engine step: JPQL (see {@link ProgressReportRepository}).
   */
  @Query("select c from Commitment c where c.processInstanceId = :processInstanceId")
  Optional<Commitment> findByProcessInstanceId(
      @Param("processInstanceId") String processInstanceId);

  /**
   * The list of the API and the dashboard. A null filter matches everything; with {@code
   * restrictToAreas}, only commitments of {@code areaCodes} (an area's staff see their own). The
   * list must not be empty, even when unused: see {@link #search(CommitmentStatus, String, Long)}.
   */
  @Query(
      """
      select c from Commitment c join fetch c.session s left join fetch c.area a
      where (:status is null or c.status = :status)
        and (:areaCode is null or a.code = :areaCode)
        and (:sessionId is null or s.id = :sessionId)
        and (:restrictToAreas = false or a.code in :areaCodes)
        and (:restrictToCommissions = false or s.commissionId in :commissionIds)
      order by s.date, s.id, c.id
      """)
  List<Commitment> search(
      @Param("status") CommitmentStatus status,
      @Param("areaCode") String areaCode,
      @Param("sessionId") Long sessionId,
      @Param("restrictToAreas") boolean restrictToAreas,
      @Param("areaCodes") Collection<String> areaCodes,
      @Param("restrictToCommissions") boolean restrictToCommissions,
      @Param("commissionIds") Collection<Long> commissionIds);

  /**
   * Every commitment matching the filters (a null filter matches everything), of every commission.
   */
  default List<Commitment> search(CommitmentStatus status, String areaCode, Long sessionId) {
    // An empty IN list is not valid SQL; the value is never compared when not restricting.
    return search(status, areaCode, sessionId, false, List.of("-"), false, List.of(-1L));
  }
}
