package mx.ine.cspen.seguimiento.report;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.security.RoleChecks;
import mx.ine.cspen.seguimiento.session.SessionType;
import mx.ine.cspen.seguimiento.system.ConflictException;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import mx.ine.cspen.seguimiento.system.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The reports as people read them: the list with their documents, a preview as of any cut-off, and,
 * for the Secretaría Técnica, the request of a new report and the issue of a reviewed draft.
 * Everything goes through {@link FollowUpReportService} and {@link ReportReader}, as the API does.
 */
@PageController
@RequestMapping("/informes")
class ReportPageController {

  private final FollowUpReportService reports;
  private final ReportReader reader;
  private final Clock clock;

  ReportPageController(FollowUpReportService reports, ReportReader reader, Clock clock) {
    this.reports = reports;
    this.reader = reader;
    this.clock = clock;
  }

  @GetMapping
  String list(CurrentUser user, Model model) {
    if (!model.containsAttribute("form")) {
      model.addAttribute("form", ReportForm.empty(LocalDate.now(clock)));
    }
    model.addAttribute("reports", reader.list(null, user));
    model.addAttribute("user", user);
    model.addAttribute("today", LocalDate.now(clock));
    return "reports";
  }

  @PostMapping
  String request(
      @RequestParam(required = false) String sessionType,
      @RequestParam(required = false) String sessionDate,
      @RequestParam(required = false) String agendaItem,
      @RequestParam(required = false) String cutoff,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    ReportForm form = new ReportForm(sessionType, sessionDate, agendaItem, cutoff);
    try {
      FollowUpReport report = reports.request(form.toCommand(), user);
      redirect.addFlashAttribute(
          "message",
          report.getStatus() == ReportStatus.UPDATING
              ? "Se preparó el informe "
                  + report.getId()
                  + ": las áreas con compromisos abiertos tienen"
                  + " una tarea para actualizar sus avances hasta el fin del día de corte; después se"
                  + " genera el borrador."
              : "Se preparó el informe "
                  + report.getId()
                  + " y su borrador está listo para revisión.");
      return "redirect:/informes";
    } catch (InvalidInputException e) {
      model.addAttribute("form", form);
      model.addAttribute("errors", byField(e));
      return list(user, model);
    } catch (ConflictException e) {
      model.addAttribute("form", form);
      model.addAttribute("error", e.getMessage());
      return list(user, model);
    }
  }

  /**
   * Issuing cannot be undone: the page says what it freezes and how it changes the next report, and
   * asks to confirm.
   */
  @GetMapping("/{id}/emitir")
  String confirmIssue(@PathVariable long id, CurrentUser caller, Model model) {
    ReportSummary report = reader.summary(id, caller);
    // The report's page is in the report's commission, whichever the person chose.
    CurrentUser user = caller.actingIn(report.commissionId());
    RoleChecks.requireSecretariat(user, "emite los informes");
    model.addAttribute("report", report);
    if (report.status() == ReportStatus.DRAFT) {
      model.addAttribute("figures", reader.preview(report.cutoff(), user));
    }
    return "report-issue";
  }

  @PostMapping("/{id}/emitir")
  String issue(@PathVariable long id, CurrentUser user, RedirectAttributes redirect) {
    try {
      reports.issue(id, user);
      redirect.addFlashAttribute(
          "message", "El informe " + id + " quedó emitido: sus documentos ya no cambian.");
    } catch (ConflictException e) {
      redirect.addFlashAttribute("error", e.getMessage());
    }
    return "redirect:/informes";
  }

  @GetMapping("/vista-previa")
  String preview(
      @RequestParam(name = "corte", required = false) String cutoff,
      CurrentUser user,
      Model model) {
    LocalDate date =
        cutoff == null || cutoff.isBlank() ? LocalDate.now(clock) : parse(cutoff, "corte");
    FollowUpReportModel report = reader.preview(date, user);
    model.addAttribute("report", report);
    model.addAttribute(
        "progress",
        report.items().stream()
            .collect(
                Collectors.toMap(
                    FollowUpReportModel.Item::number, ReportPageController::withCalls)));
    ReportAuthor author = reader.author(user);
    model.addAttribute("opening", ReportWording.contentOpening(report, author));
    model.addAttribute("summary", ReportWording.contentSummary(report, author));
    model.addAttribute("cutoff", date);
    return "report-preview";
  }

  /** A piece of a progress text, followed by the footnote call that goes right after it, if any. */
  record TextPiece(String text, Integer footnote) {}

  /** The progress text cut where its footnote calls go, as the documents print it. */
  static List<TextPiece> withCalls(FollowUpReportModel.Item item) {
    List<TextPiece> pieces = new ArrayList<>();
    String text = item.progress();
    int from = 0;
    for (FollowUpReportModel.FootnoteCall call : item.calls()) {
      int at = Math.max(from, Math.min(call.offset(), text.length()));
      pieces.add(new TextPiece(text.substring(from, at), call.number()));
      from = at;
    }
    pieces.add(new TextPiece(text.substring(from), null));
    return pieces;
  }

  private static Map<String, String> byField(InvalidInputException e) {
    Map<String, String> errors = new LinkedHashMap<>();
    e.problems().forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + " " + b));
    return errors;
  }

  private static LocalDate parse(String date, String field) {
    try {
      return LocalDate.parse(date.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, "La fecha «" + date + "» no es válida: use AAAA-MM-DD.");
    }
  }

  /** The request form as typed, so that a refused request shows it again unchanged. */
  record ReportForm(String sessionType, String sessionDate, String agendaItem, String cutoff) {

    static ReportForm empty(LocalDate today) {
      return new ReportForm(SessionType.ORDINARY.name(), "", "", today.toString());
    }

    RequestReport toCommand() {
      List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
      SessionType type = null;
      if (sessionType != null && !sessionType.isBlank()) {
        try {
          type = SessionType.valueOf(sessionType.strip());
        } catch (IllegalArgumentException e) {
          problems.add(
              new InvalidInputException.FieldProblem(
                  "sessionType", "Elija ordinaria o extraordinaria."));
        }
      }
      LocalDate session = date(sessionDate, "sessionDate", problems);
      LocalDate cut = date(cutoff, "cutoff", problems);
      if (!problems.isEmpty()) {
        throw new InvalidInputException(problems);
      }
      return new RequestReport(type, session, agendaItem, cut);
    }

    private static LocalDate date(
        String value, String field, List<InvalidInputException.FieldProblem> problems) {
      if (value == null || value.isBlank()) {
        return null;
      }
      try {
        return LocalDate.parse(value.strip());
      } catch (DateTimeParseException e) {
        problems.add(
            new InvalidInputException.FieldProblem(
                field, "La fecha «" + value + "» no es válida."));
        return null;
      }
    }
  }
}
