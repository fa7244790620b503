package mx.ine.cspen.seguimiento.commitment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import mx.ine.cspen.seguimiento.system.PlausibleDate;

/** A document cited in a progress report: "Acuerdo INE/JGE38/2024", with its link. */
public record ReferenceInput(
    @NotNull(
            message =
                "Indique el tipo de documento (acuerdo, oficio, opinion, circular, informe, acta u otro).")
        DocumentType type,
    @NotBlank(message = "Indique el número o clave del documento, p. ej. INE/JGE38/2024.")
        @Size(max = 200, message = "El número del documento admite hasta 200 caracteres.")
        String number,
    @PlausibleDate(fromYear = 1900) LocalDate date,
    @Size(max = 2000, message = "La liga admite hasta 2000 caracteres.") String url) {}
