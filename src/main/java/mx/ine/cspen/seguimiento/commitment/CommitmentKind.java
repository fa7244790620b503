package mx.ine.cspen.seguimiento.commitment;

public enum CommitmentKind {
  AGREEMENT("Acuerdo"),
  COMMITMENT("Compromiso");

  private final String label;

  CommitmentKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
