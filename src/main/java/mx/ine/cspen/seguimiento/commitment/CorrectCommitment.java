package mx.ine.cspen.seguimiento.commitment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * The Secretaría Técnica corrects how a commitment was registered: a typo in its text, its
 * proposer, its kind or its session. What is not given stays as it is; an empty proposer removes
 * it.
 */
public record CorrectCommitment(
    @Size(max = 4000, message = "El texto admite hasta 4000 caracteres.") String text,
    @Size(max = 300, message = "Quien lo propuso admite hasta 300 caracteres.") String proposer,
    CommitmentKind kind,
    Long sessionId,
    @NotBlank(message = "Indique el motivo de la corrección.")
        @Size(max = 1000, message = "El motivo admite hasta 1000 caracteres.")
        String reason) {}
