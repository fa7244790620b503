package mx.ine.cspen.seguimiento.importing;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import mx.ine.cspen.seguimiento.commitment.CommitmentAnnex;
import mx.ine.cspen.seguimiento.commitment.CommitmentQueries;
import mx.ine.cspen.seguimiento.commitment.CommitmentStatus;
import mx.ine.cspen.seguimiento.commitment.ImportedCommitment.Outcome;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The list of commitments as the annex of the report shows it (its seven columns plus {@code
 * Ligas}), in CSV or XLSX, so that it opens in Excel and can be imported again unchanged.
 *
 * <p>CSV: UTF-8 with a byte order mark (without it Excel reads the accents wrong), CRLF line ends,
 * comma separators as Excel writes them with Mexico's regional settings (semicolons on request, for
 * computers set up for Spain). Text a spreadsheet would take for a formula (starting with =, +,
 * -, @) gets a leading apostrophe, which the import removes again. XLSX writes every value as text
 * (the percent as a number), so nothing in it is ever evaluated.
 */
final class AnnexExport {

  static final String CSV_TYPE = "text/csv;charset=UTF-8";
  static final String XLSX_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /** Column widths in characters, and the height of one line of text in points. */
  private static final int[] WIDTHS = {6, 24, 60, 30, 60, 12, 12, 50};

  private static final float LINE_HEIGHT = 15f;

  /** Rows of the XLSX kept in memory while it is written; the rest wait on disk. */
  private static final int ROWS_IN_MEMORY = 100;

  private AnnexExport() {}

  /** One row of the annex, as text. */
  record Line(
      int number,
      String session,
      String text,
      String area,
      String progress,
      String status,
      int percent,
      String links) {

    List<String> cells() {
      return List.of(
          String.valueOf(number), session, text, area, progress, status, percent + "%", links);
    }
  }

  /** The annex's row of a commitment as the domain's entities give it. */
  static Line line(int number, CommitmentAnnex.Entry entry) {
    var c = entry.commitment();
    return new Line(
        number,
        c.getSession().annexLabel(),
        c.getText(),
        c.getArea() == null ? "" : c.getArea().getName() + ".",
        entry.narrative(),
        statusLabel(c.getStatus()),
        c.getPercent(),
        AnnexLinks.format(entry.references()));
  }

  /** The same row as the read model streams it. */
  static Line line(int number, CommitmentQueries.AnnexEntry entry) {
    var c = entry.commitment();
    return new Line(
        number,
        c.sessionLabel(),
        c.text(),
        c.areaName() == null ? "" : c.areaName() + ".",
        entry.narrative(),
        statusLabel(c.status()),
        c.percent(),
        AnnexLinks.format(entry.references()));
  }

  /** Where the lines of a file go, one at a time; closing it finishes the file. */
  interface Writer extends Closeable {
    void write(Line line) throws IOException;
  }

  /** The CSV, written to {@code out} as the lines arrive: nothing but the current line is held. */
  static Writer csv(OutputStream out, char delimiter) throws IOException {
    out.write(BOM);
    CSVFormat format =
        CSVFormat.RFC4180.builder().setDelimiter(delimiter).setRecordSeparator("\r\n").get();
    CSVPrinter printer =
        new CSVPrinter(
            new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16),
            format);
    printer.printRecord(headings());
    return new Writer() {
      @Override
      public void write(Line line) throws IOException {
        printer.printRecord(line.cells().stream().map(AnnexText::safeForSpreadsheet).toList());
      }

      @Override
      public void close() throws IOException {
        printer.close(true);
      }
    };
  }

  static byte[] csv(List<Line> lines, char delimiter) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = csv(bytes, delimiter)) {
      for (Line line : lines) {
        writer.write(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * The XLSX, streamed: POI's SXSSF keeps a window of {@link #ROWS_IN_MEMORY} rows and writes the
   * others to a compressed temporary file, so memory stays the same whatever the rows; the book is
   * written to {@code out} when the writer closes. Strings are written inline (a shared strings
   * table would hold every text in memory); spreadsheets and our import read both.
   */
  static Writer xlsx(OutputStream out) {
    SXSSFWorkbook workbook = new SXSSFWorkbook(null, ROWS_IN_MEMORY, true, false);
    SXSSFSheet sheet = workbook.createSheet("Anexo");
    CellStyle heading = headingStyle(workbook);
    CellStyle text = workbook.createCellStyle();
    text.setWrapText(true);
    text.setVerticalAlignment(VerticalAlignment.TOP);
    CellStyle percent = workbook.createCellStyle();
    percent.cloneStyleFrom(text);
    percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));

    Row top = sheet.createRow(0);
    List<String> headings = headings();
    for (int i = 0; i < headings.size(); i++) {
      Cell cell = top.createCell(i);
      cell.setCellValue(headings.get(i));
      cell.setCellStyle(heading);
      sheet.setColumnWidth(i, WIDTHS[i] * 256);
    }
    return new Writer() {
      private int rows;

      @Override
      public void write(Line line) {
        Row row = sheet.createRow(line.number());
        List<String> cells = line.cells();
        row.setHeightInPoints(LINE_HEIGHT * linesNeeded(cells));
        for (int i = 0; i < cells.size(); i++) {
          Cell cell = row.createCell(i);
          if (i == AnnexColumn.PERCENT.ordinal()) {
            cell.setCellValue(line.percent() / 100.0);
            cell.setCellStyle(percent);
          } else {
            cell.setCellValue(cells.get(i));
            cell.setCellStyle(text);
          }
        }
        rows++;
      }

      @Override
      public void close() throws IOException {
        try {
          sheet.createFreezePane(0, 1);
          // Printed as the annex is: landscape, one page wide, the headings on every page.
          sheet.getPrintSetup().setLandscape(true);
          sheet.getPrintSetup().setFitWidth((short) 1);
          sheet.getPrintSetup().setFitHeight((short) 0);
          sheet.setFitToPage(true);
          sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
          if (rows > 0) {
            sheet.setAutoFilter(new CellRangeAddress(0, rows, 0, headings.size() - 1));
          }
          workbook.write(out);
        } finally {
          workbook.close();
        }
      }
    };
  }

  static byte[] xlsx(List<Line> lines) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (Writer writer = xlsx(bytes)) {
      for (Line line : lines) {
        writer.write(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /**
   * Spreadsheets do not size rows to wrapped text of a generated file; this estimates the lines
   * each row needs from its columns' widths, so that every text shows whole.
   */
  private static int linesNeeded(List<String> cells) {
    int most = 1;
    for (int i = 0; i < cells.size(); i++) {
      // A width counts digits; text averages narrower letters, about 1.15 of them per digit.
      int perLine = Math.max((int) (WIDTHS[i] * 1.15) - 1, 1);
      int lines = 0;
      for (String paragraph : cells.get(i).split("\n", -1)) {
        lines += Math.max(1, (paragraph.length() + perLine - 1) / perLine);
      }
      most = Math.max(most, lines);
    }
    return most;
  }

  private static CellStyle headingStyle(Workbook workbook) {
    CellStyle style = workbook.createCellStyle();
    Font bold = workbook.createFont();
    bold.setBold(true);
    style.setFont(bold);
    style.setWrapText(true);
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    style.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setBorderBottom(BorderStyle.THIN);
    return style;
  }

  private static List<String> headings() {
    return java.util.Arrays.stream(AnnexColumn.values()).map(AnnexColumn::heading).toList();
  }

  /** The annex's status: "Concluido.", "Sin efecto.", and "En curso." for everything else. */
  static String statusLabel(CommitmentStatus status) {
    return switch (status) {
      case CONCLUDED -> statusLabel(Outcome.CONCLUDED);
      case CANCELLED -> statusLabel(Outcome.CANCELLED);
      default -> statusLabel(Outcome.OPEN);
    };
  }

  static String statusLabel(Outcome outcome) {
    return switch (outcome) {
      case CONCLUDED -> "Concluido.";
      case CANCELLED -> "Sin efecto.";
      case OPEN -> "En curso.";
    };
  }
}
