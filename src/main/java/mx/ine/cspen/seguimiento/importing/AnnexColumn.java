package mx.ine.cspen.seguimiento.importing;

import java.util.Arrays;
import java.util.Optional;

/**
 * The columns of the annex of the follow-up report, with their headings as the report writes them,
 * plus {@code Ligas}: the references with their links, which the report puts in footnotes.
 */
enum AnnexColumn {
  NUMBER("No.", true),
  SESSION("Fecha y tipo de sesión", true),
  TEXT("Acuerdo/ Compromiso", true),
  AREA("Área Responsable", true),
  PROGRESS("Avance/cumplimiento", true),
  STATUS("Estatus", true),
  PERCENT("Porcentaje de Avance", true),
  LINKS("Ligas", false);

  private final String heading;
  private final boolean required;

  AnnexColumn(String heading, boolean required) {
    this.heading = heading;
    this.required = required;
  }

  String heading() {
    return heading;
  }

  boolean required() {
    return required;
  }

  /**
   * The column a typed heading names, whatever its case, accents, spaces and final period
   * ("Acuerdo/Compromiso", "AREA RESPONSABLE", "No").
   */
  static Optional<AnnexColumn> named(String typed) {
    String wanted = compact(typed);
    return Arrays.stream(values()).filter(c -> compact(c.heading).equals(wanted)).findFirst();
  }

  private static String compact(String heading) {
    return AnnexText.key(heading).replace(" ", "");
  }
}
