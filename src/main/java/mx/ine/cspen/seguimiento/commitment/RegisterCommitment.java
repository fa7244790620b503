package mx.ine.cspen.seguimiento.commitment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import mx.ine.cspen.seguimiento.system.PlausibleDate;

/** A commitment or agreement made at a registered session. */
public record RegisterCommitment(
    @NotNull(message = "Indique la sesión (sessionId) en que se adoptó.") Long sessionId,
    @NotNull(message = "Indique si es un acuerdo (AGREEMENT) o un compromiso (COMMITMENT).")
        CommitmentKind kind,
    @NotBlank(message = "Escriba el texto del acuerdo o compromiso.")
        @Size(max = 4000, message = "El texto admite hasta 4000 caracteres.")
        String text,
    @Size(max = 300, message = "Quien lo propuso admite hasta 300 caracteres.") String proposer,
    String areaCode,
    @PlausibleDate LocalDate dueDate) {}
