package mx.ine.cspen.seguimiento.importing;

import mx.ine.cspen.seguimiento.commitment.ImportedCommitment;
import mx.ine.cspen.seguimiento.importing.AnnexCells.SessionName;

/**
 * One data row of the annex, read and checked on its own. How it fits with the other rows and with
 * what is already registered is checked by {@link AnnexImportPlan}.
 *
 * @param row the row number, counted from 1 below the headings
 */
record AnnexRow(int row, SessionName session, ImportedCommitment commitment) {

  /** The text as compared with the commitments already registered: spaces collapsed. */
  String matchingText() {
    return AnnexText.collapse(commitment.text());
  }
}
