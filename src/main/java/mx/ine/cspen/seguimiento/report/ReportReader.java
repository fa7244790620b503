package mx.ine.cspen.seguimiento.report;

import java.time.LocalDate;
import java.util.List;
import mx.ine.cspen.seguimiento.commission.Commissions;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.security.RoleChecks;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every way to read the follow-up reports: the list, one report's summary and files, and a preview
 * as of any cut-off. Their commission's Secretaría Técnica and members read them; areas do not.
 */
@Service
public class ReportReader {

  private static final String READERS =
      "Los informes de seguimiento los consultan la Secretaría Técnica y la Comisión.";

  private final ReportRepository reports;
  private final ReportFileRepository files;
  private final ReportCalculator calculator;
  private final ReportDrafts drafts;
  private final Commissions commissions;

  ReportReader(
      ReportRepository reports,
      ReportFileRepository files,
      ReportCalculator calculator,
      ReportDrafts drafts,
      Commissions commissions) {
    this.reports = reports;
    this.files = files;
    this.calculator = calculator;
    this.drafts = drafts;
    this.commissions = commissions;
  }

  /** The report as of a cut-off, computed now; nothing is stored. */
  @Transactional(readOnly = true)
  public FollowUpReportModel preview(LocalDate cutoff, CurrentUser user) {
    RoleChecks.requireReader(user, READERS);
    if (cutoff == null) {
      throw new InvalidInputException("cutoff", "Indique la fecha de corte: ?cutoff=AAAA-MM-DD.");
    }
    return calculator.asOf(actingCommission(user), cutoff);
  }

  /** What the reports of the commission the person works in say of it. */
  @Transactional(readOnly = true)
  public ReportAuthor author(CurrentUser user) {
    return ReportAuthor.of(commissions.get(actingCommission(user)));
  }

  /**
   * The reports of the commission the person works in; of every commission for readers of all who
   * look at all of them at once.
   */
  @Transactional(readOnly = true)
  public List<ReportSummary> list(ReportStatus status, CurrentUser user) {
    RoleChecks.requireReader(user, READERS);
    List<Long> commissionIds =
        user.acting() != null ? List.of(user.acting()) : commissions.allCommissionIds();
    return reports.search(status, commissionIds).stream().map(this::summary).toList();
  }

  @Transactional(readOnly = true)
  public ReportSummary summary(long reportId, CurrentUser user) {
    FollowUpReport report = reports.get(reportId, user);
    RoleChecks.requireReaderOf(report.getCommissionId(), user, READERS);
    return summary(report);
  }

  ReportSummary summary(FollowUpReport report) {
    return ReportSummary.of(
        report, commissions.codeOf(report.getCommissionId()), files.findByReport(report.getId()));
  }

  /**
   * One file of the report: the stored one for a draft or an issued report (an issued report's
   * bytes never change); while the areas still update, the report as it stands now.
   */
  @Transactional(readOnly = true)
  public ReportFileContent file(long reportId, ReportFileKind kind, CurrentUser user) {
    FollowUpReport report = reports.get(reportId, user);
    RoleChecks.requireReaderOf(report.getCommissionId(), user, READERS);
    String name = "informe-seguimiento-corte-" + report.getCutoff() + "." + kind.extension();
    if (report.getStatus() != ReportStatus.UPDATING) {
      ReportFile stored =
          files
              .find(reportId, kind)
              .orElseThrow(
                  () -> new IllegalStateException("Report " + reportId + " lacks its " + kind));
      return new ReportFileContent(
          stored.getContent(), kind, name, stored.getSha256(), report.getStatus());
    }
    byte[] content = drafts.asItStandsNow(report, kind);
    return new ReportFileContent(
        content, kind, name, ReportFile.sha256(content), report.getStatus());
  }

  /** A file's bytes with what the HTTP answer needs. */
  public record ReportFileContent(
      byte[] content, ReportFileKind kind, String fileName, String sha256, ReportStatus status) {}

  /** The commission the person works in, which a report or a preview needs. */
  static long actingCommission(CurrentUser user) {
    if (user.acting() == null) {
      throw new InvalidInputException(
          "commission",
          "Indique de qué comisión es el informe: ?commission=CLAVE (por ejemplo, CSPEN).");
    }
    return user.acting();
  }
}
