package mx.ine.cspen.seguimiento.commitment;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** A progress report of the responsible area; with {@code requestClosure}, a closure request. */
public record SubmitProgressReport(
    @NotNull(message = "Indique el porcentaje de avance, un número entero de 0 a 100.")
        @Min(value = 0, message = "El porcentaje de avance debe ser un número entero de 0 a 100.")
        @Max(value = 100, message = "El porcentaje de avance debe ser un número entero de 0 a 100.")
        Integer percent,
    @NotBlank(message = "Describa el avance o cumplimiento.")
        @Size(max = 4000, message = "La descripción del avance admite hasta 4000 caracteres.")
        String narrative,
    @Size(max = 20, message = "Un informe admite hasta 20 referencias documentales.")
        List<@NotNull(message = "Una referencia documental está vacía.") @Valid ReferenceInput>
            references,
    Boolean requestClosure,
    @Size(max = 4000, message = "La justificación admite hasta 4000 caracteres.")
        String justification) {

  public SubmitProgressReport {
    references = references == null ? List.of() : references;
  }

  public boolean closureRequested() {
    return Boolean.TRUE.equals(requestClosure);
  }
}
