package mx.ine.cspen.seguimiento.commitment.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mx.ine.cspen.seguimiento.area.AreaRepository;
import mx.ine.cspen.seguimiento.commitment.Commitment;
import mx.ine.cspen.seguimiento.commitment.CommitmentReader;
import mx.ine.cspen.seguimiento.commitment.CommitmentRegistry;
import mx.ine.cspen.seguimiento.commitment.CommitmentStatus;
import mx.ine.cspen.seguimiento.commitment.SessionCommitment;
import mx.ine.cspen.seguimiento.commitment.SessionIntake;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.security.RoleChecks;
import mx.ine.cspen.seguimiento.session.CommissionSession;
import mx.ine.cspen.seguimiento.session.CorrectSession;
import mx.ine.cspen.seguimiento.session.RegisterSession;
import mx.ine.cspen.seguimiento.session.SessionService;
import mx.ine.cspen.seguimiento.system.ConflictException;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import mx.ine.cspen.seguimiento.system.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The sessions of the Commission as the Secretaría Técnica works with them: the list with their
 * commitments by status, a session's page, the form that registers a session with all its
 * agreements at once, and the correction of a session. Everything goes through {@link
 * SessionService}, {@link SessionIntake} and {@link CommitmentRegistry}, as the API does.
 */
@PageController
@RequestMapping("/sesiones")
class SessionPageController {

  private final SessionService sessions;
  private final SessionIntake intake;
  private final CommitmentRegistry registry;
  private final CommitmentReader commitments;
  private final AreaRepository areas;

  SessionPageController(
      SessionService sessions,
      SessionIntake intake,
      CommitmentRegistry registry,
      CommitmentReader commitments,
      AreaRepository areas) {
    this.sessions = sessions;
    this.intake = intake;
    this.registry = registry;
    this.commitments = commitments;
    this.areas = areas;
  }

  /** A session with how many of its commitments stand in each status. */
  record SessionRow(CommissionSession session, long total, Map<CommitmentStatus, Long> byStatus) {
    public long count(String status) {
      return byStatus.getOrDefault(CommitmentStatus.valueOf(status), 0L);
    }
  }

  @GetMapping
  String list(CurrentUser user, Model model) {
    RoleChecks.requireReader(user, READERS);
    Map<Long, List<Commitment>> bySession =
        commitments.search(null, null, null, user).stream()
            .collect(Collectors.groupingBy(c -> c.getSession().getId()));
    List<SessionRow> rows = new ArrayList<>();
    List<CommissionSession> all = new ArrayList<>(sessions.list(user));
    all.sort(Comparator.comparing(CommissionSession::getDate).reversed());
    for (CommissionSession session : all) {
      List<Commitment> made = bySession.getOrDefault(session.getId(), List.of());
      rows.add(
          new SessionRow(
              session,
              made.size(),
              made.stream()
                  .collect(Collectors.groupingBy(Commitment::getStatus, Collectors.counting()))));
    }
    model.addAttribute("rows", rows);
    model.addAttribute("statuses", CommitmentStatus.values());
    model.addAttribute("user", user);
    return "sessions/list";
  }

  @GetMapping("/{id}")
  String session(@PathVariable long id, CurrentUser caller, Model model) {
    CommissionSession session = sessions.get(id, caller);
    // The session's page is in the session's commission, whichever the person chose.
    CurrentUser user = caller.actingIn(session.getCommissionId());
    RoleChecks.requireReader(user, READERS);
    model.addAttribute("sesion", session);
    model.addAttribute("commitments", commitments.search(null, null, id, user));
    model.addAttribute("corrections", sessions.corrections(id, user));
    model.addAttribute("user", user);
    if (!model.containsAttribute("correction")) {
      model.addAttribute(
          "correction",
          Map.of(
              "type", session.getType().name(),
              "number", String.valueOf(session.getNumber()),
              "date", session.getDate().toString(),
              "reason", ""));
    }
    return "sessions/session";
  }

  @PostMapping("/{id}/correccion")
  String correct(
      @PathVariable long id,
      @RequestParam(required = false) String type,
      @RequestParam(required = false) String number,
      @RequestParam(required = false) String date,
      @RequestParam(required = false) String reason,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> typed = new LinkedHashMap<>();
    typed.put("type", type == null ? "" : type);
    typed.put("number", number == null ? "" : number);
    typed.put("date", date == null ? "" : date);
    typed.put("reason", reason == null ? "" : reason);
    try {
      SessionForm form = new SessionForm();
      form.setType(type);
      form.setNumber(number);
      form.setDate(date);
      RegisterSession read = form.session();
      sessions.correct(
          id, new CorrectSession(read.type(), read.number(), read.date(), reason), user);
      redirect.addFlashAttribute(
          "message",
          "Se corrigió la sesión; sus compromisos la refieren y el informe los ubica con los"
              + " datos corregidos.");
      return "redirect:/sesiones/" + id;
    } catch (InvalidInputException e) {
      model.addAttribute("correctionErrors", byField(e));
    } catch (ConflictException e) {
      model.addAttribute("correctionError", e.getMessage());
    }
    model.addAttribute("correction", typed);
    model.addAttribute("correctionOpen", true);
    return session(id, user, model);
  }

  // --- Registration of a session with its agreements -------------------------------------------

  @GetMapping("/nueva")
  String newSession(CurrentUser user, Model model) {
    RoleChecks.requireSecretariat(user, "registra sesiones y sus acuerdos");
    return form(SessionForm.empty(), null, user, model);
  }

  @PostMapping("/nueva")
  String register(
      @ModelAttribute("form") SessionForm form,
      @RequestParam(required = false) String action,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    RoleChecks.requireSecretariat(user, "registra sesiones y sus acuerdos");
    if ("agregar-fila".equals(action)) {
      form.addRow();
      return form(form, null, user, model);
    }
    form.dropBlankRows();
    try {
      RegisterSession session = form.session();
      List<SessionCommitment> rows = form.commitments();
      if (needsConfirmation(form, rows, model)) {
        return form(form, null, user, model);
      }
      SessionIntake.Registered registered = intake.register(session, rows, user);
      redirect.addFlashAttribute("message", registeredMessage(registered.commitments()));
      return "redirect:/sesiones/" + registered.session().getId();
    } catch (InvalidInputException e) {
      if (form.getRows().isEmpty()) {
        form.addRow();
      }
      return form(form, byField(e), user, model);
    }
  }

  @GetMapping("/{id}/agregar")
  String addForm(@PathVariable long id, CurrentUser caller, Model model) {
    CommissionSession session = sessions.get(id, caller);
    CurrentUser user = caller.actingIn(session.getCommissionId());
    RoleChecks.requireSecretariat(user, "registra sesiones y sus acuerdos");
    model.addAttribute("sesion", session);
    return form(SessionForm.empty(), null, user, model);
  }

  @PostMapping("/{id}/agregar")
  String add(
      @PathVariable long id,
      @ModelAttribute("form") SessionForm form,
      @RequestParam(required = false) String action,
      CurrentUser caller,
      Model model,
      RedirectAttributes redirect) {
    CommissionSession session = sessions.get(id, caller);
    CurrentUser user = caller.actingIn(session.getCommissionId());
    RoleChecks.requireSecretariat(user, "registra sesiones y sus acuerdos");
    model.addAttribute("sesion", session);
    if ("agregar-fila".equals(action)) {
      form.addRow();
      return form(form, null, user, model);
    }
    form.dropBlankRows();
    try {
      List<SessionCommitment> rows = form.commitments();
      if (needsConfirmation(form, rows, model)) {
        return form(form, null, user, model);
      }
      List<Commitment> registered = registry.registerAll(id, rows, user);
      redirect.addFlashAttribute("message", registeredMessage(registered));
      return "redirect:/sesiones/" + id;
    } catch (InvalidInputException e) {
      if (form.getRows().isEmpty()) {
        form.addRow();
      }
      return form(form, byField(e), user, model);
    }
  }

  /**
   * A due date already past makes the process escalate at once: the form says so for each such row
   * and saves only once confirmed.
   */
  private boolean needsConfirmation(SessionForm form, List<SessionCommitment> rows, Model model) {
    Map<String, String> warnings = new LinkedHashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String warning = registry.pastDueDateWarning(rows.get(i).dueDate());
      if (warning != null) {
        warnings.put("[" + i + "].dueDate", "Fila " + (i + 1) + ": " + warning);
      }
    }
    if (warnings.isEmpty() || form.isConfirmPast()) {
      return false;
    }
    model.addAttribute("warnings", warnings);
    return true;
  }

  private String form(SessionForm form, Map<String, String> errors, CurrentUser user, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors == null ? Map.of() : errors);
    model.addAttribute(
        "areas",
        user.acting() == null
            ? areas.findAllByOrderByNameAsc()
            : areas.findByCommissionIdOrderByNameAsc(user.acting()));
    model.addAttribute("user", user);
    return "sessions/form";
  }

  private static String registeredMessage(List<Commitment> registered) {
    return (registered.size() == 1
            ? "Se registró 1 acuerdo o compromiso: "
            : "Se registraron " + registered.size() + " acuerdos y compromisos: ")
        + registered.stream().map(Commitment::getFolio).collect(Collectors.joining(", "))
        + ". Cada uno inició su seguimiento.";
  }

  private static Map<String, String> byField(InvalidInputException e) {
    Map<String, String> errors = new LinkedHashMap<>();
    e.problems().forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + " " + b));
    return errors;
  }

  private static final String READERS =
      "Las sesiones las consultan la Secretaría Técnica y los integrantes de la comisión; su área"
          + " ve sus compromisos en el tablero.";
}
