package mx.ine.cspen.seguimiento.commitment.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.Api.Part;
import mx.ine.cspen.seguimiento.support.DatabaseSnapshot;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Evidence files through the HTTP API as the areas send them (multipart, as a form or {@code curl
 * -F} does) and as readers download them: checked by content, limited in size, read only by whoever
 * may read the commitment, and kept whole in the commitment's file.
 */
class EvidenceFilesIT extends PostgresIntegrationTest {

  private static final String REPORT =
      "{\"percent\":40,\"narrative\":\"Se envió el oficio firmado INE/DJ/6820/2024.\"}";

  @DynamicPropertySource
  static void smallLimits(DynamicPropertyRegistry properties) {
    properties.add("EVIDENCE_MAX_FILE_SIZE", () -> "200KB");
    properties.add("EVIDENCE_MAX_FILES", () -> "3");
  }

  @Test
  void anAreaAttachesAPdfAndADocxAndEveryReaderDownloadsThemAsSent() {
    long id = newCommitment("planeacion");
    byte[] pdf = EvidenceFiles.pdf("Oficio INE/DJ/6820/2024");
    byte[] docx = EvidenceFiles.docx("Opinión técnica");

    Api.Response response =
        api.postMultipart(
            "planeacion",
            "/api/commitments/" + id + "/progress",
            List.of(
                Part.json("report", REPORT),
                Part.file("files", "oficio firmado.pdf", "application/pdf", pdf),
                // Browsers often send office files as octet-stream: the content decides.
                Part.file("files", "opinión.docx", "application/octet-stream", docx)));

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonNode progress = response.json().get("progress").get(0);
    assertThat(progress.get("percent").asInt()).isEqualTo(40);
    JsonNode files = progress.get("files");
    assertThat(files).hasSize(2);
    assertThat(files.get(0).get("name").asText()).isEqualTo("oficio firmado.pdf");
    assertThat(files.get(0).get("contentType").asText()).isEqualTo("application/pdf");
    assertThat(files.get(0).get("size").asLong()).isEqualTo(pdf.length);
    assertThat(files.get(0).get("sha256").asText()).isEqualTo(sha256(pdf));
    assertThat(files.get(1).get("name").asText()).isEqualTo("opinión.docx");
    assertThat(files.get(1).get("contentType").asText())
        .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    long fileId = files.get(0).get("id").asLong();
    for (String reader : List.of("planeacion", "st", "consejera")) {
      Api.Binary download = api.getBinary(reader, "/api/commitments/" + id + "/files/" + fileId);
      assertThat(download.status()).as(reader).isEqualTo(200);
      assertThat(download.body()).isEqualTo(pdf);
      assertThat(download.header("Content-Type")).startsWith("application/pdf");
      assertThat(download.header("Content-Disposition")).startsWith("attachment");
      assertThat(download.header("X-Content-SHA256")).isEqualTo(sha256(pdf));
    }
    assertThat(api.get("consejera", "/api/commitments/" + id).json().get("progress").get(0))
        .isEqualTo(progress);
  }

  @Test
  void theVerificationFormListsTheFilesOfTheClosureRequestAndLinksToThem() {
    long id = newCommitment("planeacion");
    byte[] pdf = EvidenceFiles.pdf("Oficio INE/DJ/6820/2024");
    String closure =
        "{\"percent\":100,\"narrative\":\"Concluido con el oficio firmado.\",\"requestClosure\":true}";

    Api.Response response =
        api.postMultipart(
            "planeacion",
            "/api/commitments/" + id + "/progress",
            List.of(
                Part.json("report", closure),
                Part.file("files", "oficio <firmado> [1].pdf", "application/pdf", pdf)));

    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    long fileId = response.json().get("progress").get(0).get("files").get(0).get("id").asLong();
    String folio = response.json().get("folio").asText();
    JsonNode tasks =
        api.get(
                "st",
                "/engine-rest/task?processInstanceBusinessKey="
                    + folio
                    + "&taskDefinitionKey=UserTask_VerifyFulfilment")
            .json();
    assertThat(tasks).hasSize(1);
    JsonNode form = api.taskContext("st", tasks.get(0).get("id").asText());
    // The name as handed in, in a read-only text area; the links built from ids alone.
    assertThat(form.get("evidenceFiles").asText())
        .isEqualTo(
            "1. oficio <firmado> [1].pdf (PDF, " + EvidenceSettings.readable(pdf.length) + ")");
    assertThat(form.get("evidenceLinks").asText())
        .isEqualTo(
            "Descargar: [Documento 1](/api/commitments/"
                + id
                + "/files/"
                + fileId
                + ") · [El compromiso, con todos sus documentos](/compromisos/"
                + id
                + ")");
  }

  @Test
  void aPdfThatIsAnExecutableIsRefusedAndNothingIsRecorded() {
    long id = newCommitment("planeacion");
    Map<String, ?> before = DatabaseSnapshot.of(jdbc);

    Api.Response response =
        api.postMultipart(
            "planeacion",
            "/api/commitments/" + id + "/progress",
            List.of(
                Part.json("report", REPORT),
                Part.file("files", "oficio.pdf", "application/pdf", EvidenceFiles.executable())));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.contentType()).startsWith("application/problem+json");
    assertThat(response.json().get("field").asText()).isEqualTo("files[0]");
    assertThat(response.json().get("detail").asText())
        .contains("«oficio.pdf» no es de un tipo admitido", "sea cual sea su nombre");
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  @Test
  void aFileAboveTheLimitIsRefusedWith413() {
    long id = newCommitment("planeacion");
    Map<String, ?> before = DatabaseSnapshot.of(jdbc);

    Api.Response response =
        api.postMultipart(
            "planeacion",
            "/api/commitments/" + id + "/progress",
            List.of(
                Part.json("report", REPORT),
                Part.file(
                    "files", "escaneo.pdf", "application/pdf", EvidenceFiles.pdfOfSize(300_000))));

    assertThat(response.status()).isEqualTo(413);
    assertThat(response.json().get("field").asText()).isEqualTo("files[0]");
    assertThat(response.json().get("detail").asText()).contains("«escaneo.pdf» pasa del máximo");
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  @Test
  void moreFilesThanAllowedOrNoReportPartAreRefused() {
    long id = newCommitment("planeacion");
    byte[] pdf = EvidenceFiles.pdf("x");

    Api.Response tooMany =
        api.postMultipart(
            "planeacion",
            "/api/commitments/" + id + "/progress",
            List.of(
                Part.json("report", REPORT),
                Part.file("files", "1.pdf", "application/pdf", pdf),
                Part.file("files", "2.pdf", "application/pdf", pdf),
                Part.file("files", "3.pdf", "application/pdf", pdf),
                Part.file("files", "4.pdf", "application/pdf", pdf)));
    Api.Response noReport =
        api.postMultipart(
            "planeacion",
            "/api/commitments/" + id + "/progress",
            List.of(Part.file("files", "1.pdf", "application/pdf", pdf)));
    Api.Response badReport =
        api.postMultipart(
            "planeacion",
            "/api/commitments/" + id + "/progress",
            List.of(Part.json("report", "{\"percent\":\"mucho\",\"narrative\":\"x\"}")));

    assertThat(tooMany.status()).isEqualTo(400);
    assertThat(tooMany.json().get("detail").asText()).contains("hasta 3 documentos");
    assertThat(noReport.status()).isEqualTo(400);
    assertThat(noReport.json().get("field").asText()).isEqualTo("report");
    assertThat(badReport.status()).isEqualTo(400);
    assertThat(badReport.json().get("field").asText()).isEqualTo("percent");
  }

  @Test
  void anotherAreaCannotReadTheFilesNorTheWholeFile() {
    long id = newCommitment("planeacion");
    long fileId = attach(id, "oficio.pdf", EvidenceFiles.pdf("Oficio"));

    assertThat(api.getBinary("juridica", "/api/commitments/" + id + "/files/" + fileId).status())
        .isEqualTo(403);
    assertThat(api.getBinary("juridica", "/api/commitments/" + id + "/expediente.zip").status())
        .isEqualTo(403);
    assertThat(api.anonymous("GET", "/api/commitments/" + id + "/files/" + fileId).status())
        .isEqualTo(401);
    // Another commitment's id with this file's id is not a way around the check.
    long other = newCommitment("juridica");
    assertThat(api.getBinary("juridica", "/api/commitments/" + other + "/files/" + fileId).status())
        .isEqualTo(404);
    // Only the commitment's area reports, with or without files.
    assertThat(
            api.postMultipart(
                    "juridica",
                    "/api/commitments/" + id + "/progress",
                    List.of(Part.json("report", REPORT)))
                .status())
        .isEqualTo(403);
  }

  @Test
  void theWholeFileHoldsTheHistoryAndTheDocumentsWithTheirSha256() throws IOException {
    long id = newCommitment("planeacion");
    byte[] pdf = EvidenceFiles.pdf("Oficio");
    byte[] docx = EvidenceFiles.docx("Anexo");
    attach(id, "oficio.pdf", pdf);
    Api.Response closure =
        api.postMultipart(
            "planeacion",
            "/api/commitments/" + id + "/progress",
            List.of(
                Part.json(
                    "report",
                    "{\"percent\":100,\"requestClosure\":true,\"narrative\":\"Concluido <b>&</b>.\"}"),
                Part.file("files", "anexo.docx", null, docx)));
    assertThat(closure.status()).as(closure.toString()).isEqualTo(200);

    Api.Binary zip = api.getBinary("consejera", "/api/commitments/" + id + "/expediente.zip");

    assertThat(zip.status()).isEqualTo(200);
    assertThat(zip.header("Content-Type")).startsWith("application/zip");
    assertThat(zip.header("Content-Disposition")).contains("expediente-CSPEN-");
    Map<String, byte[]> entries = unzip(zip.body());
    assertThat(entries)
        .containsKeys(
            "historial.html",
            "historial.csv",
            "documentos/avance-01/oficio.pdf",
            "documentos/avance-02/anexo.docx",
            "SHA256SUMS.txt");
    assertThat(entries.get("documentos/avance-01/oficio.pdf")).isEqualTo(pdf);
    assertThat(entries.get("documentos/avance-02/anexo.docx")).isEqualTo(docx);
    String manifest = new String(entries.get("SHA256SUMS.txt"), StandardCharsets.UTF_8);
    for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
      if (!entry.getKey().equals("SHA256SUMS.txt")) {
        assertThat(manifest).contains(sha256(entry.getValue()) + "  " + entry.getKey() + "\n");
      }
    }
    String html = new String(entries.get("historial.html"), StandardCharsets.UTF_8);
    assertThat(html)
        .contains("Registro", "Informe de avance", "Solicitud de conclusión", "por planeacion")
        .contains("Concluido &lt;b&gt;&amp;&lt;/b&gt;.")
        .doesNotContain("<b>&</b>");
    String csv = new String(entries.get("historial.csv"), StandardCharsets.UTF_8);
    assertThat(csv).contains("Fecha,Evento,Quién", "Solicitud de conclusión");
  }

  private long attach(long id, String name, byte[] content) {
    Api.Response response =
        api.postMultipart(
            "planeacion",
            "/api/commitments/" + id + "/progress",
            List.of(Part.json("report", REPORT), Part.file("files", name, null, content)));
    assertThat(response.status()).as(response.toString()).isEqualTo(200);
    JsonNode progress = response.json().get("progress");
    JsonNode files = progress.get(progress.size() - 1).get("files");
    return files.get(0).get("id").asLong();
  }

  private static Map<String, byte[]> unzip(byte[] zip) throws IOException {
    Map<String, byte[]> entries = new LinkedHashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        entries.put(entry.getName(), in.readAllBytes());
      }
    }
    return entries;
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
