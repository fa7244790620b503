package mx.ine.cspen.seguimiento.support;

import java.io.ByteArrayOutputStream;
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
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser's session, without a browser: cookies kept between requests, forms sent with the CSRF
 * token of the page that shows them, and Camunda's XSRF cookie sent back as its header. The tests'
 * one client for what people do signed in on our pages and in the webapps; {@link Api} is the one
 * for the API's callers (HTTP Basic).
 *
 * <p>{@link #get} and the sign-ins answer the raw response, redirects not followed (a test sees
 * where sign-in leads); {@link #page}, {@link #submit} and {@link #upload} follow redirects as a
 * browser does and answer the page's HTML, whose forms the next {@link #submit} fills.
 */
public final class WebSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final String ENGINE = "/camunda/api/engine/engine/default";

  private final CookieManager cookies = new CookieManager();
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(cookies)
          .followRedirects(HttpClient.Redirect.NEVER)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private final String baseUrl;
  private String page = "";

  public WebSession(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  /**
   * A demo user (whose password is its name) signed in on our login page, as people do: the session
   * opens the webapps too.
   */
  public static WebSession signedIn(int port, String user) {
    WebSession session = new WebSession(port);
    HttpResponse<String> signedIn = session.signIn(user, user);
    if (signedIn.statusCode() != 302
        || signedIn.headers().firstValue("Location").orElse("").contains("error")) {
      throw new IllegalStateException("Could not sign in as " + user + ": " + signedIn);
    }
    return session;
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

  // --- Our pages, as a browser shows them ---------------------------------------------------

  /** The page's HTML, after any redirect; anything but 200 fails the test. */
  public String page(String path) {
    return remember(followed(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET()));
  }

  /** Submits a form of the current page, with its CSRF token; the HTML of the page it leads to. */
  public String submit(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&", "_csrf=" + encode(csrf()) + "&", ""));
    return remember(
        followed(
            HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
  }

  /** Submits the current page's upload form with a file (the part "file"), as a browser does. */
  public String upload(String path, Map<String, String> fields, String fileName, byte[] file) {
    String boundary = "----pagina" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) -> part(body, boundary, name, null, value.getBytes(StandardCharsets.UTF_8)));
    part(body, boundary, "_csrf", null, csrf().getBytes(StandardCharsets.UTF_8));
    part(body, boundary, "file", fileName, file);
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return remember(
        followed(
            HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
  }

  // --- The webapps' own engine API, as Tasklist and Cockpit call it -------------------------

  /** A GET to the webapps' API, with Camunda's XSRF header. */
  public HttpResponse<String> getWebappApi(String path) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .header("Accept", "application/json")
            .header("X-XSRF-TOKEN", xsrfToken())
            .GET());
  }

  /**
   * A call to the webapps' engine API; {@code path} follows {@code …/engine/default}. A change
   * carries the XSRF token Tasklist's first read hands out, as the webapps send it.
   */
  public Api.Response callEngine(String method, String path, String json) {
    if (xsrfToken().isEmpty() && !method.equals("GET")) {
      callEngine("GET", "/task/count", null);
    }
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
    if (!xsrfToken().isEmpty()) {
      request.header("X-XSRF-TOKEN", xsrfToken());
    }
    HttpResponse<String> response = send(request);
    return new Api.Response(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body());
  }

  // --- Plumbing -------------------------------------------------------------------------------

  private String xsrfToken() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("XSRF-TOKEN"))
        .map(HttpCookie::getValue)
        .findFirst()
        .orElse("");
  }

  private String csrf() {
    Matcher matcher = CSRF.matcher(page);
    if (!matcher.find()) {
      throw new IllegalStateException("No CSRF token on the page: " + page);
    }
    return matcher.group(1);
  }

  private String remember(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
    }
    page = response.body();
    return page;
  }

  /** The request, then each redirect it leads to, as a browser follows them (a GET). */
  private HttpResponse<String> followed(HttpRequest.Builder request) {
    HttpResponse<String> response = send(request);
    for (int hops = 0; hops < 10 && isRedirect(response.statusCode()); hops++) {
      URI next = response.uri().resolve(response.headers().firstValue("Location").orElseThrow());
      response = send(HttpRequest.newBuilder(next).GET());
    }
    return response;
  }

  private static boolean isRedirect(int status) {
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
  }

  private static void part(
      ByteArrayOutputStream body, String boundary, String name, String fileName, byte[] value) {
    String disposition =
        "Content-Disposition: form-data; name=\""
            + name
            + "\""
            + (fileName == null
                ? ""
                : "; filename=\"" + fileName + "\"\r\nContent-Type: application/octet-stream");
    body.writeBytes(
        ("--" + boundary + "\r\n" + disposition + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
    body.writeBytes(value);
    body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.timeout(Duration.ofSeconds(120)).build(), HttpResponse.BodyHandlers.ofString());
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
