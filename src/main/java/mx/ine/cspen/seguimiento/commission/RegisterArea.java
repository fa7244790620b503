package mx.ine.cspen.seguimiento.commission;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An area to add to a commission's catalogue. */
public record RegisterArea(
    @NotBlank(message = "Indique la clave del área (por ejemplo, capacitacion).")
        @Pattern(
            regexp = "[a-z][a-z0-9]{1,39}",
            message =
                "La clave del área lleva de 2 a 40 letras minúsculas sin acentos o dígitos, sin"
                    + " espacios (por ejemplo, capacitacion); su grupo será area-<clave>.")
        String code,
    @NotBlank(message = "Indique el nombre del área.")
        @Size(max = 200, message = "El nombre del área admite hasta 200 caracteres.")
        String name) {}
