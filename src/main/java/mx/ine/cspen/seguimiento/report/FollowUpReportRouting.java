package mx.ine.cspen.seguimiento.report;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * What {@code follow-up-report.bpmn} decides by, read from the report (the engine keeps no copy):
 * the areas to ask for an update (the multi-instance collection, one area group per task), whether
 * the cut-off day is still ahead, when it ends, and whether the review issued the report. Public
 * because the process calls it by expression.
 */
@Component("followUpReportRouting")
public class FollowUpReportRouting {

  private final FollowUpReportService reports;
  private final AreaUpdates updates;
  private final FollowUpReportBinding binding;

  FollowUpReportRouting(
      FollowUpReportService reports, AreaUpdates updates, FollowUpReportBinding binding) {
    this.reports = reports;
    this.updates = updates;
    this.binding = binding;
  }

  public List<String> groupsToUpdate(DelegateExecution execution) {
    return updates.areaGroupsToUpdate(binding.idOf(execution));
  }

  /** "¿Aún no termina la fecha de corte?" */
  public boolean updatesOpen(DelegateExecution execution) {
    return reports.updatesOpen(binding.idOf(execution));
  }

  /** The timers' date: the end of the cut-off day. */
  public Date cutoffEnd(DelegateExecution execution) {
    return Date.from(reports.cutoffEnd(binding.idOf(execution)));
  }

  /** "¿Se emite?" */
  public boolean issued(DelegateExecution execution) {
    return reports.issued(binding.idOf(execution));
  }
}
