package mx.ine.cspen.seguimiento.commitment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import mx.ine.cspen.seguimiento.system.PlausibleDate;

/** The Secretaría Técnica sets or changes a commitment's due date, optionally saying why. */
public record ChangeDueDate(
    @NotNull(message = "Indique la fecha límite (dueDate) con el formato AAAA-MM-DD.")
        @PlausibleDate
        LocalDate dueDate,
    @Size(max = 1000, message = "El motivo admite hasta 1000 caracteres.") String reason) {}
