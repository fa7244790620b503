package mx.ine.cspen.seguimiento.system;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.net.URI;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the API as {@code application/problem+json} with a Spanish {@code detail} a person
 * can act on. Errors are raised before anything is written, or roll the transaction back.
 */
@RestControllerAdvice(basePackages = "mx.ine.cspen.seguimiento")
// Before Spring Boot's own problem-details handler, which would answer the framework's refusals in
// English (PageErrors, for pages only, comes first).
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class ApiExceptionHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

  static final String CONCURRENT_CHANGE =
      "Otra persona cambió estos mismos datos al mismo tiempo y su cambio se registró primero. "
          + "Consulte el estado actual y, si aún procede, repita la operación.";

  @ExceptionHandler(InvalidInputException.class)
  ProblemDetail invalidInput(InvalidInputException e) {
    return invalid(e.problems());
  }

  @ExceptionHandler(NotFoundException.class)
  ProblemDetail notFound(NotFoundException e) {
    return problem(HttpStatus.NOT_FOUND, "No encontrado", e.getMessage());
  }

  @ExceptionHandler({ForbiddenException.class, AccessDeniedException.class})
  ProblemDetail forbidden(RuntimeException e) {
    String detail =
        e instanceof ForbiddenException ? e.getMessage() : "No tiene permiso para esta operación.";
    return problem(HttpStatus.FORBIDDEN, "Sin permiso", detail);
  }

  @ExceptionHandler(AuthorizationException.class)
  ProblemDetail engineForbidden(AuthorizationException e) {
    log.info("Refused by the process engine's authorization: {}", e.getMessage());
    return problem(HttpStatus.FORBIDDEN, "Sin permiso", "No tiene permiso para esta operación.");
  }

  @ExceptionHandler(PreconditionFailedException.class)
  ProblemDetail preconditionFailed(PreconditionFailedException e) {
    return problem(HttpStatus.PRECONDITION_FAILED, "Versión desactualizada", e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ProblemDetail conflict(ConflictException e) {
    return problem(
        HttpStatus.CONFLICT, "Operación no permitida en el estado actual", e.getMessage());
  }

  @ExceptionHandler({
    OptimisticLockingFailureException.class,
    PessimisticLockingFailureException.class,
    OptimisticLockingException.class,
    DataIntegrityViolationException.class
  })
  ProblemDetail concurrentChange(RuntimeException e) {
    log.info("Concurrent change refused: {}", e.toString());
    return problem(HttpStatus.CONFLICT, "Cambio simultáneo", CONCURRENT_CHANGE);
  }

  /**
   * Our own exceptions raised inside the process engine (a task listener calling the domain) reach
   * here wrapped; answer them as if raised directly.
   */
  @ExceptionHandler(ProcessEngineException.class)
  ProblemDetail engine(ProcessEngineException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof InvalidInputException invalid) {
        return invalidInput(invalid);
      }
      if (cause instanceof NotFoundException notFound) {
        return notFound(notFound);
      }
      if (cause instanceof ForbiddenException forbidden) {
        return forbidden(forbidden);
      }
      if (cause instanceof ConflictException conflict) {
        return conflict(conflict);
      }
      if (cause instanceof PreconditionFailedException stale) {
        return preconditionFailed(stale);
      }
      if (cause instanceof OptimisticLockingException
          || cause instanceof OptimisticLockingFailureException
          || cause instanceof DataIntegrityViolationException) {
        return concurrentChange((RuntimeException) cause);
      }
      if (cause instanceof AuthorizationException authorization) {
        return engineForbidden(authorization);
      }
    }
    return unexpected(e);
  }

  @ExceptionHandler(Exception.class)
  ProblemDetail unexpected(Exception e) {
    log.error("Unexpected error answering an API request", e);
    return problem(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Error interno",
        "Ocurrió un error interno; no se guardó ningún cambio. Intente de nuevo o avise al"
            + " administrador.");
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
    String expected = expectedValue(e.getRequiredType());
    return invalid(
        List.of(
            new InvalidInputException.FieldProblem(
                e.getName(), "El parámetro «" + e.getName() + "» debe ser " + expected + ".")));
  }

  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest().body(unreadable(e));
  }

  @Override
  protected ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<InvalidInputException.FieldProblem> problems =
        e.getBindingResult().getFieldErrors().stream()
            .map(f -> new InvalidInputException.FieldProblem(f.getField(), f.getDefaultMessage()))
            .toList();
    return ResponseEntity.badRequest().body(invalid(problems));
  }

  @Override
  protected ResponseEntity<Object> handleMissingServletRequestPart(
      MissingServletRequestPartException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    return ResponseEntity.badRequest()
        .body(
            invalid(
                List.of(
                    new InvalidInputException.FieldProblem(
                        e.getRequestPartName(),
                        "Falta la parte «"
                            + e.getRequestPartName()
                            + "» de la solicitud: envíe el archivo en un campo «"
                            + e.getRequestPartName()
                            + "» de multipart/form-data."))));
  }

  /** The framework's own errors (405, 406, 415, unknown path…) with a Spanish detail. */
  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    if (body == null && e instanceof org.springframework.web.ErrorResponse refusal) {
      body = refusal.getBody();
    }
    if (body instanceof ProblemDetail detail) {
      detail.setDetail(spanishDetail(status, detail.getDetail()));
      detail.setTitle(spanishTitle(status));
    }
    return super.handleExceptionInternal(e, body, headers, status, request);
  }

  private ProblemDetail unreadable(HttpMessageNotReadableException e) {
    Throwable cause = e.getCause();
    if (cause instanceof InvalidInputException invalid) {
      return invalid(invalid.problems());
    }
    if (cause instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
      String field = fieldPath(mapping.getPath());
      Class<?> target =
          mapping instanceof MismatchedInputException mismatched
              ? mismatched.getTargetType()
              : null;
      String message;
      if (mapping instanceof InvalidFormatException || target != null) {
        message = "El campo «" + field + "» debe ser " + expectedValue(target) + ".";
      } else {
        message = "El campo «" + field + "» no tiene un valor válido.";
      }
      return invalid(List.of(new InvalidInputException.FieldProblem(field, message)));
    }
    if (cause instanceof com.fasterxml.jackson.core.JsonParseException parse
        && parse.getOriginalMessage() != null
        && parse.getOriginalMessage().startsWith("Duplicate field")) {
      String field = parse.getOriginalMessage().replaceAll("^Duplicate field '(.*)'$", "$1");
      return invalid(
          List.of(
              new InvalidInputException.FieldProblem(
                  field,
                  "El campo «"
                      + field
                      + "» aparece más de una vez en el cuerpo: envíelo una sola vez, con el"
                      + " valor que corresponda.")));
    }
    if (cause instanceof JsonProcessingException) {
      return problem(
          HttpStatus.BAD_REQUEST,
          "Solicitud no válida",
          "El cuerpo de la solicitud no es un JSON válido (revise comillas, comas y llaves).");
    }
    return problem(
        HttpStatus.BAD_REQUEST,
        "Solicitud no válida",
        "Falta el cuerpo de la solicitud o no es un JSON válido.");
  }

  private static String fieldPath(List<JsonMappingException.Reference> path) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference reference : path) {
      if (reference.getFieldName() != null) {
        if (!field.isEmpty()) {
          field.append('.');
        }
        field.append(reference.getFieldName());
      } else if (reference.getIndex() >= 0) {
        field.append('[').append(reference.getIndex()).append(']');
      }
    }
    return field.toString();
  }

  static String expectedValue(Class<?> type) {
    if (type == null) {
      return "un valor del tipo indicado en la documentación de la API";
    }
    if (type == Integer.class || type == int.class) {
      return "un número entero";
    }
    if (type == Long.class || type == long.class) {
      return "un identificador numérico entero";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true o false";
    }
    if (type == LocalDate.class) {
      return "una fecha con el formato AAAA-MM-DD";
    }
    if (type == String.class) {
      return "un texto";
    }
    if (type.isEnum()) {
      return "uno de estos valores: "
          + Arrays.stream(type.getEnumConstants())
              .map(Object::toString)
              .collect(Collectors.joining(", "));
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "una lista";
    }
    return "un objeto JSON";
  }

  private static ProblemDetail invalid(List<InvalidInputException.FieldProblem> problems) {
    String detail =
        problems.stream()
            .map(InvalidInputException.FieldProblem::message)
            .collect(Collectors.joining(" "));
    ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Datos no válidos", detail);
    if (!problems.isEmpty()) {
      problem.setProperty("field", problems.get(0).field());
    }
    problem.setProperty(
        "errors",
        problems.stream().map(p -> Map.of("field", p.field(), "message", p.message())).toList());
    return problem;
  }

  static ProblemDetail problem(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    problem.setType(URI.create("about:blank"));
    return problem;
  }

  private static String spanishTitle(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> "Solicitud no válida";
      case 404 -> "No encontrado";
      case 405 -> "Método no permitido";
      case 406 -> "Formato no disponible";
      case 413 -> "Contenido demasiado grande";
      case 415 -> "Tipo de contenido no admitido";
      default -> status.is5xxServerError() ? "Error interno" : "Solicitud no atendida";
    };
  }

  private static String spanishDetail(HttpStatusCode status, String original) {
    return switch (status.value()) {
      case 400 -> "La solicitud no es válida: revise los parámetros y el cuerpo.";
      case 404 -> "No existe el recurso solicitado.";
      case 405 -> "Esta dirección no admite el método HTTP usado.";
      case 406 -> "No se puede responder en el formato solicitado.";
      case 413 -> "El contenido enviado es demasiado grande.";
      case 415 -> "Envíe el cuerpo como application/json.";
      default ->
          status.is5xxServerError()
              ? "Ocurrió un error interno; no se guardó ningún cambio. Intente de nuevo."
              : original;
    };
  }
}
