package mx.ine.cspen.seguimiento.commitment;

import java.util.List;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface CommitmentChangeRepository extends Repository<CommitmentChange, Long> {

  CommitmentChange save(CommitmentChange change);

  @Query(
      """
      select c from CommitmentChange c join fetch c.event e
      where e.commitment = :commitment
      order by e.id, c.position
      """)
  List<CommitmentChange> findByCommitment(@Param("commitment") Commitment commitment);
}
