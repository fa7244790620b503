package mx.ine.cspen.seguimiento.commitment.page;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.area.AreaRepository;
import mx.ine.cspen.seguimiento.commitment.Commitment;
import mx.ine.cspen.seguimiento.commitment.CommitmentChange;
import mx.ine.cspen.seguimiento.commitment.CommitmentDetail;
import mx.ine.cspen.seguimiento.commitment.CommitmentEvent;
import mx.ine.cspen.seguimiento.commitment.CommitmentEventType;
import mx.ine.cspen.seguimiento.commitment.CommitmentProcess;
import mx.ine.cspen.seguimiento.commitment.CommitmentReader;
import mx.ine.cspen.seguimiento.commitment.ProgressReport;
import mx.ine.cspen.seguimiento.commitment.evidence.EvidenceService;
import mx.ine.cspen.seguimiento.commitment.evidence.EvidenceSummary;
import mx.ine.cspen.seguimiento.commitment.page.CommitmentPage.Change;
import mx.ine.cspen.seguimiento.commitment.page.CommitmentPage.HistoryItem;
import mx.ine.cspen.seguimiento.commitment.page.CommitmentPage.Progress;
import mx.ine.cspen.seguimiento.commitment.page.CommitmentPage.Reference;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.system.SpanishDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A commitment's page, from {@link CommitmentReader#detail} (which applies the API's rule: an area
 * reads only its own commitments) and from the engine (its position and open tasks).
 */
@Service
class CommitmentPageService {

  private final CommitmentReader commitments;
  private final EvidenceService evidence;
  private final AreaRepository areas;
  private final EngineReader engine;
  private final OpenTasks openTasks;
  private final Clock clock;

  CommitmentPageService(
      CommitmentReader commitments,
      EvidenceService evidence,
      AreaRepository areas,
      EngineReader engine,
      OpenTasks openTasks,
      Clock clock) {
    this.commitments = commitments;
    this.evidence = evidence;
    this.areas = areas;
    this.engine = engine;
    this.openTasks = openTasks;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public CommitmentPage page(long id, CurrentUser user) {
    CommitmentDetail detail = commitments.detail(id, user);
    Commitment commitment = detail.commitment();
    Map<String, String> areaNames =
        areas.findAll().stream().collect(Collectors.toMap(Area::getCode, Area::getName));
    Set<String> actors = new HashSet<>();
    detail.events().forEach(e -> actors.add(e.getActor()));
    detail.progress().forEach(p -> actors.add(p.getAuthor()));
    actors.add(commitment.getCreatedBy());
    Map<String, String> names = engine.fullNames(actors);
    Map<Long, List<EvidenceSummary>> files = evidence.filesByReport(commitment.getId());

    List<HistoryItem> history = new ArrayList<>();
    Set<Long> reportsInEvents = new HashSet<>();
    for (CommitmentEvent event : detail.events()) {
      ProgressReport report = event.getProgressReport();
      if (report != null) {
        reportsInEvents.add(report.getId());
      }
      history.add(item(event, report, detail.changesOf(event), files, areaNames, names));
    }
    // Progress recorded without an event of its own still belongs in the history.
    for (ProgressReport report : detail.progress()) {
      if (!reportsInEvents.contains(report.getId())) {
        history.add(
            new HistoryItem(
                report.getReportedAt(),
                CommitmentEventType.PROGRESS_REPORTED,
                CommitmentEventType.PROGRESS_REPORTED.label(),
                report.getAuthor(),
                names.get(report.getAuthor()),
                null,
                null,
                progress(report, files),
                null,
                null,
                List.of()));
      }
    }
    history.sort(Comparator.comparing(HistoryItem::at));

    LocalDate today = LocalDate.now(clock);
    String instance = commitment.getProcessInstanceId();
    List<OpenTask> tasks =
        openTasks.tasksOf(user, instance).stream()
            .map(t -> t.forCommitment(commitment.getId(), commitment.getFolio()))
            .toList();
    ProcessPosition position =
        engine
            .position(instance)
            .map(engine::named)
            .map(p -> deadlineWorded(p, commitment.getDueDate()))
            .orElse(null);
    return new CommitmentPage(
        CommitmentRow.of(commitment, today, latestNarrative(detail.progress())),
        commitment.getProposer(),
        names.getOrDefault(commitment.getCreatedBy(), commitment.getCreatedBy()),
        commitment.getCreatedAt(),
        List.copyOf(history),
        tasks,
        position,
        new CommitmentPage.Current(
            commitment.getCommissionId(),
            commitment.getKind(),
            commitment.getText(),
            commitment.getProposer(),
            commitment.getSession().getId(),
            commitment.getAreaCode(),
            commitment.getDueDate(),
            commitment.getStatus()));
  }

  /**
   * The BPMN model of the commitment's process, to draw its diagram: only for a reader of the
   * commitment, and read from the engine as that reader.
   */
  @Transactional(readOnly = true)
  public Optional<byte[]> processModel(long id, CurrentUser user) {
    Commitment commitment = commitments.detail(id, user).commitment();
    return engine
        .position(commitment.getProcessInstanceId())
        .flatMap(position -> engine.model(position.processDefinitionId()));
  }

  /**
   * The due-date watch waits beside the area's work, in events named for what they wait for ("Fecha
   * límite asignada"), which reads as a fact on the page. The position names the work; the watch is
   * said only when nothing else is pending, as what is awaited. The page states the due date
   * itself.
   */
  static ProcessPosition deadlineWorded(ProcessPosition position, LocalDate dueDate) {
    if (position.currentNames().isEmpty() || position.ended()) {
      return position;
    }
    List<String> work = new ArrayList<>();
    List<String> watch = new ArrayList<>();
    for (int i = 0; i < position.current().size(); i++) {
      String id = position.current().get(i);
      String name = position.currentNames().get(i);
      if (id.equals(CommitmentProcess.Elements.MESSAGE_EVENT_DUE_DATE_ASSIGNED)) {
        watch.add("En espera de que se fije una fecha límite");
      } else if (id.equals(CommitmentProcess.Elements.GATEWAY_AWAIT_DEADLINE)
          || id.equals(CommitmentProcess.Elements.TIMER_EVENT_DUE_DATE_PASSED)
          || id.equals(CommitmentProcess.Elements.MESSAGE_EVENT_DUE_DATE_CHANGED)) {
        watch.add(
            dueDate == null
                ? "En espera de la fecha límite"
                : "En espera de la fecha límite (" + SpanishDates.numeric(dueDate) + ")");
      } else if (!work.contains(name)) {
        work.add(name);
      }
    }
    return position.withCurrentNames(work.isEmpty() ? watch.stream().distinct().toList() : work);
  }

  private static HistoryItem item(
      CommitmentEvent event,
      ProgressReport report,
      List<CommitmentChange> changes,
      Map<Long, List<EvidenceSummary>> files,
      Map<String, String> areaNames,
      Map<String, String> names) {
    String note = event.getNote();
    String noteLabel =
        note == null
            ? null
            : switch (event.getEventType()) {
              case CANCELLED, REASSIGNED, CORRECTED, SESSION_CORRECTED -> "Motivo";
              default -> "Observaciones";
            };
    return new HistoryItem(
        event.getOccurredAt(),
        event.getEventType(),
        event.getEventType().label(),
        event.getActor(),
        names.get(event.getActor()),
        event.getStatusAfter().label(),
        event.getAreaCode() == null
            ? null
            : areaNames.getOrDefault(event.getAreaCode(), event.getAreaCode()),
        report == null ? null : progress(report, files),
        noteLabel,
        note,
        changes.stream()
            .map(c -> new Change(c.getField().label(), c.getBefore(), c.getAfter()))
            .toList());
  }

  private static Progress progress(ProgressReport report, Map<Long, List<EvidenceSummary>> files) {
    return new Progress(
        report.getPercent(),
        report.getNarrative(),
        report.getJustification(),
        report.isClosureRequested(),
        report.getReferences().stream()
            .map(r -> new Reference(r.getType().label(), r.getNumber(), r.getDate(), r.getUrl()))
            .toList(),
        files.getOrDefault(report.getId(), List.of()));
  }

  private static String latestNarrative(List<ProgressReport> progress) {
    return progress.isEmpty() ? null : progress.get(progress.size() - 1).getNarrative();
  }
}
