package mx.ine.cspen.seguimiento.importing;

import java.util.List;

/**
 * A file read as a table: its headings and its data rows, numbered from 1 below the headings. Blank
 * rows keep their number, so a problem's row is the one the person sees.
 *
 * @param format how the file was read, in Spanish ("CSV separado por punto y coma")
 */
record AnnexTable(String format, List<String> headings, List<Row> rows) {

  record Row(int number, List<String> cells) {

    boolean isBlank() {
      return cells.stream().allMatch(String::isBlank);
    }
  }
}
