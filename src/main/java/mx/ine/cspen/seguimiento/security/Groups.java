package mx.ine.cspen.seguimiento.security;

import java.util.Locale;

/**
 * The Camunda groups of docs/security.md. Each commission has a group for its Secretaría Técnica
 * and one for its members (the CSPEN's are {@code secretaria-tecnica} and {@code comision}; a
 * commission added later gets {@code secretaria-tecnica-<code>} and {@code comision-<code>}); areas
 * have one group each, {@code area-<code>}.
 */
public final class Groups {

  /** The CSPEN's Secretaría Técnica. */
  public static final String TECHNICAL_SECRETARIAT = "secretaria-tecnica";

  /** The CSPEN's members. */
  public static final String COMMISSION = "comision";

  /** Readers of every commission (the executive secretariat, the Consejo's offices). */
  public static final String INSTITUTE_READERS = "consulta-institucional";

  public static final String ADMINISTRATORS = "camunda-admin";

  private Groups() {}

  /** The Secretaría Técnica's group of a commission added with this code. */
  public static String secretariatOf(String commissionCode) {
    return TECHNICAL_SECRETARIAT + "-" + commissionCode.toLowerCase(Locale.ROOT);
  }

  /** The members' group of a commission added with this code. */
  public static String membersOf(String commissionCode) {
    return COMMISSION + "-" + commissionCode.toLowerCase(Locale.ROOT);
  }

  /** A group whose members read and change nothing: any commission's members, or all readers. */
  public static boolean readsOnly(String group) {
    return group.equals(COMMISSION)
        || group.startsWith(COMMISSION + "-")
        || group.equals(INSTITUTE_READERS);
  }
}
