package mx.ine.cspen.seguimiento.security;

import java.util.function.Supplier;
import mx.ine.cspen.seguimiento.system.ForbiddenException;

/**
 * The role checks every feature makes before it does anything: who may register, correct, verify,
 * import, issue, administer and read. A refusal is a {@link ForbiddenException} (403) whose Spanish
 * text says who may do it: {@code requireSecretariat(user, "registra sesiones")} refuses with «Solo
 * la Secretaría Técnica registra sesiones.».
 *
 * <p>What a role may do to one record (an area's own commitments, a report's commission) is checked
 * with the record, by the feature that owns it, on top of these; which role may do what in the
 * engine is in {@code docs/security.md}.
 */
public final class RoleChecks {

  private RoleChecks() {}

  /** The Secretaría Técnica of the commission the person works in now. */
  public static void requireSecretariat(CurrentUser user, String does) {
    if (!user.isTechnicalSecretariat()) {
      throw onlySecretariat(does);
    }
  }

  /**
   * The Secretaría Técnica of some commission: the check made before the record is even read, so
   * that nobody else learns whether it exists.
   */
  public static void requireSecretariatOfAny(CurrentUser user, String does) {
    if (!user.isTechnicalSecretariatOfAny()) {
      throw onlySecretariat(does);
    }
  }

  /**
   * The Secretaría Técnica of the record's commission, and no other. Another commission's
   * Secretaría Técnica learns which one may.
   *
   * @param commissionName the commission's short name, for the refusal
   */
  public static void requireSecretariatOf(
      Long commissionId, CurrentUser user, String does, Supplier<String> commissionName) {
    if (!user.isTechnicalSecretariatOf(commissionId)) {
      throw user.isTechnicalSecretariatOfAny() && commissionId != null
          ? new ForbiddenException(
              "Solo la Secretaría Técnica de la " + commissionName.get() + " " + does + ".")
          : onlySecretariat(does);
    }
  }

  /** The institute's administrators: the catalogue of commissions and the engine's repairs. */
  public static void requireAdministrator(CurrentUser user, String does) {
    if (!user.isAdministrator()) {
      throw new ForbiddenException("Solo la administración " + does + ".");
    }
  }

  /**
   * Whoever reads everything of the commission the person works in (its Secretaría Técnica and its
   * members); areas see only their own commitments.
   *
   * @param refusal who may, in the feature's words
   */
  public static void requireReader(CurrentUser user, String refusal) {
    if (!user.readsEverything()) {
      throw new ForbiddenException(refusal);
    }
  }

  /** {@link #requireReader}, of the record's commission. */
  public static void requireReaderOf(Long commissionId, CurrentUser user, String refusal) {
    if (!user.readsEverythingOf(commissionId)) {
      throw new ForbiddenException(refusal);
    }
  }

  private static ForbiddenException onlySecretariat(String does) {
    return new ForbiddenException("Solo la Secretaría Técnica " + does + ".");
  }
}
