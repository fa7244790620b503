package mx.ine.cspen.seguimiento.report;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * The multi-instance collection of "Actualizar avances para el informe": one area group per task.
 * Public because the process calls it by expression.
 */
@Component("followUpReportAreas")
public class FollowUpReportAreas {

  private final FollowUpReportService reports;

  FollowUpReportAreas(FollowUpReportService reports) {
    this.reports = reports;
  }

  public List<String> groupsToUpdate(DelegateExecution execution) {
    return reports.areaGroupsToUpdate(FollowUpReportProcess.Variables.reportId(execution));
  }
}
