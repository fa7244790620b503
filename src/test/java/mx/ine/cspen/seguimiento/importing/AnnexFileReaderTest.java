package mx.ine.cspen.seguimiento.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** Files as Word, Excel and people produce them, read into the same table. */
class AnnexFileReaderTest {

  private static final String HEADINGS =
      "No.|Fecha y tipo de sesión|Acuerdo/ Compromiso|Área Responsable|Avance/cumplimiento|Estatus|Porcentaje de Avance";

  private final AnnexFileReader reader =
      new AnnexFileReader(new ImportSettings(DataSize.ofMegabytes(2), 5));

  @Test
  void excelCsvWithSemicolonsBomCrlfAndQuotedCellsIsReadCellByCell() {
    String csv =
        HEADINGS.replace('|', ';')
            + "\r\n1.;09/10/2023 Tercera sesión extraordinaria.;\"Texto; con punto y coma, \"\"comillas\"\"\r\ny salto\";"
            + "Subdirección de Ascenso.;Avance;En curso.;75%\r\n";
    byte[] bytes = withBom(csv.getBytes(StandardCharsets.UTF_8));

    AnnexTable table = reader.read(bytes);

    assertThat(table.format()).isEqualTo("CSV separado por punto y coma");
    assertThat(table.headings()).hasSize(7).startsWith("No.", "Fecha y tipo de sesión");
    assertThat(table.rows()).hasSize(1);
    assertThat(table.rows().get(0).number()).isEqualTo(1);
    assertThat(table.rows().get(0).cells().get(2))
        .isEqualTo("Texto; con punto y coma, \"comillas\"\r\ny salto");
  }

  @Test
  void commaCsvInWindowsEncodingKeepsItsAccents() {
    String csv =
        HEADINGS.replace('|', ',')
            + "\r\n1,x,\"Comisión, sesión\",Dirección Jurídica,,En curso,0\r\n";

    AnnexTable table = reader.read(csv.getBytes(Charset.forName("windows-1252")));

    assertThat(table.format()).isEqualTo("CSV separado por comas");
    assertThat(table.rows().get(0).cells().get(2)).isEqualTo("Comisión, sesión");
    assertThat(table.rows().get(0).cells().get(3)).isEqualTo("Dirección Jurídica");
  }

  @Test
  void excelUnicodeTextIsReadAsTabSeparated() {
    String tsv =
        HEADINGS.replace('|', '\t') + "\r\n1\tx\tAcuerdo\tDirección Jurídica\t\tEn curso\t0\r\n";
    byte[] utf16 = tsv.getBytes(StandardCharsets.UTF_16LE);
    byte[] bytes = new byte[utf16.length + 2];
    bytes[0] = (byte) 0xFF;
    bytes[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, bytes, 2, utf16.length);

    AnnexTable table = reader.read(bytes);

    assertThat(table.format()).startsWith("texto separado por tabuladores");
    assertThat(table.rows().get(0).cells().get(3)).isEqualTo("Dirección Jurídica");
  }

  @Test
  void blankRowsKeepTheirNumberAndTrailingOnesAreDropped() {
    String tsv = HEADINGS.replace('|', '\t') + "\n1\ta\n\n3\tc\n\n\n";

    AnnexTable table = reader.read(tsv.getBytes(StandardCharsets.UTF_8));

    assertThat(table.rows()).extracting(AnnexTable.Row::number).containsExactly(1, 2, 3);
    assertThat(table.rows().get(1).isBlank()).isTrue();
  }

  @Test
  void workbookIsReadAsExcelShowsItWithoutRunningFormulas() throws IOException {
    byte[] bytes;
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet sheet = workbook.createSheet("Anexo");
      Row top = sheet.createRow(0);
      String[] headings = HEADINGS.split("\\|");
      for (int i = 0; i < headings.length; i++) {
        top.createCell(i).setCellValue(headings[i]);
      }
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue(1);
      row.createCell(1).setCellValue("13/03/2024 Primera sesión ordinaria.");
      row.createCell(2).setCellFormula("\"Texto \"&\"calculado\"");
      // What Excel saved as the formula's result the last time it calculated it.
      row.getCell(2).setCellValue("Texto calculado");
      var percent = workbook.createCellStyle();
      percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
      row.createCell(6).setCellValue(0.75);
      row.getCell(6).setCellStyle(percent);
      workbook.write(out);
      bytes = out.toByteArray();
    }

    AnnexTable table = reader.read(bytes);

    assertThat(table.format()).startsWith("libro de Excel");
    List<String> cells = table.rows().get(0).cells();
    assertThat(cells.get(0)).isEqualTo("1");
    assertThat(cells.get(2)).isEqualTo("Texto calculado");
    assertThat(cells.get(6)).isEqualTo("75%");
  }

  @Test
  void emptyFileIsRefused() {
    assertThatThrownBy(() -> reader.read(new byte[0]))
        .hasMessageStartingWith("El archivo está vacío");
    assertThatThrownBy(() -> reader.read("\r\n\r\n".getBytes(StandardCharsets.UTF_8)))
        .hasMessageStartingWith("El archivo está vacío");
  }

  @Test
  void binaryGarbageIsNeitherTextNorWorkbook() {
    byte[] garbage = new byte[4096];
    new Random(42).nextBytes(garbage);
    garbage[0] = 'N';

    assertThatThrownBy(() -> reader.read(garbage)).hasMessage(AnnexFileReader.NOT_A_TABLE);
  }

  @Test
  void zipThatIsNotAWorkbookAndOldExcelFilesSayHowToSaveThem() {
    byte[] zip = {0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6};
    byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 1, 2, 3};

    assertThatThrownBy(() -> reader.read(zip)).hasMessageContaining("no se pudo abrir");
    assertThatThrownBy(() -> reader.read(xls)).hasMessageContaining("Excel 97-2003 (.xls)");
  }

  @Test
  void unclosedQuoteNamesItsRow() {
    String csv = HEADINGS.replace('|', ';') + "\n1;a;b\n2;\"sin cerrar;c\n";

    assertThatThrownBy(() -> reader.read(csv.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOfSatisfying(
            AnnexFileException.class,
            e -> {
              assertThat(e.problem().row()).isEqualTo(2);
              assertThat(e.getMessage()).contains("comillas");
            });
  }

  @Test
  void moreRowsThanTheLimitAreRefused() {
    String tsv = HEADINGS.replace('|', '\t') + "\n1\n2\n3\n4\n5\n6\n";

    assertThatThrownBy(() -> reader.read(tsv.getBytes(StandardCharsets.UTF_8)))
        .hasMessageContaining("más de 5 filas");
  }

  private static byte[] withBom(byte[] bytes) {
    byte[] result = new byte[bytes.length + 3];
    result[0] = (byte) 0xEF;
    result[1] = (byte) 0xBB;
    result[2] = (byte) 0xBF;
    System.arraycopy(bytes, 0, result, 3, bytes.length);
    return result;
  }
}
