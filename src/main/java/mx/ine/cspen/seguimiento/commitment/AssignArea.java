package mx.ine.cspen.seguimiento.commitment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The responsible area of a commitment: a first assignment or a reassignment, optionally saying why
 * (recorded in the history).
 */
public record AssignArea(
    @NotBlank(message = "Indique la clave del área responsable (areaCode).") String areaCode,
    @Size(max = 1000, message = "El motivo admite hasta 1000 caracteres.") String reason) {}
