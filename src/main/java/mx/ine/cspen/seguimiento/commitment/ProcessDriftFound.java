package mx.ine.cspen.seguimiento.commitment;

import java.util.List;

/** The nightly drift check found commitments whose process disagrees with them. */
public record ProcessDriftFound(List<ProcessDrift> drifts) {}
