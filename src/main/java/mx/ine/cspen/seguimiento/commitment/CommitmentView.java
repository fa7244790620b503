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

  static CommitmentView of(CommitmentQueries.Row c) {
    return new CommitmentView(
        c.id(),
        c.folio(),
        c.sessionId(),
        c.sessionLabel(),
        c.kind(),
        c.text(),
        c.proposer(),
        c.areaCode(),
        c.areaName(),
        c.dueDate(),
        c.status(),
        c.status().label(),
        c.percent(),
        c.createdAt(),
        c.createdBy());
  }

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
