package mx.ine.cspen.seguimiento.commitment.evidence;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mx.ine.cspen.seguimiento.commitment.CommitmentProcess;
import mx.ine.cspen.seguimiento.commitment.TaskContextContribution;
import org.springframework.stereotype.Component;

/**
 * The verification form lists the documents the area handed in with its closure request and links
 * to them. The names are shown as handed in, in a read-only text area; the links are built by the
 * system alone (numbers and fixed words), since the form renders that text as Markdown.
 */
@Component
class EvidenceTaskContext implements TaskContextContribution {

  private final EvidenceService evidence;

  EvidenceTaskContext(EvidenceService evidence) {
    this.evidence = evidence;
  }

  @Override
  public Map<String, Object> contextOf(long commitmentId, String taskDefinitionKey) {
    if (!CommitmentProcess.Elements.USER_TASK_VERIFY_FULFILMENT.equals(taskDefinitionKey)) {
      return Map.of();
    }
    List<EvidenceSummary> files =
        evidence.filesByReport(commitmentId).entrySet().stream()
            .max(Map.Entry.comparingByKey())
            .map(Map.Entry::getValue)
            .orElse(List.of())
            .stream()
            .sorted(Comparator.comparing(EvidenceSummary::id))
            .toList();
    return Map.of(
        CommitmentProcess.TaskContext.EVIDENCE_FILES, names(files),
        CommitmentProcess.TaskContext.EVIDENCE_LINKS, links(commitmentId, files));
  }

  private static String names(List<EvidenceSummary> files) {
    if (files.isEmpty()) {
      return "El último informe del área no trae documentos adjuntos.";
    }
    return IntStream.range(0, files.size())
        .mapToObj(
            i ->
                (i + 1)
                    + ". "
                    + files.get(i).name()
                    + " ("
                    + EvidenceTypes.ACCEPTED.getOrDefault(
                        files.get(i).contentType(), files.get(i).contentType())
                    + ", "
                    + files.get(i).readableSize()
                    + ")")
        .collect(Collectors.joining("\n"));
  }

  private static String links(long commitmentId, List<EvidenceSummary> files) {
    String documents =
        IntStream.range(0, files.size())
            .mapToObj(
                i ->
                    "[Documento "
                        + (i + 1)
                        + "](/api/commitments/"
                        + commitmentId
                        + "/files/"
                        + files.get(i).id()
                        + ")")
            .collect(Collectors.joining(" · "));
    String page = "[El compromiso, con todos sus documentos](/compromisos/" + commitmentId + ")";
    return documents.isEmpty() ? page : "Descargar: " + documents + " · " + page;
  }
}
