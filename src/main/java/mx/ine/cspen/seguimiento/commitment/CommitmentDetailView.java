package mx.ine.cspen.seguimiento.commitment;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A commitment with its progress reports and its history. */
record CommitmentDetailView(
    @JsonUnwrapped CommitmentView commitment, List<Progress> progress, List<HistoryEntry> history) {

  static CommitmentDetailView of(CommitmentService.CommitmentDetail detail) {
    return new CommitmentDetailView(
        CommitmentView.of(detail.commitment()),
        detail.progress().stream().map(Progress::of).toList(),
        detail.events().stream().map(HistoryEntry::of).toList());
  }

  record Progress(
      Instant reportedAt,
      int percent,
      String narrative,
      String justification,
      boolean closureRequested,
      List<Reference> references,
      String author) {

    static Progress of(ProgressReport report) {
      return new Progress(
          report.getReportedAt(),
          report.getPercent(),
          report.getNarrative(),
          report.getJustification(),
          report.isClosureRequested(),
          report.getReferences().stream().map(Reference::of).toList(),
          report.getAuthor());
    }
  }

  record Reference(DocumentType type, String number, LocalDate date, String url) {
    static Reference of(DocumentReference reference) {
      return new Reference(
          reference.getType(), reference.getNumber(), reference.getDate(), reference.getUrl());
    }
  }

  record HistoryEntry(
      CommitmentEventType type,
      String label,
      Instant occurredAt,
      String actor,
      CommitmentStatus status,
      String areaCode,
      String note) {

    static HistoryEntry of(CommitmentEvent event) {
      return new HistoryEntry(
          event.getEventType(),
          event.getEventType().label(),
          event.getOccurredAt(),
          event.getActor(),
          event.getStatusAfter(),
          event.getAreaCode(),
          event.getNote());
    }
  }
}
