package mx.ine.cspen.seguimiento.session;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SessionRepository extends JpaRepository<CommissionSession, Long> {

  Optional<CommissionSession> findByCommissionIdAndTypeAndNumberAndYear(
      long commissionId, SessionType type, int number, int year);

  /** Every commission's sessions, by date. */
  List<CommissionSession> findAllByOrderByDateAscIdAsc();

  /** The sessions of some commissions, by date. */
  List<CommissionSession> findByCommissionIdInOrderByDateAscIdAsc(Collection<Long> commissionIds);
}
