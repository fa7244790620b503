package mx.ine.cspen.seguimiento.commitment;

import jakarta.validation.constraints.NotBlank;

/** The responsible area of a commitment: a first assignment or a reassignment. */
public record AssignArea(
    @NotBlank(message = "Indique la clave del área responsable (areaCode).") String areaCode) {}
