package mx.ine.cspen.seguimiento.commitment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

  List<ProgressReport> findByCommitmentOrderByReportedAtAscIdAsc(Commitment commitment);

  Optional<ProgressReport> findFirstByCommitmentOrderByReportedAtDescIdDesc(Commitment commitment);

  /** The progress of several commitments at once, with their references, oldest first. */
  @Query(
      """
      select distinct p from ProgressReport p left join fetch p.references
      where p.commitment in :commitments
      order by p.reportedAt, p.id
      """)
  List<ProgressReport> findWithReferencesByCommitmentIn(
      @Param("commitments") Collection<Commitment> commitments);
}
