package mx.ine.cspen.seguimiento.report;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ReportFileRepository extends JpaRepository<ReportFile, ReportFile.Key> {

  @Query("select f from ReportFile f where f.key.reportId = :reportId order by f.key.kind")
  List<ReportFile> findByReport(@Param("reportId") long reportId);

  default Optional<ReportFile> find(long reportId, ReportFileKind kind) {
    return findById(new ReportFile.Key(reportId, kind));
  }
}
