package mx.ine.cspen.seguimiento.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
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
 * A signed-in browser: the session cookie, and each form's CSRF token taken from the page that
 * shows the form, as a browser sends them.
 */
final class BrowserSession {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final HttpClient http;
  private final String baseUrl;
  private String page = "";

  BrowserSession(int port, String user) {
    this.baseUrl = "http://localhost:" + port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    get("/login");
    postForm("/login", Map.of("username", user, "password", user));
  }

  /** The page's HTML. */
  String get(String path) {
    return remember(send(HttpRequest.newBuilder(URI.create(baseUrl + path)).GET()));
  }

  /** Submits a form of the current page, with its CSRF token. */
  String postForm(String path, Map<String, String> fields) {
    String body =
        fields.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&", "_csrf=" + encode(csrf()) + "&", ""));
    return remember(
        send(
            HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
  }

  /** Submits the current page's upload form with a file, as a browser does. */
  String upload(String path, Map<String, String> fields, String fileName, byte[] file) {
    String boundary = "----pagina" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    fields.forEach(
        (name, value) -> part(body, boundary, name, null, value.getBytes(StandardCharsets.UTF_8)));
    part(body, boundary, "_csrf", null, csrf().getBytes(StandardCharsets.UTF_8));
    part(body, boundary, "file", fileName, file);
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return remember(
        send(
            HttpRequest.newBuilder(URI.create(baseUrl + path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))));
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
