package mx.ine.cspen.seguimiento.commitment.evidence;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface EvidenceFileRepository extends Repository<EvidenceFile, Long> {

  EvidenceFile save(EvidenceFile file);

  /** The commitment's files without their bytes, in the order they were handed in. */
  @Query(
      """
      select new mx.ine.cspen.seguimiento.commitment.evidence.EvidenceSummary(
               f.id, f.progressReport.id, f.fileName, f.contentType, f.size, f.sha256)
      from EvidenceFile f
      where f.commitment.id = :commitmentId
      order by f.progressReport.id, f.position
      """)
  List<EvidenceSummary> summariesOf(@Param("commitmentId") long commitmentId);

  @Query("select f from EvidenceFile f where f.id = :id and f.commitment.id = :commitmentId")
  Optional<EvidenceFile> findOf(@Param("commitmentId") long commitmentId, @Param("id") long id);

  @Query(
      """
      select f from EvidenceFile f
      where f.commitment.id = :commitmentId
      order by f.progressReport.id, f.position
      """)
  List<EvidenceFile> filesOf(@Param("commitmentId") long commitmentId);
}
