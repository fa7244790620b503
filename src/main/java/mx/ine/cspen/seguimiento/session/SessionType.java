package mx.ine.cspen.seguimiento.session;

/** Ordinary or extraordinary session of the Commission, with its Spanish adjective. */
public enum SessionType {
  ORDINARY("ordinaria", "ordinarias"),
  EXTRAORDINARY("extraordinaria", "extraordinarias");

  private final String singular;
  private final String plural;

  SessionType(String singular, String plural) {
    this.singular = singular;
    this.plural = plural;
  }

  /** "ordinaria" */
  public String adjective() {
    return singular;
  }

  /** "ordinarias" */
  public String pluralAdjective() {
    return plural;
  }
}
