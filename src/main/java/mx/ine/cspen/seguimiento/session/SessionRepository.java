package mx.ine.cspen.seguimiento.session;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionRepository extends JpaRepository<CommissionSession, Long> {

  Optional<CommissionSession> findByTypeAndNumberAndYear(SessionType type, int number, int year);

  List<CommissionSession> findAllByOrderByDateAscIdAsc();
}
