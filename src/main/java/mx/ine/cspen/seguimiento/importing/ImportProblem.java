package mx.ine.cspen.seguimiento.importing;

/**
 * Something to correct in the file before it can be imported.
 *
 * @param row the data row, counted from 1 below the headings (as the annex's "No."); 0 for the file
 *     as a whole or its headings
 * @param column the heading of the column as written in the file; null when no column applies
 * @param message what is wrong and how to correct it, in Spanish
 */
public record ImportProblem(int row, String column, String message) {

  static ImportProblem ofFile(String message) {
    return new ImportProblem(0, null, message);
  }
}
