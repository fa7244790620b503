package mx.ine.cspen.seguimiento.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.area.AreaRepository;
import mx.ine.cspen.seguimiento.commission.Commissions;
import mx.ine.cspen.seguimiento.system.AppProperties;
import mx.ine.cspen.seguimiento.system.RetriedOnConflict;
import mx.ine.cspen.seguimiento.system.SpanishDates;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A report's draft: computed as of its cut-off ({@link ReportCalculator}), rendered ({@link
 * ReportRendering}) and stored as JSON, DOCX and PDF, with the numbered items it lists; and what
 * the Secretaría Técnica's review form shows of it.
 */
@Service
@RetriedOnConflict
public class ReportDrafts {

  private final ReportRepository reports;
  private final ReportFileRepository files;
  private final ReportItemRepository items;
  private final AreaUpdateRequestRepository updateRequests;
  private final AreaRepository areas;
  private final ReportCalculator calculator;
  private final ReportRendering renderers;
  private final Commissions commissions;
  private final ObjectMapper json;
  private final AppProperties properties;
  private final Clock clock;

  ReportDrafts(
      ReportRepository reports,
      ReportFileRepository files,
      ReportItemRepository items,
      AreaUpdateRequestRepository updateRequests,
      AreaRepository areas,
      ReportCalculator calculator,
      ReportRendering renderers,
      Commissions commissions,
      ObjectMapper json,
      AppProperties properties,
      Clock clock) {
    this.reports = reports;
    this.files = files;
    this.items = items;
    this.updateRequests = updateRequests;
    this.areas = areas;
    this.calculator = calculator;
    this.renderers = renderers;
    this.commissions = commissions;
    this.json = json;
    this.properties = properties;
    this.clock = clock;
  }

  /**
   * Computes the report as of its cut-off and stores it as JSON, DOCX and PDF, replacing an earlier
   * draft. An issued report is never regenerated.
   */
  @Transactional
  public void generateDraft(long reportId) {
    FollowUpReport report = reports.get(reportId);
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

  /** One file of the report as it would be drafted now (while its areas still update). */
  byte[] asItStandsNow(FollowUpReport report, ReportFileKind kind) {
    FollowUpReportModel model = calculator.asOf(report.getCommissionId(), report.getCutoff());
    return switch (kind) {
      case JSON -> toJson(model);
      case DOCX -> renderers.docx(document(report, model));
      case PDF -> renderers.pdf(document(report, model));
    };
  }

  /** What the review form shows: the draft's figures, links and the areas' confirmations. */
  @Transactional(readOnly = true)
  public Map<String, Object> reviewContext(long reportId) {
    FollowUpReport report = reports.get(reportId);
    JsonNode model = storedModel(report);
    Map<String, Object> context = new HashMap<>();
    context.put(FollowUpReportProcess.TaskContext.REPORT_LABEL, ReportLabels.label(report));
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
            + ReportLabels.moment(report.getDraftGeneratedAt(), properties.timeZone())
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
                            + ReportLabels.moment(r.getConfirmedAt(), properties.timeZone())
                            + " ("
                            + r.getConfirmedBy()
                            + ")."
                        : "no confirmó antes del corte."))
        .collect(Collectors.joining("\n"));
  }

  private void store(FollowUpReport report, ReportFileKind kind, byte[] content, Instant now) {
    Optional<ReportFile> existing = files.find(report.getId(), kind);
    if (existing.isPresent()) {
      existing.get().replace(content, now);
    } else {
      files.save(new ReportFile(report.getId(), kind, content, now));
    }
  }

  private JsonNode storedModel(FollowUpReport report) {
    byte[] stored =
        files
            .find(report.getId(), ReportFileKind.JSON)
            .map(ReportFile::getContent)
            .orElseThrow(
                () -> new IllegalStateException("Report " + report.getId() + " has no draft"));
    try {
      return json.readTree(stored);
    } catch (IOException e) {
      throw new IllegalStateException("Stored report " + report.getId() + " is not readable", e);
    }
  }

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
}
