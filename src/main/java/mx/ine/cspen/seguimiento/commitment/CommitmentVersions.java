package mx.ine.cspen.seguimiento.commitment;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mx.ine.cspen.seguimiento.system.InvalidInputException;

/**
 * A commitment's version as HTTP carries it (RFC 9110): the ETag of {@code GET
 * /api/commitments/{id}} is {@code "<version>"}, and a write sent with {@code If-Match:
 * "<version>"} changes the commitment only if it is still at that version.
 */
final class CommitmentVersions {

  private static final Pattern TAG = Pattern.compile("\\s*(?:W/)?\"(\\d{1,18})\"\\s*");

  private CommitmentVersions() {}

  static String etag(Commitment commitment) {
    return "\"" + commitment.getVersion() + "\"";
  }

  /** The version an If-Match names; null when there is none or it is {@code *} (any). */
  static Long expected(String ifMatch) {
    if (ifMatch == null || ifMatch.isBlank() || ifMatch.strip().equals("*")) {
      return null;
    }
    Matcher tag = TAG.matcher(ifMatch);
    if (!tag.matches()) {
      throw new InvalidInputException(
          "If-Match",
          "El encabezado If-Match debe llevar la ETag que devolvió la consulta del compromiso,"
              + " entre comillas (p. ej. \"3\"); se recibió «"
              + ifMatch
              + "».");
    }
    return Long.parseLong(tag.group(1));
  }
}
