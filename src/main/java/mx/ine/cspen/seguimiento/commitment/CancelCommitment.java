package mx.ine.cspen.seguimiento.commitment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The Commission leaves a commitment without effect, for a recorded reason. */
public record CancelCommitment(
    @NotBlank(message = "Indique el motivo por el que el compromiso queda sin efecto.")
        @Size(max = 4000, message = "El motivo admite hasta 4000 caracteres.")
        String reason) {}
