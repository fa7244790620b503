package mx.ine.cspen.seguimiento.commitment;

/** Where a commitment stands, with the Spanish word people read. */
public enum CommitmentStatus {
  UNASSIGNED("Sin área asignada"),
  IN_PROGRESS("En curso"),
  UNDER_VERIFICATION("En verificación"),
  CONCLUDED("Concluido"),
  CANCELLED("Sin efecto");

  private final String label;

  CommitmentStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** Concluded and cancelled commitments take no further change. */
  public boolean isClosed() {
    return this == CONCLUDED || this == CANCELLED;
  }
}
