package mx.ine.cspen.seguimiento.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.area.AreaRepository;
import mx.ine.cspen.seguimiento.commission.Commissions;
import mx.ine.cspen.seguimiento.commitment.Commitment;
import mx.ine.cspen.seguimiento.commitment.CommitmentRepository;
import mx.ine.cspen.seguimiento.commitment.CommitmentStatus;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.security.Permissions;
import mx.ine.cspen.seguimiento.session.SessionType;
import mx.ine.cspen.seguimiento.system.AppProperties;
import mx.ine.cspen.seguimiento.system.ConflictException;
import mx.ine.cspen.seguimiento.system.ForbiddenException;
import mx.ine.cspen.seguimiento.system.InputValidator;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import mx.ine.cspen.seguimiento.system.NotFoundException;
import mx.ine.cspen.seguimiento.system.RetriedOnConflict;
import mx.ine.cspen.seguimiento.system.SpanishDates;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The follow-up report: request, the areas' update requests, draft, review and issue, and every way
 * to read it.
 *
 * <p>Every change is checked and recorded here, whichever way it arrives. {@code POST /api/reports}
 * records the report and starts its process; Tasklist's start form starts the process, whose start
 * listener records the report here the same way. Issuing through the API records the decision and
 * then completes the review task; from Tasklist, the review task's listener hands the decision
 * here. The report remembers the review task it was issued with, so the decision is recorded once
 * either way.
 */
@Service
@RetriedOnConflict
public class FollowUpReportService {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
  private static final int MAX_CONTEXT_TEXT = 3900;

  private final ReportRepository reports;
  private final ReportFileRepository files;
  private final ReportItemRepository items;
  private final AreaUpdateRequestRepository updateRequests;
  private final CommitmentRepository commitments;
  private final AreaRepository areas;
  private final ReportCalculator calculator;
  private final ReportRendering renderers;
  private final FollowUpReportWorkflow workflow;
  private final ApplicationEventPublisher events;
  private final ObjectMapper json;
  private final InputValidator validator;
  private final AppProperties properties;
  private final Commissions commissions;
  private final Clock clock;

  FollowUpReportService(
      ReportRepository reports,
      ReportFileRepository files,
      ReportItemRepository items,
      AreaUpdateRequestRepository updateRequests,
      CommitmentRepository commitments,
      AreaRepository areas,
      ReportCalculator calculator,
      ReportRendering renderers,
      FollowUpReportWorkflow workflow,
      ApplicationEventPublisher events,
      ObjectMapper json,
      InputValidator validator,
      AppProperties properties,
      Commissions commissions,
      Clock clock) {
    this.reports = reports;
    this.files = files;
    this.items = items;
    this.updateRequests = updateRequests;
    this.commitments = commitments;
    this.areas = areas;
    this.calculator = calculator;
    this.renderers = renderers;
    this.workflow = workflow;
    this.events = events;
    this.json = json;
    this.validator = validator;
    this.properties = properties;
    this.commissions = commissions;
    this.clock = clock;
  }

  // --- Request --------------------------------------------------------------------------------

  /**
   * Records a report and starts its process: the areas are asked to update their progress until the
   * end of the cut-off day, or, when that day is over, the draft is generated at once.
   */
  @Transactional
  public FollowUpReport request(RequestReport command, CurrentUser user) {
    FollowUpReport report = record(command, user);
    report.attachProcess(workflow.start(report, commissions.tenantOf(report.getCommissionId())));
    return report;
  }

  /** The report requested through Tasklist's start form, for the process instance starting. */
  @Transactional
  public FollowUpReport requestSubmittedInStartForm(
      RequestReport command, String processInstanceId, CurrentUser user) {
    FollowUpReport report = record(command, user);
    report.attachProcess(processInstanceId);
    return report;
  }

  /** Whether the report's areas may still update their progress: its cut-off day is not over. */
  @Transactional(readOnly = true)
  public boolean updatesOpen(long reportId) {
    return clock.instant().isBefore(cutoffEnd(find(reportId)));
  }

  /** When the report's cut-off day ends: the areas' update tasks end then. */
  @Transactional(readOnly = true)
  public Instant cutoffEnd(long reportId) {
    return cutoffEnd(find(reportId));
  }

  /** Whether the report was issued (the review's decision). */
  @Transactional(readOnly = true)
  public boolean issued(long reportId) {
    return find(reportId).getStatus() == ReportStatus.ISSUED;
  }

  /** A report of the commission the person works in. */
  private FollowUpReport record(RequestReport command, CurrentUser user) {
    Permissions.requireSecretariat(user, "prepara el informe de seguimiento");
    long commission = user.acting();
    validator.check(command);
    if (command.cutoff().isAfter(command.sessionDate())) {
      throw new InvalidInputException(
          "cutoff",
          "La fecha de corte ("
              + SpanishDates.numeric(command.cutoff())
              + ") no puede ser posterior a la sesión en que se presenta el informe ("
              + SpanishDates.numeric(command.sessionDate())
              + ").");
    }
    requireAfterLatestIssued(commission, command.cutoff());
    String agendaItem = command.agendaItem().strip();
    if (agendaItem.endsWith(".")) {
      agendaItem = agendaItem.substring(0, agendaItem.length() - 1);
    }
    return reports.save(
        new FollowUpReport(
            commission,
            command.sessionType(),
            command.sessionDate(),
            agendaItem,
            command.cutoff(),
            clock.instant(),
            user.id()));
  }

  // --- The areas' updates ---------------------------------------------------------------------

  /**
   * The groups of the areas with open commitments in the report's scope: each gets a task to bring
   * its progress up to date.
   */
  @Transactional(readOnly = true)
  public List<String> areaGroupsToUpdate(long reportId) {
    FollowUpReport report = find(reportId);
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
    FollowUpReport report = find(reportId);
    Area area = areaOfGroup(areaGroup);
    Instant end = cutoffEnd(report);
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
    context.put(FollowUpReportProcess.TaskContext.REPORT_LABEL, label(report));
    context.put(
        FollowUpReportProcess.TaskContext.CUTOFF_LABEL, SpanishDates.inWords(report.getCutoff()));
    context.put(FollowUpReportProcess.TaskContext.DEADLINE_LABEL, deadlineLabel(report));
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

  // --- Draft ----------------------------------------------------------------------------------

  /**
   * Computes the report as of its cut-off and stores it as JSON, DOCX and PDF, replacing an earlier
   * draft. An issued report is never regenerated.
   */
  @Transactional
  public void generateDraft(long reportId) {
    FollowUpReport report = find(reportId);
    if (report.getStatus() == ReportStatus.ISSUED) {
      throw new IllegalStateException("Report " + reportId + " is issued: it is never regenerated");
    }
    FollowUpReportModel model = calculator.asOf(report.getCommissionId(), report.getCutoff());
    ReportDocument document = document(report, model);
    Instant now = clock.instant();
    store(report, ReportFileKind.JSON, toJson(model), now);
    ReportRendering.Documents documents = renderers.render(document);
    store(report, ReportFileKind.DOCX, documents.docx(), now);
    store(report, ReportFileKind.PDF, documents.pdf(), now);
    items.deleteByReport(reportId);
    items.flush();
    for (FollowUpReportModel.Item item : model.items()) {
      items.save(
          new ReportItemRecord(reportId, item.number(), item.commitmentId(), item.shownStatus()));
    }
    report.draftGenerated(now);
  }

  private void store(FollowUpReport report, ReportFileKind kind, byte[] content, Instant now) {
    Optional<ReportFile> existing = files.find(report.getId(), kind);
    if (existing.isPresent()) {
      existing.get().replace(content, now);
    } else {
      files.save(new ReportFile(report.getId(), kind, content, now));
    }
  }

  /** What the review form shows: the draft's figures, links and the areas' confirmations. */
  @Transactional(readOnly = true)
  public Map<String, Object> reviewContext(long reportId) {
    FollowUpReport report = find(reportId);
    JsonNode model = storedModel(report);
    Map<String, Object> context = new HashMap<>();
    context.put(FollowUpReportProcess.TaskContext.REPORT_LABEL, label(report));
    context.put(
        FollowUpReportProcess.TaskContext.SUMMARY,
        "Con corte al "
            + SpanishDates.inWords(report.getCutoff())
            + ": "
            + model.path("total").asInt()
            + " compromisos y acuerdos; "
            + model.path("concluded").asInt()
            + " concluidos, "
            + model.path("inProgress").asInt()
            + " en curso y "
            + model.path("cancelled").asInt()
            + " sin efecto; "
            + model.path("footnotes").size()
            + " notas al pie con liga. Borrador"
            + " generado el "
            + moment(report.getDraftGeneratedAt())
            + ".");
    context.put(FollowUpReportProcess.TaskContext.AREA_CONFIRMATIONS, confirmations(report));
    String base = "/api/reports/" + report.getId();
    context.put(FollowUpReportProcess.TaskContext.DOCX_URL, base + ".docx");
    context.put(FollowUpReportProcess.TaskContext.PDF_URL, base + ".pdf");
    context.put(FollowUpReportProcess.TaskContext.JSON_URL, base);
    return context;
  }

  private String confirmations(FollowUpReport report) {
    List<AreaUpdateRequest> requests = updateRequests.findByReportIdOrderByAreaCode(report.getId());
    if (requests.isEmpty()) {
      return "No se pidió actualización a las áreas: la fecha de corte ya había terminado al"
          + " solicitar el informe, o no había compromisos abiertos.";
    }
    Map<String, String> names =
        areas.findAll().stream().collect(Collectors.toMap(Area::getCode, Area::getName));
    return requests.stream()
        .map(
            r ->
                "- "
                    + names.getOrDefault(r.getAreaCode(), r.getAreaCode())
                    + ": "
                    + (r.isConfirmed()
                        ? "confirmó el "
                            + moment(r.getConfirmedAt())
                            + " ("
                            + r.getConfirmedBy()
                            + ")."
                        : "no confirmó antes del corte."))
        .collect(Collectors.joining("\n"));
  }

  // --- Review and issue -----------------------------------------------------------------------

  /** The Secretaría Técnica issues the reviewed draft: its files are frozen from now on. */
  @Transactional
  public FollowUpReport issue(long reportId, CurrentUser user) {
    FollowUpReport report = find(reportId, user);
    requireSecretariatOf(report, user, "emite el informe de seguimiento");
    requireDraft(report);
    Task task =
        workflow
            .openReviewTask(report)
            .orElseThrow(
                () ->
                    new ConflictException(
                        "El informe "
                            + report.getId()
                            + " no tiene pendiente la revisión de su borrador;"
                            + " consulte su estado."));
    recordIssue(report, user, task.getId());
    workflow.completeReview(task);
    return report;
  }

  /**
   * The decision of Tasklist's review form: issue, or regenerate the draft. Returns whether the
   * report was issued.
   */
  @Transactional
  public boolean reviewSubmittedInTask(
      long reportId, String taskId, Supplier<String> decision, Supplier<CurrentUser> caller) {
    FollowUpReport report = find(reportId);
    if (taskId.equals(report.getIssuedTaskId())) {
      return true; // issued through the API, which completed this task
    }
    CurrentUser user = caller.get();
    requireSecretariatOf(report, user, "revisa el borrador del informe");
    String chosen = decision.get();
    if (FollowUpReportProcess.FormFields.DECISION_ISSUE.equals(chosen)) {
      requireDraft(report);
      recordIssue(report, user, taskId);
      return true;
    }
    if (FollowUpReportProcess.FormFields.DECISION_REGENERATE.equals(chosen)) {
      requireDraft(report);
      return false;
    }
    throw new InvalidInputException(
        FollowUpReportProcess.FormFields.DECISION,
        "Elija si emite el informe o si regenera el borrador.");
  }

  private void recordIssue(FollowUpReport report, CurrentUser user, String taskId) {
    if (clock.instant().isBefore(cutoffEnd(report))) {
      throw new ConflictException(
          "La fecha de corte ("
              + SpanishDates.numeric(report.getCutoff())
              + ") aún no termina: el"
              + " informe se emite con todo lo registrado hasta el final de ese día.");
    }
    requireAfterLatestIssued(report.getCommissionId(), report.getCutoff());
    int number =
        reports
            .findFirstByCommissionIdAndStatusOrderByIssueNumberDesc(
                report.getCommissionId(), ReportStatus.ISSUED)
            .map(r -> r.getIssueNumber() + 1)
            .orElse(1);
    report.issue(clock.instant(), user.id(), taskId, number);
    // Two reports issued at once would take the same number: the second one fails here (409).
    reports.saveAndFlush(report);
  }

  private void requireAfterLatestIssued(long commissionId, LocalDate cutoff) {
    reports
        .latestIssuedCutoff(commissionId)
        .filter(latest -> !cutoff.isAfter(latest))
        .ifPresent(
            latest -> {
              throw new ConflictException(
                  "Ya se emitió el informe con corte al "
                      + SpanishDates.numeric(latest)
                      + ": un informe"
                      + " nuevo debe tener una fecha de corte posterior.");
            });
  }

  private static void requireDraft(FollowUpReport report) {
    switch (report.getStatus()) {
      case DRAFT -> {}
      case ISSUED ->
          throw new ConflictException(
              "El informe " + report.getId() + " ya está emitido; no cambia.");
      case UPDATING ->
          throw new ConflictException(
              "Las áreas actualizan sus avances hasta el final de la fecha de corte ("
                  + SpanishDates.numeric(report.getCutoff())
                  + "); el borrador se genera entonces.");
    }
  }

  // --- Reading --------------------------------------------------------------------------------

  /** The report as of a cut-off, computed now; nothing is stored. */
  @Transactional(readOnly = true)
  public FollowUpReportModel preview(LocalDate cutoff, CurrentUser user) {
    Permissions.requireReader(user, READERS);
    if (cutoff == null) {
      throw new InvalidInputException("cutoff", "Indique la fecha de corte: ?cutoff=AAAA-MM-DD.");
    }
    return calculator.asOf(actingCommission(user), cutoff);
  }

  /** What the reports of the commission the person works in say of it. */
  @Transactional(readOnly = true)
  public ReportAuthor author(CurrentUser user) {
    return ReportAuthor.of(commissions.get(actingCommission(user)));
  }

  /**
   * The reports of the commission the person works in; of every commission for readers of all who
   * look at all of them at once.
   */
  @Transactional(readOnly = true)
  public List<ReportSummary> list(ReportStatus status, CurrentUser user) {
    Permissions.requireReader(user, READERS);
    List<Long> commissionIds =
        user.acting() != null ? List.of(user.acting()) : commissions.allCommissionIds();
    return reports.search(status, commissionIds).stream().map(this::summary).toList();
  }

  @Transactional(readOnly = true)
  public ReportSummary summary(long reportId, CurrentUser user) {
    FollowUpReport report = find(reportId, user);
    Permissions.requireReaderOf(report.getCommissionId(), user, READERS);
    return summary(report);
  }

  ReportSummary summary(FollowUpReport report) {
    return ReportSummary.of(
        report, commissions.codeOf(report.getCommissionId()), files.findByReport(report.getId()));
  }

  /**
   * One file of the report: the stored one for a draft or an issued report (an issued report's
   * bytes never change); while the areas still update, the report as it stands now.
   */
  @Transactional(readOnly = true)
  public ReportFileContent file(long reportId, ReportFileKind kind, CurrentUser user) {
    FollowUpReport report = find(reportId, user);
    Permissions.requireReaderOf(report.getCommissionId(), user, READERS);
    String name = "informe-seguimiento-corte-" + report.getCutoff() + "." + kind.extension();
    if (report.getStatus() != ReportStatus.UPDATING) {
      ReportFile stored =
          files
              .find(reportId, kind)
              .orElseThrow(
                  () -> new IllegalStateException("Report " + reportId + " lacks its " + kind));
      return new ReportFileContent(
          stored.getContent(), kind, name, stored.getSha256(), report.getStatus());
    }
    FollowUpReportModel model = calculator.asOf(report.getCommissionId(), report.getCutoff());
    byte[] content =
        switch (kind) {
          case JSON -> toJson(model);
          case DOCX -> renderers.docx(document(report, model));
          case PDF -> renderers.pdf(document(report, model));
        };
    return new ReportFileContent(
        content, kind, name, ReportFile.sha256(content), report.getStatus());
  }

  /** A file's bytes with what the HTTP answer needs. */
  public record ReportFileContent(
      byte[] content, ReportFileKind kind, String fileName, String sha256, ReportStatus status) {}

  private JsonNode storedModel(FollowUpReport report) {
    byte[] stored =
        files
            .find(report.getId(), ReportFileKind.JSON)
            .map(ReportFile::getContent)
            .orElseThrow(
                () -> new IllegalStateException("Report " + report.getId() + " has no draft"));
    try {
      return json.readTree(stored);
    } catch (java.io.IOException e) {
      throw new IllegalStateException("Stored report " + report.getId() + " is not readable", e);
    }
  }

  // --- Shared -----------------------------------------------------------------------------------

  private ReportDocument document(FollowUpReport report, FollowUpReportModel model) {
    return new ReportDocument(
        ReportAuthor.of(commissions.get(report.getCommissionId())),
        report.getSessionType(),
        report.getSessionDate(),
        report.getAgendaItem(),
        model);
  }

  private byte[] toJson(FollowUpReportModel model) {
    try {
      return json.writeValueAsBytes(model);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("Could not write the report as JSON", e);
    }
  }

  Instant cutoffEnd(FollowUpReport report) {
    return FollowUpReport.endOfCutoff(report.getCutoff(), properties.timeZone());
  }

  /**
   * "Informe con corte al 24 de mayo de 2024 · Sesión Ordinaria del 17 de junio de 2024, punto 2"
   */
  static String label(FollowUpReport report) {
    return "Informe con corte al "
        + SpanishDates.inWords(report.getCutoff())
        + " · Sesión "
        + (report.getSessionType() == SessionType.ORDINARY ? "Ordinaria" : "Extraordinaria")
        + " del "
        + SpanishDates.inWords(report.getSessionDate())
        + ", punto "
        + report.getAgendaItem();
  }

  private static String deadlineLabel(FollowUpReport report) {
    return "hasta las 23:59 h del "
        + SpanishDates.inWords(report.getCutoff())
        + ", hora de la Ciudad de México";
  }

  private String moment(Instant instant) {
    if (instant == null) {
      return "—";
    }
    ZonedDateTime local = instant.atZone(properties.timeZone());
    return SpanishDates.numeric(local.toLocalDate()) + " a las " + local.format(TIME) + " h";
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

  private FollowUpReport find(long reportId) {
    return reports
        .findById(reportId)
        .orElseThrow(() -> new NotFoundException("No existe el informe con id " + reportId + "."));
  }

  /** A report of a commission the person belongs to (another's does not exist for them). */
  private FollowUpReport find(long reportId, CurrentUser user) {
    return reports
        .findById(reportId)
        .filter(report -> user.reads(report.getCommissionId()))
        .orElseThrow(() -> new NotFoundException("No existe el informe con id " + reportId + "."));
  }

  /** The commission the person works in, which a report or a preview needs. */
  private static long actingCommission(CurrentUser user) {
    if (user.acting() == null) {
      throw new InvalidInputException(
          "commission",
          "Indique de qué comisión es el informe: ?commission=CLAVE (por ejemplo, CSPEN).");
    }
    return user.acting();
  }

  private static String oneLine(String text) {
    String line = text.replaceAll("\\s+", " ").strip();
    return line.length() <= 300 ? line : line.substring(0, 300) + "…";
  }

  private static String shorten(String text) {
    return text.length() <= MAX_CONTEXT_TEXT ? text : text.substring(0, MAX_CONTEXT_TEXT) + "…";
  }

  private void requireSecretariatOf(FollowUpReport report, CurrentUser user, String does) {
    Permissions.requireSecretariatOf(
        report.getCommissionId(),
        user,
        does,
        () -> commissions.get(report.getCommissionId()).getShortName());
  }

  private static final String READERS =
      "Los informes de seguimiento los consultan la Secretaría Técnica y la Comisión.";
}
