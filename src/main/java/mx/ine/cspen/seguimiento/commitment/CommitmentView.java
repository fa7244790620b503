package mx.ine.cspen.seguimiento.commitment;

import java.time.Instant;
import java.time.LocalDate;

/** A commitment as the API lists it. */
record CommitmentView(
    Long id,
    String folio,
    Long sessionId,
    String session,
    CommitmentKind kind,
    String text,
    String proposer,
    String areaCode,
    String areaName,
    LocalDate dueDate,
    CommitmentStatus status,
    String statusLabel,
    int percent,
    Instant createdAt,
    String createdBy) {

  static CommitmentView of(Commitment c) {
    return new CommitmentView(
        c.getId(),
        c.getFolio(),
        c.getSession().getId(),
        c.getSession().annexLabel(),
        c.getKind(),
        c.getText(),
        c.getProposer(),
        c.getAreaCode(),
        c.getArea() == null ? null : c.getArea().getName(),
        c.getDueDate(),
        c.getStatus(),
        c.getStatus().label(),
        c.getPercent(),
        c.getCreatedAt(),
        c.getCreatedBy());
  }
}
