package mx.ine.cspen.seguimiento.importing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import mx.ine.cspen.seguimiento.commitment.CommitmentAnnex;
import mx.ine.cspen.seguimiento.commitment.CommitmentService;
import mx.ine.cspen.seguimiento.commitment.CommitmentStatus;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/commitments.csv} and {@code .xlsx}: the list of {@code GET /api/commitments},
 * with its filters and the same visibility (an area gets its own commitments only), as the annex's
 * columns plus {@code Ligas}. Both files can be imported again.
 */
@RestController
class AnnexExportController {

  private final CommitmentService commitments;
  private final CommitmentAnnex annex;
  private final Clock clock;

  AnnexExportController(CommitmentService commitments, CommitmentAnnex annex, Clock clock) {
    this.commitments = commitments;
    this.annex = annex;
    this.clock = clock;
  }

  /**
   * @param separator {@code comma} (the default: Excel with Mexico's regional settings) or {@code
   *     semicolon} (Excel set up for Spain and most of Europe)
   */
  @GetMapping("/api/commitments.csv")
  ResponseEntity<byte[]> csv(
      @RequestParam(required = false) CommitmentStatus status,
      @RequestParam(required = false) String areaCode,
      @RequestParam(required = false) Long sessionId,
      @RequestParam(defaultValue = "comma") String separator,
      CurrentUser user) {
    char delimiter =
        switch (separator) {
          case "comma" -> ',';
          case "semicolon" -> ';';
          default ->
              throw new InvalidInputException(
                  "separator",
                  "El separador debe ser comma (coma, el de Excel en México) o semicolon (punto y"
                      + " coma).");
        };
    byte[] file = AnnexExport.csv(lines(status, areaCode, sessionId, user), delimiter);
    return download(file, AnnexExport.CSV_TYPE, "csv");
  }

  @GetMapping("/api/commitments.xlsx")
  ResponseEntity<byte[]> xlsx(
      @RequestParam(required = false) CommitmentStatus status,
      @RequestParam(required = false) String areaCode,
      @RequestParam(required = false) Long sessionId,
      CurrentUser user) {
    byte[] file = AnnexExport.xlsx(lines(status, areaCode, sessionId, user));
    return download(file, AnnexExport.XLSX_TYPE, "xlsx");
  }

  private List<AnnexExport.Line> lines(
      CommitmentStatus status, String areaCode, Long sessionId, CurrentUser user) {
    String area = areaCode == null || areaCode.isBlank() ? null : areaCode.trim();
    return AnnexExport.lines(annex.entries(commitments.search(status, area, sessionId, user)));
  }

  private ResponseEntity<byte[]> download(byte[] file, String type, String extension) {
    String name = "compromisos-" + LocalDate.now(clock) + "." + extension;
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(type))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename(name).build().toString())
        .body(file);
  }
}
