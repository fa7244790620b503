package mx.ine.cspen.seguimiento.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import mx.ine.cspen.seguimiento.session.SessionType;

/**
 * A report as listed and as answered by {@code POST /api/reports} and {@code /issue}: where it is
 * presented, its cut-off, its state and its files with their SHA-256.
 *
 * @param commission the code of the commission whose report it is
 */
public record ReportSummary(
    long id,
    @JsonIgnore long commissionId,
    String commission,
    ReportStatus status,
    String statusLabel,
    SessionType sessionType,
    LocalDate sessionDate,
    String agendaItem,
    LocalDate cutoff,
    Instant createdAt,
    String createdBy,
    Instant draftGeneratedAt,
    Instant issuedAt,
    String issuedBy,
    List<FileView> files) {

  /** A file of the report: its address and SHA-256 (those of an issued report never change). */
  public record FileView(ReportFileKind kind, String url, String sha256, Instant generatedAt) {}

  static ReportSummary of(FollowUpReport report, String commissionCode, List<ReportFile> files) {
    String base = "/api/reports/" + report.getId();
    return new ReportSummary(
        report.getId(),
        report.getCommissionId(),
        commissionCode,
        report.getStatus(),
        report.getStatus().label(),
        report.getSessionType(),
        report.getSessionDate(),
        report.getAgendaItem(),
        report.getCutoff(),
        report.getCreatedAt(),
        report.getCreatedBy(),
        report.getDraftGeneratedAt(),
        report.getIssuedAt(),
        report.getIssuedBy(),
        files.stream()
            .map(
                f ->
                    new FileView(
                        f.getKind(),
                        f.getKind() == ReportFileKind.JSON
                            ? base
                            : base + "." + f.getKind().extension(),
                        f.getSha256(),
                        f.getGeneratedAt()))
            .toList());
  }
}
