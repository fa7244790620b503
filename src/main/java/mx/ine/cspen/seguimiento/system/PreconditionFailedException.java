package mx.ine.cspen.seguimiento.system;

/**
 * The caller asked to change a record as it saw it (If-Match) and it has changed since: 412,
 * nothing changes.
 */
public class PreconditionFailedException extends RuntimeException {

  public PreconditionFailedException(String message) {
    super(message);
  }
}
