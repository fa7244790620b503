package mx.ine.cspen.seguimiento.dashboard;

import static mx.ine.cspen.seguimiento.dashboard.Figures.count;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import mx.ine.cspen.seguimiento.commitment.CommitmentProcess;
import mx.ine.cspen.seguimiento.support.Browser;
import mx.ine.cspen.seguimiento.support.BrowserExtension;
import mx.ine.cspen.seguimiento.support.EmbeddedPostgresServer;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import mx.ine.cspen.seguimiento.support.RequiresChromium;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The dashboard, the commitment page and Camunda's webapps as people use them, in Debian's
 * Chromium: each role's view, a commitment from registration to closure through the Tasklist forms,
 * refusals, Spanish webapps, the table's filters and export links.
 */
@RequiresChromium
@ExtendWith(BrowserExtension.class)
class DashboardBrowserIT extends PostgresIntegrationTest {

  private static final String REFERENCE_URL =
      "https://repositoriodocumental.ine.mx/xmlui/bitstream/handle/123456789/168246/JGEor202403-25-ap-4-1.pdf";

  /** Ordinary sessions of 2002: no other test registers ordinary sessions in that year. */
  private static final AtomicInteger ORDINARY_SESSIONS = new AtomicInteger();

  // The dashboard lists a person's ten oldest tasks: a database of its own, so that the tasks of
  // other test classes do not take the places of this class's.
  private static final String OWN_DATABASE =
      EmbeddedPostgresServer.newDatabase("seguimiento_dashboard_browser_it");

  @LocalServerPort private int port;

  @DynamicPropertySource
  static void ownDatabase(DynamicPropertyRegistry properties) {
    properties.add("spring.datasource.url", () -> OWN_DATABASE);
  }

  @Test
  void eachRoleSeesItsOwnDashboard() {
    String ours = folio(newCommitment("planeacion"));
    String theirs = folio(newCommitment("juridica"));

    Browser secretariat = Browser.open(port, "st").signIn("st");
    Browser commission = Browser.open(port, "consejera").signIn("consejera");
    Browser area = Browser.open(port, "planeacion").signIn("planeacion");

    // The Secretaría Técnica: everything, its tasks and the closures to verify.
    assertThat(secretariat.text())
        .contains(
            "Todas las áreas", "Sus tareas pendientes", "Solicitudes de conclusión por verificar");
    assertThat(secretariat.go("/?q=" + theirs).text()).contains(theirs);
    // The Commission: everything, read-only.
    assertThat(commission.text())
        .contains("Todas las áreas", "Consulta: solo lectura")
        .doesNotContain("Sus tareas pendientes", "Solicitudes de conclusión por verificar");
    assertThat(commission.go("/?q=" + ours).text()).contains(ours);
    // An area: its own commitments and its open tasks only.
    assertThat(area.text())
        .contains("Subdirección de Planeación y Evaluación SPEN", "Sus tareas pendientes");
    assertThat(area.find(By.id("tareas")).getText())
        .contains("Informar avance", ours)
        .doesNotContain(theirs);
    assertThat(area.go("/?q=" + ours).find(By.id("tabla-anexo")).getText()).contains(ours);
    assertThat(area.go("/?q=" + theirs).find(By.id("tabla-anexo")).getText())
        .contains("Ningún compromiso coincide")
        .doesNotContain(theirs);
    for (Browser browser : List.of(secretariat, commission, area)) {
      assertThat(unlabelledControls(browser.go("/"))).as(browser.title()).isEmpty();
    }
  }

  @Test
  void keyboardReachesTheContentFirstAndEveryControlHasALabel() {
    long id = newCommitment("formacion");
    Browser secretariat = Browser.open(port, "st").signIn("st");

    secretariat.press(Keys.TAB);
    String firstText =
        ((WebElement) secretariat.script("return document.activeElement;")).getText();
    secretariat.press(Keys.ENTER);

    assertThat(firstText).isEqualTo("Saltar al contenido");
    assertThat(secretariat.url()).endsWith("#contenido");
    assertThat(unlabelledControls(secretariat)).isEmpty();
    assertThat(unlabelledControls(secretariat.go("/compromisos/" + id))).isEmpty();
  }

  @Test
  void commitmentGoesFromRegistrationToClosureThroughTheTasklistForms() {
    Browser secretariat = Browser.open(port, "st").signIn("st");
    Map<String, String> before = Figures.of(secretariat.source());
    String text = "La Comisión pidió un informe de prueba número " + System.nanoTime() + ".";

    // The Secretaría Técnica registers the agreement with Tasklist's start form.
    secretariat.go("/camunda/app/tasklist/default/");
    secretariat.click(By.partialLinkText("Iniciar proceso"));
    secretariat.click(By.partialLinkText("Compromiso o acuerdo de comisión"));
    secretariat.find(By.cssSelector(".fjs-form"));
    secretariat.chooseInForm("Field_SessionType", "Ordinaria");
    secretariat.typeInForm(
        "Field_SessionNumber", String.valueOf(ORDINARY_SESSIONS.incrementAndGet()));
    secretariat.typeDateInForm("Field_SessionDate", LocalDate.of(2002, 6, 15));
    secretariat.click(By.cssSelector("[id$='-Field_Kind-0']"));
    secretariat.typeInForm("Field_Text", text);
    secretariat.click(By.xpath("//button[normalize-space()='Iniciar']"));
    secretariat.waitUntilText(By.cssSelector(".page-notifications"), "El proceso se inició.");
    JsonNode registered = registeredWith(text);
    long id = registered.get("id").asLong();
    String folio = registered.get("folio").asText();

    // It assigns the area from its task list on the dashboard.
    secretariat.go("/");
    secretariat.click(taskLink(folio));
    workInTasklist(
        secretariat,
        () ->
            secretariat.chooseInForm(
                "Field_AreaCode", "Subdirección de Planeación y Evaluación SPEN"));
    secretariat.waitUntil(() -> status(id).equals("IN_PROGRESS"));

    // The area reports 100 % with its reference and asks for closure.
    Browser area = Browser.open(port, "planeacion").signIn("planeacion");
    area.click(taskLink(folio));
    workInTasklist(
        area,
        () -> {
          area.typeInForm("Field_Percent", "100");
          area.tickInForm("Field_RequestClosure");
          area.typeInForm(
              "Field_Narrative", "La Junta aprobó el informe mediante el Acuerdo INE/JGE38/2024.");
          area.chooseInForm("Field_Reference1Type", "Acuerdo");
          area.typeInForm("Field_Reference1Number", "INE/JGE38/2024");
          area.typeInForm("Field_Reference1Url", REFERENCE_URL);
        });
    area.waitUntil(() -> status(id).equals("UNDER_VERIFICATION"));
    area.close();

    // The Secretaría Técnica sees the request, opens the commitment and approves it.
    secretariat.go("/");
    assertThat(secretariat.find(By.id("verificar-titulo")).findElement(By.xpath("..")).getText())
        .contains(folio);
    secretariat.go("/compromisos/" + id);
    secretariat.pressButton("Verificar cumplimiento en Tasklist");
    workInTasklist(secretariat, () -> secretariat.tickInForm("Field_Decision-0"));
    secretariat.waitUntil(() -> status(id).equals("CONCLUDED"));

    // The dashboard's figures change with it.
    Map<String, String> after = Figures.of(secretariat.go("/").source());
    assertThat(count(after, "status.total")).isEqualTo(count(before, "status.total") + 1);
    assertThat(count(after, "status.CONCLUDED")).isEqualTo(count(before, "status.CONCLUDED") + 1);

    // Its page tells the whole story, with the reference as a link, and where the process ended.
    secretariat.go("/compromisos/" + id);
    assertThat(secretariat.find(By.id("estatus")).getText()).isEqualTo("Concluido");
    assertThat(secretariat.find(By.id("sesion")).getText())
        .startsWith("15/06/2002 ")
        .endsWith("sesión ordinaria.");
    assertThat(
            secretariat.all(By.cssSelector("#historial [data-event]")).stream()
                .map(e -> e.getAttribute("data-event")))
        .containsExactly("REGISTERED", "ASSIGNED", "CLOSURE_REQUESTED", "CLOSURE_APPROVED");
    assertThat(secretariat.find(By.id("historial")).getText())
        .contains(
            "Subdirección de Planeación y Evaluación SPEN", "por Enlace", "Acuerdo INE/JGE38/2024");
    assertThat(secretariat.find(By.linkText("INE/JGE38/2024")).getAttribute("href"))
        .isEqualTo(REFERENCE_URL);
    WebElement diagram = secretariat.find(By.cssSelector("#diagrama[data-rendered='true']"));
    assertThat(diagram.getAttribute("data-current"))
        .isEqualTo(CommitmentProcess.Elements.END_EVENT_CONCLUDED);
    assertThat(secretariat.all(By.cssSelector("#diagrama .djs-element.app-current"))).hasSize(1);
  }

  @Test
  void everythingTypedRightAfterClaimingInTasklistIsRecorded() {
    long id = newCommitment("planeacion");
    api.post(
        "planeacion",
        "/api/commitments/" + id + "/progress",
        "{\"percent\":60,\"narrative\":\"Se integró el primer borrador.\"}");
    String taskId =
        api.get("planeacion", "/engine-rest/task?processInstanceBusinessKey=" + folio(id))
            .json()
            .get(0)
            .get("id")
            .asText();
    Browser area = Browser.open(port, "planeacion").signIn("planeacion");
    area.go("/camunda/app/tasklist/default/#/?task=" + taskId);
    area.find(By.cssSelector(".form-pane .fjs-form"));

    // Claimed in Tasklist itself, and every field typed at once, while Tasklist reloads the task.
    area.pressButton("Reclamar");
    area.typeInForm("Field_Percent", "40");
    // The form has taken the lower percent once it asks for a justification (Camunda Forms applies
    // a number a moment after it is typed, and what is typed elsewhere until then can be lost).
    area.find(By.cssSelector("[id$='-Field_Justification']"));
    area.typeInForm("Field_Narrative", "Se revisó el borrador con la Dirección Jurídica.");
    area.typeInForm("Field_Justification", "La Dirección Jurídica pidió rehacer dos capítulos.");
    for (int slot = 1; slot <= 3; slot++) {
      area.chooseInForm("Field_Reference" + slot + "Type", "Oficio");
      area.typeInForm("Field_Reference" + slot + "Number", "INE/DJ/68" + slot + "/2024");
      area.typeDateInForm("Field_Reference" + slot + "Date", LocalDate.of(2024, 5, slot));
      area.typeInForm("Field_Reference" + slot + "Url", REFERENCE_URL + "?oficio=" + slot);
    }
    area.waitForClaimedTaskForm();
    assertThat(area.valueInForm("Field_Narrative"))
        .isEqualTo("Se revisó el borrador con la Dirección Jurídica.");
    area.pressButton("Completar");
    area.waitUntil(() -> progress(id).size() == 2);

    JsonNode recorded = progress(id).get(1);
    assertThat(recorded.get("percent").asInt()).isEqualTo(40);
    assertThat(recorded.get("narrative").asText())
        .isEqualTo("Se revisó el borrador con la Dirección Jurídica.");
    assertThat(recorded.get("justification").asText())
        .isEqualTo("La Dirección Jurídica pidió rehacer dos capítulos.");
    assertThat(recorded.get("references"))
        .extracting(
            r ->
                r.get("number").asText()
                    + " "
                    + r.get("date").asText()
                    + " "
                    + r.get("url").asText())
        .containsExactly(
            "INE/DJ/681/2024 2024-05-01 " + REFERENCE_URL + "?oficio=1",
            "INE/DJ/682/2024 2024-05-02 " + REFERENCE_URL + "?oficio=2",
            "INE/DJ/683/2024 2024-05-03 " + REFERENCE_URL + "?oficio=3");
    assertThat(recorded.get("references"))
        .allSatisfy(r -> assertThat(r.get("type").asText()).isEqualTo("oficio"));
  }

  @Test
  void areaIsRefusedTheCommitmentPageOfAnotherArea() {
    long theirs = newCommitment("juridica");

    Browser area =
        Browser.open(port, "planeacion").signIn("planeacion").go("/compromisos/" + theirs);
    int status = api.page("planeacion", "/compromisos/" + theirs).status();

    assertThat(status).isEqualTo(403);
    assertThat(area.find(By.tagName("h1")).getText()).isEqualTo("Sin permiso");
    assertThat(area.find(By.id("detalle")).getText()).contains("corresponde a otra área");
    assertThat(api.page("juridica", "/compromisos/" + theirs).status()).isEqualTo(200);
  }

  @Test
  void webappsSpeakSpanishEvenToAnEnglishBrowserAndLinkToEachOther() {
    // One browser at a time, closed once checked: each loads a whole webapp. (A failing one stays
    // open for its screenshot.)
    Browser secretariat = Browser.open(port, "st", "en-US").signIn("st");
    secretariat.go("/camunda/app/tasklist/default/");
    secretariat.waitUntilText(By.cssSelector("[cam-widget-header]"), "Iniciar proceso");
    assertThat(secretariat.title()).isEqualTo("Seguimiento de Compromisos · Tareas");
    assertThat(secretariat.text()).doesNotContain("Start process", "It is time to migrate");
    assertThat(secretariat.all(By.cssSelector(".ce-eol-banner")))
        .noneMatch(WebElement::isDisplayed);
    assertThat(linkBar(secretariat))
        .containsExactly(
            "Tablero",
            "Sesiones",
            "Informes",
            "Importar anexo",
            "Notificaciones",
            "Tareas",
            "Procesos");
    secretariat.close();
    Browser commission = Browser.open(port, "consejera", "en-US").signIn("consejera");
    commission.go("/camunda/app/cockpit/default/");
    commission.waitUntilText(By.tagName("body"), "Instancias de proceso en ejecución");
    assertThat(commission.text())
        .doesNotContain("Running Process Instances", "It is time to migrate");
    assertThat(linkBar(commission))
        .containsExactly("Tablero", "Sesiones", "Informes", "Notificaciones", "Tareas", "Procesos");
    // Read-only looks read-only: it is told so, and offered no button the engine would refuse.
    commission.waitUntilText(
        By.cssSelector("nav.seg-barra .seg-solo-lectura-aviso"), "solo lectura");
    commission.close();
    Browser administrator = Browser.open(port, "admin", "en-US").signIn("admin");
    administrator.go("/camunda/app/admin/default/#/users");
    administrator.waitUntilText(By.tagName("body"), "Lista de usuarios");
    assertThat(linkBar(administrator))
        .containsExactly(
            "Tablero",
            "Sesiones",
            "Informes",
            "Notificaciones",
            "Tareas",
            "Procesos",
            "Administración",
            "Comisiones",
            "Consistencia");
    administrator.close();
    Browser area = Browser.open(port, "planeacion", "en-US").signIn("planeacion");
    area.go("/camunda/app/tasklist/default/");
    area.waitUntilText(By.cssSelector("[cam-widget-header]"), "Atajos de teclado");
    assertThat(linkBar(area)).containsExactly("Tablero", "Notificaciones", "Tareas");
    area.click(By.linkText("Tablero"));
    area.find(By.cssSelector("main#contenido h1"));
    assertThat(area.title()).startsWith("Tablero");
    area.close();
  }

  @Test
  void tableFiltersOrderAndExportLinksFollowTheReader() {
    long id = newCommitment("ingreso");
    api.post(
        "ingreso",
        "/api/commitments/" + id + "/progress",
        "{\"percent\":100,\"requestClosure\":true,\"narrative\":\"Cumplido.\"}");
    api.post("st", "/api/commitments/" + id + "/verification", "{\"approved\":true}");
    Browser secretariat = Browser.open(port, "st").signIn("st");

    new Select(secretariat.find(By.id("filtro-estatus"))).selectByVisibleText("Concluido");
    new Select(secretariat.find(By.id("filtro-area")))
        .selectByVisibleText("Subdirección de Ingreso al Servicio");
    secretariat.click(By.xpath("//button[normalize-space()='Filtrar']"));
    secretariat.find(By.linkText("Quitar filtros"));

    assertThat(secretariat.url()).contains("estatus=CONCLUDED", "area=ingreso");
    assertThat(secretariat.find(By.id("tabla-anexo")).getText()).contains(folio(id));
    assertThat(secretariat.all(By.cssSelector("#tabla-anexo tbody .badge")))
        .isNotEmpty()
        .allSatisfy(badge -> assertThat(badge.getText()).isEqualTo("Concluido"));
    assertThat(secretariat.find(By.id("exportar-csv")).getAttribute("href"))
        .endsWith("/api/commitments.csv?status=CONCLUDED&areaCode=ingreso");
    assertThat(secretariat.find(By.id("exportar-xlsx")).getAttribute("href"))
        .endsWith("/api/commitments.xlsx?status=CONCLUDED&areaCode=ingreso");
    // What the export link downloads in this browser session: the filtered list, as CSV.
    String exported =
        (String)
            secretariat.asyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(document.getElementById('exportar-csv').href)"
                    + ".then(r => r.text().then(t => done(r.status + ' ' + r.headers.get('Content-Type') + '\\n' + t)))"
                    + ".catch(e => done('error ' + e));");
    assertThat(exported)
        .startsWith("200 text/csv")
        .contains("Concluido.", "Subdirección de Ingreso al Servicio")
        .doesNotContain("En curso.");

    secretariat.click(By.linkText("Porcentaje de avance"));
    assertThat(sortOf(secretariat, "Porcentaje de avance")).isEqualTo("ascending");
    secretariat.click(By.linkText("Porcentaje de avance"));
    assertThat(sortOf(secretariat, "Porcentaje de avance")).isEqualTo("descending");
    assertThat(secretariat.url())
        .contains("estatus=CONCLUDED", "area=ingreso", "orden=avance", "dir=desc");
  }

  // --- Helpers -----------------------------------------------------------------------------------

  /**
   * Works the task our page opened in Tasklist, already claimed for the person: waits until
   * Tasklist shows it claimed with its form ready, fills the form (each helper reads the field
   * back) and completes it.
   */
  private static void workInTasklist(Browser browser, Runnable fillForm) {
    browser.waitForClaimedTaskForm();
    fillForm.run();
    browser.pressButton("Completar");
  }

  private JsonNode progress(long id) {
    return api.get("st", "/api/commitments/" + id).json().get("progress");
  }

  private String status(long id) {
    return api.get("st", "/api/commitments/" + id).json().get("status").asText();
  }

  /** The dashboard's button that claims the commitment's task and opens it in Tasklist. */
  private static By taskLink(String folio) {
    return By.xpath("//table[@id='tareas']//button[contains(@aria-label, '" + folio + "')]");
  }

  /** The bar's links, read at once (the webapps may redraw the header while it is read). */
  @SuppressWarnings("unchecked")
  private static List<String> linkBar(Browser browser) {
    browser.find(By.cssSelector("nav.seg-barra li"));
    return (List<String>)
        browser.script(
            "return Array.from(document.querySelectorAll('nav.seg-barra li a'))"
                + ".map(a => a.textContent.trim());");
  }

  private static String sortOf(Browser browser, String column) {
    return browser
        .find(By.xpath("//th[.//a[normalize-space()='" + column + "']]"))
        .getAttribute("aria-sort");
  }

  /** Form controls that a screen reader would announce without a name. */
  @SuppressWarnings("unchecked")
  private static List<String> unlabelledControls(Browser browser) {
    browser.find(By.cssSelector("main#contenido"));
    return (List<String>)
        browser.script(
            "return Array.from(document.querySelectorAll('input:not([type=hidden]), select, textarea'))"
                + ".filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-label')"
                + " && !e.getAttribute('aria-labelledby')).map(e => e.outerHTML);");
  }

  private JsonNode registeredWith(String text) {
    for (JsonNode commitment : api.get("st", "/api/commitments").json()) {
      if (commitment.get("text").asText().equals(text)) {
        return commitment;
      }
    }
    throw new AssertionError("No commitment registered with the text " + text);
  }

  private String folio(long id) {
    return api.get("st", "/api/commitments/" + id).json().get("folio").asText();
  }
}
