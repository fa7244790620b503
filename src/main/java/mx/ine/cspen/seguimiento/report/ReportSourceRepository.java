package mx.ine.cspen.seguimiento.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.ine.cspen.seguimiento.commitment.Commitment;
import mx.ine.cspen.seguimiento.commitment.CommitmentEvent;
import mx.ine.cspen.seguimiento.commitment.ProgressReport;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

/**
 * What a report reads from the commitments' history, as of an instant: the history is append-only
 * and dated, so "the latest entry before the end of the cut-off day" is the state on that day,
 * today and any day after.
 */
interface ReportSourceRepository extends Repository<Commitment, Long> {

  /** Commitments of sessions held on or before the cut-off, in the annex's order. */
  @Query(
      """
      select c from Commitment c join fetch c.session s
      where s.date <= :cutoff
      order by s.date, s.id, c.id
      """)
  List<Commitment> madeOnOrBefore(@Param("cutoff") LocalDate cutoff);

  /** Each commitment's latest event before the instant: its status then. */
  @Query(
      """
      select e from CommitmentEvent e
      where e.occurredAt < :end and e.commitment.session.date <= :cutoff
        and not exists (
          select f from CommitmentEvent f
          where f.commitment = e.commitment and f.occurredAt < :end
            and (f.occurredAt > e.occurredAt or (f.occurredAt = e.occurredAt and f.id > e.id)))
      """)
  List<CommitmentEvent> latestEvents(@Param("cutoff") LocalDate cutoff, @Param("end") Instant end);

  /** Each commitment's latest event naming an area before the instant: its area then. */
  @Query(
      """
      select e from CommitmentEvent e
      where e.occurredAt < :end and e.areaCode is not null and e.commitment.session.date <= :cutoff
        and not exists (
          select f from CommitmentEvent f
          where f.commitment = e.commitment and f.occurredAt < :end and f.areaCode is not null
            and (f.occurredAt > e.occurredAt or (f.occurredAt = e.occurredAt and f.id > e.id)))
      """)
  List<CommitmentEvent> latestAreaEvents(
      @Param("cutoff") LocalDate cutoff, @Param("end") Instant end);

  /** Each commitment's latest progress report before the instant, with its references. */
  @Query(
      """
      select distinct p from ProgressReport p left join fetch p.references
      where p.reportedAt < :end and p.commitment.session.date <= :cutoff
        and not exists (
          select q from ProgressReport q
          where q.commitment = p.commitment and q.reportedAt < :end
            and (q.reportedAt > p.reportedAt or (q.reportedAt = p.reportedAt and q.id > p.id)))
      """)
  List<ProgressReport> latestProgress(@Param("cutoff") LocalDate cutoff, @Param("end") Instant end);
}
