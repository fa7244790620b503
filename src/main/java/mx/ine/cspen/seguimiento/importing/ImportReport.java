package mx.ine.cspen.seguimiento.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to an import or its dry run. The counts say what the import does (or would do):
 * sessions and commitments it registers, registered commitments whose progress it updates, and rows
 * it leaves unchanged because the commitment is already registered as the file says.
 *
 * @param dryRun whether this was only a check
 * @param imported whether the rows were written (never on a dry run, never with problems)
 * @param format how the file was read, e.g. "CSV separado por punto y coma"
 * @param rows data rows read (blank rows aside)
 * @param message a summary for people, in Spanish
 * @param items what happens to each row without problems
 */
public record ImportReport(
    boolean dryRun,
    boolean imported,
    LocalDate asOf,
    String format,
    int rows,
    int sessions,
    int commitments,
    int updated,
    int unchanged,
    List<ImportProblem> problems,
    String message,
    List<Item> items) {

  /**
   * @param action CREATE, UPDATE or UNCHANGED
   * @param folio the commitment's folio, once registered
   */
  public record Item(
      int row,
      String session,
      String text,
      String area,
      String status,
      int percent,
      String action,
      String actionLabel,
      String folio,
      String note) {}
}
