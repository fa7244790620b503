package mx.ine.cspen.seguimiento.report;

import java.util.Optional;
import mx.ine.cspen.seguimiento.engine.ProcessStarts;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.springframework.stereotype.Component;

/**
 * Which report a process instance of {@code follow-up-report.bpmn} belongs to: the binding recorded
 * in our table ({@code follow_up_report.process_instance_id}) when the process starts. The process
 * carries no variable that names its report.
 */
@Component
class FollowUpReportBinding {

  private final ReportRepository reports;

  FollowUpReportBinding(ReportRepository reports) {
    this.reports = reports;
  }

  long idOf(DelegateExecution execution) {
    return of(execution.getProcessInstanceId()).getId();
  }

  long idOf(DelegateTask task) {
    return of(task.getProcessInstanceId()).getId();
  }

  boolean startingForRequestedReport() {
    return ProcessStarts.pending(FollowUpReportProcess.KEY).isPresent();
  }

  FollowUpReport of(String processInstanceId) {
    return reports
        .findByProcessInstanceId(processInstanceId)
        .or(() -> bindStarting(processInstanceId))
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "No report is bound to process instance " + processInstanceId));
  }

  private Optional<FollowUpReport> bindStarting(String processInstanceId) {
    return ProcessStarts.pending(FollowUpReportProcess.KEY)
        .flatMap(reports::findById)
        .map(
            report -> {
              report.attachProcess(processInstanceId);
              return report;
            });
  }
}
