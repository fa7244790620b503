package mx.ine.cspen.seguimiento.commission;

import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;

public interface CommissionRepository extends JpaRepository<Commission, Long> {

  List<Commission> findAllByOrderByIdAsc();

  /**
   * Every commission, locked until the transaction ends: changes to the catalogue run one after
   * another, so that the Tasklist forms each one writes hold every commission and area committed
   * before it (two at once would each write forms without the other's).
   */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from Commission c order by c.id")
  List<Commission> lockCatalogue();

  Optional<Commission> findByCodeIgnoreCase(String code);

  boolean existsByNameIgnoreCase(String name);

  boolean existsByFolioPrefixIgnoreCase(String folioPrefix);
}
