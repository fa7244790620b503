package mx.ine.cspen.seguimiento.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import mx.ine.cspen.seguimiento.system.SpanishDates;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

/**
 * Reads an annex file into a table, whatever produced it: a table copied from Word into a TSV,
 * Excel's CSV (comma or semicolon, UTF-8 with BOM or Windows' own encoding, CRLF, quoted cells
 * holding separators, quotes and line breaks), Excel's "Unicode text" (UTF-16 TSV) or an XLSX
 * workbook (its first sheet, cells as Excel shows them). The format is told by the bytes, not by
 * the name or the declared type, which browsers and people often get wrong.
 */
@Component
class AnnexFileReader {

  /** More cells than this in one row is not an annex; refused before it fills memory. */
  static final int MAX_CELLS = 100;

  private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
  private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0};
  private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

  static final String NOT_A_TABLE =
      "El archivo no es una tabla de texto (TSV o CSV) ni un libro de Excel (.xlsx). Guarde el"
          + " anexo desde Excel como «Libro de Excel (.xlsx)» o «CSV UTF-8», o copie la tabla de"
          + " Word a un archivo de texto separado por tabuladores.";

  private final ImportSettings settings;

  AnnexFileReader(ImportSettings settings) {
    this.settings = settings;
  }

  AnnexTable read(byte[] bytes) {
    if (bytes.length == 0) {
      throw new AnnexFileException("El archivo está vacío: no tiene encabezados ni filas.");
    }
    if (startsWith(bytes, ZIP)) {
      return readWorkbook(bytes);
    }
    if (startsWith(bytes, OLE2)) {
      throw new AnnexFileException(
          "El archivo es un libro de Excel 97-2003 (.xls) o está protegido con contraseña. Ábralo"
              + " en Excel, quite la contraseña si la tiene y guárdelo como «Libro de Excel"
              + " (.xlsx)» o «CSV UTF-8».");
    }
    return readText(bytes);
  }

  // --- Text: TSV and CSV ----------------------------------------------------------------------

  private AnnexTable readText(byte[] bytes) {
    String text = decode(bytes);
    if (looksBinary(text)) {
      throw new AnnexFileException(NOT_A_TABLE);
    }
    String firstLine = text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    char delimiter = delimiterOf(firstLine);
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter)
            .setIgnoreEmptyLines(false)
            .setIgnoreSurroundingSpaces(false)
            .get();
    List<List<String>> records = new ArrayList<>();
    try (Reader reader = new StringReader(text);
        CSVParser parser = CSVParser.parse(reader, format)) {
      Iterator<CSVRecord> iterator = parser.iterator();
      while (hasNext(iterator, records.size())) {
        CSVRecord record = iterator.next();
        if (record.size() > MAX_CELLS) {
          throw new AnnexFileException(dataRow(records), tooManyCells(record.size()));
        }
        records.add(record.toList());
        checkRowCount(records.size());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table(describe(delimiter), records);
  }

  /** Commons CSV reports broken quoting while iterating; say where, in the reader's words. */
  private static boolean hasNext(Iterator<CSVRecord> iterator, int recordsRead) {
    try {
      return iterator.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      int row = Math.max(recordsRead, 1);
      throw new AnnexFileException(
          row,
          "No se pudo leer la fila "
              + row
              + ": una celda entre comillas no se cierra, o hay texto después de sus comillas de"
              + " cierre. Dentro de una celda entre comillas, escriba cada comilla como dos"
              + " comillas seguidas (\"\").");
    }
  }

  private static String tooManyCells(int cells) {
    return "La fila tiene "
        + cells
        + " celdas; el anexo tiene "
        + AnnexColumn.values().length
        + " columnas.";
  }

  private static int dataRow(List<List<String>> recordsSoFar) {
    return Math.max(recordsSoFar.size(), 1);
  }

  private static String decode(byte[] bytes) {
    if (startsWith(bytes, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})) {
      return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
    }
    if (startsWith(bytes, new byte[] {(byte) 0xFF, (byte) 0xFE})) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    }
    if (startsWith(bytes, new byte[] {(byte) 0xFE, (byte) 0xFF})) {
      return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
    }
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      // Excel's plain "CSV" is written in Windows' encoding, not UTF-8.
      return new String(bytes, WINDOWS_1252);
    }
  }

  /** Text files have no NUL and almost no control characters; other files have plenty. */
  private static boolean looksBinary(String text) {
    int sample = Math.min(text.length(), 65_536);
    int odd = 0;
    for (int i = 0; i < sample; i++) {
      char c = text.charAt(i);
      if (c == 0) {
        return true;
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7F || c == '\uFFFD') {
        odd++;
      }
    }
    return odd > sample / 100;
  }

  /**
   * Tab when the headings are separated by tabs; otherwise the separator (semicolon or comma) that
   * splits the headings into more columns the annex knows.
   */
  private static char delimiterOf(String headings) {
    if (headings.indexOf('\t') >= 0) {
      return '\t';
    }
    int semicolons = knownHeadings(headings, ';');
    int commas = knownHeadings(headings, ',');
    if (semicolons != commas) {
      return semicolons > commas ? ';' : ',';
    }
    return count(headings, ';') > count(headings, ',') ? ';' : ',';
  }

  private static int knownHeadings(String line, char delimiter) {
    return (int)
        Arrays.stream(line.split(java.util.regex.Pattern.quote(String.valueOf(delimiter))))
            .map(h -> h.strip().replace("\"", ""))
            .filter(h -> AnnexColumn.named(h).isPresent())
            .count();
  }

  private static long count(String text, char c) {
    return text.chars().filter(x -> x == c).count();
  }

  private static String describe(char delimiter) {
    return switch (delimiter) {
      case '\t' -> "texto separado por tabuladores (TSV)";
      case ';' -> "CSV separado por punto y coma";
      default -> "CSV separado por comas";
    };
  }

  // --- XLSX -----------------------------------------------------------------------------------

  private AnnexTable readWorkbook(byte[] bytes) {
    List<List<String>> records = new ArrayList<>();
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      if (workbook.getNumberOfSheets() == 0) {
        throw new AnnexFileException("El libro de Excel no tiene hojas.");
      }
      Sheet sheet = workbook.getSheetAt(workbook.getFirstVisibleTab());
      int first = Math.max(sheet.getFirstRowNum(), 0);
      int last = sheet.getLastRowNum();
      checkRowCount(last - first);
      DataFormatter formatter = new DataFormatter(SpanishDates.SPANISH_MEXICO);
      // A formula's last result as Excel saved it; formulas are never run here.
      formatter.setUseCachedValuesForFormulaCells(true);
      for (int r = first; r <= last; r++) {
        Row row = sheet.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          if (row.getLastCellNum() > MAX_CELLS) {
            throw new AnnexFileException(dataRow(records), tooManyCells(row.getLastCellNum()));
          }
          for (int c = 0; c < row.getLastCellNum(); c++) {
            Cell cell = row.getCell(c);
            cells.add(cell == null ? "" : formatter.formatCellValue(cell));
          }
        }
        records.add(cells);
      }
    } catch (AnnexFileException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      throw new AnnexFileException(
          "El archivo parece un libro de Excel (.xlsx) pero no se pudo abrir: está dañado o no es"
              + " un libro de Excel. Ábralo en Excel y guárdelo de nuevo como «Libro de Excel"
              + " (.xlsx)».");
    }
    return table("libro de Excel (XLSX), primera hoja", records);
  }

  // --- Both -----------------------------------------------------------------------------------

  private void checkRowCount(int rows) {
    // The headings row is one of them.
    if (rows > settings.maxRows() + 1) {
      throw new AnnexFileException(
          "El archivo tiene más de "
              + settings.maxRows()
              + " filas; el máximo por importación es "
              + settings.maxRows()
              + ". Divídalo en varios archivos.");
    }
  }

  /** The first row with any text holds the headings; the data rows follow it. */
  private static AnnexTable table(String format, List<List<String>> records) {
    int headingIndex = 0;
    while (headingIndex < records.size() && isBlank(records.get(headingIndex))) {
      headingIndex++;
    }
    if (headingIndex == records.size()) {
      throw new AnnexFileException("El archivo está vacío: no tiene encabezados ni filas.");
    }
    List<String> headings = trimTrailingBlanks(records.get(headingIndex));
    List<AnnexTable.Row> rows = new ArrayList<>();
    for (int i = headingIndex + 1; i < records.size(); i++) {
      rows.add(new AnnexTable.Row(i - headingIndex, trimTrailingBlanks(records.get(i))));
    }
    while (!rows.isEmpty() && rows.get(rows.size() - 1).isBlank()) {
      rows.remove(rows.size() - 1);
    }
    return new AnnexTable(format, headings, rows);
  }

  private static boolean isBlank(List<String> cells) {
    return cells.stream().allMatch(c -> c == null || c.isBlank());
  }

  private static List<String> trimTrailingBlanks(List<String> cells) {
    int end = cells.size();
    while (end > 0 && (cells.get(end - 1) == null || cells.get(end - 1).isBlank())) {
      end--;
    }
    return cells.subList(0, end).stream().map(c -> c == null ? "" : c).toList();
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
