package mx.ine.cspen.seguimiento.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The seed's annex, and the same table saved the ways Excel saves it. */
final class AnnexFiles {

  private AnnexFiles() {}

  /** The annex of the report of 17 June 2024, as transcribed (row 7 has the wrong date). */
  static String seed() {
    try (InputStream in =
        AnnexFiles.class.getResourceAsStream("/seed/anexo-cspen-2024-06-17.tsv")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The seed with row 7 dated as the session it names was held: 13/03/2024. */
  static String correctedSeed() {
    String seed = seed();
    String corrected =
        seed.replace(
            "13/04/2024 Primera sesión ordinaria.", "13/03/2024 Primera sesión ordinaria.");
    if (corrected.equals(seed)) {
      throw new IllegalStateException("The seed no longer has the wrong date of row 7");
    }
    return corrected;
  }

  static List<List<String>> rows(String tsv) {
    try {
      return CSVFormat.TDF
          .builder()
          .setIgnoreSurroundingSpaces(false)
          .setTrim(false)
          .get()
          .parse(new StringReader(tsv))
          .getRecords()
          .stream()
          .map(CSVRecord::toList)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** As Excel's "CSV UTF-8" with a semicolon list separator: BOM, CRLF, quoted when needed. */
  static byte[] semicolonCsvWithBom(String tsv) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        CSVPrinter printer =
            new CSVPrinter(
                writer,
                CSVFormat.EXCEL.builder().setDelimiter(';').setRecordSeparator("\r\n").get())) {
      for (List<String> row : rows(tsv)) {
        printer.printRecord(row);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** As an Excel workbook: one sheet, every cell as typed. */
  static byte[] xlsx(String tsv) {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Anexo");
      List<List<String>> rows = rows(tsv);
      for (int r = 0; r < rows.size(); r++) {
        Row row = sheet.createRow(r);
        for (int c = 0; c < rows.get(r).size(); c++) {
          row.createCell(c).setCellValue(rows.get(r).get(c));
        }
      }
      workbook.write(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
