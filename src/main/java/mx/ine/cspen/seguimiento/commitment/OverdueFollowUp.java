package mx.ine.cspen.seguimiento.commitment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import mx.ine.cspen.seguimiento.system.PlausibleDate;

/**
 * What the Secretaría Técnica did about a commitment past its due date, and the new due date it
 * agreed with the area, if any.
 */
public record OverdueFollowUp(
    @NotBlank(message = "Describa las acciones de seguimiento realizadas.")
        @Size(max = 4000, message = "Las acciones de seguimiento admiten hasta 4000 caracteres.")
        String followUpNote,
    @PlausibleDate LocalDate newDueDate) {}
