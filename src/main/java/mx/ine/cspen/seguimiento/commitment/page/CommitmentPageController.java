package mx.ine.cspen.seguimiento.commitment.page;

import mx.ine.cspen.seguimiento.area.AreaRepository;
import mx.ine.cspen.seguimiento.commitment.DocumentType;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.session.SessionService;
import mx.ine.cspen.seguimiento.system.NotFoundException;
import mx.ine.cspen.seguimiento.system.PageController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A commitment's page and its process diagram; an area opens only its own commitments. */
@PageController
class CommitmentPageController {

  private final CommitmentPageService pages;
  private final AreaRepository areas;
  private final SessionService sessions;

  CommitmentPageController(
      CommitmentPageService pages, AreaRepository areas, SessionService sessions) {
    this.pages = pages;
    this.areas = areas;
    this.sessions = sessions;
  }

  @GetMapping("/compromisos/{id}")
  String commitment(@PathVariable long id, CurrentUser caller, Model model) {
    CommitmentPage page = pages.page(id, caller);
    // The commitment's page is in the commitment's commission, whichever the person chose.
    CurrentUser user = caller.actingIn(page.current().commissionId());
    model.addAttribute("user", user);
    model.addAttribute("page", page);
    model.addAttribute("documentTypes", DocumentType.values());
    if (user.isTechnicalSecretariat()) {
      // The choices of the Secretaría Técnica's forms: its commission's areas and sessions.
      model.addAttribute("areas", areas.findByCommissionIdOrderByNameAsc(user.acting()));
      model.addAttribute("sessions", sessions.list(user));
    }
    return "commitment";
  }

  /** The deployed BPMN the commitment's process runs, for the diagram viewer. */
  @GetMapping("/compromisos/{id}/diagrama")
  ResponseEntity<byte[]> diagram(@PathVariable long id, CurrentUser user) {
    byte[] model =
        pages
            .processModel(id, user)
            .orElseThrow(
                () -> new NotFoundException("El proceso de este compromiso no está disponible."));
    return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(model);
  }
}
