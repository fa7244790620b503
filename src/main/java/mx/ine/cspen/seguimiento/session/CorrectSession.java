package mx.ine.cspen.seguimiento.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/**
 * The Secretaría Técnica corrects how a session was registered; what is not given stays as it is.
 */
public record CorrectSession(
    SessionType type,
    @Min(value = 1, message = "El número de la sesión debe estar entre 1 y 99.")
        @Max(value = 99, message = "El número de la sesión debe estar entre 1 y 99.")
        Integer number,
    LocalDate date,
    @NotBlank(message = "Indique el motivo de la corrección.")
        @Size(max = 1000, message = "El motivo admite hasta 1000 caracteres.")
        String reason) {}
