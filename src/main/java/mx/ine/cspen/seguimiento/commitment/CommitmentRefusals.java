package mx.ine.cspen.seguimiento.commitment;

import java.time.LocalDate;
import mx.ine.cspen.seguimiento.session.CommissionSession;
import mx.ine.cspen.seguimiento.system.ConflictException;
import mx.ine.cspen.seguimiento.system.ForbiddenException;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import mx.ine.cspen.seguimiento.system.NotFoundException;
import mx.ine.cspen.seguimiento.system.PreconditionFailedException;
import mx.ine.cspen.seguimiento.system.SpanishDates;

/**
 * What a person reads when an operation on a commitment is refused, in one place: each refusal
 * names the commitment by its folio, says why, and, where there is one, what to do instead. The
 * services decide when to refuse; the words are here.
 */
final class CommitmentRefusals {

  private CommitmentRefusals() {}

  // --- Not found (404) -------------------------------------------------------------------------

  static NotFoundException noSuchCommitment(long commitmentId) {
    return new NotFoundException("No existe el compromiso con id " + commitmentId + ".");
  }

  static NotFoundException noSuchSession(long sessionId) {
    return new NotFoundException("No existe la sesión con id " + sessionId + ".");
  }

  // --- Not theirs to do (403) ------------------------------------------------------------------

  static ForbiddenException anotherArea(Commitment commitment) {
    return new ForbiddenException(
        "El compromiso " + commitment.getFolio() + " corresponde a otra área.");
  }

  static ForbiddenException onlyResponsibleAreaReports(Commitment commitment) {
    return new ForbiddenException(
        commitment.getArea() == null
            ? "El compromiso " + commitment.getFolio() + " aún no tiene área responsable."
            : "Solo "
                + commitment.getArea().getName()
                + " informa el avance del compromiso "
                + commitment.getFolio()
                + ".");
  }

  // --- Not now (409, 412) ----------------------------------------------------------------------

  static PreconditionFailedException changedSince(Commitment commitment, long expectedVersion) {
    return new PreconditionFailedException(
        "El compromiso "
            + commitment.getFolio()
            + " cambió desde que lo consultó (versión "
            + expectedVersion
            + "; ahora "
            + commitment.getVersion()
            + "): consulte su estado actual y, si aún procede, repita la operación. No se"
            + " guardó nada.");
  }

  static ConflictException taskNotPending(Commitment commitment) {
    return new ConflictException(
        "El compromiso "
            + commitment.getFolio()
            + " no tiene pendiente esa tarea; consulte su estado actual.");
  }

  /** The commitment is concluded or without effect: nothing more can be done to it. */
  static ConflictException closed(Commitment commitment, String action) {
    return new ConflictException(
        "El compromiso "
            + commitment.getFolio()
            + " está "
            + (commitment.getStatus() == CommitmentStatus.CONCLUDED ? "concluido" : "sin efecto")
            + "; ya no es posible "
            + action
            + ".");
  }

  static ConflictException awaitingVerification(Commitment commitment) {
    return new ConflictException(
        "El compromiso "
            + commitment.getFolio()
            + " tiene una solicitud de conclusión en verificación por la Secretaría"
            + " Técnica; podrá informar avance si se la devuelven.");
  }

  static ConflictException unassigned(Commitment commitment) {
    return new ConflictException(
        "El compromiso " + commitment.getFolio() + " aún no tiene área responsable.");
  }

  static ConflictException alreadyHasArea(Commitment commitment) {
    return new ConflictException(
        "El compromiso " + commitment.getFolio() + " ya tiene área responsable.");
  }

  static ConflictException alreadyAssignedTo(Commitment commitment, String areaName) {
    return new ConflictException(
        "El compromiso " + commitment.getFolio() + " ya está asignado a " + areaName + ".");
  }

  static ConflictException nothingToVerify(Commitment commitment) {
    return new ConflictException(
        "El compromiso "
            + commitment.getFolio()
            + " no tiene una solicitud de conclusión por verificar (estatus: "
            + commitment.getStatus().label()
            + ").");
  }

  // --- Bad input (400) -------------------------------------------------------------------------

  static InvalidInputException unknownSession(String field, long sessionId, String whereToLook) {
    return new InvalidInputException(
        field, "No existe la sesión con id " + sessionId + ". " + whereToLook);
  }

  static InvalidInputException unknownArea(String field, String code) {
    return new InvalidInputException(
        field,
        "No existe el área «"
            + code
            + "». Consulte las claves en GET /api/areas (p. ej. ascenso, juridica).");
  }

  static InvalidInputException dueDateBeforeSession(
      String field, LocalDate dueDate, CommissionSession session) {
    return new InvalidInputException(
        field,
        "La fecha límite ("
            + SpanishDates.numeric(dueDate)
            + ") no puede ser anterior a la sesión ("
            + SpanishDates.numeric(session.getDate())
            + ").");
  }

  static InvalidInputException sessionAfterDueDate(
      Commitment commitment, CommissionSession session) {
    return new InvalidInputException(
        "date",
        "La fecha límite del compromiso "
            + commitment.getFolio()
            + " ("
            + SpanishDates.numeric(commitment.getDueDate())
            + ") quedaría antes de la sesión ("
            + SpanishDates.numeric(session.getDate())
            + "); cambie primero esa fecha límite.");
  }

  static InvalidInputException.FieldProblem notAWebLink(int index, String url) {
    return new InvalidInputException.FieldProblem(
        "references[" + index + "].url",
        "La liga «" + url + "» no es una dirección http:// o https:// válida.");
  }

  static InvalidInputException.FieldProblem loweredWithoutJustification(int from, int to) {
    return new InvalidInputException.FieldProblem(
        "justification",
        "El avance baja de " + from + " % a " + to + " %: explique el motivo en la justificación.");
  }

  static InvalidInputException.FieldProblem closureBelowComplete(int percent) {
    return new InvalidInputException.FieldProblem(
        "percent",
        "Para solicitar la conclusión el avance debe ser 100 % (se indicó " + percent + " %).");
  }

  static InvalidInputException returnedWithoutObservations() {
    return new InvalidInputException(
        "observations",
        "Para devolver la solicitud al área escriba las observaciones que debe atender.");
  }

  static InvalidInputException newDueDateNotAhead(String field, LocalDate date, LocalDate today) {
    return new InvalidInputException(
        field,
        "La nueva fecha límite ("
            + SpanishDates.numeric(date)
            + ") debe ser posterior a hoy ("
            + SpanishDates.numeric(today)
            + ").");
  }
}
