package mx.ine.cspen.seguimiento.session;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import mx.ine.cspen.seguimiento.system.PlausibleDate;

/** A session of the Commission to register. */
public record RegisterSession(
    @NotNull(
            message =
                "Indique el tipo de sesión: ORDINARY (ordinaria) o EXTRAORDINARY (extraordinaria).")
        SessionType type,
    @NotNull(message = "Indique el número de la sesión en el año (1 para la Primera).")
        @Min(value = 1, message = "El número de la sesión debe estar entre 1 y 99.")
        @Max(value = 99, message = "El número de la sesión debe estar entre 1 y 99.")
        Integer number,
    @NotNull(message = "Indique la fecha de la sesión (AAAA-MM-DD).") @PlausibleDate
        LocalDate date) {}
