package mx.ine.cspen.seguimiento.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A stranger guessing passwords is slowed down, and cannot lock the Secretaría Técnica out: failed
 * sign-ins count per client address and user, so the same account signs in at once from another
 * client. Behind a proxy the client's address comes from the proxy's headers (here, as with
 * FORWARD_HEADERS_STRATEGY=native in production).
 */
@TestPropertySource(properties = "server.forward-headers-strategy=native")
class SignInThrottleIT extends PostgresIntegrationTest {

  @LocalServerPort private int port;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void fiftyWrongPasswordsFromOneClientLeaveTheAccountOpenToEveryOtherClient() {
    int slowedDown = 0;
    for (int i = 0; i < 50; i++) {
      HttpResponse<String> wrong = basic("st", "adivinanza" + i, "203.0.113.7");
      assertThat(wrong.statusCode()).isIn(401, 429);
      if (wrong.statusCode() == 429) {
        slowedDown++;
        assertThat(wrong.body()).contains("Demasiados intentos fallidos", "Espere");
        assertThat(wrong.headers().firstValue("Retry-After")).isPresent();
      }
    }
    assertThat(slowedDown).isGreaterThanOrEqualTo(45);

    // The right password from the same client waits too; from any other client it works at once.
    assertThat(basic("st", "st", "203.0.113.7").statusCode()).isEqualTo(429);
    assertThat(basic("st", "st", "198.51.100.23").statusCode()).isEqualTo(200);
    HttpResponse<String> login = loginPage("st", "st", "198.51.100.24");
    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElse("")).doesNotContain("error");
  }

  @Test
  void theLoginPageTellsAThrottledPersonHowLongToWait() {
    for (int i = 0; i < 6; i++) {
      loginPage("consejera", "no-es" + i, "192.0.2.50");
    }
    HttpResponse<String> throttled = loginPage("consejera", "consejera", "192.0.2.50");

    assertThat(throttled.headers().firstValue("Location").orElse("")).contains("/login?espera=");
    HttpResponse<String> page =
        send(
            HttpRequest.newBuilder(
                    URI.create(base()).resolve(throttled.headers().firstValue("Location").get()))
                .GET()
                .build());
    assertThat(page.body()).contains("Demasiados intentos fallidos", "desde otros equipos");
  }

  @Test
  void camundasOwnLoginEndpointTellsAStrangerNothingAboutPasswords() {
    // Without a session the webapps' CSRF protection answers before any password is checked.
    assertThat(webappLogin("admin", "admin", "192.0.2.77").statusCode()).isEqualTo(403);
    assertThat(webappLogin("admin", "no-es", "192.0.2.77").statusCode()).isEqualTo(403);
    assertThat(basic("admin", "admin", "192.0.2.77").statusCode()).isEqualTo(200);
  }

  private HttpResponse<String> basic(String user, String password, String from) {
    return send(
        HttpRequest.newBuilder(URI.create(base() + "/api/areas"))
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)))
            .header("X-Forwarded-For", from)
            .GET()
            .build());
  }

  /** The login form as a browser posts it, with the CSRF token of the page it came from. */
  private HttpResponse<String> loginPage(String user, String password, String from) {
    HttpClient browser =
        HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();
    String form =
        sendWith(
                browser,
                HttpRequest.newBuilder(URI.create(base() + "/login"))
                    .header("X-Forwarded-For", from)
                    .GET()
                    .build())
            .body();
    java.util.regex.Matcher csrf =
        java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form);
    assertThat(csrf.find()).isTrue();
    return sendWith(
        browser,
        HttpRequest.newBuilder(URI.create(base() + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Forwarded-For", from)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "_csrf="
                        + encode(csrf.group(1))
                        + "&username="
                        + encode(user)
                        + "&password="
                        + encode(password)))
            .build());
  }

  /** Tasklist's own login endpoint, posted by a client that has no session. */
  private HttpResponse<String> webappLogin(String user, String password, String from) {
    return send(
        HttpRequest.newBuilder(
                URI.create(base() + "/camunda/api/admin/auth/user/default/login/tasklist"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Forwarded-For", from)
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "username=" + encode(user) + "&password=" + encode(password)))
            .build());
  }

  private HttpResponse<String> send(HttpRequest request) {
    return sendWith(http, request);
  }

  private static HttpResponse<String> sendWith(HttpClient client, HttpRequest request) {
    try {
      return client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
