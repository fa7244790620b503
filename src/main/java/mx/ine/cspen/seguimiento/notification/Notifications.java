package mx.ine.cspen.seguimiento.notification;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.area.AreaRepository;
import mx.ine.cspen.seguimiento.commission.Commissions;
import mx.ine.cspen.seguimiento.commitment.Commitment;
import mx.ine.cspen.seguimiento.commitment.CommitmentLatest;
import mx.ine.cspen.seguimiento.commitment.CommitmentProcess;
import mx.ine.cspen.seguimiento.commitment.CommitmentReader;
import mx.ine.cspen.seguimiento.commitment.CommitmentRepository;
import mx.ine.cspen.seguimiento.commitment.CommitmentStatus;
import mx.ine.cspen.seguimiento.commitment.ProcessDrift;
import mx.ine.cspen.seguimiento.commitment.ProgressReport;
import mx.ine.cspen.seguimiento.security.Groups;
import mx.ine.cspen.seguimiento.system.SpanishDates;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells people what concerns them. Each notice is recorded for every member of the group it is
 * addressed to, in the caller's transaction (so it exists exactly when the change it reports
 * committed), and, when an SMTP server is configured and the member has an address, its email is
 * handed to a job that sends it after the commit.
 *
 * <p>{@code cause} names what raised the notice (the process step's activity instance, the report's
 * run): recording the same cause twice for the same person records it once.
 */
@Service
public class Notifications {

  private static final Logger log = LoggerFactory.getLogger(Notifications.class);

  private static final int MAX_QUOTED_TEXT = 1500;
  private static final int MAX_LISTED_TEXT = 300;
  private static final int MAX_LISTED = 100;

  private final CommitmentReader commitments;
  private final CommitmentRepository commitmentRepository;
  private final AreaRepository areas;
  private final NotificationRepository notifications;
  private final NotificationEngine engine;
  private final NoticeTemplates templates;
  private final NotificationProperties properties;
  private final Commissions commissions;
  private final Clock clock;

  Notifications(
      CommitmentReader commitments,
      CommitmentRepository commitmentRepository,
      AreaRepository areas,
      NotificationRepository notifications,
      NotificationEngine engine,
      NoticeTemplates templates,
      NotificationProperties properties,
      Commissions commissions,
      Clock clock) {
    this.commitments = commitments;
    this.commitmentRepository = commitmentRepository;
    this.areas = areas;
    this.notifications = notifications;
    this.engine = engine;
    this.templates = templates;
    this.properties = properties;
    this.commissions = commissions;
    this.clock = clock;
  }

  // --- Notices of commitment.bpmn -------------------------------------------------------------

  /** The area has not reported progress for the configured period. */
  @Transactional
  public void progressReminder(long commitmentId, String cause) {
    CommitmentLatest detail = commitments.latestForProcess(commitmentId);
    Commitment commitment = detail.commitment();
    if (commitment.getArea() == null) {
      return;
    }
    notifyGroup(
        commitment.getCommissionId(),
        commitment.getArea().groupId(),
        NotificationKind.PROGRESS_REMINDER,
        commitmentModel(detail),
        areaTask(commitment),
        cause);
  }

  /** The due date passed: a notice to the area, and to the Secretaría Técnica with its task. */
  @Transactional
  public void overdue(long commitmentId, String cause) {
    CommitmentLatest detail = commitments.latestForProcess(commitmentId);
    Commitment commitment = detail.commitment();
    Map<String, Object> model = commitmentModel(detail);
    model.put(
        "awaitingVerification", commitment.getStatus() == CommitmentStatus.UNDER_VERIFICATION);
    if (commitment.getArea() != null) {
      notifyGroup(
          commitment.getCommissionId(),
          commitment.getArea().groupId(),
          NotificationKind.OVERDUE,
          model,
          areaTask(commitment),
          cause);
    }
    notifyGroup(
        commitment.getCommissionId(),
        secretariatOf(commitment),
        NotificationKind.OVERDUE_FOLLOW_UP,
        model,
        NoticeTarget.task(
            commitment.getId(),
            commitment.getProcessInstanceId(),
            CommitmentProcess.Elements.USER_TASK_FOLLOW_UP_OVERDUE),
        cause);
  }

  /** The area asks for closure: the Secretaría Técnica verifies it. */
  @Transactional
  public void closureRequested(long commitmentId, String cause) {
    CommitmentLatest detail = commitments.latestForProcess(commitmentId);
    Commitment commitment = detail.commitment();
    notifyGroup(
        commitment.getCommissionId(),
        secretariatOf(commitment),
        NotificationKind.CLOSURE_REQUESTED,
        commitmentModel(detail),
        NoticeTarget.task(
            commitment.getId(),
            commitment.getProcessInstanceId(),
            CommitmentProcess.Elements.USER_TASK_VERIFY_FULFILMENT),
        cause);
  }

  @Transactional
  public void closureApproved(long commitmentId, String cause) {
    CommitmentLatest detail = commitments.latestForProcess(commitmentId);
    Commitment commitment = detail.commitment();
    notifyGroup(
        commitment.getCommissionId(),
        commitment.getArea().groupId(),
        NotificationKind.CLOSURE_APPROVED,
        commitmentModel(detail),
        NoticeTarget.commitment(commitment.getId()),
        cause);
  }

  /** The closure request goes back to the area, with the Secretaría Técnica's observations. */
  @Transactional
  public void closureReturned(long commitmentId, String cause) {
    CommitmentLatest detail = commitments.latestForProcess(commitmentId);
    Commitment commitment = detail.commitment();
    Map<String, Object> model = commitmentModel(detail);
    // The notice follows the return in its transaction: the return is the latest event.
    model.put("observations", detail.returnObservations());
    notifyGroup(
        commitment.getCommissionId(),
        commitment.getArea().groupId(),
        NotificationKind.CLOSURE_RETURNED,
        model,
        areaTask(commitment),
        cause);
  }

  // --- Notices of the follow-up report --------------------------------------------------------

  /**
   * The follow-up report asks an area to bring its open commitments up to date before the cut-off
   * date. One notice per member of the area and cut-off: calling again for the same area and
   * cut-off records nothing more. The notice leads to the area's start page.
   */
  @Transactional
  public void updateRequested(String areaCode, List<Long> openCommitmentIds, LocalDate cutoff) {
    updateRequested(areaCode, openCommitmentIds, cutoff, null, null);
  }

  /**
   * As {@link #updateRequested(String, List, LocalDate)}, leading to the area's open task of the
   * report's process instance (the task of definition {@code taskDefinitionKey}); one notice per
   * member, area, cut-off and process instance.
   */
  @Transactional
  public void updateRequested(
      String areaCode,
      List<Long> openCommitmentIds,
      LocalDate cutoff,
      String processInstanceId,
      String taskDefinitionKey) {
    Area area =
        areas
            .findById(areaCode)
            .orElseThrow(() -> new IllegalArgumentException("Unknown area " + areaCode));
    List<Commitment> open =
        commitmentRepository.findAllById(openCommitmentIds).stream()
            .sorted(
                Comparator.comparing((Commitment c) -> c.getSession().getDate())
                    .thenComparing(Commitment::getId))
            .toList();
    if (open.isEmpty()) {
      log.info("No open commitments of area {} to ask an update for", areaCode);
      return;
    }
    List<Map<String, Object>> listed = new ArrayList<>();
    for (Commitment commitment : open.subList(0, Math.min(open.size(), MAX_LISTED))) {
      Map<String, Object> row = new HashMap<>();
      row.put("folio", commitment.getFolio());
      row.put("percent", commitment.getPercent());
      row.put("status", commitment.getStatus().label());
      row.put("dueDate", words(commitment.getDueDate()));
      row.put("text", NoticeTemplates.shorten(commitment.getText(), MAX_LISTED_TEXT));
      listed.add(row);
    }
    Map<String, Object> model = new HashMap<>();
    model.put("area", area.getName());
    model.put("cutoff", SpanishDates.inWords(cutoff));
    model.put("commitments", listed);
    model.put("omitted", open.size() - listed.size());
    NoticeTarget target =
        processInstanceId != null && taskDefinitionKey != null
            ? NoticeTarget.task(null, processInstanceId, taskDefinitionKey)
            : new NoticeTarget(null, null, null);
    notifyGroup(
        area.getCommissionId(),
        area.groupId(),
        NotificationKind.UPDATE_REQUESTED,
        model,
        target,
        areaCode + ":" + cutoff + (processInstanceId == null ? "" : ":" + processInstanceId));
  }

  // --- Notices to administrators ----------------------------------------------------------------

  /** The nightly drift check found processes that disagree with their commitments. */
  @Transactional
  public void processDrift(List<ProcessDrift> drifts, LocalDate day) {
    List<Map<String, Object>> listed = new ArrayList<>();
    for (ProcessDrift drift : drifts.subList(0, Math.min(drifts.size(), MAX_LISTED))) {
      Map<String, Object> row = new HashMap<>();
      row.put("folio", drift.folio());
      row.put("status", drift.status().label());
      row.put(
          "problems", drift.problems().stream().map(ProcessDrift.Problem::description).toList());
      listed.add(row);
    }
    Map<String, Object> model = new HashMap<>();
    model.put("drifts", listed);
    model.put("count", drifts.size());
    model.put("omitted", drifts.size() - listed.size());
    model.put("page", properties.base() + "/administracion/procesos");
    notifyGroup(
        null,
        Groups.ADMINISTRATORS,
        NotificationKind.PROCESS_DRIFT,
        model,
        new NoticeTarget(null, null, null),
        "drift:" + day);
  }

  // --- Recording ------------------------------------------------------------------------------

  private String secretariatOf(Commitment commitment) {
    return commissions.get(commitment.getCommissionId()).getSecretariatGroup();
  }

  private void notifyGroup(
      Long commissionId,
      String groupId,
      NotificationKind kind,
      Map<String, Object> model,
      NoticeTarget target,
      String cause) {
    Notice notice = templates.render(kind, model);
    List<NotificationEngine.Recipient> recipients = engine.membersOf(groupId);
    if (recipients.isEmpty()) {
      log.warn("Nobody in group {} to tell: {}", groupId, notice.subject());
    }
    Instant now = clock.instant();
    for (NotificationEngine.Recipient recipient : recipients) {
      String key = kind + ":" + cause + ":" + recipient.userId();
      if (notifications.existsByIdempotencyKey(key)) {
        continue;
      }
      EmailStatus email =
          !properties.email().enabled()
              ? EmailStatus.DISABLED
              : recipient.email() == null ? EmailStatus.NO_ADDRESS : EmailStatus.PENDING;
      Notification notification =
          notifications.save(
              new Notification(
                  commissionId,
                  recipient.userId(),
                  kind,
                  notice,
                  target,
                  now,
                  recipient.email(),
                  email,
                  key));
      if (email == EmailStatus.PENDING) {
        engine.sendEmailLater(
            notification.getId(), commissionId == null ? null : commissions.tenantOf(commissionId));
      } else {
        log.info(
            "Notification {} for {} recorded, no email ({}): {}",
            notification.getId(),
            recipient.userId(),
            email,
            notice.subject());
      }
    }
  }

  private static NoticeTarget areaTask(Commitment commitment) {
    return NoticeTarget.task(
        commitment.getId(),
        commitment.getProcessInstanceId(),
        CommitmentProcess.Elements.USER_TASK_REPORT_PROGRESS);
  }

  private Map<String, Object> commitmentModel(CommitmentLatest detail) {
    Commitment commitment = detail.commitment();
    Map<String, Object> model = new HashMap<>();
    model.put("folio", commitment.getFolio());
    // "Acuerdo concluido" or "Compromiso concluido": a subject names what it is about.
    model.put("kind", commitment.getKind().label());
    model.put("kindLower", commitment.getKind().label().toLowerCase(SpanishDates.SPANISH_MEXICO));
    model.put("sessionLabel", commitment.getSession().label());
    model.put("sessionDate", SpanishDates.inWords(commitment.getSession().getDate()));
    model.put("text", NoticeTemplates.shorten(commitment.getText(), MAX_QUOTED_TEXT));
    model.put(
        "area",
        commitment.getArea() == null ? "Sin área asignada" : commitment.getArea().getName());
    model.put("percent", commitment.getPercent());
    model.put("status", commitment.getStatus().label());
    model.put("dueDate", words(commitment.getDueDate()));
    ProgressReport last = detail.lastProgress().orElse(null);
    model.put(
        "lastReportDate",
        last == null
            ? null
            : SpanishDates.inWords(last.getReportedAt().atZone(clock.getZone()).toLocalDate()));
    model.put("lastReportPercent", last == null ? null : last.getPercent());
    model.put(
        "lastReportNarrative",
        last == null ? null : NoticeTemplates.shorten(last.getNarrative(), MAX_QUOTED_TEXT));
    model.put(
        "references",
        last == null
            ? List.of()
            : last.getReferences().stream()
                .map(
                    r ->
                        r.getType().label()
                            + " "
                            + r.getNumber()
                            + (r.getUrl() == null ? "" : ": " + r.getUrl()))
                .toList());
    return model;
  }

  private static String words(LocalDate date) {
    return date == null ? null : SpanishDates.inWords(date);
  }
}
