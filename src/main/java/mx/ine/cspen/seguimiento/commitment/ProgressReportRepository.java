package mx.ine.cspen.seguimiento.commitment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * Progress reports. The queries read on every write and page are written out in JPQL: Hibernate
 * translates a query string once and keeps the plan, where a method-name query is a criteria query
 * built and translated again at every call.
 */
public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

  /** The commitment's reports, oldest first. */
  @Query(
      "select p from ProgressReport p where p.commitment = :commitment order by p.reportedAt, p.id")
  List<ProgressReport> reportsOf(@Param("commitment") Commitment commitment);

  /** The commitment's latest report. */
  @Query(
      """
      select p from ProgressReport p where p.commitment = :commitment
      order by p.reportedAt desc, p.id desc limit 1
      """)
  Optional<ProgressReport> latestOf(@Param("commitment") Commitment commitment);

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
