package mx.ine.cspen.seguimiento.session;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.StreamSupport;
import mx.ine.cspen.seguimiento.commitment.evidence.EvidenceFiles;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.Api.Part;
import mx.ine.cspen.seguimiento.support.Browser;
import mx.ine.cspen.seguimiento.support.BrowserExtension;
import mx.ine.cspen.seguimiento.support.EmbeddedPostgresServer;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The Secretaría Técnica works from the product's pages in Debian's Chromium, without Tasklist's
 * start form and without curl: registers a session with three agreements in one form, corrects a
 * typo, reassigns one, cancels one, sets a due date (confirming a past one), sees the PDF an area
 * handed in, and issues a report through its confirmation. The history shows each step with who and
 * when.
 *
 * <p>A database of its own: issuing a report sets the cut-off every later report must pass, which
 * must not reach the other tests' reports.
 */
@ExtendWith(BrowserExtension.class)
class SecretariatPagesBrowserIT extends PostgresIntegrationTest {

  private static final String DATABASE = EmbeddedPostgresServer.newDatabase("secretariat_pages_it");
  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("America/Mexico_City"));

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry properties) {
    properties.add("spring.datasource.url", () -> DATABASE);
  }

  @LocalServerPort private int port;

  @Test
  void theSecretariatRegistersCorrectsReassignsCancelsDatesAndIssuesFromThePages() {
    LocalDate sessionDate = TODAY.minusDays(10);
    Browser st = Browser.open(port, "st").signIn("st");

    // A session with three agreements, in one form.
    st.click(By.linkText("Sesiones"));
    st.click(By.id("registrar-sesion"));
    st.choose(By.id("type"), "Ordinaria");
    st.type(By.id("number"), "4");
    st.setDate(By.id("date"), sessionDate);
    st.type(By.id("rows0-text"), "La Comision aprobo el programa anual.");
    st.choose(By.id("rows0-areaCode"), "Subdirección de Planeación y Evaluación SPEN");
    st.choose(By.id("rows1-kind"), "Compromiso");
    st.type(By.id("rows1-text"), "La Secretaría Técnica presentará el calendario.");
    st.type(By.id("rows1-proposer"), "Consejera Zavala");
    st.choose(By.id("rows1-areaCode"), "Subdirección de Ascenso");
    st.type(By.id("rows2-text"), "Se revisará el lineamiento de ingreso.");
    st.choose(By.id("rows2-areaCode"), "Subdirección de Ingreso al Servicio");
    st.click(By.id("guardar"));
    st.waitUntilText(By.id("mensaje"), "Se registraron 3 acuerdos y compromisos");
    assertThat(st.find(By.id("sesion-titulo")).getText()).contains("Cuarta sesión ordinaria");
    List<JsonNode> made = commitmentsOf(sessionId(st.url()));
    assertThat(made).hasSize(3);
    long typo = made.get(0).get("id").asLong();
    long moved = made.get(1).get("id").asLong();
    long dropped = made.get(2).get("id").asLong();
    assertThat(made).allMatch(c -> c.get("status").asText().equals("IN_PROGRESS"));

    // A typo corrected, with its reason.
    st.click(By.linkText(made.get(0).get("folio").asText()));
    st.click(By.cssSelector("#accion-correccion > summary"));
    st.type(By.id("correccion-text"), "La Comisión aprobó el programa anual.");
    st.type(By.id("correccion-reason"), "Faltaban los acentos.");
    st.click(By.id("correccion-guardar"));
    st.waitUntilText(By.id("mensaje"), "Se registró la corrección");
    assertThat(st.find(By.id("texto")).getText())
        .isEqualTo("La Comisión aprobó el programa anual.");

    // A due date: one already past is saved only once confirmed.
    st.click(By.cssSelector("#accion-fecha > summary"));
    st.setDate(By.id("fecha-dueDate"), TODAY.minusDays(2));
    st.click(By.id("fecha-guardar"));
    st.waitUntilText(By.id("fecha-aviso"), "ya pasó");
    assertThat(api.get("st", "/api/commitments/" + typo).json().get("dueDate").isNull()).isTrue();
    assertThat(st.find(By.id("fecha-dueDate")).getAttribute("value"))
        .isEqualTo(TODAY.minusDays(2).toString());
    st.setDate(By.id("fecha-dueDate"), TODAY.plusDays(30));
    st.type(By.id("fecha-reason"), "Acordado en la sesión.");
    st.click(By.id("fecha-guardar"));
    st.waitUntilText(By.id("mensaje"), "Se registró la fecha límite");
    assertThat(api.get("st", "/api/commitments/" + typo).json().get("dueDate").asText())
        .isEqualTo(TODAY.plusDays(30).toString());

    // A reassignment with its reason.
    st.go("/compromisos/" + moved);
    st.click(By.cssSelector("#accion-area > summary"));
    st.choose(By.id("area-code"), "Dirección Jurídica");
    st.type(By.id("area-reason"), "Es un asunto normativo.");
    st.click(By.id("area-guardar"));
    st.waitUntilText(By.id("mensaje"), "Se registró el área responsable");
    assertThat(st.find(By.id("area")).getText()).isEqualTo("Dirección Jurídica");

    // A cancellation without its reason is refused next to the field; with it, recorded.
    st.go("/compromisos/" + dropped);
    st.click(By.cssSelector("#accion-cancelar > summary"));
    st.click(By.id("cancelar-guardar"));
    st.waitUntilText(By.id("cancelar-reason-error"), "Indique el motivo");
    assertThat(api.get("st", "/api/commitments/" + dropped).json().get("status").asText())
        .isEqualTo("IN_PROGRESS");
    st.type(By.id("cancelar-reason"), "La Comisión lo dejó sin efecto en la sesión siguiente.");
    st.click(By.id("cancelar-guardar"));
    st.waitUntilText(By.id("mensaje"), "quedó sin efecto");
    assertThat(st.find(By.id("estatus")).getText()).isEqualTo("Sin efecto");

    // The history shows each step, who did it and when.
    st.go("/compromisos/" + typo);
    assertStep(st, "REGISTERED", "Registro");
    assertStep(st, "CORRECTED", "Corrección de datos")
        .contains("Faltaban los acentos.", "La Comision aprobo el programa anual.");
    assertStep(st, "DUE_DATE_CHANGED", "Cambio de fecha límite");
    st.go("/compromisos/" + moved);
    assertStep(st, "REASSIGNED", "Reasignación de área")
        .contains("Dirección Jurídica", "Es un asunto normativo.");
    st.go("/compromisos/" + dropped);
    assertStep(st, "CANCELLED", "Sin efecto").contains("La Comisión lo dejó sin efecto");

    // An area hands in the signed oficio as a PDF; the Secretaría Técnica sees it and opens it.
    byte[] pdf = EvidenceFiles.pdf("Oficio INE/DJ/6820/2024");
    Api.Response reported =
        api.postMultipart(
            "planeacion",
            "/api/commitments/" + typo + "/progress",
            List.of(
                Part.json(
                    "report", "{\"percent\":60,\"narrative\":\"Se envió el oficio firmado.\"}"),
                Part.file("files", "oficio firmado.pdf", "application/pdf", pdf)));
    assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
    st.go("/compromisos/" + typo);
    WebElement file = st.find(By.cssSelector("#historial .app-files a"));
    assertThat(file.getText()).isEqualTo("oficio firmado.pdf");
    assertStep(st, "PROGRESS_REPORTED", "Informe de avance").contains("planeacion");
    Object download =
        st.asyncScript(
            "const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0], {credentials: 'same-origin'})"
                + ".then(r => r.arrayBuffer().then(b => done([r.status,"
                + " r.headers.get('Content-Type'), b.byteLength])))"
                + ".catch(e => done(String(e)));",
            file.getAttribute("href"));
    assertThat(download).isEqualTo(List.of(200L, "application/pdf", (long) pdf.length));

    // A report, issued through its confirmation.
    st.click(By.linkText("Informes"));
    st.choose(By.id("sessionType"), "Ordinaria");
    st.setDate(By.id("sessionDate"), TODAY.plusDays(7));
    st.type(By.id("agendaItem"), "2");
    st.setDate(By.id("cutoff"), TODAY.minusDays(1));
    st.click(By.xpath("//button[normalize-space()='Preparar informe']"));
    st.waitUntilText(By.cssSelector("[role=status]"), "borrador está listo");
    long report = latestReport();
    st.click(By.id("emitir-" + report));
    st.waitUntilText(By.tagName("h1"), "¿Emitir el informe " + report + "?");
    assertThat(st.text())
        .contains(
            "Emitir congela el informe",
            "ya no se vuelven a generar",
            "no aparece en el siguiente",
            "fecha de corte posterior");
    assertThat(st.all(By.cssSelector("#archivos-congelados li"))).hasSize(3);
    assertThat(summary(report).get("status").asText()).isEqualTo("DRAFT");
    st.click(By.id("confirmar-emision"));
    st.waitUntilText(By.cssSelector("[role=status]"), "quedó emitido");
    assertThat(summary(report).get("status").asText()).isEqualTo("ISSUED");
  }

  @Test
  void aRefusedRowKeepsEverythingTypedAndRegistersNothing() {
    Browser st = Browser.open(port, "st").signIn("st");
    int before = jdbc.queryForObject("select count(*) from commission_session", Integer.class);

    st.go("/sesiones/nueva");
    st.choose(By.id("type"), "Extraordinaria");
    st.type(By.id("number"), "7");
    st.setDate(By.id("date"), TODAY.minusDays(3));
    st.type(By.id("rows0-text"), "Un acuerdo <b>bien</b> escrito & completo.");
    st.choose(By.id("rows1-areaCode"), "Subdirección de Ascenso");
    st.type(By.id("rows1-proposer"), "Consejero Pérez");
    st.click(By.id("guardar"));

    st.waitUntilText(By.id("rows1-text-error"), "Fila 2: Escriba el texto");
    assertThat(st.find(By.id("errores")).getText()).contains("No se guardó nada");
    assertThat(st.find(By.id("rows0-text")).getAttribute("value"))
        .isEqualTo("Un acuerdo <b>bien</b> escrito & completo.");
    assertThat(st.find(By.id("rows1-proposer")).getAttribute("value")).isEqualTo("Consejero Pérez");
    assertThat(st.find(By.id("number")).getAttribute("value")).isEqualTo("7");
    assertThat(jdbc.queryForObject("select count(*) from commission_session", Integer.class))
        .isEqualTo(before);
  }

  @Test
  void anAreaHandsInTheSignedOficioFromTheCommitmentPage() throws IOException {
    long id = newCommitment("planeacion");
    Path folder = Files.createDirectories(Path.of("target", "evidence-upload"));
    Path disguised = folder.resolve("oficio-falso.pdf");
    Files.write(disguised, EvidenceFiles.executable());
    byte[] pdf = EvidenceFiles.pdf("Oficio INE/DJ/6820/2024");
    Path oficio = folder.resolve("oficio firmado.pdf");
    Files.write(oficio, pdf);
    Browser area = Browser.open(port, "planeacion").signIn("planeacion");

    // An executable named .pdf is refused next to the file field; what was typed stays.
    area.go("/compromisos/" + id);
    area.type(By.id("avance-percent"), "60");
    area.type(By.id("avance-narrative"), "Se envió el oficio firmado INE/DJ/6820/2024.");
    area.choose(By.id("avance-ref0-type"), "Oficio");
    area.type(By.id("avance-ref0-number"), "INE/DJ/6820/2024");
    area.find(By.id("avance-files")).sendKeys(disguised.toAbsolutePath().toString());
    area.click(By.id("avance-guardar"));
    area.waitUntilText(By.id("avance-files-error"), "no es de un tipo admitido");
    assertThat(area.find(By.id("avance-narrative")).getAttribute("value"))
        .isEqualTo("Se envió el oficio firmado INE/DJ/6820/2024.");
    assertThat(area.find(By.id("avance-ref0-number")).getAttribute("value"))
        .isEqualTo("INE/DJ/6820/2024");
    assertThat(api.get("st", "/api/commitments/" + id).json().get("progress")).isEmpty();

    // The signed PDF is accepted with the report.
    area.find(By.id("avance-files")).sendKeys(oficio.toAbsolutePath().toString());
    area.click(By.id("avance-guardar"));
    area.waitUntilText(By.id("mensaje"), "Se registró su informe de avance");
    JsonNode progress = api.get("st", "/api/commitments/" + id).json().get("progress").get(0);
    assertThat(progress.get("percent").asInt()).isEqualTo(60);
    assertThat(progress.get("references").get(0).get("number").asText())
        .isEqualTo("INE/DJ/6820/2024");
    assertThat(progress.get("files").get(0).get("name").asText()).isEqualTo("oficio firmado.pdf");
    assertStep(area, "PROGRESS_REPORTED", "Informe de avance").contains("planeacion", "60 %");

    // The Secretaría Técnica sees it with the progress entry and opens it.
    Browser st = Browser.open(port, "st").signIn("st");
    st.go("/compromisos/" + id);
    WebElement file = st.find(By.cssSelector("#historial .app-files a"));
    assertThat(file.getText()).isEqualTo("oficio firmado.pdf");
    assertThat(st.all(By.id("informar-avance"))).isEmpty();
    Object download =
        st.asyncScript(
            "const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0], {credentials: 'same-origin'})"
                + ".then(r => r.arrayBuffer().then(b => done([r.status,"
                + " r.headers.get('Content-Type'), b.byteLength])))"
                + ".catch(e => done(String(e)));",
            file.getAttribute("href"));
    assertThat(download).isEqualTo(List.of(200L, "application/pdf", (long) pdf.length));
  }

  @Test
  void cockpitOffersTheCommissionNoButtonThatWouldChangeAProcess() {
    long id = newCommitment("ascenso");
    String instance =
        jdbc.queryForObject(
            "select process_instance_id from commitment where id = ?", String.class, id);
    Browser commission = Browser.open(port, "consejera").signIn("consejera");

    commission.go("/camunda/app/cockpit/default/#/process-instance/" + instance + "/runtime");
    commission.find(By.cssSelector(".djs-container"));
    commission.waitUntilText(By.cssSelector("nav.seg-barra"), "solo lectura");

    assertThat(
            commission.all(
                By.cssSelector(
                    ".ctn-toolbar button, .ctn-toolbar a, .btn-suspend-action,"
                        + " [ng-click='cancelProcessInstance()'], [ng-click^='editVariableValue']")))
        .noneMatch(WebElement::isDisplayed);
  }

  /** The history entry of that kind: its label, "por st" or the area, and its date and time. */
  private static org.assertj.core.api.AbstractStringAssert<?> assertStep(
      Browser browser, String type, String label) {
    WebElement step = browser.find(By.cssSelector("#historial li[data-event='" + type + "']"));
    String text = step.getText();
    assertThat(text).contains(label).containsPattern("por .+");
    assertThat(step.findElement(By.tagName("time")).getText())
        .matches("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}");
    return assertThat(text);
  }

  private static long sessionId(String url) {
    return Long.parseLong(url.replaceAll(".*/sesiones/(\\d+).*", "$1"));
  }

  private List<JsonNode> commitmentsOf(long session) {
    JsonNode list = api.get("st", "/api/commitments?sessionId=" + session).json();
    return StreamSupport.stream(list.spliterator(), false).toList();
  }

  private long latestReport() {
    return jdbc.queryForObject("select max(id) from follow_up_report", Long.class);
  }

  private JsonNode summary(long report) {
    return api.get("st", "/api/reports/" + report + "/summary").json();
  }
}
