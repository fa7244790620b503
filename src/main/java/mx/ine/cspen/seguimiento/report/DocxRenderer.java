package mx.ine.cspen.seguimiento.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.ine.cspen.seguimiento.system.SpanishDates;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STVerticalAlignRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBookmark;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHdrFtrRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabTlc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STVerticalJc;
import org.springframework.stereotype.Component;

/**
 * The report as DOCX, built with Apache POI from the same model and words as the PDF: letter pages
 * for the body, a landscape section for the annex whose header row repeats on every page, page
 * numbers in the footer, an index whose page numbers are fields Word and LibreOffice update, and
 * real Word footnotes carrying the references' links.
 */
@Component
class DocxRenderer {

  private static final String FONT = "Arial";
  private static final String WINE = "8A1538";
  private static final String GREY = "555555";
  private static final String LINK = "1F4E9C";
  private static final int BODY_SIZE = 11;
  private static final int ANNEX_SIZE = 8;

  // Page geometry in twentieths of a point: US letter, as the Institute prints.
  private static final int LETTER_SHORT = 12240;
  private static final int LETTER_LONG = 15840;
  private static final int PORTRAIT_MARGIN = 1418;
  private static final int LANDSCAPE_MARGIN = 1134;
  private static final int PORTRAIT_WIDTH = LETTER_SHORT - 2 * PORTRAIT_MARGIN;
  private static final int LANDSCAPE_WIDTH = LETTER_LONG - 2 * LANDSCAPE_MARGIN;

  /** The annex's columns in percent of the page's width; the same in the PDF's template. */
  private static final int[] ANNEX_COLUMNS = {4, 11, 27, 12, 29, 8, 9};

  /**
   * The pages the index shows until the reader's word processor recomputes them: the title page,
   * the glossary, presentation and content, then the annex, each starting a page.
   */
  private static final Map<String, Integer> EXPECTED_PAGES =
      Map.of(
          ReportWording.GLOSSARY.anchor(), 2,
          ReportWording.PRESENTATION.anchor(), 3,
          ReportWording.CONTENT.anchor(), 3,
          ReportWording.ANNEX.anchor(), 4);

  byte[] render(ReportDocument document) {
    try (XWPFDocument docx = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      new Writer(docx, document).write();
      docx.write(out);
      return withFixedTimes(out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException("Could not render the report as DOCX", e);
    }
  }

  /** Every part of the package dated as the first instant of 1980, the format's earliest. */
  private static final long PART_TIME =
      java.time.LocalDateTime.of(1980, 1, 1, 0, 0)
          .atZone(java.time.ZoneId.systemDefault())
          .toInstant()
          .toEpochMilli();

  /**
   * The same package with its parts dated alike, so that the same report renders to the same bytes
   * whenever it is rendered (a regenerated report can be compared with the one it replaces).
   */
  private static byte[] withFixedTimes(byte[] docx) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream(docx.length);
    try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(docx));
        var zip = new java.util.zip.ZipOutputStream(out)) {
      for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        var fixed = new java.util.zip.ZipEntry(entry.getName());
        fixed.setTime(PART_TIME);
        zip.putNextEntry(fixed);
        in.transferTo(zip);
        zip.closeEntry();
      }
    }
    return out.toByteArray();
  }

  /** One rendering: the document being built and its bookmarks. */
  private static final class Writer {

    private final XWPFDocument docx;
    private final ReportDocument document;
    private final FollowUpReportModel model;
    private final Map<Integer, String> footnoteUrls = new HashMap<>();
    private int bookmarks;

    Writer(XWPFDocument docx, ReportDocument document) {
      this.docx = docx;
      this.document = document;
      this.model = document.model();
      model.footnotes().forEach(f -> footnoteUrls.put(f.number(), f.url()));
    }

    void write() {
      properties();
      footnoteSeparators();
      headerAndFooter();
      titlePage();
      glossary();
      presentationAndContent();
      annex();
    }

    private void properties() {
      var core = docx.getProperties().getCoreProperties();
      core.setTitle(document.author().title());
      core.setCreator(document.author().issuer());
      core.setSubjectProperty("Informe con corte al " + SpanishDates.inWords(model.cutoff()));
      // Dated as the session it is presented at, not as the moment it was rendered.
      core.setCreated(
          java.util.Optional.of(
              java.util.Date.from(
                  document
                      .sessionDate()
                      .atStartOfDay(java.time.ZoneId.of("America/Mexico_City"))
                      .toInstant())));
      var styles = docx.createStyles();
      CTFonts fonts = CTFonts.Factory.newInstance();
      fonts.setAscii(FONT);
      fonts.setHAnsi(FONT);
      fonts.setCs(FONT);
      styles.setDefaultFonts(fonts);
      styles.setSpellingLanguage("es-MX");
      footnoteStyles(styles);
    }

    /** Word's own footnote styles: word processors format the numbers by them. */
    private static void footnoteStyles(XWPFStyles styles) {
      CTStyle text = CTStyle.Factory.newInstance();
      text.setType(STStyleType.PARAGRAPH);
      text.setStyleId("FootnoteText");
      text.addNewName().setVal("footnote text");
      CTRPr textRun = text.addNewRPr();
      textRun.addNewSz().setVal(BigInteger.valueOf(14));
      textRun.addNewSzCs().setVal(BigInteger.valueOf(14));
      styles.addStyle(new XWPFStyle(text, styles));
      CTStyle reference = CTStyle.Factory.newInstance();
      reference.setType(STStyleType.CHARACTER);
      reference.setStyleId("FootnoteReference");
      reference.addNewName().setVal("footnote reference");
      reference.addNewRPr().addNewVertAlign().setVal(STVerticalAlignRun.SUPERSCRIPT);
      styles.addStyle(new XWPFStyle(reference, styles));
    }

    /** The line above the footnotes, as Word writes it (footnotes -1 and 0). */
    private void footnoteSeparators() {
      XWPFFootnotes footnotes = docx.createFootnotes();
      CTFtnEdn separator = CTFtnEdn.Factory.newInstance();
      separator.setId(BigInteger.valueOf(-1));
      separator.setType(STFtnEdn.SEPARATOR);
      separator.addNewP().addNewR().addNewSeparator();
      footnotes.addFootnote(separator);
      CTFtnEdn continuation = CTFtnEdn.Factory.newInstance();
      continuation.setId(BigInteger.ZERO);
      continuation.setType(STFtnEdn.CONTINUATION_SEPARATOR);
      continuation.addNewP().addNewR().addNewContinuationSeparator();
      footnotes.addFootnote(continuation);
    }

    private void headerAndFooter() {
      XWPFHeader header = docx.createHeader(HeaderFooterType.DEFAULT);
      XWPFParagraph institution = header.createParagraph();
      institution.setSpacingAfter(0);
      run(institution, ReportWording.INSTITUTION, true, 8).setColor(WINE);
      XWPFParagraph issuer = header.createParagraph();
      issuer.setSpacingAfter(0);
      run(issuer, document.author().issuer(), false, 7).setColor(GREY);

      XWPFFooter footer = docx.createFooter(HeaderFooterType.DEFAULT);
      XWPFParagraph pages = footer.createParagraph();
      pages.setAlignment(ParagraphAlignment.CENTER);
      run(pages, "Página ", false, 8).setColor(GREY);
      field(pages, "PAGE", "1", 8, GREY);
      run(pages, " de ", false, 8).setColor(GREY);
      field(pages, "NUMPAGES", "1", 8, GREY);
    }

    private void titlePage() {
      XWPFParagraph title = paragraph(ParagraphAlignment.BOTH);
      title.setSpacingBefore(700);
      title.setSpacingAfter(600);
      run(title, document.author().title(), true, BODY_SIZE);
      XWPFParagraph session =
          spans(ReportWording.sessionLine(document), ParagraphAlignment.RIGHT, BODY_SIZE);
      session.setSpacingAfter(60);
      spans(ReportWording.agendaLine(document), ParagraphAlignment.RIGHT, BODY_SIZE);

      XWPFParagraph index = paragraph(ParagraphAlignment.CENTER);
      index.setSpacingBefore(800);
      index.setSpacingAfter(200);
      run(index, ReportWording.INDEX, true, BODY_SIZE);
      for (ReportWording.IndexEntry entry : ReportWording.INDEX_ENTRIES) {
        XWPFParagraph line = paragraph(ParagraphAlignment.LEFT);
        line.setIndentationLeft(1000);
        line.setSpacingAfter(80);
        rightTab(line, PORTRAIT_WIDTH - 1000, STTabTlc.DOT);
        run(line, entry.heading(), false, BODY_SIZE);
        line.createRun().addTab();
        pageReference(line, entry.anchor());
      }
    }

    private void glossary() {
      XWPFParagraph heading = heading(ReportWording.GLOSSARY);
      heading.setPageBreak(true);
      for (Glossary.Term term : ReportWording.glossary(model, document.author())) {
        XWPFParagraph line = paragraph(ParagraphAlignment.LEFT);
        line.setIndentationLeft(3600);
        line.setIndentationHanging(3600);
        line.setSpacingAfter(80);
        rightTab(line, 3600, STTabTlc.NONE).setVal(STTabJc.LEFT);
        run(line, term.term() + ":", true, BODY_SIZE);
        line.createRun().addTab();
        run(line, term.meaning(), false, BODY_SIZE);
      }
    }

    private void presentationAndContent() {
      heading(ReportWording.PRESENTATION).setPageBreak(true);
      XWPFParagraph presentation = paragraph(ParagraphAlignment.BOTH);
      run(presentation, document.author().legalBasis(), false, BODY_SIZE);
      body(presentation);

      heading(ReportWording.CONTENT);
      body(
          spans(
              ReportWording.contentOpening(model, document.author()),
              ParagraphAlignment.BOTH,
              BODY_SIZE));
      if (!model.sessions().isEmpty()) {
        sessionsTable();
      }
      if (model.total() > 0) {
        body(
            spans(
                ReportWording.contentSummary(model, document.author()),
                ParagraphAlignment.BOTH,
                BODY_SIZE));
      }
      XWPFParagraph pointer =
          spans(ReportWording.annexPointer(), ParagraphAlignment.BOTH, BODY_SIZE);
      body(pointer);
      endPortraitSection();
    }

    private void sessionsTable() {
      int[] widths = {3800, 2800, 2200};
      XWPFTable table = table(ReportWording.SESSION_HEADERS.size(), widths);
      table.setTableAlignment(TableRowAlign.CENTER);
      headerRow(table.getRow(0), ReportWording.SESSION_HEADERS, BODY_SIZE - 1);
      for (FollowUpReportModel.SessionRow session : model.sessions()) {
        List<String> values = ReportWording.sessionRow(session);
        XWPFTableRow row = table.createRow();
        for (int i = 0; i < values.size(); i++) {
          XWPFParagraph p = cell(row.getCell(i));
          p.setAlignment(i == 2 ? ParagraphAlignment.CENTER : ParagraphAlignment.LEFT);
          run(p, values.get(i), false, BODY_SIZE - 1);
        }
      }
      paragraph(ParagraphAlignment.LEFT).setSpacingAfter(0);
    }

    private void annex() {
      heading(ReportWording.ANNEX);
      XWPFParagraph title = paragraph(ParagraphAlignment.CENTER);
      title.setSpacingAfter(160);
      run(title, document.author().annexTitle(), true, 10);
      if (model.items().isEmpty()) {
        run(paragraph(ParagraphAlignment.LEFT), ReportWording.ANNEX_EMPTY, false, BODY_SIZE);
        landscapeSection();
        return;
      }
      int[] widths = new int[ANNEX_COLUMNS.length];
      for (int i = 0; i < widths.length; i++) {
        widths[i] = LANDSCAPE_WIDTH * ANNEX_COLUMNS[i] / 100;
      }
      XWPFTable table = table(ANNEX_COLUMNS.length, widths);
      XWPFTableRow header = table.getRow(0);
      header.setRepeatHeader(true);
      header.setCantSplitRow(true);
      headerRow(header, ReportWording.ANNEX_HEADERS, ANNEX_SIZE);
      for (FollowUpReportModel.Item item : model.items()) {
        XWPFTableRow row = table.createRow();
        row.setCantSplitRow(true);
        centered(row.getCell(0), ReportWording.number(item));
        text(cell(row.getCell(1)), item.session());
        text(cell(row.getCell(2)), item.text());
        text(cell(row.getCell(3)), item.area());
        XWPFParagraph progress = cell(row.getCell(4));
        for (ReportWording.Segment segment : ReportWording.progress(item)) {
          if (segment.isCall()) {
            footnote(progress, segment.footnote());
          } else {
            text(progress, segment.text());
          }
        }
        centered(row.getCell(5), item.status());
        centered(row.getCell(6), ReportWording.percent(item));
      }
      landscapeSection();
    }

    // --- Building blocks ---------------------------------------------------------------------

    private XWPFParagraph paragraph(ParagraphAlignment alignment) {
      XWPFParagraph p = docx.createParagraph();
      p.setAlignment(alignment);
      return p;
    }

    private static void body(XWPFParagraph p) {
      p.setSpacingAfter(200);
      p.setSpacingBetween(1.15);
    }

    private XWPFParagraph spans(
        List<ReportWording.Span> spans, ParagraphAlignment alignment, int size) {
      XWPFParagraph p = paragraph(alignment);
      spans.forEach(span -> run(p, span.text(), span.bold(), size));
      return p;
    }

    private XWPFParagraph heading(ReportWording.IndexEntry entry) {
      XWPFParagraph p = paragraph(ParagraphAlignment.LEFT);
      p.setSpacingAfter(200);
      p.setKeepNext(true);
      BigInteger id = BigInteger.valueOf(++bookmarks);
      CTBookmark start = p.getCTP().addNewBookmarkStart();
      start.setId(id);
      start.setName(entry.anchor());
      run(p, ReportWording.heading(entry), true, BODY_SIZE);
      p.getCTP().addNewBookmarkEnd().setId(id);
      return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, boolean bold, int size) {
      XWPFRun run = p.createRun();
      run.setFontFamily(FONT);
      run.setFontSize(size);
      run.setBold(bold);
      run.setText(XmlText.clean(text));
      return run;
    }

    /** Text as typed: a line break stays a line break, a tab a tab. */
    private static void text(XWPFParagraph p, String text) {
      String[] lines = XmlText.clean(text).split("\n", -1);
      for (int i = 0; i < lines.length; i++) {
        String[] cells = lines[i].split("\t", -1);
        for (int j = 0; j < cells.length; j++) {
          XWPFRun run = p.createRun();
          run.setFontFamily(FONT);
          run.setFontSize(ANNEX_SIZE);
          run.setText(cells[j]);
          if (j < cells.length - 1) {
            run.addTab();
          }
        }
        if (i < lines.length - 1) {
          p.getRuns().get(p.getRuns().size() - 1).addBreak();
        }
      }
    }

    private static void centered(XWPFTableCell cell, String text) {
      XWPFParagraph p = cell(cell);
      p.setAlignment(ParagraphAlignment.CENTER);
      text(p, text);
    }

    private static CTTabStop rightTab(XWPFParagraph p, int position, STTabTlc.Enum leader) {
      var pPr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
      var tabs = pPr.isSetTabs() ? pPr.getTabs() : pPr.addNewTabs();
      CTTabStop tab = tabs.addNewTab();
      tab.setVal(STTabJc.RIGHT);
      tab.setLeader(leader);
      tab.setPos(BigInteger.valueOf(position));
      return tab;
    }

    /** A field (PAGE, NUMPAGES, PAGEREF) with the value shown until it is updated. */
    private static void field(
        XWPFParagraph p, String instruction, String shown, int size, String color) {
      // Every run of the field carries the format: word processors take it from any of them.
      XWPFRun begin = formatted(p.createRun(), size, color);
      begin.getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
      XWPFRun code = formatted(p.createRun(), size, color);
      code.getCTR().addNewInstrText().setStringValue(" " + instruction + " ");
      XWPFRun separate = formatted(p.createRun(), size, color);
      separate.getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
      formatted(run(p, shown, false, size), size, color);
      XWPFRun end = formatted(p.createRun(), size, color);
      end.getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    private static XWPFRun formatted(XWPFRun run, int size, String color) {
      run.setFontFamily(FONT);
      run.setFontSize(size);
      run.setColor(color);
      return run;
    }

    private static void pageReference(XWPFParagraph p, String anchor) {
      field(
          p,
          "PAGEREF " + anchor + " \\h",
          String.valueOf(EXPECTED_PAGES.get(anchor)),
          BODY_SIZE,
          "000000");
    }

    /** The id of the latest footnote, once there is one. */
    private BigInteger lastFootnoteId;

    /**
     * A new footnote with the next id, as POI numbers them (one more than the last); POI's own
     * numbering looks through every footnote for a free id, each time.
     */
    private XWPFFootnote newFootnote() {
      XWPFFootnote footnote;
      if (lastFootnoteId == null) {
        footnote = docx.createFootnote();
      } else {
        CTFtnEdn note = CTFtnEdn.Factory.newInstance();
        note.setType(STFtnEdn.NORMAL);
        footnote = docx.createFootnotes().addFootnote(note);
        footnote.getCTFtnEdn().setId(lastFootnoteId.add(BigInteger.ONE));
      }
      lastFootnoteId = footnote.getCTFtnEdn().getId();
      return footnote;
    }

    private void footnote(XWPFParagraph p, int number) {
      String url = footnoteUrls.get(number);
      XWPFFootnote footnote = newFootnote();
      XWPFParagraph text = footnote.createParagraph();
      text.setStyle("FootnoteText");
      footnote.ensureFootnoteRef(text);
      text.getRuns()
          .forEach(
              r -> {
                r.setVerticalAlignment("superscript");
                r.setFontSize(7);
              });
      run(text, " " + ReportWording.FOOTNOTE_PREFIX, false, 7);
      XWPFHyperlinkRun link = text.createHyperlinkRun(url);
      link.setText(url);
      link.setFontFamily(FONT);
      link.setFontSize(7);
      link.setColor(LINK);
      link.setUnderline(UnderlinePatterns.SINGLE);
      p.addFootnoteReference(footnote);
      XWPFRun call = p.getRuns().get(p.getRuns().size() - 1);
      call.setVerticalAlignment("superscript");
      call.setFontSize(ANNEX_SIZE);
    }

    private XWPFTable table(int columns, int[] widths) {
      XWPFTable table = docx.createTable(1, columns);
      CTTblPr properties = table.getCTTbl().getTblPr();
      properties.addNewTblLayout().setType(STTblLayoutType.FIXED);
      var width = properties.isSetTblW() ? properties.getTblW() : properties.addNewTblW();
      width.setType(STTblWidth.DXA);
      int total = 0;
      for (int w : widths) {
        total += w;
      }
      width.setW(BigInteger.valueOf(total));
      CTTblGrid grid =
          table.getCTTbl().getTblGrid() == null
              ? table.getCTTbl().addNewTblGrid()
              : table.getCTTbl().getTblGrid();
      while (grid.sizeOfGridColArray() > 0) {
        grid.removeGridCol(0);
      }
      for (int w : widths) {
        grid.addNewGridCol().setW(BigInteger.valueOf(w));
      }
      table.setCellMargins(60, 80, 60, 80);
      for (int i = 0; i < columns; i++) {
        table.getRow(0).getCell(i).setWidth(String.valueOf(widths[i]));
      }
      return table;
    }

    private static void headerRow(XWPFTableRow row, List<String> headers, int size) {
      for (int i = 0; i < headers.size(); i++) {
        XWPFTableCell cell = row.getCell(i);
        CTTcPr properties =
            cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        CTShd shading = properties.addNewShd();
        shading.setVal(STShd.CLEAR);
        shading.setColor("auto");
        shading.setFill(WINE);
        properties.addNewVAlign().setVal(STVerticalJc.CENTER);
        XWPFParagraph p = cell(cell);
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, headers.get(i), true, size).setColor("FFFFFF");
      }
    }

    /** The cell's one paragraph, without space after. */
    private static XWPFParagraph cell(XWPFTableCell cell) {
      XWPFParagraph p = cell.getParagraphs().get(0);
      p.setSpacingAfter(0);
      p.setSpacingBetween(1.0);
      return p;
    }

    // --- Sections ------------------------------------------------------------------------------

    /** Ends the portrait part (title, glossary, content): the annex starts a landscape page. */
    private void endPortraitSection() {
      XWPFParagraph end = paragraph(ParagraphAlignment.LEFT);
      CTSectPr section = end.getCTP().addNewPPr().addNewSectPr();
      page(section, LETTER_SHORT, LETTER_LONG, STPageOrientation.PORTRAIT, PORTRAIT_MARGIN);
      // A section shows the header and footer it names; the first one must name them itself.
      CTSectPr body = docx.getDocument().getBody().getSectPr();
      for (CTHdrFtrRef reference : body.getHeaderReferenceArray()) {
        section.addNewHeaderReference().set(reference);
      }
      for (CTHdrFtrRef reference : body.getFooterReferenceArray()) {
        section.addNewFooterReference().set(reference);
      }
    }

    private void landscapeSection() {
      CTSectPr body = docx.getDocument().getBody().getSectPr();
      page(body, LETTER_LONG, LETTER_SHORT, STPageOrientation.LANDSCAPE, LANDSCAPE_MARGIN);
    }

    private static void page(
        CTSectPr section, int width, int height, STPageOrientation.Enum orientation, int margin) {
      CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
      size.setW(BigInteger.valueOf(width));
      size.setH(BigInteger.valueOf(height));
      size.setOrient(orientation);
      CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
      margins.setTop(BigInteger.valueOf(1474));
      margins.setBottom(BigInteger.valueOf(1247));
      margins.setLeft(BigInteger.valueOf(margin));
      margins.setRight(BigInteger.valueOf(margin));
      margins.setHeader(BigInteger.valueOf(708));
      margins.setFooter(BigInteger.valueOf(567));
    }
  }
}
