package mx.ine.cspen.seguimiento.security;

/** The Camunda groups of docs/security.md. Areas have one group each: {@code area-<code>}. */
public final class Groups {

  public static final String TECHNICAL_SECRETARIAT = "secretaria-tecnica";
  public static final String COMMISSION = "comision";
  public static final String ADMINISTRATORS = "camunda-admin";

  private Groups() {}
}
