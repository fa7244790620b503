package mx.ine.cspen.seguimiento.system;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refusals and mistakes on the pages ({@link PageController}) answer with a page in Spanish, not
 * with the API's problem+json (which {@link ApiExceptionHandler} keeps for the API).
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

  private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

  @ExceptionHandler(ForbiddenException.class)
  ModelAndView forbidden(ForbiddenException e) {
    return page(HttpStatus.FORBIDDEN, e.getMessage());
  }

  @ExceptionHandler(NotFoundException.class)
  ModelAndView notFound(NotFoundException e) {
    return page(HttpStatus.NOT_FOUND, e.getMessage());
  }

  @ExceptionHandler(InvalidInputException.class)
  ModelAndView invalid(InvalidInputException e) {
    return page(HttpStatus.BAD_REQUEST, e.getMessage());
  }

  @ExceptionHandler(ConflictException.class)
  ModelAndView conflict(ConflictException e) {
    return page(HttpStatus.CONFLICT, e.getMessage());
  }

  /** Two people changed the same thing at once, or the same thing was added twice at once. */
  @ExceptionHandler({
    org.springframework.dao.OptimisticLockingFailureException.class,
    org.springframework.dao.PessimisticLockingFailureException.class,
    org.camunda.bpm.engine.OptimisticLockingException.class,
    org.springframework.dao.DataIntegrityViolationException.class
  })
  ModelAndView concurrentChange(RuntimeException e) {
    log.info("Concurrent change refused on a page: {}", e.toString());
    return page(HttpStatus.CONFLICT, ApiExceptionHandler.CONCURRENT_CHANGE);
  }

  @ExceptionHandler(MethodArgumentTypeMismatchException.class)
  ModelAndView mismatch(MethodArgumentTypeMismatchException e) {
    return page(
        HttpStatus.BAD_REQUEST,
        "El valor «" + e.getValue() + "» no es válido para «" + e.getName() + "».");
  }

  /** The framework's own refusals keep their status; anything else is our fault, and logged. */
  @ExceptionHandler(Exception.class)
  ModelAndView unexpected(Exception e) {
    if (e instanceof ErrorResponse refusal) {
      return page(
          HttpStatus.valueOf(refusal.getStatusCode().value()),
          "La solicitud no es válida para esta página; vuelva a intentarlo desde el menú.");
    }
    log.error("Unexpected error answering a page", e);
    return page(
        HttpStatus.INTERNAL_SERVER_ERROR,
        "Ocurrió un error interno; no se guardó ningún cambio. Intente de nuevo o avise al"
            + " administrador.");
  }

  private static ModelAndView page(HttpStatus status, String detail) {
    ModelAndView page = new ModelAndView("error");
    page.setStatus(status);
    page.addObject("status", status.value());
    page.addObject("detail", detail);
    return page;
  }
}
