package mx.ine.cspen.seguimiento.area;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AreaRepository extends JpaRepository<Area, String> {

  List<Area> findAllByOrderByNameAsc();

  /** A commission's areas, by name. */
  List<Area> findByCommissionIdOrderByNameAsc(long commissionId);

  boolean existsByCommissionIdAndNameIgnoreCase(long commissionId, String name);
}
