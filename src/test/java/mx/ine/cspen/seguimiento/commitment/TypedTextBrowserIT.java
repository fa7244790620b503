package mx.ine.cspen.seguimiento.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import mx.ine.cspen.seguimiento.commitment.evidence.EvidenceFiles;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.Api.Part;
import mx.ine.cspen.seguimiento.support.Browser;
import mx.ine.cspen.seguimiento.support.BrowserExtension;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Text people typed is shown as typed in every Tasklist form that shows a commitment: never read as
 * Markdown or HTML, so an area cannot plant a link or an image in the Secretaría Técnica's form,
 * and ordinary text with asterisks or a leading "1." stays as it was.
 */
@ExtendWith(BrowserExtension.class)
class TypedTextBrowserIT extends PostgresIntegrationTest {

  private static final String PLANTED =
      "**x** <a href=\"https://example.org\">y</a> <img src=\"https://example.org/p.png\"> _z_";
  private static final String TEXT = "1. " + PLANTED + "\n# Punto";
  private static final String PLANTED_FILE_NAME = "**x** <b>y <img src=p.png> _z_.pdf";

  @LocalServerPort private int port;

  @Test
  void everyFormShowsTheCommitmentAndTheAreasWordsAsTyped() {
    long session = newSession();
    LocalDate sessionDate =
        LocalDate.parse(api.get("st", "/api/sessions/" + session).json().get("date").asText());
    long id =
        api.post(
                "st",
                "/api/commitments",
                "{\"sessionId\":"
                    + session
                    + ",\"kind\":\"AGREEMENT\",\"text\":"
                    + json(TEXT)
                    + ",\"dueDate\":\""
                    + sessionDate
                    + "\"}")
            .id();

    Browser secretariat = Browser.open(port, "st").signIn("st");
    openTask(secretariat, id, "UserTask_AssignArea");
    assertShownAsTyped(secretariat, "Field_AssignText", TEXT);
    // Due on the day of its session, long past: the Secretaría Técnica follows it up at once.
    secretariat.waitUntil(() -> taskOf(id, "UserTask_FollowUpOverdue") != null);
    openTask(secretariat, id, "UserTask_FollowUpOverdue");
    assertShownAsTyped(secretariat, "Field_OverdueText", TEXT);
    assertThat(secretariat.valueInForm("Field_LastProgress")).isEqualTo("Sin informes de avance.");

    api.post("st", "/api/commitments/" + id + "/assignment", "{\"areaCode\":\"planeacion\"}");
    byte[] oficio = EvidenceFiles.pdf("Oficio INE/DJ/1/2024");
    Api.Response closure =
        api.postMultipart(
            "planeacion",
            "/api/commitments/" + id + "/progress",
            List.of(
                Part.json(
                    "report",
                    "{\"percent\":100,\"requestClosure\":true,\"narrative\":"
                        + json(PLANTED)
                        + ",\"references\":[{\"type\":\"oficio\",\"number\":\"INE/**DJ**/1/2024\"}]}"),
                Part.file("files", PLANTED_FILE_NAME, "application/pdf", oficio)));
    assertThat(closure.status()).as(closure.toString()).isEqualTo(200);
    openTask(secretariat, id, "UserTask_VerifyFulfilment");
    assertShownAsTyped(secretariat, "Field_VerifyText", TEXT);
    assertThat(secretariat.valueInForm("Field_ClosureRequest"))
        .contains(PLANTED, "INE/**DJ**/1/2024");
    // The area's file, named as handed in, and a link the Secretaría Técnica opens it by.
    assertThat(secretariat.valueInForm("Field_VerifyEvidence")).contains(PLANTED_FILE_NAME);
    WebElement document = secretariat.find(By.linkText("Documento 1"));
    Object download =
        secretariat.asyncScript(
            "const done = arguments[arguments.length - 1];"
                + " fetch(arguments[0], {credentials: 'same-origin'})"
                + ".then(r => r.arrayBuffer().then(b => done([r.status, b.byteLength])))"
                + ".catch(e => done(String(e)));",
            document.getAttribute("href"));
    assertThat(download).isEqualTo(List.of(200L, (long) oficio.length));
    assertThat(secretariat.find(By.partialLinkText("todos sus documentos")).getAttribute("href"))
        .endsWith("/compromisos/" + id);
    assertNothingPlanted(secretariat);
    assertThat(secretariat.all(By.cssSelector(".fjs-form img, .fjs-form b"))).isEmpty();

    api.post(
        "st",
        "/api/commitments/" + id + "/verification",
        "{\"approved\":false,\"observations\":" + json(PLANTED) + "}");
    Browser area = Browser.open(port, "planeacion").signIn("planeacion");
    openTask(area, id, "UserTask_ReportProgress");
    assertShownAsTyped(area, "Field_ProgressText", TEXT);
    assertShownAsTyped(area, "Field_ReturnObservations", PLANTED);
  }

  private void openTask(Browser browser, long id, String definitionKey) {
    browser.go("/camunda/app/tasklist/default/#/?task=" + taskOf(id, definitionKey));
    browser.find(By.cssSelector(".form-pane .fjs-form textarea"));
  }

  private String taskOf(long id, String definitionKey) {
    String instance =
        jdbc.queryForObject(
            "select process_instance_id from commitment where id = ?", String.class, id);
    Api.Response tasks =
        api.get(
            "admin",
            "/engine-rest/task?processInstanceId="
                + instance
                + "&taskDefinitionKey="
                + definitionKey);
    return tasks.json().isEmpty() ? null : tasks.json().get(0).get("id").asText();
  }

  private static void assertShownAsTyped(Browser browser, String field, String typed) {
    browser.waitUntil(() -> typed.equals(browser.valueInForm(field)));
    assertThat(browser.find(By.cssSelector("[id$='-" + field + "']")).getAttribute("readonly"))
        .isNotNull();
    assertNothingPlanted(browser);
  }

  /** No link or image of the planted text exists, and nothing was fetched from its site. */
  private static void assertNothingPlanted(Browser browser) {
    assertThat(
            browser.script(
                "return document.querySelectorAll("
                    + "'a[href*=\"example.org\"], img[src*=\"example.org\"]').length;"))
        .isEqualTo(0L);
    assertThat(
            browser.script(
                "return performance.getEntriesByType('resource')"
                    + ".filter(e => e.name.indexOf('example.org') >= 0).length;"))
        .isEqualTo(0L);
    assertThat(browser.all(By.cssSelector(".fjs-form strong, .fjs-form em"))).isEmpty();
  }

  private static String json(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }
}
