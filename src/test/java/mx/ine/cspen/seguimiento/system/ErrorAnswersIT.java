package mx.ine.cspen.seguimiento.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Every error the application can answer speaks Spanish: problem+json under {@code /api}, the error
 * page elsewhere — the framework's own refusals, Tomcat's, and {@code /error} itself — and every
 * answer carries the browser's protections.
 */
class ErrorAnswersIT extends PostgresIntegrationTest {

  @LocalServerPort private int port;

  @Test
  void aBodyOfTheWrongTypeIsRefusedInSpanishWhereverItIsSent() {
    long id = newCommitment("formacion");
    for (String path :
        List.of(
            "/api/sessions",
            "/api/commitments",
            "/api/commitments/" + id + "/progress",
            "/api/commitments/" + id + "/cancellation",
            "/api/reports")) {
      Api.Response answer = api.post("st", path, "text/plain", "hola");
      assertThat(answer.status()).as(path).isEqualTo(415);
      assertThat(answer.contentType()).startsWith("application/problem+json");
      assertThat(answer.json().get("detail").asText()).as(path).contains("Envíe el cuerpo");
    }
  }

  @Test
  void anImportWithoutItsFileIsAskedForTheFileInSpanish() {
    Api.Response answer =
        api.post(
            "st",
            "/api/imports?dryRun=true",
            "multipart/form-data; boundary=limite",
            "--limite\r\nContent-Disposition: form-data; name=\"otro\"\r\n\r\nx\r\n--limite--\r\n");

    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.contentType()).startsWith("application/problem+json");
    assertThat(answer.json().get("detail").asText()).doesNotContain("Required part");
    assertThat(answer.json().get("detail").asText()).containsIgnoringCase("archivo");
  }

  @Test
  void addressesTheServerRefusesAreAnsweredInSpanish() throws IOException {
    for (String path : List.of("/api/areas%00", "/compromisos/%00", "/api/../../etc/passwd")) {
      String answer =
          raw("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
      assertThat(answer).as(path).startsWith("HTTP/1.1 400");
      assertThat(answer).as(path).contains("no son válidas").doesNotContain("Apache Tomcat");
    }
  }

  @Test
  void errorItselfAndUnknownPagesAnswerInSpanish() {
    Api.Response error = api.get("st", "/error");
    assertThat(error.status()).isEqualTo(404);
    assertThat(error.json().get("detail").asText()).contains("No existe");
    Api.Response errorPage = api.page("st", "/error");
    assertThat(errorPage.status()).isEqualTo(404);
    assertThat(errorPage.body()).contains("No encontrado", "No existe la página");
    Api.Response unknownReport = api.page("st", "/informes/abc");
    assertThat(unknownReport.status()).isBetween(400, 404);
    assertThat(unknownReport.contentType()).startsWith("text/html");
    assertThat(unknownReport.body()).contains("Volver al tablero");
    Api.Response unknownApi = api.get("st", "/api/no-existe");
    assertThat(unknownApi.status()).isEqualTo(404);
    assertThat(unknownApi.json().get("detail").asText()).contains("No existe");
  }

  @Test
  void pagesApiAnswersAndWebappsCarryTheBrowsersProtections() {
    Api.Binary page = api.head("st", "/", "text/html");
    assertThat(page.header("Content-Security-Policy"))
        .contains("script-src 'self'", "object-src 'none'", "frame-ancestors 'none'")
        .doesNotContain("'unsafe-eval'");
    assertThat(page.header("Content-Security-Policy"))
        .doesNotContain("script-src 'self' 'unsafe-inline'");
    assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");
    assertThat(page.header("Permissions-Policy")).contains("camera=()");
    assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");

    Api.Binary answer = api.head("st", "/api/areas", "application/json");
    assertThat(answer.header("Content-Security-Policy")).contains("default-src 'none'");
    assertThat(answer.header("Referrer-Policy")).isEqualTo("same-origin");
    Api.Binary engine = api.head("st", "/engine-rest/task/count", "application/json");
    assertThat(engine.header("Content-Security-Policy")).contains("default-src 'none'");

    Api.Binary webapp = api.head("st", "/camunda/app/tasklist/default/", "text/html");
    assertThat(webapp.status()).isEqualTo(200);
    assertThat(webapp.header("Referrer-Policy")).isEqualTo("same-origin");
    assertThat(webapp.header("Permissions-Policy")).contains("camera=()");
    assertThat(webapp.header("Content-Security-Policy")).contains("object-src 'none'");
    // Over plain HTTP there is no HSTS; behind HTTPS the proxy's headers turn it on.
    assertThat(page.header("Strict-Transport-Security")).isNull();
  }

  /** A request exactly as written, bypassing the HTTP client's own checks of the address. */
  private String raw(String request) throws IOException {
    try (Socket socket = new Socket("localhost", port)) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
