package mx.ine.cspen.seguimiento.commitment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

  List<ProgressReport> findByCommitmentOrderByReportedAtAscIdAsc(Commitment commitment);

  Optional<ProgressReport> findFirstByCommitmentOrderByReportedAtDescIdDesc(Commitment commitment);
}
