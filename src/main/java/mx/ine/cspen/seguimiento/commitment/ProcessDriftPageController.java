package mx.ine.cspen.seguimiento.commitment;

import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.security.RoleChecks;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import mx.ine.cspen.seguimiento.system.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' page of the drift check: what disagrees, and a repair for each. */
@PageController
class ProcessDriftPageController {

  private final CommitmentDriftCheck check;

  ProcessDriftPageController(CommitmentDriftCheck check) {
    this.check = check;
  }

  @GetMapping("/administracion/procesos")
  String page(CurrentUser user, Model model) {
    RoleChecks.requireAdministrator(user, ProcessDriftController.REVIEWS);
    model.addAttribute("drifts", check.checkAll());
    return "process-drift";
  }

  @PostMapping("/administracion/procesos/{commitmentId}/reparacion")
  String repair(
      @PathVariable long commitmentId,
      @RequestParam(name = "motivo", required = false) String reason,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    RoleChecks.requireAdministrator(user, ProcessDriftController.REVIEWS);
    try {
      ProcessDrift repaired = check.repair(commitmentId, reason, user);
      redirect.addFlashAttribute(
          "message",
          "Se reparó el proceso del compromiso "
              + repaired.folio()
              + ": "
              + CommitmentDriftCheck.describe(repaired));
      return "redirect:/administracion/procesos";
    } catch (InvalidInputException e) {
      model.addAttribute("drifts", check.checkAll());
      model.addAttribute("failedId", commitmentId);
      model.addAttribute("failure", e.getMessage());
      model.addAttribute("reason", reason);
      return "process-drift";
    }
  }
}
