package mx.ine.cspen.seguimiento.commitment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import mx.ine.cspen.seguimiento.commission.CommissionForms;
import mx.ine.cspen.seguimiento.commission.Commissions;
import mx.ine.cspen.seguimiento.system.SpanishDates;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;
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

  /**
   * What the form of a new task shows: one task-local variable, {@link
   * CommitmentProcess.TaskContext#VARIABLE}, a JSON object the forms read by path ({@code
   * commitment.folio}…), and, after a returned closure request, the fields of "Informar avance" the
   * area starts from.
   */
  record Variables(Map<String, Object> shown, Map<String, Object> prefilled) {

    /** The shown context as the task's JSON variable. */
    String folio() {
      return (String) shown.get(CommitmentProcess.TaskContext.FOLIO);
    }

    TypedValue shownAsJson() {
      try {
        return SpinValues.jsonValue(JSON.writeValueAsString(shown)).create();
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("The task context cannot be written as JSON", e);
      }
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The context of a task of the given definition. After a closure request was returned, the area's
   * next "Informar avance" starts from what it last reported (percent, narrative, references): it
   * attends the observations rather than typing everything again.
   */
  @Transactional(readOnly = true)
  Variables variables(long commitmentId, String taskDefinitionKey) {
    CommitmentLatest latest = commitments.latestForProcess(commitmentId);
    Commitment commitment = latest.commitment();
    Map<String, Object> values = new HashMap<>();
    values.put(CommitmentProcess.TaskContext.FOLIO, commitment.getFolio());
    // Which of the forms' area lists applies (with several commissions, one list each).
    values.put(CommissionForms.COMMISSION_KEY, commissions.codeOf(commitment.getCommissionId()));
    values.put(CommitmentProcess.TaskContext.SESSION, commitment.getSession().annexLabel());
    values.put(CommitmentProcess.TaskContext.KIND, commitment.getKind().label());
    values.put(CommitmentProcess.TaskContext.TEXT, commitment.getText());
    values.put(
        CommitmentProcess.TaskContext.AREA,
        commitment.getArea() == null ? "Sin asignar" : commitment.getArea().getName());
    values.put(
        CommitmentProcess.TaskContext.DUE_DATE,
        commitment.getDueDate() == null
            ? "Sin fecha límite"
            : SpanishDates.inWords(commitment.getDueDate()));
    values.put(CommitmentProcess.TaskContext.CURRENT_PERCENT, commitment.getPercent());
    Optional<ProgressReport> last = latest.lastProgress();
    values.put(
        CommitmentProcess.TaskContext.LAST_PROGRESS,
        last.map(CommitmentTaskContext::describe).orElse("Sin informes de avance."));
    boolean returned = latest.justReturned();
    values.put(CommitmentProcess.TaskContext.RETURN_OBSERVATIONS, latest.returnObservations());
    contributions
        .orderedStream()
        .forEach(
            contribution -> values.putAll(contribution.contextOf(commitmentId, taskDefinitionKey)));
    Map<String, Object> prefilled =
        returned
                && CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS.equals(taskDefinitionKey)
                && last.isPresent()
            ? startingFrom(last.get())
            : Map.of();
    return new Variables(values, prefilled);
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
