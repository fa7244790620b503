package mx.ine.cspen.seguimiento.commitment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

/**
 * A commitment's history. The queries of every write and page are JPQL, whose translation Hibernate
 * keeps (see {@link ProgressReportRepository}).
 */
public interface CommitmentEventRepository extends JpaRepository<CommitmentEvent, Long> {

  /** The commitment's events, oldest first. */
  @Query(
      "select e from CommitmentEvent e where e.commitment = :commitment order by e.occurredAt, e.id")
  List<CommitmentEvent> eventsOf(@Param("commitment") Commitment commitment);

  /** Whether an event records the engine task. */
  @Query(
      "select case when count(e) > 0 then true else false end from CommitmentEvent e"
          + " where e.taskId = :taskId")
  boolean existsByTaskId(@Param("taskId") String taskId);

  /** The commitment's latest event. */
  @Query(
      """
      select e from CommitmentEvent e where e.commitment = :commitment
      order by e.occurredAt desc, e.id desc limit 1
      """)
  Optional<CommitmentEvent> latestOf(@Param("commitment") Commitment commitment);

  List<CommitmentEvent> findByCommitmentInOrderByOccurredAtAscIdAsc(
      Collection<Commitment> commitments);
}
