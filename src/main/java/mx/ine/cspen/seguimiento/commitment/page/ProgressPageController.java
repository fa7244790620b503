package mx.ine.cspen.seguimiento.commitment.page;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.ine.cspen.seguimiento.commitment.DocumentType;
import mx.ine.cspen.seguimiento.commitment.ReferenceInput;
import mx.ine.cspen.seguimiento.commitment.SubmitProgressReport;
import mx.ine.cspen.seguimiento.commitment.evidence.EvidenceService;
import mx.ine.cspen.seguimiento.commitment.evidence.EvidenceUpload;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.system.ConflictException;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import mx.ine.cspen.seguimiento.system.PageController;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The responsible area reports progress from the commitment's page, with its evidence files (the
 * signed oficio as a PDF): Tasklist's form takes no files. The same service as the API's multipart
 * request ({@link EvidenceService#reportProgress}), so the same checks and the same task.
 */
@PageController
class ProgressPageController {

  /** Reference rows the form offers; a report cites at most a few documents. */
  static final int REFERENCE_ROWS = 3;

  private static final Pattern REFERENCE_FIELD = Pattern.compile("references\\[(\\d+)\\](.*)");

  private final EvidenceService evidence;
  private final CommitmentPageController pages;

  ProgressPageController(EvidenceService evidence, CommitmentPageController pages) {
    this.evidence = evidence;
    this.pages = pages;
  }

  @PostMapping("/compromisos/{id}/avance")
  String report(
      @PathVariable long id,
      @RequestParam Map<String, String> fields,
      @RequestParam(name = "files", required = false) List<MultipartFile> files,
      CurrentUser user,
      Model model,
      RedirectAttributes redirect) {
    Map<String, String> typed = new LinkedHashMap<>(fields);
    typed.remove("_csrf");
    List<Integer> rows = new ArrayList<>();
    try {
      SubmitProgressReport command = command(typed, rows);
      evidence.reportProgress(
          id,
          command,
          files == null ? List.of() : files.stream().map(EvidenceUpload::of).toList(),
          user);
      redirect.addFlashAttribute(
          "message",
          command.closureRequested()
              ? "Se registró su solicitud de conclusión; la Secretaría Técnica la verificará."
              : "Se registró su informe de avance.");
      return "redirect:/compromisos/" + id;
    } catch (InvalidInputException e) {
      Map<String, String> errors = new LinkedHashMap<>();
      e.problems()
          .forEach(p -> errors.merge(key(p.field(), rows), p.message(), (a, b) -> a + " " + b));
      model.addAttribute("progressErrors", errors);
    } catch (ConflictException e) {
      model.addAttribute("progressError", e.getMessage());
    }
    model.addAttribute("progressForm", typed);
    return pages.commitment(id, user, model);
  }

  /**
   * Where the page shows a problem: every file's under the file field; a reference's on the row it
   * was typed in (empty rows are not references, so the numbers differ).
   */
  private static String key(String field, List<Integer> rows) {
    if (field.startsWith("files")) {
      return "files";
    }
    Matcher reference = REFERENCE_FIELD.matcher(field);
    if (reference.matches()) {
      int index = Integer.parseInt(reference.group(1));
      return index < rows.size() ? "refs[" + rows.get(index) + "]" + reference.group(2) : field;
    }
    return field;
  }

  /** The form as the service's command; {@code rows} gets the form row of each reference. */
  private static SubmitProgressReport command(Map<String, String> typed, List<Integer> rows) {
    List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
    Integer percent = null;
    String typedPercent = typed.getOrDefault("percent", "").strip();
    if (!typedPercent.isEmpty()) {
      try {
        percent = Integer.valueOf(typedPercent);
      } catch (NumberFormatException e) {
        problems.add(
            new InvalidInputException.FieldProblem(
                "percent", "El porcentaje de avance debe ser un número entero de 0 a 100."));
      }
    }
    List<ReferenceInput> references = new ArrayList<>();
    for (int i = 0; i < REFERENCE_ROWS; i++) {
      String number = typed.getOrDefault("refs[" + i + "].number", "").strip();
      String url = typed.getOrDefault("refs[" + i + "].url", "").strip();
      if (number.isEmpty() && url.isEmpty()) {
        continue;
      }
      DocumentType type;
      try {
        type = DocumentType.fromCode(typed.getOrDefault("refs[" + i + "].type", ""));
      } catch (IllegalArgumentException e) {
        problems.add(
            new InvalidInputException.FieldProblem("refs[" + i + "].type", e.getMessage()));
        continue;
      }
      rows.add(i);
      references.add(
          new ReferenceInput(
              type, number.isEmpty() ? null : number, null, url.isEmpty() ? null : url));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new SubmitProgressReport(
        percent,
        typed.get("narrative"),
        references,
        "true".equals(typed.get("requestClosure")),
        typed.get("justification"));
  }
}
