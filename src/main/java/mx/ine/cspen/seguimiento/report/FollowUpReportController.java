package mx.ine.cspen.seguimiento.report;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/reports")
class FollowUpReportController {

  private final FollowUpReportService reports;
  private final ReportReader reader;

  FollowUpReportController(FollowUpReportService reports, ReportReader reader) {
    this.reports = reports;
    this.reader = reader;
  }

  /** The report as of a cut-off, computed now (nothing is stored). */
  @GetMapping("/preview")
  FollowUpReportModel preview(
      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
          LocalDate cutoff,
      CurrentUser user) {
    return reader.preview(cutoff, user);
  }

  /** Prepares a report: starts its process (the areas' updates, the draft, the review). */
  @PostMapping
  ResponseEntity<ReportSummary> request(@RequestBody RequestReport command, CurrentUser user) {
    FollowUpReport report = reports.request(command, user);
    return ResponseEntity.created(URI.create("/api/reports/" + report.getId()))
        .body(reader.summary(report));
  }

  /** Every report, newest cut-off first; {@code ?status=ISSUED} lists the issued ones. */
  @GetMapping
  List<ReportSummary> list(@RequestParam(required = false) ReportStatus status, CurrentUser user) {
    return reader.list(status, user);
  }

  @GetMapping("/{id}/summary")
  ReportSummary summary(@PathVariable long id, CurrentUser user) {
    return reader.summary(id, user);
  }

  /**
   * The report in the JSON of docs/api.md: as issued, as drafted, or as it stands while updating.
   */
  @GetMapping("/{id}")
  ResponseEntity<byte[]> get(@PathVariable long id, CurrentUser user) {
    return answer(reader.file(id, ReportFileKind.JSON, user), false);
  }

  @GetMapping("/{id}.docx")
  ResponseEntity<byte[]> docx(@PathVariable long id, CurrentUser user) {
    return answer(reader.file(id, ReportFileKind.DOCX, user), true);
  }

  @GetMapping("/{id}.pdf")
  ResponseEntity<byte[]> pdf(@PathVariable long id, CurrentUser user) {
    return answer(reader.file(id, ReportFileKind.PDF, user), false);
  }

  /** Issues the reviewed draft: frozen from now on, and later reports take their scope from it. */
  @PostMapping("/{id}/issue")
  ReportSummary issue(@PathVariable long id, CurrentUser user) {
    reports.issue(id, user);
    return reader.summary(id, user);
  }

  private static ResponseEntity<byte[]> answer(
      ReportReader.ReportFileContent file, boolean download) {
    ContentDisposition disposition =
        (download ? ContentDisposition.attachment() : ContentDisposition.inline())
            .filename(file.fileName())
            .build();
    ResponseEntity.BodyBuilder response =
        ResponseEntity.ok()
            .contentType(MediaType.parseMediaType(file.kind().mediaType()))
            .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
            .header("X-Content-SHA256", file.sha256())
            .header("X-Report-Status", file.status().name());
    if (file.status() == ReportStatus.ISSUED) {
      response.eTag("\"" + file.sha256() + "\"");
    } else {
      response.cacheControl(CacheControl.noStore());
    }
    return response.body(file.content());
  }
}
