package mx.ine.cspen.seguimiento.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** 401, 403 and 429 of the security layer as {@code application/problem+json}, in Spanish. */
final class ProblemResponses {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ProblemResponses() {}

  static AuthenticationEntryPoint unauthorized(boolean basicChallenge) {
    return (request, response, exception) -> {
      if (exception instanceof SignInThrottledException throttled) {
        response.setHeader(
            "Retry-After", String.valueOf(Math.max(1, throttled.waitTime().toSeconds() + 1)));
        write(
            response,
            HttpStatus.TOO_MANY_REQUESTS,
            "Demasiados intentos fallidos",
            throttled.getMessage());
        return;
      }
      if (basicChallenge) {
        response.setHeader(
            "WWW-Authenticate", "Basic realm=\"Seguimiento de Compromisos\", charset=\"UTF-8\"");
      }
      write(
          response,
          HttpStatus.UNAUTHORIZED,
          "Autenticación requerida",
          "Inicie sesión o envíe su usuario y contraseña (HTTP Basic) para usar esta dirección.");
    };
  }

  static AccessDeniedHandler forbidden() {
    return (request, response, exception) ->
        write(
            response,
            HttpStatus.FORBIDDEN,
            "Sin permiso",
            "No tiene permiso para esta operación, o la sesión caducó: recargue la página.");
  }

  private static void write(
      HttpServletResponse response, HttpStatus status, String title, String detail)
      throws IOException {
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    response.setCharacterEncoding(StandardCharsets.UTF_8.name());
    Map<String, Object> problem = new LinkedHashMap<>();
    problem.put("type", "about:blank");
    problem.put("title", title);
    problem.put("status", status.value());
    problem.put("detail", detail);
    JSON.writeValue(response.getWriter(), problem);
  }
}
