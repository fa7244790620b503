package mx.ine.cspen.seguimiento.engine;

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
import mx.ine.cspen.seguimiento.system.ConflictException;
import mx.ine.cspen.seguimiento.system.ForbiddenException;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import mx.ine.cspen.seguimiento.system.NotFoundException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Changes through the engine's REST APIs (Tasklist uses {@code /camunda/api/engine}, clients {@code
 * /engine-rest}) that fail by the caller's doing answer with a 4xx and a Spanish message, in the
 * engine's error format that Tasklist shows: a refusal of our domain (a form's values) with its
 * status and message, a refusal of the engine policy, a task claimed by someone else (409), a task
 * that does not exist (404), a change that lost a race (409), a suspended process (409). The
 * engine's REST layer would answer most of these with 500 and English text. Only an error answer is
 * held back to be replaced ({@link ErrorAnswerBuffer}); every other one streams as it is written.
 */
class EngineRestErrors extends OncePerRequestFilter {

  static final String CONCURRENT_CHANGE =
      "Otra persona cambió esto mismo al mismo tiempo y su cambio se registró primero. Consulte"
          + " el estado actual y, si aún procede, repita la operación.";

  private final ObjectMapper json = new ObjectMapper();

  /**
   * The engine's refusal of what belongs to another commission (its tenant check): "ENGINE-13034
   * Cannot read the task … because it belongs to no authenticated tenant", a 500 otherwise.
   */
  private static final String OTHER_TENANT = "ENGINE-13034";

  static final String NOT_IN_YOUR_COMMISSIONS =
      "No existe, o pertenece a una comisión de la que su cuenta no forma parte.";

  /** Whether only reads of another commission's records are rewritten (changes: every refusal). */
  private static boolean isRead(HttpServletRequest request) {
    return "GET".equals(request.getMethod())
        || "HEAD".equals(request.getMethod())
        || "OPTIONS".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ErrorAnswerBuffer buffered = new ErrorAnswerBuffer(response);
    EngineErrors.clear();
    try {
      chain.doFilter(request, buffered);
      RuntimeException failure = EngineErrors.take();
      boolean replaceable = buffered.holdsError() || !response.isCommitted();
      Answer answer =
          failure == null || buffered.getStatus() < 400 || !replaceable
              ? null
              : isRead(request) ? otherTenant(failure) : answer(failure);
      if (answer != null) {
        response.setStatus(answer.status());
        response.setContentType("application/json");
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        byte[] body = json.writeValueAsBytes(answer.body());
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
      } else if (buffered.holdsError()) {
        byte[] body = buffered.heldBody();
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
      }
    } finally {
      EngineErrors.clear();
    }
  }

  record Answer(int status, Map<String, Object> body) {}

  /** The answer for a failure of the caller's doing; null for anything else (kept as it was). */
  static Answer answer(RuntimeException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      Answer answer = answerFor(cause);
      if (answer != null) {
        return answer;
      }
    }
    return null;
  }

  /** A read of what belongs to another commission: 404, as if it did not exist. */
  static Answer otherTenant(RuntimeException failure) {
    for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
      if (isOtherTenant(cause)) {
        return answer(HttpServletResponse.SC_NOT_FOUND, cause, NOT_IN_YOUR_COMMISSIONS);
      }
    }
    return null;
  }

  private static boolean isOtherTenant(Throwable cause) {
    return cause instanceof ProcessEngineException
        && cause.getMessage() != null
        && cause.getMessage().startsWith(OTHER_TENANT);
  }

  private static Answer answerFor(Throwable cause) {
    if (isOtherTenant(cause)) {
      return answer(HttpServletResponse.SC_NOT_FOUND, cause, NOT_IN_YOUR_COMMISSIONS);
    }
    if (cause instanceof InvalidInputException invalid) {
      Map<String, Object> body = body(invalid, invalid.getMessage());
      List<Map<String, String>> errors =
          invalid.problems().stream()
              .map(p -> Map.of("field", p.field(), "message", p.message()))
              .toList();
      body.put("errors", errors);
      return new Answer(HttpServletResponse.SC_BAD_REQUEST, body);
    }
    if (cause instanceof ForbiddenException) {
      return answer(HttpServletResponse.SC_FORBIDDEN, cause, cause.getMessage());
    }
    if (cause instanceof NotFoundException || cause instanceof EngineRefusals.TargetMissing) {
      return answer(HttpServletResponse.SC_NOT_FOUND, cause, cause.getMessage());
    }
    if (cause instanceof ConflictException) {
      return answer(HttpServletResponse.SC_CONFLICT, cause, cause.getMessage());
    }
    if (cause instanceof EngineRefusals.InputRefused) {
      return answer(HttpServletResponse.SC_BAD_REQUEST, cause, cause.getMessage());
    }
    if (cause instanceof EngineRefusals.OperationRefused) {
      return answer(HttpServletResponse.SC_FORBIDDEN, cause, cause.getMessage());
    }
    if (cause instanceof TaskAlreadyClaimedException) {
      return answer(
          HttpServletResponse.SC_CONFLICT,
          cause,
          "La tarea ya está reclamada por otra persona; actualice la lista de tareas.");
    }
    if (cause instanceof SuspendedEntityInteractionException) {
      return answer(
          HttpServletResponse.SC_CONFLICT,
          cause,
          "El proceso está suspendido; un administrador debe reanudarlo antes de continuar.");
    }
    if (cause instanceof OptimisticLockingException
        || cause instanceof ConcurrencyFailureException
        || cause instanceof DataIntegrityViolationException) {
      return answer(HttpServletResponse.SC_CONFLICT, cause, CONCURRENT_CHANGE);
    }
    if (cause instanceof AuthorizationException) {
      return answer(
          HttpServletResponse.SC_FORBIDDEN,
          cause,
          "No tiene permiso para esta operación en el motor de procesos.");
    }
    return null;
  }

  private static Answer answer(int status, Throwable cause, String message) {
    return new Answer(status, body(cause, message));
  }

  private static Map<String, Object> body(Throwable cause, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", cause.getClass().getSimpleName());
    body.put("message", message);
    body.put("code", null);
    return body;
  }
}
