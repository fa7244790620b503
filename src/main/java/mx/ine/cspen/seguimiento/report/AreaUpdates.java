package mx.ine.cspen.seguimiento.report;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.area.AreaRepository;
import mx.ine.cspen.seguimiento.commitment.Commitment;
import mx.ine.cspen.seguimiento.commitment.CommitmentRepository;
import mx.ine.cspen.seguimiento.commitment.CommitmentStatus;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.system.AppProperties;
import mx.ine.cspen.seguimiento.system.ForbiddenException;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import mx.ine.cspen.seguimiento.system.NotFoundException;
import mx.ine.cspen.seguimiento.system.RetriedOnConflict;
import mx.ine.cspen.seguimiento.system.SpanishDates;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Before a report's cut-off ends, every area with open commitments in its scope is asked to bring
 * its progress up to date: one task per area, which the area confirms.
 */
@Service
@RetriedOnConflict
public class AreaUpdates {

  /** A task-local text stays under the engine's 4,000-character limit for strings. */
  private static final int MAX_CONTEXT_TEXT = 3900;

  private final ReportRepository reports;
  private final AreaUpdateRequestRepository updateRequests;
  private final CommitmentRepository commitments;
  private final AreaRepository areas;
  private final ApplicationEventPublisher events;
  private final AppProperties properties;
  private final Clock clock;

  AreaUpdates(
      ReportRepository reports,
      AreaUpdateRequestRepository updateRequests,
      CommitmentRepository commitments,
      AreaRepository areas,
      ApplicationEventPublisher events,
      AppProperties properties,
      Clock clock) {
    this.reports = reports;
    this.updateRequests = updateRequests;
    this.commitments = commitments;
    this.areas = areas;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * The groups of the areas with open commitments in the report's scope: each gets a task to bring
   * its progress up to date.
   */
  @Transactional(readOnly = true)
  public List<String> areaGroupsToUpdate(long reportId) {
    FollowUpReport report = reports.get(reportId);
    return openCommitments(report, null).stream()
        .map(Commitment::getArea)
        .map(Area::groupId)
        .distinct()
        .sorted()
        .toList();
  }

  /**
   * An area's update task was created: records the request, tells whoever listens ({@link
   * AreaUpdateRequested}) and returns what the task's form shows.
   */
  @Transactional
  public Map<String, Object> updateRequested(long reportId, String areaGroup, String taskId) {
    FollowUpReport report = reports.get(reportId);
    Area area = areaOfGroup(areaGroup);
    Instant end = FollowUpReport.endOfCutoff(report.getCutoff(), properties.timeZone());
    List<Commitment> open = openCommitments(report, area.getCode());
    updateRequests.save(new AreaUpdateRequest(reportId, area.getCode(), taskId, clock.instant()));
    events.publishEvent(
        new AreaUpdateRequested(
            reportId,
            area.getCode(),
            taskId,
            report.getCutoff(),
            end,
            open.stream().map(Commitment::getId).toList()));

    Map<String, Object> context = new HashMap<>();
    context.put(FollowUpReportProcess.TaskContext.REPORT_LABEL, ReportLabels.label(report));
    context.put(
        FollowUpReportProcess.TaskContext.CUTOFF_LABEL, SpanishDates.inWords(report.getCutoff()));
    context.put(FollowUpReportProcess.TaskContext.DEADLINE_LABEL, ReportLabels.deadline(report));
    context.put(FollowUpReportProcess.TaskContext.AREA_NAME, area.getName());
    String list =
        open.stream()
            .map(
                c ->
                    "- "
                        + c.getFolio()
                        + " ("
                        + c.getSession().annexLabel()
                        + ") — avance registrado: "
                        + c.getPercent()
                        + " %. "
                        + oneLine(c.getText()))
            .collect(Collectors.joining("\n"));
    context.put(FollowUpReportProcess.TaskContext.OPEN_COMMITMENTS, shorten(list));
    return context;
  }

  /** The area confirmed, in its task, that its progress is up to date. */
  @Transactional
  public void updateConfirmedInTask(
      String taskId, Supplier<Boolean> confirmed, Supplier<CurrentUser> caller) {
    AreaUpdateRequest request =
        updateRequests
            .findByTaskId(taskId)
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "No existe la solicitud de actualización de la tarea " + taskId + "."));
    if (request.isConfirmed()) {
      return;
    }
    CurrentUser user = caller.get();
    if (!user.worksFor(request.getAreaCode())) {
      throw new ForbiddenException("Solo el área a la que se pidió la actualización la confirma.");
    }
    if (!Boolean.TRUE.equals(confirmed.get())) {
      throw new InvalidInputException(
          FollowUpReportProcess.FormFields.PROGRESS_UPDATED,
          "Marque la casilla para confirmar que los avances de su área están actualizados.");
    }
    request.confirm(clock.instant(), user.id());
  }

  /** What the areas (or one area) must bring up to date for the report. */
  private List<Commitment> openCommitments(FollowUpReport report, String areaCode) {
    return commitments.search(CommitmentStatus.IN_PROGRESS, areaCode, null).stream()
        .filter(c -> c.getCommissionId() == report.getCommissionId())
        .filter(c -> c.getArea() != null)
        .filter(c -> !c.getSession().getDate().isAfter(report.getCutoff()))
        .toList();
  }

  private Area areaOfGroup(String group) {
    if (group == null || !group.startsWith(Area.GROUP_PREFIX)) {
      throw new IllegalStateException("Not an area's group: " + group);
    }
    String code = group.substring(Area.GROUP_PREFIX.length());
    return areas
        .findById(code)
        .orElseThrow(() -> new IllegalStateException("Unknown area " + code));
  }

  private static String oneLine(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= 300 ? line : line.substring(0, 300) + "…";
  }

  private static String shorten(String text) {
    return text.length() <= MAX_CONTEXT_TEXT ? text : text.substring(0, MAX_CONTEXT_TEXT) + "…";
  }
}
