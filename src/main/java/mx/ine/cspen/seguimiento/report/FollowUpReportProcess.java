package mx.ine.cspen.seguimiento.report;

import java.util.List;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The whole contract of {@code processes/follow-up-report.bpmn}: its key, the ids of the elements
 * the code refers to, its variables and the fields of its forms. No other class spells these names.
 *
 * <p>The engine carries the report's id, the end of its cut-off day (the timers' date), one routing
 * flag per gateway and, on each area's task, that area's group. The report itself (its session,
 * cut-off, files and the areas' confirmations) lives in our tables.
 */
public final class FollowUpReportProcess {

  public static final String KEY = "follow-up-report";

  private FollowUpReportProcess() {}

  public static final class Elements {
    public static final String USER_TASK_UPDATE_AREA_PROGRESS = "UserTask_UpdateAreaProgress";
    public static final String BOUNDARY_EVENT_CUTOFF_REACHED = "BoundaryEvent_CutoffReached";
    public static final String TIMER_EVENT_AWAIT_CUTOFF = "TimerEvent_AwaitCutoff";
    public static final String USER_TASK_REVIEW_DRAFT = "UserTask_ReviewDraft";
    public static final String END_EVENT_ISSUED = "EndEvent_ReportIssued";

    private Elements() {}
  }

  /** Process variables, with typed access. */
  public static final class Variables {
    /**
     * On each "Actualizar avances" task's execution: the area's group (the multi-instance element,
     * written by the engine from {@link FollowUpReportRouting#groupsToUpdate}).
     */
    public static final String AREA_GROUP = "areaGroup";

    private Variables() {}

    public static String areaGroup(VariableScope scope) {
      return (String) scope.getVariable(AREA_GROUP);
    }
  }

  /**
   * Keys of the fields of the Camunda Forms in {@code forms/}. Tasklist submits them as process
   * variables; the listeners hand them to the domain and then remove them.
   */
  public static final class FormFields {
    // forms/request-report.form (start form)
    public static final String SESSION_TYPE = "sessionType";
    public static final String SESSION_DATE = "sessionDate";
    public static final String AGENDA_ITEM = "agendaItem";
    public static final String CUTOFF = "cutoff";
    // forms/update-area-progress.form
    public static final String PROGRESS_UPDATED = "progressUpdated";
    // forms/review-report-draft.form
    public static final String DECISION = "reviewDecision";
    public static final String DECISION_ISSUE = "ISSUE";
    public static final String DECISION_REGENERATE = "REGENERATE";

    public static final List<String> REQUEST_REPORT =
        List.of(SESSION_TYPE, SESSION_DATE, AGENDA_ITEM, CUTOFF);
    public static final List<String> REVIEW_DRAFT = List.of(DECISION);

    private FormFields() {}
  }

  /**
   * Read-only context shown by the forms, set as task-local variables when a task is created: a
   * view of our tables, gone with the task.
   */
  public static final class TaskContext {
    public static final String REPORT_LABEL = "reportLabel";
    public static final String CUTOFF_LABEL = "cutoffLabel";
    public static final String DEADLINE_LABEL = "deadlineLabel";
    public static final String AREA_NAME = "areaName";
    public static final String OPEN_COMMITMENTS = "openCommitments";
    public static final String SUMMARY = "draftSummary";
    public static final String AREA_CONFIRMATIONS = "areaConfirmations";
    public static final String DOCX_URL = "draftDocxUrl";
    public static final String PDF_URL = "draftPdfUrl";
    public static final String JSON_URL = "draftJsonUrl";

    private TaskContext() {}
  }
}
