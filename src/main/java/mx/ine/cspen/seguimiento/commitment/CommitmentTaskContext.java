package mx.ine.cspen.seguimiento.commitment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mx.ine.cspen.seguimiento.commission.CommissionForms;
import mx.ine.cspen.seguimiento.commission.Commissions;
import mx.ine.cspen.seguimiento.system.SpanishDates;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What a Tasklist form shows about its commitment, read from our tables. */
@Component
class CommitmentTaskContext {

  /** The engine stores a text variable in at most 4000 characters. */
  private static final int MAX_TEXT = 3900;

  private final CommitmentReader commitments;
  private final Commissions commissions;
  private final ObjectProvider<TaskContextContribution> contributions;

  CommitmentTaskContext(
      CommitmentReader commitments,
      Commissions commissions,
      ObjectProvider<TaskContextContribution> contributions) {
    this.commitments = commitments;
    this.commissions = commissions;
    this.contributions = contributions;
  }

  @Transactional(readOnly = true)
  Map<String, Object> of(long commitmentId) {
    return of(commitmentId, null);
  }

  /**
   * The context of a task of the given definition. After a closure request was returned, the area's
   * next "Informar avance" starts from what it last reported (percent, narrative, references): it
   * attends the observations rather than typing everything again.
   */
  @Transactional(readOnly = true)
  Map<String, Object> of(long commitmentId, String taskDefinitionKey) {
    CommitmentDetail detail = commitments.detailForProcess(commitmentId);
    Commitment commitment = detail.commitment();
    Map<String, Object> values = new HashMap<>();
    values.put(CommitmentProcess.TaskContext.FOLIO, commitment.getFolio());
    // Which of the forms' area lists applies (with several commissions, one list each).
    values.put(CommissionForms.COMMISSION_KEY, commissions.codeOf(commitment.getCommissionId()));
    values.put(CommitmentProcess.TaskContext.SESSION, commitment.getSession().annexLabel());
    values.put(CommitmentProcess.TaskContext.KIND, commitment.getKind().label());
    values.put(CommitmentProcess.TaskContext.TEXT, shorten(commitment.getText()));
    values.put(
        CommitmentProcess.TaskContext.AREA,
        commitment.getArea() == null ? "Sin asignar" : commitment.getArea().getName());
    values.put(
        CommitmentProcess.TaskContext.DUE_DATE,
        commitment.getDueDate() == null
            ? "Sin fecha límite"
            : SpanishDates.inWords(commitment.getDueDate()));
    values.put(CommitmentProcess.TaskContext.CURRENT_PERCENT, commitment.getPercent());
    List<ProgressReport> progress = detail.progress();
    values.put(
        CommitmentProcess.TaskContext.LAST_PROGRESS,
        progress.isEmpty()
            ? "Sin informes de avance."
            : shorten(describe(progress.get(progress.size() - 1))));
    List<CommitmentEvent> events = detail.events();
    CommitmentEvent last = events.isEmpty() ? null : events.get(events.size() - 1);
    boolean returned = last != null && last.getEventType() == CommitmentEventType.CLOSURE_RETURNED;
    values.put(
        CommitmentProcess.TaskContext.RETURN_OBSERVATIONS, returned ? shorten(last.getNote()) : "");
    if (returned
        && CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS.equals(taskDefinitionKey)
        && !progress.isEmpty()) {
      values.putAll(startingFrom(progress.get(progress.size() - 1)));
    }
    contributions
        .orderedStream()
        .forEach(
            contribution -> values.putAll(contribution.contextOf(commitmentId, taskDefinitionKey)));
    return values;
  }

  /** The fields of "Informar avance", filled in with a report, as the form names them. */
  private static Map<String, Object> startingFrom(ProgressReport report) {
    Map<String, Object> fields = new HashMap<>();
    fields.put(CommitmentProcess.FormFields.PERCENT, (long) report.getPercent());
    fields.put(CommitmentProcess.FormFields.NARRATIVE, shorten(report.getNarrative()));
    List<DocumentReference> references = report.getReferences();
    for (int slot = 1;
        slot <= Math.min(references.size(), CommitmentProcess.FormFields.REFERENCE_SLOTS);
        slot++) {
      DocumentReference reference = references.get(slot - 1);
      fields.put(CommitmentProcess.FormFields.referenceType(slot), reference.getType().code());
      fields.put(CommitmentProcess.FormFields.referenceNumber(slot), reference.getNumber());
      if (reference.getDate() != null) {
        fields.put(
            CommitmentProcess.FormFields.referenceDate(slot), reference.getDate().toString());
      }
      if (reference.getUrl() != null) {
        fields.put(CommitmentProcess.FormFields.referenceUrl(slot), reference.getUrl());
      }
    }
    return fields;
  }

  private static String describe(ProgressReport report) {
    String references =
        report.getReferences().stream()
            .map(
                r ->
                    "- "
                        + r.getType().label()
                        + " "
                        + r.getNumber()
                        + (r.getUrl() == null ? "" : ": " + r.getUrl()))
            .collect(Collectors.joining("\n"));
    return report.getPercent()
        + " % — "
        + report.getNarrative()
        + (references.isEmpty() ? "" : "\n\nReferencias:\n" + references);
  }

  private static String shorten(String text) {
    return text.length() <= MAX_TEXT ? text : text.substring(0, MAX_TEXT) + "…";
  }
}
