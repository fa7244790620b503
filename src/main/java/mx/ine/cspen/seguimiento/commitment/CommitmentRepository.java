package mx.ine.cspen.seguimiento.commitment;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface CommitmentRepository extends JpaRepository<Commitment, Long> {

  /**
   * The list of the API and the dashboard. A null filter matches everything; {@code areaCodes}
   * limits an area's staff to their own commitments ({@code restrictToAreas} false for readers
   * of everything).
   */
  @Query(
      """
      select c from Commitment c join fetch c.session s left join fetch c.area a
      where (:status is null or c.status = :status)
        and (:areaCode is null or a.code = :areaCode)
        and (:sessionId is null or s.id = :sessionId)
        and (:restrictToAreas = false or a.code in :areaCodes)
      order by s.date, s.id, c.id
      """)
  List<Commitment> search(
      @Param("status") CommitmentStatus status,
      @Param("areaCode") String areaCode,
      @Param("sessionId") Long sessionId,
      @Param("restrictToAreas") boolean restrictToAreas,
      @Param("areaCodes") Collection<String> areaCodes);
}
