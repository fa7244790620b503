package mx.ine.cspen.seguimiento.commitment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mx.ine.cspen.seguimiento.commitment.evidence.EvidenceSummary;

/** A commitment with its progress reports and its history. */
record CommitmentDetailView(
    @JsonUnwrapped CommitmentView commitment, List<Progress> progress, List<HistoryEntry> history) {

  /**
   * @param files each progress report's evidence files, by the report's id
   */
  static CommitmentDetailView of(CommitmentDetail detail, Map<Long, List<EvidenceSummary>> files) {
    return new CommitmentDetailView(
        CommitmentView.of(detail.commitment()),
        detail.progress().stream()
            .map(p -> Progress.of(p, files.getOrDefault(p.getId(), List.of())))
            .toList(),
        detail.events().stream().map(e -> HistoryEntry.of(e, detail.changesOf(e))).toList());
  }

  record Progress(
      Instant reportedAt,
      int percent,
      String narrative,
      String justification,
      boolean closureRequested,
      List<Reference> references,
      String author,
      List<EvidenceSummary> files) {

    static Progress of(ProgressReport report, List<EvidenceSummary> files) {
      return new Progress(
          report.getReportedAt(),
          report.getPercent(),
          report.getNarrative(),
          report.getJustification(),
          report.isClosureRequested(),
          report.getReferences().stream().map(Reference::of).toList(),
          report.getAuthor(),
          files);
    }
  }

  record Reference(DocumentType type, String number, LocalDate date, String url) {
    static Reference of(DocumentReference reference) {
      return new Reference(
          reference.getType(), reference.getNumber(), reference.getDate(), reference.getUrl());
    }
  }

  /**
   * @param changes what a correction changed, each value before and after; absent otherwise
   */
  record HistoryEntry(
      CommitmentEventType type,
      String label,
      Instant occurredAt,
      String actor,
      CommitmentStatus status,
      String areaCode,
      String note,
      @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Change> changes) {

    static HistoryEntry of(CommitmentEvent event, List<CommitmentChange> changes) {
      return new HistoryEntry(
          event.getEventType(),
          event.getEventType().label(),
          event.getOccurredAt(),
          event.getActor(),
          event.getStatusAfter(),
          event.getAreaCode(),
          event.getNote(),
          changes.stream().map(Change::of).toList());
    }
  }

  record Change(CommitmentChange.Field field, String label, String before, String after) {
    static Change of(CommitmentChange change) {
      return new Change(
          change.getField(), change.getField().label(), change.getBefore(), change.getAfter());
    }
  }
}
