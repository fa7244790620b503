package mx.ine.cspen.seguimiento.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Form submissions and task completions through the engine's APIs (Tasklist uses {@code
 * /camunda/api/engine}, clients {@code /engine-rest}): when our domain refused the submitted
 * values, the answer carries its status (400, 403, 404, 409) and its Spanish message, in the
 * engine's error format that Tasklist shows to the user.
 */
class TaskFormErrorFilter extends OncePerRequestFilter {

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String path = request.getRequestURI();
    return !"POST".equals(request.getMethod())
        || !(path.endsWith("/submit-form")
            || path.endsWith("/complete")
            || path.endsWith("/start"));
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
    TaskFormErrors.clear();
    try {
      chain.doFilter(request, buffered);
      RuntimeException refusal = TaskFormErrors.take();
      if (refusal != null && buffered.getStatus() >= 400) {
        buffered.resetBuffer();
        buffered.setStatus(status(refusal));
        buffered.setContentType("application/json");
        buffered.setCharacterEncoding(StandardCharsets.UTF_8.name());
        buffered.getOutputStream().write(json.writeValueAsBytes(body(refusal)));
      }
    } finally {
      TaskFormErrors.clear();
      buffered.copyBodyToResponse();
    }
  }

  private static int status(RuntimeException refusal) {
    if (refusal instanceof InvalidInputException) {
      return HttpServletResponse.SC_BAD_REQUEST;
    }
    if (refusal instanceof ForbiddenException) {
      return HttpServletResponse.SC_FORBIDDEN;
    }
    if (refusal instanceof NotFoundException) {
      return HttpServletResponse.SC_NOT_FOUND;
    }
    return HttpServletResponse.SC_CONFLICT;
  }

  private static Map<String, Object> body(RuntimeException refusal) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", refusal.getClass().getSimpleName());
    body.put("message", refusal.getMessage());
    body.put("code", null);
    if (refusal instanceof InvalidInputException invalid) {
      List<Map<String, String>> errors =
          invalid.problems().stream()
              .map(p -> Map.of("field", p.field(), "message", p.message()))
              .toList();
      body.put("errors", errors);
    }
    return body;
  }
}
