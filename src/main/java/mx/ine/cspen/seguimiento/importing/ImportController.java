package mx.ine.cspen.seguimiento.importing;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartFile;

/**
 * {@code POST /api/imports?dryRun=&asOf=}: the annex as the request body (TSV, CSV or XLSX, any
 * content type), or as the part {@code file} of a form upload.
 *
 * <p>A dry run answers 200 with the problems found, if any. An import answers 200 when it wrote the
 * rows, and 400 ({@code application/problem+json}, with the same fields) when a problem stopped it;
 * then nothing was written. A file above the size limit gets 413.
 */
@RestController
class ImportController {

  private final AnnexImportService imports;
  private final AnnexUpload upload;
  private final ObjectMapper json;

  ImportController(AnnexImportService imports, AnnexUpload upload, ObjectMapper json) {
    this.imports = imports;
    this.upload = upload;
    this.json = json;
  }

  @PostMapping(path = "/api/imports", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<?> importUpload(
      @RequestParam(defaultValue = "false") boolean dryRun,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      @RequestPart("file") MultipartFile file,
      CurrentUser user)
      throws IOException {
    imports.requireImporter(user);
    byte[] bytes = upload.read(file.getInputStream(), file.getSize());
    return answer(imports.importAnnex(bytes, asOf, dryRun, user));
  }

  @PostMapping(path = "/api/imports")
  ResponseEntity<?> importBody(
      @RequestParam(defaultValue = "false") boolean dryRun,
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
      HttpServletRequest request,
      CurrentUser user)
      throws IOException {
    imports.requireImporter(user);
    byte[] bytes = upload.read(request.getInputStream(), request.getContentLengthLong());
    return answer(imports.importAnnex(bytes, asOf, dryRun, user));
  }

  /**
   * A body sent as a web form would be read as form fields, not as a file (curl's {@code
   * --data-binary} without a content type does that): say how to send it instead.
   */
  @PostMapping(path = "/api/imports", consumes = MediaType.APPLICATION_FORM_URLENCODED_VALUE)
  ResponseEntity<ProblemDetail> importFormFields(CurrentUser user) {
    imports.requireImporter(user);
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "Envíe el archivo tal cual, con su tipo: text/csv, text/tab-separated-values,"
                + " application/vnd.openxmlformats-officedocument.spreadsheetml.sheet o"
                + " application/octet-stream (con curl: -H 'Content-Type: text/csv'"
                + " --data-binary @anexo.csv), o como el campo «file» de un formulario"
                + " multipart/form-data (curl -F file=@anexo.xlsx).");
    problem.setTitle("Tipo de contenido no admitido");
    problem.setType(URI.create("about:blank"));
    return ResponseEntity.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private ResponseEntity<?> answer(ImportReport report) {
    if (report.dryRun() || report.imported()) {
      return ResponseEntity.ok(report);
    }
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, report.message());
    problem.setTitle("El archivo tiene problemas");
    problem.setType(URI.create("about:blank"));
    fields(report).forEach(problem::setProperty);
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private Map<String, Object> fields(ImportReport report) {
    return json.convertValue(report, new TypeReference<Map<String, Object>>() {});
  }

  @ExceptionHandler(AnnexUpload.TooLarge.class)
  ResponseEntity<ProblemDetail> tooLarge(AnnexUpload.TooLarge e) {
    return tooLarge(e.getMessage());
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ProblemDetail> uploadTooLarge(MaxUploadSizeExceededException e) {
    return tooLarge(new AnnexUpload.TooLarge(-1, upload.limit()).getMessage());
  }

  @ExceptionHandler(UncheckedIOException.class)
  ResponseEntity<ProblemDetail> interrupted(UncheckedIOException e) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatus.BAD_REQUEST, "No se recibió el archivo completo; vuelva a enviarlo.");
    problem.setTitle("Archivo incompleto");
    problem.setType(URI.create("about:blank"));
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  private static ResponseEntity<ProblemDetail> tooLarge(String message) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, message);
    problem.setTitle("Archivo demasiado grande");
    problem.setType(URI.create("about:blank"));
    problem.setProperty("problems", List.of(ImportProblem.ofFile(message)));
    return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
