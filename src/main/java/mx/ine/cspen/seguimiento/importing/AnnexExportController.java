package mx.ine.cspen.seguimiento.importing;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import mx.ine.cspen.seguimiento.commitment.CommitmentQueries;
import mx.ine.cspen.seguimiento.commitment.CommitmentQueries.Filter;
import mx.ine.cspen.seguimiento.commitment.CommitmentQueries.Scope;
import mx.ine.cspen.seguimiento.commitment.CommitmentStatus;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/commitments.csv} and {@code .xlsx}: the list of {@code GET /api/commitments},
 * with its filters and the same visibility (an area gets its own commitments only), as the annex's
 * columns plus {@code Ligas}. Both files can be imported again.
 *
 * <p>Both are written to the answer as the rows come from the database's cursor, so that a hundred
 * thousand commitments take no more memory than ten.
 */
@RestController
class AnnexExportController {

  private final CommitmentQueries queries;
  private final Clock clock;

  AnnexExportController(CommitmentQueries queries, Clock clock) {
    this.queries = queries;
    this.clock = clock;
  }

  /**
   * @param separator {@code comma} (the default: Excel with Mexico's regional settings) or {@code
   *     semicolon} (Excel set up for Spain and most of Europe)
   */
  @GetMapping("/api/commitments.csv")
  void csv(
      @RequestParam(required = false) CommitmentStatus status,
      @RequestParam(required = false) String areaCode,
      @RequestParam(required = false) Long sessionId,
      @RequestParam(defaultValue = "comma") String separator,
      CurrentUser user,
      HttpServletResponse response)
      throws IOException {
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
    OutputStream out = download(response, AnnexExport.CSV_TYPE, "csv");
    write(AnnexExport.csv(out, delimiter), status, areaCode, sessionId, user);
  }

  @GetMapping("/api/commitments.xlsx")
  void xlsx(
      @RequestParam(required = false) CommitmentStatus status,
      @RequestParam(required = false) String areaCode,
      @RequestParam(required = false) Long sessionId,
      CurrentUser user,
      HttpServletResponse response)
      throws IOException {
    OutputStream out = download(response, AnnexExport.XLSX_TYPE, "xlsx");
    write(AnnexExport.xlsx(out), status, areaCode, sessionId, user);
  }

  private void write(
      AnnexExport.Writer writer,
      CommitmentStatus status,
      String areaCode,
      Long sessionId,
      CurrentUser user)
      throws IOException {
    String area = areaCode == null || areaCode.isBlank() ? null : areaCode.trim();
    int[] number = {0};
    try (writer) {
      queries.forEachAnnexEntry(
          Scope.of(user),
          Filter.of(status, area, sessionId),
          entry -> {
            try {
              writer.write(AnnexExport.line(++number[0], entry));
            } catch (IOException e) {
              throw new UncheckedIOException(e);
            }
          });
    }
  }

  private OutputStream download(HttpServletResponse response, String type, String extension)
      throws IOException {
    String name = "compromisos-" + LocalDate.now(clock) + "." + extension;
    response.setContentType(type);
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        ContentDisposition.attachment().filename(name).build().toString());
    return response.getOutputStream();
  }
}
