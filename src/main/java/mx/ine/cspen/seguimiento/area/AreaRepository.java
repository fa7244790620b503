package mx.ine.cspen.seguimiento.area;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface AreaRepository extends JpaRepository<Area, String> {

  List<Area> findAllByOrderByNameAsc();

  /** A commission's areas, by name. Read by every form: JPQL (see ProgressReportRepository). */
  @Query("select a from Area a where a.commissionId = :commissionId order by a.name")
  List<Area> findByCommissionIdOrderByNameAsc(@Param("commissionId") long commissionId);

  boolean existsByCommissionIdAndNameIgnoreCase(long commissionId, String name);
}
