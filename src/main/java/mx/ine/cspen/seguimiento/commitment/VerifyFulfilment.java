package mx.ine.cspen.seguimiento.commitment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The Secretaría Técnica's decision on a closure request. */
public record VerifyFulfilment(
    @NotNull(
            message =
                "Indique si aprueba la conclusión (approved: true) o la devuelve al área (false).")
        Boolean approved,
    @Size(max = 4000, message = "Las observaciones admiten hasta 4000 caracteres.")
        String observations) {}
