package mx.ine.cspen.seguimiento.commitment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import mx.ine.cspen.seguimiento.commitment.CommitmentQueries.Filter;
import mx.ine.cspen.seguimiento.commitment.CommitmentQueries.Order;
import mx.ine.cspen.seguimiento.commitment.CommitmentQueries.Scope;
import mx.ine.cspen.seguimiento.commitment.evidence.EvidenceService;
import mx.ine.cspen.seguimiento.commitment.evidence.EvidenceUpload;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/commitments")
class CommitmentController {

  static final int DEFAULT_PAGE_SIZE = 50;
  static final int MAX_PAGE_SIZE = 500;

  private final CommitmentRegistry registry;
  private final CommitmentFollowUp followUp;
  private final CommitmentReader reader;
  private final CommitmentQueries queries;
  private final EvidenceService evidence;
  private final ObjectMapper json;
  private final long maxUnpaged;
  private final TransactionTemplate readOnly;

  CommitmentController(
      CommitmentRegistry registry,
      CommitmentFollowUp followUp,
      CommitmentReader reader,
      CommitmentQueries queries,
      EvidenceService evidence,
      ObjectMapper json,
      @Value("${seguimiento.api.max-unpaged-list:10000}") long maxUnpaged,
      PlatformTransactionManager transactions) {
    this.registry = registry;
    this.followUp = followUp;
    this.reader = reader;
    this.queries = queries;
    this.evidence = evidence;
    this.json = json;
    this.maxUnpaged = maxUnpaged;
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
  }

  @PostMapping
  ResponseEntity<RegisteredView> register(
      @RequestBody RegisterCommitment command, CurrentUser user) {
    RegisteredView created = RegisteredView.of(registry.register(command, user), registry);
    return ResponseEntity.created(URI.create("/api/commitments/" + created.commitment().id()))
        .body(created);
  }

  /**
   * Without {@code page} or {@code size}: every commitment the user may read, as a JSON array, as
   * long as they are at most {@code seguimiento.api.max-unpaged-list}; above that the answer would
   * weigh megabytes, and the caller is told to ask by pages. With {@code page} (from 1) or {@code
   * size}: one page, {@code {items, page, size, total}}, with {@code Link} headers (RFC 8288) to
   * the first, previous, next and last pages.
   */
  @GetMapping
  ResponseEntity<?> list(
      @RequestParam(required = false) CommitmentStatus status,
      @RequestParam(required = false) String areaCode,
      @RequestParam(required = false) Long sessionId,
      @RequestParam(required = false) Integer page,
      @RequestParam(required = false) Integer size,
      CurrentUser user) {
    Scope scope = Scope.of(user);
    Filter filter = Filter.of(status, blankToNull(areaCode), sessionId);
    if (page == null && size == null) {
      return ResponseEntity.ok(unpaged(scope, filter));
    }
    int number = page == null ? 1 : page;
    int perPage = size == null ? DEFAULT_PAGE_SIZE : size;
    if (number < 1) {
      throw new InvalidInputException(
          "page", "La página se cuenta desde 1 (se indicó " + number + ").");
    }
    if (perPage < 1 || perPage > MAX_PAGE_SIZE) {
      throw new InvalidInputException(
          "size",
          "El tamaño de página va de 1 a "
              + MAX_PAGE_SIZE
              + " compromisos (se indicó "
              + perPage
              + ").");
    }
    long total = queries.count(scope, filter);
    List<CommitmentView> items =
        queries
            .list(scope, filter, Order.SESSION, false, (long) (number - 1) * perPage, perPage)
            .stream()
            .map(CommitmentView::of)
            .toList();
    return ResponseEntity.ok()
        .header(HttpHeaders.LINK, PageLinks.of(number, perPage, total))
        .body(new CommitmentListPage(items, number, perPage, total));
  }

  private List<CommitmentView> unpaged(Scope scope, Filter filter) {
    long total = queries.count(scope, filter);
    if (total > maxUnpaged) {
      throw new InvalidInputException(
          "page",
          "La lista tiene "
              + total
              + " compromisos, más de los "
              + maxUnpaged
              + " que se entregan en una sola respuesta. Pídala por páginas, con los mismos"
              + " filtros: GET /api/commitments?page=1&size="
              + MAX_PAGE_SIZE
              + "; la cabecera Link de cada página lleva a la siguiente.");
    }
    List<CommitmentView> all = new java.util.ArrayList<>();
    queries.forEach(scope, filter, row -> all.add(CommitmentView.of(row)));
    return all;
  }

  /** A page of the list. */
  record CommitmentListPage(List<CommitmentView> items, int page, int size, long total) {}

  /**
   * The commitment with its progress and history; its ETag is the commitment's version, which every
   * write on it accepts as If-Match (a stale one answers 412 and changes nothing).
   */
  @GetMapping("/{id}")
  ResponseEntity<CommitmentDetailView> get(
      @PathVariable long id,
      @RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch,
      CurrentUser user) {
    // The commitment, its history and its files in one transaction: one consistent read.
    return readOnly.execute(
        status -> {
          CommitmentDetail detail = reader.detail(id, user);
          String etag = CommitmentVersions.etag(detail.commitment());
          if (etag.equals(ifNoneMatch)) {
            return ResponseEntity.status(HttpStatus.NOT_MODIFIED)
                .eTag(etag)
                .<CommitmentDetailView>build();
          }
          return ResponseEntity.ok()
              .eTag(etag)
              .body(CommitmentDetailView.of(detail, evidence.filesByReport(id)));
        });
  }

  @PostMapping("/{id}/assignment")
  ResponseEntity<CommitmentDetailView> assign(
      @PathVariable long id,
      @RequestBody AssignArea command,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      CurrentUser user) {
    followUp.assign(id, command, user, CommitmentVersions.expected(ifMatch));
    return get(id, null, user);
  }

  @PostMapping("/{id}/progress")
  ResponseEntity<CommitmentDetailView> reportProgress(
      @PathVariable long id,
      @RequestBody SubmitProgressReport command,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      CurrentUser user) {
    followUp.reportProgress(id, command, user, CommitmentVersions.expected(ifMatch));
    return get(id, null, user);
  }

  /**
   * A progress report with evidence files: part {@code report} holds the same JSON as above, and
   * each part {@code files} one file. All or nothing.
   */
  @PostMapping(path = "/{id}/progress", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<CommitmentDetailView> reportProgressWithFiles(
      @PathVariable long id,
      @RequestPart(name = "report", required = false) String report,
      @RequestPart(name = "files", required = false) List<MultipartFile> files,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      HttpServletRequest request,
      CurrentUser user) {
    if (report == null || report.isBlank()) {
      throw new InvalidInputException(
          "report",
          "Falta la parte «report» con el informe de avance en JSON (percent, narrative…).");
    }
    SubmitProgressReport command;
    try {
      command = json.readValue(report, SubmitProgressReport.class);
    } catch (JsonProcessingException e) {
      throw new HttpMessageNotReadableException(
          "The report part is not valid JSON", e, new ServletServerHttpRequest(request));
    }
    evidence.reportProgress(
        id,
        command,
        files == null ? List.of() : files.stream().map(EvidenceUpload::of).toList(),
        user,
        CommitmentVersions.expected(ifMatch));
    return get(id, null, user);
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
  ResponseEntity<CommitmentDetailView> verify(
      @PathVariable long id,
      @RequestBody VerifyFulfilment command,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      CurrentUser user) {
    followUp.verify(id, command, user, CommitmentVersions.expected(ifMatch));
    return get(id, null, user);
  }

  @PostMapping("/{id}/due-date")
  ResponseEntity<CommitmentDetailView> changeDueDate(
      @PathVariable long id,
      @RequestBody ChangeDueDate command,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      CurrentUser user) {
    followUp.changeDueDate(id, command, user, CommitmentVersions.expected(ifMatch));
    return get(id, null, user);
  }

  @PostMapping("/{id}/cancellation")
  ResponseEntity<CommitmentDetailView> cancel(
      @PathVariable long id,
      @RequestBody CancelCommitment command,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      CurrentUser user) {
    followUp.cancel(id, command, user, CommitmentVersions.expected(ifMatch));
    return get(id, null, user);
  }

  @PostMapping("/{id}/correction")
  ResponseEntity<CommitmentDetailView> correct(
      @PathVariable long id,
      @RequestBody CorrectCommitment command,
      @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
      CurrentUser user) {
    registry.correct(id, command, user, CommitmentVersions.expected(ifMatch));
    return get(id, null, user);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.trim();
  }
}
