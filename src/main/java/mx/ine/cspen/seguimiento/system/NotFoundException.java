package mx.ine.cspen.seguimiento.system;

/** A resource addressed by its id does not exist: answered with 404. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String message) {
    super(message);
  }
}
