package mx.ine.cspen.seguimiento.commitment;

import java.util.ArrayList;
import java.util.List;

/**
 * The whole contract of {@code processes/commitment.bpmn}: its key, the ids of the elements the
 * code refers to, its messages, its variables and the fields of its forms. No other class spells
 * these names.
 *
 * <p>The engine carries the commitment's id, the area's group and two routing flags. The commitment
 * itself (text, session, progress, decisions) lives in our tables.
 */
public final class CommitmentProcess {

  public static final String KEY = "commitment";

  private CommitmentProcess() {}

  public static final class Elements {
    public static final String USER_TASK_ASSIGN_AREA = "UserTask_AssignArea";
    public static final String USER_TASK_REPORT_PROGRESS = "UserTask_ReportProgress";
    public static final String GATEWAY_CLOSURE_REQUESTED = "Gateway_ClosureRequested";
    public static final String USER_TASK_VERIFY_FULFILMENT = "UserTask_VerifyFulfilment";
    public static final String END_EVENT_CONCLUDED = "EndEvent_Concluded";
    public static final String END_EVENT_CANCELLED = "EndEvent_Cancelled";
    public static final String END_EVENT_REASSIGNED = "EndEvent_Reassigned";
    public static final String SEND_TASK_NOTIFY_CLOSURE_APPROVED = "SendTask_NotifyClosureApproved";
    public static final String TIMER_EVENT_NO_PROGRESS_REPORTED = "TimerEvent_NoProgressReported";
    public static final String END_EVENT_AREA_REMINDED = "EndEvent_AreaReminded";
    public static final String GATEWAY_DUE_DATE_SET = "Gateway_DueDateSet";
    public static final String GATEWAY_AWAIT_DEADLINE = "Gateway_AwaitDeadline";
    public static final String MESSAGE_EVENT_DUE_DATE_ASSIGNED = "MessageEvent_DueDateAssigned";
    public static final String TIMER_EVENT_DUE_DATE_PASSED = "TimerEvent_DueDatePassed";
    public static final String MESSAGE_EVENT_DUE_DATE_CHANGED = "MessageEvent_DueDateChanged";
    public static final String USER_TASK_FOLLOW_UP_OVERDUE = "UserTask_FollowUpOverdue";

    private Elements() {}
  }

  public static final class Messages {
    public static final String CANCELLED = "Message_CommitmentCancelled";
    public static final String AREA_REASSIGNED = "Message_AreaReassigned";

    /** The Secretaría Técnica set or changed the due date: the escalation timer is set anew. */
    public static final String DUE_DATE_CHANGED = "Message_DueDateChanged";

    private Messages() {}
  }

  /**
   * Keys of the fields of the Camunda Forms in {@code forms/}. Tasklist submits them as process
   * variables; the listeners hand them to the domain and then remove them, so that the data lives
   * in our tables only.
   */
  public static final class FormFields {
    // forms/register-commitment.form (start form)
    public static final String SESSION_TYPE = "sessionType";
    public static final String SESSION_NUMBER = "sessionNumber";
    public static final String SESSION_DATE = "sessionDate";
    public static final String KIND = "kind";
    public static final String TEXT = "text";
    public static final String PROPOSER = "proposer";
    public static final String AREA_CODE = "areaCode";
    public static final String DUE_DATE = "dueDate";
    // forms/report-progress.form
    public static final String PERCENT = "percent";
    public static final String NARRATIVE = "narrative";
    public static final String JUSTIFICATION = "justification";
    public static final String REQUEST_CLOSURE = "requestClosure";
    public static final int REFERENCE_SLOTS = 3;
    // forms/verify-fulfilment.form
    public static final String DECISION = "decision";
    public static final String DECISION_APPROVE = "APPROVE";
    public static final String DECISION_RETURN = "RETURN";
    public static final String OBSERVATIONS = "observations";
    // forms/follow-up-overdue.form
    public static final String FOLLOW_UP_NOTE = "followUpNote";
    public static final String NEW_DUE_DATE = "newDueDate";

    public static final List<String> REGISTER_COMMITMENT =
        List.of(
            SESSION_TYPE, SESSION_NUMBER, SESSION_DATE, KIND, TEXT, PROPOSER, AREA_CODE, DUE_DATE);
    public static final List<String> ASSIGN_AREA = List.of(AREA_CODE);
    public static final List<String> VERIFY_FULFILMENT = List.of(DECISION, OBSERVATIONS);
    public static final List<String> FOLLOW_UP_OVERDUE = List.of(FOLLOW_UP_NOTE, NEW_DUE_DATE);

    private FormFields() {}

    /** reference1Type, reference1Number… for slot 1 to {@link #REFERENCE_SLOTS}. */
    public static String referenceType(int slot) {
      return "reference" + slot + "Type";
    }

    public static String referenceNumber(int slot) {
      return "reference" + slot + "Number";
    }

    public static String referenceDate(int slot) {
      return "reference" + slot + "Date";
    }

    public static String referenceUrl(int slot) {
      return "reference" + slot + "Url";
    }

    public static List<String> reportProgress() {
      List<String> fields =
          new ArrayList<>(List.of(PERCENT, NARRATIVE, JUSTIFICATION, REQUEST_CLOSURE));
      for (int slot = 1; slot <= REFERENCE_SLOTS; slot++) {
        fields.addAll(
            List.of(
                referenceType(slot),
                referenceNumber(slot),
                referenceDate(slot),
                referenceUrl(slot)));
      }
      return List.copyOf(fields);
    }
  }

  /**
   * Read-only context shown by the forms, set when a task is created as one task-local JSON
   * variable, {@link #VARIABLE} (gone with the task): a view of our tables, not a copy the engine
   * keeps. The forms read its keys by path: {@code commitment.folio}, {@code
   * commitment.lastProgress}…
   *
   * <p>The folio is also a task-local variable of its own, {@link #CARD_FOLIO}: Tasklist shows it
   * on the task's card (the filters' variables, security/IdentitySetup) and searches by it.
   */
  public static final class TaskContext {
    /** The task-local variable that holds the context. */
    public static final String VARIABLE = "commitment";

    /** The task-local variable with the folio alone, for Tasklist's cards and searches. */
    public static final String CARD_FOLIO = "folio";

    public static final String FOLIO = "folio";
    public static final String SESSION = "sessionLabel";
    public static final String KIND = "kindLabel";
    public static final String TEXT = "commitmentText";
    public static final String AREA = "areaName";
    public static final String DUE_DATE = "dueDateLabel";
    public static final String CURRENT_PERCENT = "currentPercent";
    public static final String LAST_PROGRESS = "lastProgress";
    public static final String RETURN_OBSERVATIONS = "returnObservations";

    /** The files handed in with the last progress report, one per line, as named. */
    public static final String EVIDENCE_FILES = "evidenceFiles";

    /** Links to those files and to the commitment's page, as Markdown built by the system. */
    public static final String EVIDENCE_LINKS = "evidenceLinks";

    private TaskContext() {}
  }
}
