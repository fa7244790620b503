package mx.ine.cspen.seguimiento.commitment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mx.ine.cspen.seguimiento.system.SpanishDates;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** What a Tasklist form shows about its commitment, read from our tables. */
@Component
class CommitmentTaskContext {

  /** The engine stores a text variable in at most 4000 characters. */
  private static final int MAX_TEXT = 3900;

  private final CommitmentService commitments;

  CommitmentTaskContext(CommitmentService commitments) {
    this.commitments = commitments;
  }

  @Transactional(readOnly = true)
  Map<String, Object> of(long commitmentId) {
    CommitmentService.CommitmentDetail detail = commitments.detailForProcess(commitmentId);
    Commitment commitment = detail.commitment();
    Map<String, Object> values = new HashMap<>();
    values.put(CommitmentProcess.TaskContext.FOLIO, commitment.getFolio());
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
    values.put(
        CommitmentProcess.TaskContext.RETURN_OBSERVATIONS,
        last != null && last.getEventType() == CommitmentEventType.CLOSURE_RETURNED
            ? shorten(last.getNote())
            : "");
    return values;
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
