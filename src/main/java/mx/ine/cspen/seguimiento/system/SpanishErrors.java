package mx.ine.cspen.seguimiento.system;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.servlet.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

/**
 * Whatever reaches {@code /error} — an unknown address, a request the server or the firewall
 * refused before any controller saw it, someone opening {@code /error} itself — answers in Spanish:
 * problem+json for the API, the error page for everything else. (Refusals of our controllers have
 * their own: {@link ApiExceptionHandler}, {@link PageErrors}.)
 */
@Controller
class SpanishErrors implements ErrorController {

  private static final Logger log = LoggerFactory.getLogger(SpanishErrors.class);

  @RequestMapping(value = "/error", produces = MediaType.TEXT_HTML_VALUE)
  ModelAndView page(HttpServletRequest request, HttpServletResponse response) {
    HttpStatus status = status(request);
    ModelAndView page = new ModelAndView("error", status);
    page.addObject("status", status.value());
    page.addObject("detail", detail(status));
    return page;
  }

  @RequestMapping("/error")
  ResponseEntity<ProblemDetail> api(HttpServletRequest request) {
    HttpStatus status = status(request);
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail(status));
    problem.setTitle(title(status));
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }

  /** The status of the failed request; opening /error by hand is asking for a page that is not. */
  private static HttpStatus status(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer value ? HttpStatus.resolve(value) : HttpStatus.NOT_FOUND;
    if (status == null) {
      status = HttpStatus.INTERNAL_SERVER_ERROR;
    }
    if (status.is5xxServerError()) {
      Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      log.error(
          "Error answering {}",
          request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI),
          failure instanceof Throwable t ? t : null);
    }
    return status;
  }

  static String title(HttpStatus status) {
    return switch (status.value()) {
      case 400 -> "Solicitud no válida";
      case 401 -> "Autenticación requerida";
      case 403 -> "Sin permiso";
      case 404 -> "No encontrado";
      case 405 -> "Método no permitido";
      case 413 -> "Contenido demasiado grande";
      case 415 -> "Tipo de contenido no admitido";
      case 429 -> "Demasiadas solicitudes";
      default -> status.is5xxServerError() ? "Error interno" : "Solicitud no atendida";
    };
  }

  static String detail(HttpStatus status) {
    return switch (status.value()) {
      case 400 ->
          "La dirección o la solicitud no son válidas (caracteres no admitidos, rutas con «..»):"
              + " revísela y vuelva a intentarlo.";
      case 401 -> "Inicie sesión para continuar.";
      case 403 -> "Su cuenta no tiene permiso para esto.";
      case 404 -> "No existe la página o el recurso solicitado.";
      case 405 -> "Esta dirección no admite el método HTTP usado.";
      case 413 -> "El contenido enviado es demasiado grande.";
      case 415 -> "El tipo de contenido enviado no se admite aquí.";
      default ->
          status.is5xxServerError()
              ? "Ocurrió un error interno; no se guardó ningún cambio. Intente de nuevo o avise al"
                  + " administrador."
              : "La solicitud no pudo atenderse.";
    };
  }
}
