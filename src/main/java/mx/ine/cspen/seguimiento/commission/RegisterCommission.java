package mx.ine.cspen.seguimiento.commission;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * A commission to add, as its administrator describes it.
 *
 * @param folioPrefix "CCOE" in CCOE-2024-001; the code when empty
 * @param glossary the abbreviations its reports may use; none when empty
 */
public record RegisterCommission(
    @NotBlank(message = "Indique la clave de la comisión (por ejemplo, CCOE).")
        @Pattern(
            regexp = "[A-Z][A-Z0-9]{1,19}",
            message =
                "La clave de la comisión lleva de 2 a 20 letras mayúsculas o dígitos, sin espacios"
                    + " (por ejemplo, CCOE).")
        String code,
    @NotBlank(message = "Indique el nombre de la comisión.")
        @Size(max = 300, message = "El nombre de la comisión admite hasta 300 caracteres.")
        String name,
    @NotBlank(
            message =
                "Indique el nombre corto con que la nombran los informes (por ejemplo, «Comisión"
                    + " de Organización»).")
        @Size(max = 200, message = "El nombre corto admite hasta 200 caracteres.")
        String shortName,
    @NotBlank(
            message =
                "Indique las siglas de la unidad que es su Secretaría Técnica (por ejemplo, DEOE).")
        @Size(
            max = 40,
            message = "Las siglas de la Secretaría Técnica admiten hasta 40 caracteres.")
        String secretariatUnit,
    @NotBlank(message = "Indique el nombre de la unidad que es su Secretaría Técnica.")
        @Size(
            max = 300,
            message = "El nombre de la Secretaría Técnica admite hasta 300 caracteres.")
        String secretariatName,
    @NotBlank(message = "Indique el título del informe.")
        @Size(max = 2000, message = "El título del informe admite hasta 2000 caracteres.")
        String reportTitle,
    @NotBlank(
            message =
                "Indique el fundamento del informe: el párrafo de su presentación que cita los"
                    + " artículos que obligan a presentarlo.")
        @Size(max = 4000, message = "El fundamento del informe admite hasta 4000 caracteres.")
        String legalBasis,
    @Pattern(
            regexp = "([A-Z][A-Z0-9]{1,19})?",
            message =
                "El prefijo de los folios lleva de 2 a 20 letras mayúsculas o dígitos (por"
                    + " ejemplo, CCOE).")
        String folioPrefix,
    @Size(max = 100, message = "El glosario admite hasta 100 términos.")
        List<@Valid Term> glossary) {

  /**
   * An abbreviation of the glossary.
   *
   * @param words what in a report's text means the term; the parts of {@code term} separated by "/"
   *     when empty ("Comisión de Organización/COE": "Comisión de Organización", "COE")
   */
  public record Term(
      @NotBlank(message = "Indique el término del glosario (por ejemplo, «DEOE»).")
          @Size(max = 200, message = "Un término del glosario admite hasta 200 caracteres.")
          String term,
      @NotBlank(message = "Indique el significado del término.")
          @Size(max = 1000, message = "El significado de un término admite hasta 1000 caracteres.")
          String meaning,
      List<@NotBlank(message = "Una palabra del término no puede quedar vacía.") String> words) {}

  public RegisterCommission {
    glossary = glossary == null ? List.of() : List.copyOf(glossary);
  }
}
