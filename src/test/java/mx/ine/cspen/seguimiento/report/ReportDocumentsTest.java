package mx.ine.cspen.seguimiento.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import mx.ine.cspen.seguimiento.commitment.CommitmentStatus;
import mx.ine.cspen.seguimiento.session.SessionType;
import mx.ine.cspen.seguimiento.support.SeedAnnex;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;

/**
 * The two renderers on their own: given a model, the DOCX and the PDF say what it says. The model
 * here holds the seed's rows as the annex shows them, plus a cancelled commitment.
 */
class ReportDocumentsTest {

  private final DocxRenderer docx = new DocxRenderer();
  private final PdfRenderer pdf = new PdfRenderer();

  @Test
  void bothDocumentsCarryEveryRowFootnoteAndTheCancellationReason() throws Exception {
    ReportDocument document = seedWithACancellation();

    byte[] docxBytes = docx.render(document);
    byte[] pdfBytes = pdf.render(document);
    ReportReadBack.keep("renderers-semilla.docx", docxBytes);
    ReportReadBack.keep("renderers-semilla.pdf", pdfBytes);

    try (XWPFDocument read = ReportReadBack.docx(docxBytes)) {
      List<List<String>> rows = ReportReadBack.annexRows(read);
      assertThat(rows).hasSize(document.model().items().size());
      for (int i = 0; i < rows.size(); i++) {
        assertThat(rows.get(i)).containsExactlyElementsOf(cells(document.model().items().get(i)));
      }
      assertThat(ReportReadBack.footnoteLinks(read))
          .containsExactlyElementsOf(
              document.model().footnotes().stream()
                  .map(FollowUpReportModel.Footnote::url)
                  .toList());
      assertThat(ReportReadBack.paragraphs(read))
          .contains(
              "De los 12 compromisos y acuerdos que se generaron en las sesiones de la Comisión del Servicio,"
                  + " con corte al 24 de mayo de 2024, 10 de ellos están cumplidos, 1 en proceso de"
                  + " cumplimiento y 1 quedó sin efecto.");
    }
    String text = ReportReadBack.squeezed(ReportReadBack.pdfText(pdfBytes));
    for (FollowUpReportModel.Item item : document.model().items()) {
      for (String cell : cells(item)) {
        assertThat(ReportReadBack.containsAllowingCalls(text, cell)).as(cell).isTrue();
      }
    }
    assertThat(ReportReadBack.pdfLinks(pdfBytes)).hasSize(document.model().footnotes().size());
  }

  @Test
  void thePdfKeepsDocumentNumbersAndSessionNamesUnbroken() {
    ReportDocument document = seedWithACancellation();

    String text = ReportReadBack.pdfText(pdf.render(document));

    for (SeedAnnex.Row row : SeedAnnex.rows()) {
      for (SeedAnnex.Link link : row.links()) {
        assertThat(text).as(link.number()).contains(link.number());
      }
    }
    // The sessions table of the content: each session's name on one line.
    assertThat(text).contains("Tercera sesión extraordinaria", "Primera sesión ordinaria");
  }

  @Test
  void theSameReportRenderedAgainIsTheSameFileByteForByte() throws Exception {
    // What lets a regenerated report (after an upgrade, say) be compared with the one it replaces.
    ReportDocument document = seedWithACancellation();

    byte[] firstDocx = docx.render(document);
    byte[] firstPdf = pdf.render(document);
    Thread.sleep(2100); // a timestamp written into the file (zip parts: every 2 s) would now differ
    assertThat(docx.render(seedWithACancellation())).isEqualTo(firstDocx);
    assertThat(pdf.render(seedWithACancellation())).isEqualTo(firstPdf);
  }

  @Test
  void anotherCommissionsReportNamesItsOwnUnitOnEveryPageAsTyped() throws Exception {
    String unit = "Unidad \"Técnica\" <de> Fiscalización & [más]";
    ReportDocument seed = seedWithACancellation();
    ReportAuthor cspen = seed.author();
    ReportDocument document =
        new ReportDocument(
            new ReportAuthor(
                "INFORME DE LA UNIDAD TÉCNICA DE FISCALIZACIÓN.",
                unit,
                "Con fundamento en la ley.",
                "Comisión de Fiscalización",
                "Compromisos y acuerdos de la Comisión de Fiscalización.",
                List.of()),
            seed.sessionType(),
            seed.sessionDate(),
            seed.agendaItem(),
            seed.model());

    String pdfText = ReportReadBack.pdfText(pdf.render(document));
    try (XWPFDocument read = ReportReadBack.docx(docx.render(document))) {
      assertThat(read.getHeaderList().get(0).getText()).contains(unit);
    }
    assertThat(pdfText.split(java.util.regex.Pattern.quote(unit), -1).length - 1)
        .isEqualTo(ReportReadBack.pdfPages(pdf.render(document)));
    assertThat(pdfText).doesNotContain(cspen.issuer());
  }

  @Test
  void aReportWithoutCommitmentsSaysSoInsteadOfAnEmptyTable() throws Exception {
    FollowUpReportModel empty =
        new FollowUpReportModel(
            LocalDate.of(2024, 5, 24), 0, 0, 0, 0, List.of(), List.of(), List.of());
    ReportDocument document =
        new ReportDocument(
            CspenAuthor.AUTHOR, SessionType.ORDINARY, LocalDate.of(2024, 6, 17), "2", empty);

    try (XWPFDocument read = ReportReadBack.docx(docx.render(document))) {
      assertThat(ReportReadBack.paragraphs(read))
          .contains(
              "Con corte al 24 de mayo de 2024, no hay compromisos ni acuerdos de la Comisión del Servicio"
                  + " pendientes de informar.",
              ReportWording.ANNEX_EMPTY);
    }
    assertThat(ReportReadBack.pdfText(pdf.render(document))).contains(ReportWording.ANNEX_EMPTY);
  }

  /** The seed's annex as a model (footnote calls after each cited number), and one cancellation. */
  static ReportDocument seedWithACancellation() {
    List<FollowUpReportModel.Item> items = new ArrayList<>();
    List<FollowUpReportModel.Footnote> footnotes = new ArrayList<>();
    for (SeedAnnex.Row row : SeedAnnex.rows()) {
      List<FollowUpReportModel.FootnoteCall> calls = new ArrayList<>();
      for (SeedAnnex.Link link : row.links()) {
        int number = footnotes.size() + 1;
        footnotes.add(new FollowUpReportModel.Footnote(number, link.url()));
        calls.add(
            new FollowUpReportModel.FootnoteCall(
                number, row.progress().indexOf(link.number()) + link.number().length()));
      }
      items.add(
          new FollowUpReportModel.Item(
              row.number(),
              row.session().annexLabel(),
              row.text(),
              row.area(),
              row.progress(),
              row.concluded() ? "Concluido." : "En curso.",
              row.percent(),
              row.number(),
              row.concluded() ? CommitmentStatus.CONCLUDED : CommitmentStatus.IN_PROGRESS,
              calls));
    }
    items.add(
        new FollowUpReportModel.Item(
            12,
            "29/04/2024 Cuarta sesión extraordinaria.",
            "La Comisión pidió un estudio que ya no procede.",
            "Dirección Jurídica.",
            "La Comisión lo dejó sin efecto en su sesión del 20 de mayo de 2024.",
            "Sin efecto.",
            40,
            12,
            CommitmentStatus.CANCELLED,
            List.of()));
    List<FollowUpReportModel.SessionRow> sessions =
        List.of(
            new FollowUpReportModel.SessionRow(
                "Tercera sesión extraordinaria",
                LocalDate.of(2023, 10, 9),
                1,
                SessionType.EXTRAORDINARY),
            new FollowUpReportModel.SessionRow(
                "Primera sesión ordinaria", LocalDate.of(2024, 3, 13), 6, SessionType.ORDINARY),
            new FollowUpReportModel.SessionRow(
                "Cuarta sesión extraordinaria",
                LocalDate.of(2024, 4, 29),
                5,
                SessionType.EXTRAORDINARY));
    FollowUpReportModel model =
        new FollowUpReportModel(SeedAnnex.CUTOFF, 12, 10, 1, 1, sessions, items, footnotes);
    return new ReportDocument(
        CspenAuthor.AUTHOR,
        SessionType.ORDINARY,
        SeedAnnex.PRESENTED_AT,
        SeedAnnex.AGENDA_ITEM,
        model);
  }

  private static List<String> cells(FollowUpReportModel.Item item) {
    return List.of(
        item.number() + ".",
        item.session(),
        item.text(),
        item.area(),
        item.progress(),
        item.status(),
        item.percent() + "%");
  }
}
