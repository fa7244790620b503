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
 * One browser's session, without a browser: cookies kept between requests, redirects not followed
 * (so a test sees where sign-in leads), forms sent with the CSRF token of the page that shows them,
 * and Camunda's XSRF cookie sent back as its header.
 */
public final class WebSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String baseUrl;

  public WebSession(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  /** Signs in on our login page; the answer is the redirect that follows the form. */
  public HttpResponse<String> signIn(String user, String password) {
    Matcher csrf = CSRF.matcher(get("/login").body());
    if (!csrf.find()) {
      throw new IllegalStateException("No CSRF token on the login page");
    }
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + "/login"))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "username="
                        + encode(user)
                        + "&password="
                        + encode(password)
                        + "&_csrf="
                        + encode(csrf.group(1)))));
  }

  /**
   * Signs in on the login page of Tasklist, Cockpit or Admin ({@code app}), as their script does.
   */
  public HttpResponse<String> signInToWebapp(String app, String user, String password) {
    get("/camunda/app/" + app + "/");
    return send(
        HttpRequest.newBuilder(
                URI.create(baseUrl + "/camunda/api/admin/auth/user/default/login/" + app))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .header("X-XSRF-TOKEN", xsrfToken())
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "username=" + encode(user) + "&password=" + encode(password))));
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(URI.create(baseUrl + path)).header("Accept", "*/*").GET());
  }

  /** A GET to the webapps' API, with Camunda's XSRF header. */
  public HttpResponse<String> getWebappApi(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Accept", "application/json")
            .header("X-XSRF-TOKEN", xsrfToken())
            .GET());
  }

  private String xsrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse("");
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
