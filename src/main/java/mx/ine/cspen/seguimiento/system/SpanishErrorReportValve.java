package mx.ine.cspen.seguimiento.system;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's own answer to requests it refuses before the application sees them (an address with
 * {@code %00}, a path above the root…), in Spanish: problem+json under {@code /api} and the
 * engine's REST API, a plain page elsewhere. Tomcat's default is an English HTML page with its
 * version.
 */
public class SpanishErrorReportValve extends ErrorReportValve {

  @Override
  protected void report(Request request, Response response, Throwable failure) {
    int code = response.getStatus();
    if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
      return;
    }
    HttpStatus status = HttpStatus.resolve(code);
    if (status == null) {
      status = HttpStatus.BAD_REQUEST;
    }
    // The address as it came: Tomcat refused it, so it may not decode.
    String uri =
        request.getCoyoteRequest() == null
            ? ""
            : request.getCoyoteRequest().requestURI().toString();
    boolean api = uri.startsWith("/api") || uri.startsWith("/engine-rest");
    try {
      response.setCharacterEncoding(StandardCharsets.UTF_8.name());
      Writer writer = response.getReporter();
      if (writer == null) {
        return;
      }
      if (api) {
        response.setContentType("application/problem+json");
        writer.write(
            "{\"type\":\"about:blank\",\"title\":\""
                + SpanishErrors.title(status)
                + "\",\"status\":"
                + code
                + ",\"detail\":\""
                + SpanishErrors.detail(status).replace("\"", "\\\"")
                + "\"}");
      } else {
        response.setContentType("text/html");
        writer.write(
            "<!DOCTYPE html><html lang=\"es\"><head><meta charset=\"utf-8\"><title>"
                + HtmlUtils.htmlEscape(SpanishErrors.title(status), "UTF-8")
                + " · Seguimiento de Compromisos</title></head><body><main><h1>"
                + HtmlUtils.htmlEscape(SpanishErrors.title(status), "UTF-8")
                + "</h1><p>"
                + HtmlUtils.htmlEscape(SpanishErrors.detail(status), "UTF-8")
                + "</p><p><a href=\"/\">Volver al tablero</a></p></main></body></html>");
      }
    } catch (IOException | IllegalStateException e) {
      // The connection is gone, or the answer was already sent: nothing more to say.
    }
  }
}
