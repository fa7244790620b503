package mx.ine.cspen.seguimiento.report;

/** Where a follow-up report stands, with the Spanish word people read. */
public enum ReportStatus {
  /** The areas bring their progress up to date until the end of the cut-off day. */
  UPDATING("Actualización de avances"),
  /** The draft is generated and awaits the Secretaría Técnica's review. */
  DRAFT("Borrador en revisión"),
  /** Approved and frozen: its files never change. */
  ISSUED("Emitido");

  private final String label;

  ReportStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
