package mx.ine.cspen.seguimiento.system;

/** The request does not fit the current state (or lost a race to another change): 409. */
public class ConflictException extends RuntimeException {

  public ConflictException(String message) {
    super(message);
  }
}
