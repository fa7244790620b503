package mx.ine.cspen.seguimiento.commitment;

import java.util.List;
import mx.ine.cspen.seguimiento.area.Area;

/**
 * A commitment as a row of an existing annex describes it, checked by the import: where it stands
 * today and the progress that brought it there.
 *
 * @param area the responsible area, or null for a commitment still without one
 * @param outcome whether the commitment is still open, concluded or without effect
 * @param progress the latest progress (narrative, percent, references); null for none
 * @param cancellationReason why the Commission left it without effect ({@link Outcome#CANCELLED})
 */
public record ImportedCommitment(
    CommitmentKind kind,
    String text,
    Area area,
    Outcome outcome,
    AnnexProgress progress,
    String cancellationReason) {

  /** Where an imported commitment stands. */
  public enum Outcome {
    OPEN,
    CONCLUDED,
    CANCELLED
  }

  /** One progress report as the annex shows it. */
  public record AnnexProgress(int percent, String narrative, List<ReferenceInput> references) {

    public AnnexProgress {
      references = references == null ? List.of() : List.copyOf(references);
    }
  }
}
