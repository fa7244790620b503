package mx.ine.cspen.seguimiento.importing;

import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import mx.ine.cspen.seguimiento.commission.Commission;
import mx.ine.cspen.seguimiento.commission.Commissions;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import mx.ine.cspen.seguimiento.system.PageController;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * The Secretaría Técnica's page to import the annex: upload a file, read the dry run, then confirm.
 * The reviewed file waits in the user's session until it is confirmed, so what is imported is
 * exactly what was reviewed.
 */
@PageController
@RequestMapping("/importacion")
class ImportPageController {

  private static final String PENDING = ImportPageController.class.getName() + ".pending";

  private final AnnexImportService imports;
  private final AnnexUpload upload;
  private final Commissions commissions;
  private final Clock clock;

  ImportPageController(
      AnnexImportService imports, AnnexUpload upload, Commissions commissions, Clock clock) {
    this.imports = imports;
    this.upload = upload;
    this.commissions = commissions;
    this.clock = clock;
  }

  /**
   * A reviewed file waiting for confirmation, with the commission it was reviewed for: it is
   * imported there even if the person chooses another commission meanwhile.
   */
  record Pending(String token, String fileName, byte[] bytes, LocalDate asOf, Long commissionId)
      implements Serializable {}

  /** The commission the file is imported into: the one the person works in. */
  @ModelAttribute("commission")
  Commission commission(CurrentUser user) {
    return user.acting() == null ? null : commissions.get(user.acting());
  }

  @GetMapping
  String page(CurrentUser user, Model model) {
    imports.requireImporter(user);
    return show(model, LocalDate.now(clock));
  }

  @PostMapping
  String review(
      @RequestParam(name = "file", required = false) MultipartFile file,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      CurrentUser user,
      HttpSession session,
      Model model)
      throws IOException {
    imports.requireImporter(user);
    session.removeAttribute(PENDING);
    LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
    if (file == null
        || (file.isEmpty()
            && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
      model.addAttribute("error", "Elija el archivo del anexo.");
      return show(model, date);
    }
    byte[] bytes;
    try {
      bytes = upload.read(file.getInputStream(), file.getSize());
    } catch (AnnexUpload.TooLarge e) {
      model.addAttribute("error", e.getMessage());
      return show(model, date);
    }
    ImportReport report;
    try {
      report = imports.importAnnex(bytes, date, true, user);
    } catch (InvalidInputException e) {
      model.addAttribute("error", e.getMessage());
      return show(model, date);
    }
    String name = file.getOriginalFilename();
    boolean somethingToDo = report.sessions() + report.commitments() + report.updated() > 0;
    if (report.problems().isEmpty() && somethingToDo) {
      Pending pending = new Pending(UUID.randomUUID().toString(), name, bytes, date, user.acting());
      session.setAttribute(PENDING, pending);
      model.addAttribute("token", pending.token());
    }
    model.addAttribute("report", report);
    model.addAttribute("fileName", name);
    return show(model, date);
  }

  @PostMapping("/confirmar")
  String confirm(@RequestParam String token, CurrentUser user, HttpSession session, Model model) {
    imports.requireImporter(user);
    if (!(session.getAttribute(PENDING) instanceof Pending pending)
        || !pending.token().equals(token)) {
      model.addAttribute(
          "error",
          "La revisión ya no está vigente (se importó o se revisó otro archivo). Vuelva a subir el archivo.");
      return show(model, LocalDate.now(clock));
    }
    session.removeAttribute(PENDING);
    ImportReport report =
        imports.importAnnex(
            pending.bytes(), pending.asOf(), false, user.actingIn(pending.commissionId()));
    model.addAttribute("report", report);
    model.addAttribute("fileName", pending.fileName());
    return show(model, pending.asOf());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  String uploadTooLarge(Model model) {
    model.addAttribute("error", new AnnexUpload.TooLarge(-1, upload.limit()).getMessage());
    return show(model, LocalDate.now(clock));
  }

  private String show(Model model, LocalDate asOf) {
    model.addAttribute("asOf", asOf);
    model.addAttribute("today", LocalDate.now(clock));
    model.addAttribute("maxSize", AnnexUpload.TooLarge.megabytes(upload.limit()));
    model.addAttribute("maxBytes", upload.limit());
    return "importacion";
  }
}
