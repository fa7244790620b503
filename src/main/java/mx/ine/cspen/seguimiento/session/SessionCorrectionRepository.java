package mx.ine.cspen.seguimiento.session;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionCorrectionRepository extends JpaRepository<SessionCorrection, Long> {

  List<SessionCorrection> findBySessionOrderByOccurredAtAscIdAsc(CommissionSession session);
}
