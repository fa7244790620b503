package mx.ine.cspen.seguimiento.report;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Supplier;
import mx.ine.cspen.seguimiento.commission.Commissions;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.security.RoleChecks;
import mx.ine.cspen.seguimiento.system.AppProperties;
import mx.ine.cspen.seguimiento.system.ConflictException;
import mx.ine.cspen.seguimiento.system.InputValidator;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import mx.ine.cspen.seguimiento.system.RetriedOnConflict;
import mx.ine.cspen.seguimiento.system.SpanishDates;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A follow-up report's lifecycle: request, then, once the draft is reviewed, issue. The areas'
 * updates are {@link AreaUpdates}; the draft, {@link ReportDrafts}; reading, {@link ReportReader}.
 *
 * <p>Every change is checked and recorded here, whichever way it arrives. {@code POST /api/reports}
 * records the report and starts its process; Tasklist's start form starts the process, whose start
 * listener records the report here the same way. Issuing through the API records the decision and
 * then completes the review task; from Tasklist, the review task's listener hands the decision
 * here. The report remembers the review task it was issued with, so the decision is recorded once
 * either way.
 */
@Service
@RetriedOnConflict
public class FollowUpReportService {

  private final ReportRepository reports;
  private final FollowUpReportWorkflow workflow;
  private final InputValidator validator;
  private final AppProperties properties;
  private final Commissions commissions;
  private final Clock clock;

  FollowUpReportService(
      ReportRepository reports,
      FollowUpReportWorkflow workflow,
      InputValidator validator,
      AppProperties properties,
      Commissions commissions,
      Clock clock) {
    this.reports = reports;
    this.workflow = workflow;
    this.validator = validator;
    this.properties = properties;
    this.commissions = commissions;
    this.clock = clock;
  }

  // --- Request --------------------------------------------------------------------------------

  /**
   * Records a report and starts its process: the areas are asked to update their progress until the
   * end of the cut-off day, or, when that day is over, the draft is generated at once.
   */
  @Transactional
  public FollowUpReport request(RequestReport command, CurrentUser user) {
    FollowUpReport report = record(command, user);
    report.attachProcess(workflow.start(report, commissions.tenantOf(report.getCommissionId())));
    return report;
  }

  /** The report requested through Tasklist's start form, for the process instance starting. */
  @Transactional
  public FollowUpReport requestSubmittedInStartForm(
      RequestReport command, String processInstanceId, CurrentUser user) {
    FollowUpReport report = record(command, user);
    report.attachProcess(processInstanceId);
    return report;
  }

  /** Whether the report's areas may still update their progress: its cut-off day is not over. */
  @Transactional(readOnly = true)
  public boolean updatesOpen(long reportId) {
    return clock.instant().isBefore(cutoffEnd(reports.get(reportId)));
  }

  /** When the report's cut-off day ends: the areas' update tasks end then. */
  @Transactional(readOnly = true)
  public Instant cutoffEnd(long reportId) {
    return cutoffEnd(reports.get(reportId));
  }

  /** Whether the report was issued (the review's decision). */
  @Transactional(readOnly = true)
  public boolean issued(long reportId) {
    return reports.get(reportId).getStatus() == ReportStatus.ISSUED;
  }

  /** A report of the commission the person works in. */
  private FollowUpReport record(RequestReport command, CurrentUser user) {
    RoleChecks.requireSecretariat(user, "prepara el informe de seguimiento");
    long commission = user.acting();
    validator.check(command);
    if (command.cutoff().isAfter(command.sessionDate())) {
      throw new InvalidInputException(
          "cutoff",
          "La fecha de corte ("
              + SpanishDates.numeric(command.cutoff())
              + ") no puede ser posterior a la sesión en que se presenta el informe ("
              + SpanishDates.numeric(command.sessionDate())
              + ").");
    }
    requireAfterLatestIssued(commission, command.cutoff());
    String agendaItem = command.agendaItem().strip();
    if (agendaItem.endsWith(".")) {
      agendaItem = agendaItem.substring(0, agendaItem.length() - 1);
    }
    return reports.save(
        new FollowUpReport(
            commission,
            command.sessionType(),
            command.sessionDate(),
            agendaItem,
            command.cutoff(),
            clock.instant(),
            user.id()));
  }

  // --- Review and issue -----------------------------------------------------------------------

  /** The Secretaría Técnica issues the reviewed draft: its files are frozen from now on. */
  @Transactional
  public FollowUpReport issue(long reportId, CurrentUser user) {
    FollowUpReport report = reports.get(reportId, user);
    requireSecretariatOf(report, user, "emite el informe de seguimiento");
    requireDraft(report);
    Task task =
        workflow
            .openReviewTask(report)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "El informe "
                            + report.getId()
                            + " no tiene pendiente la revisión de su borrador;"
                            + " consulte su estado."));
    recordIssue(report, user, task.getId());
    workflow.completeReview(task);
    return report;
  }

  /**
   * The decision of Tasklist's review form: issue, or regenerate the draft. Returns whether the
   * report was issued.
   */
  @Transactional
  public boolean reviewSubmittedInTask(
      long reportId, String taskId, Supplier<String> decision, Supplier<CurrentUser> caller) {
    FollowUpReport report = reports.get(reportId);
    if (taskId.equals(report.getIssuedTaskId())) {
      return true; // issued through the API, which completed this task
    }
    CurrentUser user = caller.get();
    requireSecretariatOf(report, user, "revisa el borrador del informe");
    String chosen = decision.get();
    if (FollowUpReportProcess.FormFields.DECISION_ISSUE.equals(chosen)) {
      requireDraft(report);
      recordIssue(report, user, taskId);
      return true;
    }
    if (FollowUpReportProcess.FormFields.DECISION_REGENERATE.equals(chosen)) {
      requireDraft(report);
      return false;
    }
    throw new InvalidInputException(
        FollowUpReportProcess.FormFields.DECISION,
        "Elija si emite el informe o si regenera el borrador.");
  }

  private void recordIssue(FollowUpReport report, CurrentUser user, String taskId) {
    if (clock.instant().isBefore(cutoffEnd(report))) {
      throw new ConflictException(
          "La fecha de corte ("
              + SpanishDates.numeric(report.getCutoff())
              + ") aún no termina: el"
              + " informe se emite con todo lo registrado hasta el final de ese día.");
    }
    requireAfterLatestIssued(report.getCommissionId(), report.getCutoff());
    int number =
        reports
            .findFirstByCommissionIdAndStatusOrderByIssueNumberDesc(
                report.getCommissionId(), ReportStatus.ISSUED)
            .map(r -> r.getIssueNumber() + 1)
            .orElse(1);
    report.issue(clock.instant(), user.id(), taskId, number);
    // Two reports issued at once would take the same number: the second one fails here (409).
    reports.saveAndFlush(report);
  }

  private void requireAfterLatestIssued(long commissionId, LocalDate cutoff) {
    reports
        .latestIssuedCutoff(commissionId)
        .filter(latest -> !cutoff.isAfter(latest))
        .ifPresent(
            latest -> {
              throw new ConflictException(
                  "Ya se emitió el informe con corte al "
                      + SpanishDates.numeric(latest)
                      + ": un informe"
                      + " nuevo debe tener una fecha de corte posterior.");
            });
  }

  private static void requireDraft(FollowUpReport report) {
    switch (report.getStatus()) {
      case DRAFT -> {}
      case ISSUED ->
          throw new ConflictException(
              "El informe " + report.getId() + " ya está emitido; no cambia.");
      case UPDATING ->
          throw new ConflictException(
              "Las áreas actualizan sus avances hasta el final de la fecha de corte ("
                  + SpanishDates.numeric(report.getCutoff())
                  + "); el borrador se genera entonces.");
    }
  }

  private Instant cutoffEnd(FollowUpReport report) {
    return FollowUpReport.endOfCutoff(report.getCutoff(), properties.timeZone());
  }

  private void requireSecretariatOf(FollowUpReport report, CurrentUser user, String does) {
    RoleChecks.requireSecretariatOf(
        report.getCommissionId(),
        user,
        does,
        () -> commissions.get(report.getCommissionId()).getShortName());
  }
}
