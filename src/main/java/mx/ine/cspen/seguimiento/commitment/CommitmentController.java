package mx.ine.cspen.seguimiento.commitment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import mx.ine.cspen.seguimiento.commitment.evidence.EvidenceService;
import mx.ine.cspen.seguimiento.commitment.evidence.EvidenceUpload;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/commitments")
class CommitmentController {

  private final CommitmentService commitments;
  private final EvidenceService evidence;
  private final ObjectMapper json;

  CommitmentController(CommitmentService commitments, EvidenceService evidence, ObjectMapper json) {
    this.commitments = commitments;
    this.evidence = evidence;
    this.json = json;
  }

  @PostMapping
  ResponseEntity<RegisteredView> register(
      @RequestBody RegisterCommitment command, CurrentUser user) {
    RegisteredView created = RegisteredView.of(commitments.register(command, user), commitments);
    return ResponseEntity.created(URI.create("/api/commitments/" + created.commitment().id()))
        .body(created);
  }

  @GetMapping
  List<CommitmentView> list(
      @RequestParam(required = false) CommitmentStatus status,
      @RequestParam(required = false) String areaCode,
      @RequestParam(required = false) Long sessionId,
      CurrentUser user) {
    return commitments.search(status, blankToNull(areaCode), sessionId, user).stream()
        .map(CommitmentView::of)
        .toList();
  }

  @GetMapping("/{id}")
  CommitmentDetailView get(@PathVariable long id, CurrentUser user) {
    return CommitmentDetailView.of(commitments.detail(id, user), evidence.filesByReport(id));
  }

  @PostMapping("/{id}/assignment")
  CommitmentDetailView assign(
      @PathVariable long id, @RequestBody AssignArea command, CurrentUser user) {
    commitments.assign(id, command, user);
    return get(id, user);
  }

  @PostMapping("/{id}/progress")
  CommitmentDetailView reportProgress(
      @PathVariable long id, @RequestBody ReportProgress command, CurrentUser user) {
    commitments.reportProgress(id, command, user);
    return get(id, user);
  }

  /**
   * A progress report with evidence files: part {@code report} holds the same JSON as above, and
   * each part {@code files} one file. All or nothing.
   */
  @PostMapping(path = "/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  CommitmentDetailView reportProgressWithFiles(
      @PathVariable long id,
      @RequestPart(name = "report", required = false) String report,
      @RequestPart(name = "files", required = false) List<MultipartFile> files,
      HttpServletRequest request,
      CurrentUser user) {
    if (report == null || report.isBlank()) {
      throw new InvalidInputException(
          "report",
          "Falta la parte «report» con el informe de avance en JSON (percent, narrative…).");
    }
    ReportProgress command;
    try {
      command = json.readValue(report, ReportProgress.class);
    } catch (JsonProcessingException e) {
      throw new HttpMessageNotReadableException(
          "The report part is not valid JSON", e, new ServletServerHttpRequest(request));
    }
    evidence.reportProgress(
        id,
        command,
        files == null ? List.of() : files.stream().map(EvidenceUpload::of).toList(),
        user);
    return get(id, user);
  }

  /** Files above the size limit: 413, with the message for each. */
  @ExceptionHandler(EvidenceService.TooLargeFiles.class)
  ResponseEntity<ProblemDetail> tooLarge(EvidenceService.TooLargeFiles e) {
    return tooLarge(e.getMessage(), e.problems().get(0).field());
  }

  /** A request larger than the server takes at all (several large files). */
  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e) {
    return tooLarge(
        "Los documentos enviados pasan del tamaño que el servidor acepta en una sola solicitud;"
            + " cada documento admite hasta "
            + evidence.settings().maxFileSize().toMegabytes()
            + " MB y un informe hasta "
            + evidence.settings().maxFiles()
            + " documentos.",
        "files");
  }

  private static ResponseEntity<ProblemDetail> tooLarge(String detail, String field) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, detail);
    problem.setTitle("Documento demasiado grande");
    problem.setType(URI.create("about:blank"));
    problem.setProperty("field", field);
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  @PostMapping("/{id}/verification")
  CommitmentDetailView verify(
      @PathVariable long id, @RequestBody VerifyFulfilment command, CurrentUser user) {
    commitments.verify(id, command, user);
    return get(id, user);
  }

  @PostMapping("/{id}/due-date")
  CommitmentDetailView changeDueDate(
      @PathVariable long id, @RequestBody ChangeDueDate command, CurrentUser user) {
    commitments.changeDueDate(id, command, user);
    return get(id, user);
  }

  @PostMapping("/{id}/correction")
  CommitmentDetailView correct(
      @PathVariable long id, @RequestBody CorrectCommitment command, CurrentUser user) {
    commitments.correct(id, command, user);
    return get(id, user);
  }

  @PostMapping("/{id}/cancellation")
  CommitmentDetailView cancel(
      @PathVariable long id, @RequestBody CancelCommitment command, CurrentUser user) {
    commitments.cancel(id, command, user);
    return get(id, user);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
