package mx.ine.cspen.seguimiento.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import mx.ine.cspen.seguimiento.support.Api;

/** Files to and from the API, as a spreadsheet user's client sends and receives them. */
final class AnnexHttp {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final String baseUrl;

  AnnexHttp(int port) {
    this.baseUrl = "http://localhost:" + port;
  }

  /** The file as the request body. */
  Api.Response post(String user, String path, String contentType, byte[] file) {
    HttpResponse<String> response =
        send(
            request(user, path)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(file)),
            HttpResponse.BodyHandlers.ofString());
    return new Api.Response(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body());
  }

  /** The file as the part "file" of a form, as a browser uploads it. */
  Api.Response upload(String user, String path, String fileName, byte[] file) {
    String boundary = "----anexo" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(file);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    HttpResponse<String> response =
        send(
            request(user, path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())),
            HttpResponse.BodyHandlers.ofString());
    return new Api.Response(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.body());
  }

  /** A download. */
  Download get(String user, String path) {
    HttpResponse<byte[]> response =
        send(request(user, path).GET(), HttpResponse.BodyHandlers.ofByteArray());
    return new Download(
        response.statusCode(),
        response.headers().firstValue("Content-Type").orElse(""),
        response.headers().firstValue("Content-Disposition").orElse(""),
        response.body());
  }

  record Download(int status, String contentType, String disposition, byte[] body) {

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  private HttpRequest.Builder request(String user, String path) {
    String credentials =
        Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(baseUrl + path))
        .timeout(Duration.ofSeconds(120))
        .header("Authorization", "Basic " + credentials);
  }

  private <T> HttpResponse<T> send(
      HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
    try {
      return http.send(request.build(), handler);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
