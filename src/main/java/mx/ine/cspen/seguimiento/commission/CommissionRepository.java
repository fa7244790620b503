package mx.ine.cspen.seguimiento.commission;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CommissionRepository extends JpaRepository<Commission, Long> {

  List<Commission> findAllByOrderByIdAsc();

  Optional<Commission> findByCodeIgnoreCase(String code);

  boolean existsByNameIgnoreCase(String name);

  boolean existsByFolioPrefixIgnoreCase(String folioPrefix);
}
