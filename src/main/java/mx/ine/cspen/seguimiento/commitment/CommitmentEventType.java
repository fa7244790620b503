package mx.ine.cspen.seguimiento.commitment;

/** What happened to a commitment, in the words of its history page. */
public enum CommitmentEventType {
  REGISTERED("Registro"),
  ASSIGNED("Asignación de área"),
  REASSIGNED("Reasignación de área"),
  PROGRESS_REPORTED("Informe de avance"),
  CLOSURE_REQUESTED("Solicitud de conclusión"),
  CLOSURE_APPROVED("Conclusión aprobada"),
  CLOSURE_RETURNED("Solicitud de conclusión devuelta"),
  CANCELLED("Sin efecto"),
  DUE_DATE_CHANGED("Cambio de fecha límite"),
  OVERDUE_FOLLOWED_UP("Seguimiento de compromiso vencido"),
  CORRECTED("Corrección de datos"),
  SESSION_CORRECTED("Corrección de la sesión"),
  /** An administrator brought the commitment's process back to what the commitment says. */
  PROCESS_REPAIRED("Reparación del proceso");

  private final String label;

  CommitmentEventType(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
