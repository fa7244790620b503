package mx.ine.cspen.seguimiento.commitment.page;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import mx.ine.cspen.seguimiento.commitment.AssignArea;
import mx.ine.cspen.seguimiento.commitment.CancelCommitment;
import mx.ine.cspen.seguimiento.commitment.ChangeDueDate;
import mx.ine.cspen.seguimiento.commitment.CommitmentFollowUp;
import mx.ine.cspen.seguimiento.commitment.CommitmentKind;
import mx.ine.cspen.seguimiento.commitment.CommitmentReader;
import mx.ine.cspen.seguimiento.commitment.CommitmentRegistry;
import mx.ine.cspen.seguimiento.commitment.CorrectCommitment;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.security.RoleChecks;
import mx.ine.cspen.seguimiento.system.ConflictException;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import mx.ine.cspen.seguimiento.system.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What the Secretaría Técnica does from a commitment's page: cancel, assign or reassign, set the
 * due date, correct what was registered. Each goes through {@link CommitmentFollowUp}, as the API
 * does, with the same checks; a refusal shows the page again with the message next to the field and
 * everything typed kept.
 */
@PageController
@RequestMapping("/compromisos/{id}")
class CommitmentActionsController {

  private final CommitmentRegistry registry;
  private final CommitmentFollowUp followUp;
  private final CommitmentReader reader;
  private final CommitmentPageController pages;

  CommitmentActionsController(
      CommitmentRegistry registry,
      CommitmentFollowUp followUp,
      CommitmentReader reader,
      CommitmentPageController pages) {
    this.registry = registry;
    this.followUp = followUp;
    this.reader = reader;
    this.pages = pages;
  }

  @PostMapping("/cancelar")
  String cancel(
      @PathVariable long id,
      @RequestParam(required = false) String reason,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> form = Map.of("reason", orEmpty(reason));
    return act(
        id,
        "cancelar",
        form,
        user,
        model,
        redirect,
        () -> followUp.cancel(id, new CancelCommitment(reason), user, null),
        "El compromiso quedó sin efecto; su proceso terminó.");
  }

  @PostMapping("/area")
  String assign(
      @PathVariable long id,
      @RequestParam(required = false) String areaCode,
      @RequestParam(required = false) String reason,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> form = Map.of("areaCode", orEmpty(areaCode), "reason", orEmpty(reason));
    return act(
        id,
        "area",
        form,
        user,
        model,
        redirect,
        () -> followUp.assign(id, new AssignArea(areaCode, reason), user, null),
        "Se registró el área responsable; su tarea abierta pasó a esa área.");
  }

  @PostMapping("/fecha-limite")
  String dueDate(
      @PathVariable long id,
      @RequestParam(required = false) String dueDate,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false, defaultValue = "false") boolean confirmPast,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> form = Map.of("dueDate", orEmpty(dueDate), "reason", orEmpty(reason));
    return act(
        id,
        "fecha-limite",
        form,
        user,
        model,
        redirect,
        () -> {
          LocalDate date = date(dueDate, "dueDate");
          String warning = registry.pastDueDateWarning(date);
          if (warning != null && !confirmPast) {
            // Not saved yet: the page asks to confirm a date that escalates at once.
            throw new PastDueDate(warning);
          }
          followUp.changeDueDate(id, new ChangeDueDate(date, reason), user, null);
        },
        "Se registró la fecha límite; el proceso espera esa fecha.");
  }

  @PostMapping("/correccion")
  String correct(
      @PathVariable long id,
      @RequestParam(required = false) String text,
      @RequestParam(required = false) String proposer,
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String sessionId,
      @RequestParam(required = false) String reason,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> form = new LinkedHashMap<>();
    form.put("text", orEmpty(text));
    form.put("proposer", orEmpty(proposer));
    form.put("kind", orEmpty(kind));
    form.put("sessionId", orEmpty(sessionId));
    form.put("reason", orEmpty(reason));
    return act(
        id,
        "correccion",
        form,
        user,
        model,
        redirect,
        () -> {
          // The same data again changes nothing (as in the API); the page says so.
          int before = reader.detail(id, user).events().size();
          registry.correct(
              id,
              new CorrectCommitment(text, proposer, kind(kind), sessionId(sessionId), reason),
              user,
              null);
          if (reader.detail(id, user).events().size() == before) {
            throw new ConflictException(
                "Los datos son los mismos que ya estaban registrados: no hubo nada que corregir.");
          }
        },
        "Se registró la corrección; el historial guarda los datos anteriores.");
  }

  /** A due date already past, typed without confirming it. */
  private static final class PastDueDate extends RuntimeException {
    PastDueDate(String message) {
      super(message);
    }
  }

  private String act(
      long id,
      String action,
      Map<String, String> form,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect,
      Runnable change,
      String done) {
    RoleChecks.requireSecretariat(user, "hace cambios desde esta página");
    try {
      change.run();
      redirect.addFlashAttribute("message", done);
      return "redirect:/compromisos/" + id;
    } catch (InvalidInputException e) {
      Map<String, String> errors = new LinkedHashMap<>();
      e.problems().forEach(p -> errors.merge(p.field(), p.message(), (a, b) -> a + " " + b));
      model.addAttribute("errors", errors);
    } catch (PastDueDate e) {
      model.addAttribute("pastDueDateWarning", e.getMessage());
    } catch (ConflictException e) {
      model.addAttribute("actionError", e.getMessage());
    }
    model.addAttribute("action", action);
    model.addAttribute("form", form);
    return pages.commitment(id, user, model);
  }

  private LocalDate date(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException(field, "Indique la fecha límite.");
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, "La fecha «" + value + "» no es válida; use el calendario (día, mes y año).");
    }
  }

  private static CommitmentKind kind(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return CommitmentKind.valueOf(value.strip());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("kind", "Elija acuerdo o compromiso.");
    }
  }

  private static Long sessionId(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("sessionId", "Elija la sesión de la lista.");
    }
  }

  private static String orEmpty(String value) {
    return value == null ? "" : value;
  }
}
