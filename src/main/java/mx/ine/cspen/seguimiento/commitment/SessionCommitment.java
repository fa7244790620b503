package mx.ine.cspen.seguimiento.commitment;

import java.time.LocalDate;

/** One agreement or commitment of a session registered together with the others. */
public record SessionCommitment(
    CommitmentKind kind, String text, String proposer, String areaCode, LocalDate dueDate) {}
