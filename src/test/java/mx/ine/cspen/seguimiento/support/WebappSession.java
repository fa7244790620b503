package mx.ine.cspen.seguimiento.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A person signed in to Camunda's webapps in a browser, calling the webapps' own engine API ({@code
 * /camunda/api/engine/engine/default/…}) as Tasklist and Cockpit do: the session cookie, and the
 * webapps' CSRF token sent back as the {@code X-XSRF-TOKEN} header.
 */
public final class WebappSession {

  private static final String ENGINE = "/camunda/api/engine/engine/default";
  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private final String baseUrl;

  public WebappSession(int port, String user) {
    this.baseUrl = "http://localhost:" + port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    // Signed in on the product's login page, as people do: the session opens the webapps too.
    String login = send(HttpRequest.newBuilder(URI.create(baseUrl + "/login")).GET()).body();
    Matcher csrf = CSRF.matcher(login);
    if (!csrf.find()) {
      throw new IllegalStateException("No CSRF token on the login page");
    }
    HttpResponse<String> signedIn =
        send(
            HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "_csrf="
                            + encode(csrf.group(1))
                            + "&username="
                            + encode(user)
                            + "&password="
                            + encode(user))));
    if (signedIn.statusCode() != 302
        || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("Could not sign in as " + user + ": " + signedIn);
    }
    // Tasklist's first read hands out the CSRF token the webapps expect on every change.
    call("GET", "/task/count", null);
  }

  /** A call to the webapps' engine API; {@code path} follows {@code …/engine/default}. */
  public Api.Response call(String method, String path, String json) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(baseUrl + ENGINE + path))
            .header("Accept", "application/json")
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    String token = csrfToken();
    if (token != null) {
      request.header("X-XSRF-TOKEN", token);
    }
    HttpResponse<String> response = send(request);
    return new Api.Response(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body());
  }

  private String csrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse(null);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
