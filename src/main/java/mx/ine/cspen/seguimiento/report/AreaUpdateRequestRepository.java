package mx.ine.cspen.seguimiento.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface AreaUpdateRequestRepository extends JpaRepository<AreaUpdateRequest, Long> {

  List<AreaUpdateRequest> findByReportIdOrderByAreaCode(long reportId);

  Optional<AreaUpdateRequest> findByTaskId(String taskId);
}
