package mx.ine.cspen.seguimiento.commitment;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommitmentEventRepository extends JpaRepository<CommitmentEvent, Long> {

  List<CommitmentEvent> findByCommitmentOrderByOccurredAtAscIdAsc(Commitment commitment);

  boolean existsByTaskId(String taskId);

  Optional<CommitmentEvent> findFirstByCommitmentOrderByOccurredAtDescIdDesc(Commitment commitment);

  List<CommitmentEvent> findByCommitmentInOrderByOccurredAtAscIdAsc(
      Collection<Commitment> commitments);
}
