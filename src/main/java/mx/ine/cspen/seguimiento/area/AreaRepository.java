package mx.ine.cspen.seguimiento.area;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AreaRepository extends JpaRepository<Area, String> {

  List<Area> findAllByOrderByNameAsc();
}
