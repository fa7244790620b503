package mx.ine.cspen.seguimiento.commitment;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.stream.Collectors;
import mx.ine.cspen.seguimiento.system.SpanishText;

/**
 * The kind of document a progress report cites: "Acuerdo INE/JGE38/2024", "Oficio
 * INE/DJ/6820/2024", "Opinión INE-CSPEN-ST-001-2024"… In JSON, the Spanish word without accents
 * ("acuerdo", "oficio", "opinion"…); case and accents are ignored on input.
 */
public enum DocumentType {
  AGREEMENT("acuerdo", "Acuerdo"),
  OFFICIAL_LETTER("oficio", "Oficio"),
  OPINION("opinion", "Opinión"),
  CIRCULAR("circular", "Circular"),
  REPORT("informe", "Informe"),
  MINUTES("acta", "Acta"),
  OTHER("otro", "Otro");

  private final String code;
  private final String label;

  DocumentType(String code, String label) {
    this.code = code;
    this.label = label;
  }

  @JsonValue
  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  @JsonCreator
  public static DocumentType fromCode(String value) {
    String wanted = normalise(value);
    return Arrays.stream(values())
        .filter(t -> t.code.equals(wanted) || normalise(t.name()).equals(wanted))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Tipo de documento desconocido: «"
                        + value
                        + "». Use uno de: "
                        + codes()
                        + "."));
  }

  public static String codes() {
    return Arrays.stream(values()).map(DocumentType::code).collect(Collectors.joining(", "));
  }

  private static String normalise(String value) {
    return SpanishText.plain(value).strip();
  }
}
