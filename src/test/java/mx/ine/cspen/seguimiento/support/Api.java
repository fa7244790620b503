package mx.ine.cspen.seguimiento.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/** The HTTP API as its users call it: HTTP Basic, JSON in and out. Password = user name (demo). */
public final class Api {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String baseUrl;
  private final String user;
  private final String password;

  public Api(int port) {
    this.baseUrl = "http://localhost:" + port;
    this.user = null;
    this.password = null;
  }

  /** The same application, always as this user with this password. */
  public Api(Api api, String user, String password) {
    this.baseUrl = api.baseUrl;
    this.user = user;
    this.password = password;
  }

  /** GET as the user given at construction. */
  public Response get(String path) {
    return send(request(user, password, path).GET());
  }

  /** GET of a plain-text resource (metrics, say) as the user given at construction. */
  public Response getText(String path) {
    return send(request(user, password, path).setHeader("Accept", "text/plain").GET());
  }

  public Response get(String user, String path) {
    return send(request(user, path).GET());
  }

  /**
   * What a commitment task's form shows, as Tasklist reads it: the task's {@code commitment} JSON
   * variable from the engine's form variables, parsed.
   */
  public JsonNode taskContext(String user, String taskId) {
    Response form =
        get(user, "/engine-rest/task/" + taskId + "/form-variables?deserializeValues=false");
    JsonNode variable = form.json().get("commitment");
    if (variable == null) {
      throw new AssertionError("The task has no context variable: " + form);
    }
    try {
      return JSON.readTree(variable.get("value").asText());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A page of the site, as a browser asks for it (HTML), signed in with HTTP Basic. */
  public Response page(String user, String path) {
    return send(request(user, path).setHeader("Accept", "text/html").GET());
  }

  /** A file (DOCX, PDF…) as its bytes, asked for as a browser would. */
  public Binary getBinary(String user, String path) {
    HttpRequest request = request(user, path).setHeader("Accept", "*/*").GET().build();
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Binary(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A body of any type (a TSV annex, say), as its user sends it. */
  public Response post(String user, String path, String contentType, String body) {
    return send(
        request(user, path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
  }

  /** A file as the request body (an annex in TSV, CSV or XLSX), as its user sends it. */
  public Response post(String user, String path, String contentType, byte[] body) {
    return send(
        request(user, path)
            .header("Content-Type", contentType)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** A file as the part "file" of a form, as a browser or {@code curl -F file=@…} uploads it. */
  public Response upload(String user, String path, String fileName, byte[] file) {
    return postMultipart(
        user,
        path,
        java.util.List.of(Part.file("file", fileName, "application/octet-stream", file)));
  }

  /** POST of JSON as the user given at construction. */
  public Response post(String path, String json) {
    return send(
        request(user, password, path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  /** PUT without a body as the user given at construction (Camunda's membership calls). */
  public Response put(String path) {
    return send(request(user, password, path).PUT(HttpRequest.BodyPublishers.noBody()));
  }

  public Response post(String user, String path, String json) {
    return send(
        request(user, path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  /** The id of the Tasklist filter of that name (IdentitySetup creates them). */
  public String filterId(String name) {
    return get(
            "st",
            "/engine-rest/filter?name="
                + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"))
        .json()
        .get(0)
        .get("id")
        .asText();
  }

  /** A POST as Tasklist sends a filter's list: HAL, with the tasks' variables embedded. */
  public Response postHal(String user, String path, String json) {
    return send(
        request(user, path)
            .setHeader("Accept", "application/hal+json")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
  }

  /** Any method, with a JSON body or none, as the user (password = user name). */
  public Response send(String user, String method, String path, String json) {
    return send(user, method, path, json, null);
  }

  /** The same, changing the resource only if it still has the ETag {@code ifMatch} (if given). */
  public Response send(String user, String method, String path, String json, String ifMatch) {
    HttpRequest.Builder request =
        request(user, path)
            .method(
                method,
                json == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
    if (json != null) {
      request.header("Content-Type", "application/json");
    }
    if (ifMatch != null) {
      request.header("If-Match", ifMatch);
    }
    return send(request);
  }

  /** A GET with its response headers. */
  public Binary head(String user, String path, String accept) {
    HttpRequest request = request(user, path).setHeader("Accept", accept).GET().build();
    try {
      HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
      return new Binary(response.statusCode(), response.headers().map(), response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A part of a multipart/form-data body: a field when {@code fileName} is null. */
  public record Part(String name, String fileName, String contentType, byte[] content) {

    public static Part json(String name, String json) {
      return new Part(name, null, "application/json", json.getBytes(StandardCharsets.UTF_8));
    }

    public static Part file(String name, String fileName, String contentType, byte[] content) {
      return new Part(name, fileName, contentType, content);
    }
  }

  /** A multipart/form-data body, as a browser's form or {@code curl -F} sends it. */
  public Response postMultipart(String user, String path, java.util.List<Part> parts) {
    String boundary = "----seguimiento" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (Part part : parts) {
      StringBuilder head = new StringBuilder();
      head.append("--").append(boundary).append("\r\n");
      head.append("Content-Disposition: form-data; name=\"").append(part.name()).append('"');
      if (part.fileName() != null) {
        head.append("; filename=\"").append(part.fileName()).append('"');
      }
      head.append("\r\n");
      if (part.contentType() != null) {
        head.append("Content-Type: ").append(part.contentType()).append("\r\n");
      }
      head.append("\r\n");
      body.writeBytes(head.toString().getBytes(StandardCharsets.UTF_8));
      body.writeBytes(part.content());
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        request(user, path)
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  public Response postForm(String user, String path, String formBody) {
    return send(
        request(user, path)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(formBody, StandardCharsets.UTF_8)));
  }

  public Response anonymous(String method, String path) {
    return send(
        HttpRequest.newBuilder(URI.create(baseUrl + path))
            .timeout(Duration.ofSeconds(30))
            .header("Accept", "application/json")
            .method(
                method,
                method.equals("GET")
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString("{}")));
  }

  private HttpRequest.Builder request(String user, String path) {
    return request(user, user, path);
  }

  private HttpRequest.Builder request(String user, String password, String path) {
    String credentials =
        Base64.getEncoder()
            .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(120))
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + credentials);
  }

  private Response send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Response(
          response.statusCode(),
          response.headers().firstValue("Content-Type").orElse(""),
          response.body());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A binary response with its headers. */
  public record Binary(
      int status, java.util.Map<String, java.util.List<String>> headers, byte[] body) {

    public String contentType() {
      return header("Content-Type") == null ? "" : header("Content-Type");
    }

    public String disposition() {
      return header("Content-Disposition") == null ? "" : header("Content-Disposition");
    }

    public String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .flatMap(e -> e.getValue().stream())
          .findFirst()
          .orElse(null);
    }
  }

  /** A response; {@link #json()} parses the body. */
  public record Response(int status, String contentType, String body) {

    public JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new UncheckedIOException("Not JSON (HTTP " + status + "): " + body, e);
      }
    }

    public long id() {
      return json().get("id").asLong();
    }

    @Override
    public String toString() {
      return "HTTP " + status + " " + contentType + " " + body;
    }
  }
}
