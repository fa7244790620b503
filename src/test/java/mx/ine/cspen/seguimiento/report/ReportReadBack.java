package mx.ine.cspen.seguimiento.report;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionURI;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** Reads a report's DOCX and PDF back as a reader's software would: POI and PDFBox. */
final class ReportReadBack {

  private ReportReadBack() {}

  /** A DOCX opened with POI. */
  static XWPFDocument docx(byte[] bytes) {
    try {
      return new XWPFDocument(new ByteArrayInputStream(bytes));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The annex table: the one whose header starts with "No.". */
  static XWPFTable annexTable(XWPFDocument docx) {
    return docx.getTables().stream()
        .filter(t -> cellText(t.getRow(0).getCell(0)).equals("No."))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No annex table in the DOCX"));
  }

  /** Each data row of the annex as its seven cells' text, footnote calls left out. */
  static List<List<String>> annexRows(XWPFDocument docx) {
    List<List<String>> rows = new ArrayList<>();
    List<XWPFTableRow> tableRows = annexTable(docx).getRows();
    for (XWPFTableRow row : tableRows.subList(1, tableRows.size())) {
      rows.add(row.getTableCells().stream().map(ReportReadBack::cellText).toList());
    }
    return rows;
  }

  /** The footnotes' text ("Consultable en la liga: …") in the order they are numbered. */
  static List<String> footnotes(XWPFDocument docx) {
    return docx.getFootnotes().stream()
        .filter(f -> f.getCTFtnEdn().getType() == null)
        .map(XWPFFootnote::getParagraphs)
        .map(
            paragraphs ->
                paragraphs.stream()
                    .map(ReportReadBack::paragraphText)
                    .reduce("", String::concat)
                    .strip())
        .toList();
  }

  /** The hyperlinks of the footnotes. */
  static List<String> footnoteLinks(XWPFDocument docx) {
    List<String> links = new ArrayList<>();
    for (XWPFFootnote footnote : docx.getFootnotes()) {
      for (XWPFParagraph paragraph : footnote.getParagraphs()) {
        for (XWPFRun run : paragraph.getRuns()) {
          if (run instanceof XWPFHyperlinkRun link) {
            // The link's relationship belongs to the footnotes' part, not to the body's.
            links.add(
                paragraph
                    .getPart()
                    .getPackagePart()
                    .getRelationship(link.getHyperlinkId())
                    .getTargetURI()
                    .toString());
          }
        }
      }
    }
    return links;
  }

  /** The body's paragraphs, in order (tables left out). */
  static List<String> paragraphs(XWPFDocument docx) {
    return docx.getParagraphs().stream().map(ReportReadBack::paragraphText).toList();
  }

  static String cellText(XWPFTableCell cell) {
    return String.join(
        "\n", cell.getParagraphs().stream().map(ReportReadBack::paragraphText).toList());
  }

  /** A paragraph's text as typed: breaks as line breaks, tabs as tabs, footnote calls left out. */
  static String paragraphText(XWPFParagraph paragraph) {
    StringBuilder text = new StringBuilder();
    for (XWPFRun run : paragraph.getRuns()) {
      if (run.getCTR().sizeOfFootnoteReferenceArray() > 0
          || run.getCTR().sizeOfFootnoteRefArray() > 0) {
        continue;
      }
      text.append(run.text());
    }
    return text.toString();
  }

  /** The PDF's text in the order it was laid out (cell by cell). */
  static String pdfText(byte[] pdf) {
    return pdfText(pdf, false);
  }

  /** The PDF's text line by line as it reads on the page (bold words in their place). */
  static String pdfPageText(byte[] pdf) {
    return pdfText(pdf, true);
  }

  private static String pdfText(byte[] pdf, boolean byPosition) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PDFTextStripper stripper = new PDFTextStripper();
      stripper.setSortByPosition(byPosition);
      stripper.setLineSeparator("\n");
      return stripper.getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static int pdfPages(byte[] pdf) {
    try (PDDocument document = Loader.loadPDF(pdf)) {
      return document.getNumberOfPages();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The addresses of the PDF's links, page by page. */
  static List<String> pdfLinks(byte[] pdf) {
    List<String> links = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      for (PDPage page : document.getPages()) {
        for (PDAnnotation annotation : page.getAnnotations()) {
          if (annotation instanceof PDAnnotationLink link
              && link.getAction() instanceof PDActionURI uri) {
            links.add(uri.getURI());
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return links;
  }

  /** Without any white space: what a line break of the layout cannot change. */
  static String squeezed(String text) {
    return text.replaceAll("\\s+", "");
  }

  /**
   * Whether the PDF's squeezed text holds {@code expected}, allowing the footnote calls (one or two
   * digits) the PDF prints inside a progress text.
   */
  static boolean containsAllowingCalls(String squeezedPdf, String expected) {
    String wanted = squeezed(expected);
    StringBuilder regex = new StringBuilder();
    int[] codePoints = wanted.codePoints().toArray();
    for (int i = 0; i < codePoints.length; i++) {
      if (i > 0) {
        regex.append("\\d{0,2}");
      }
      regex.append(java.util.regex.Pattern.quote(new String(Character.toChars(codePoints[i]))));
    }
    return java.util.regex.Pattern.compile(regex.toString()).matcher(squeezedPdf).find();
  }

  /** Keeps a generated document under target/report-samples, to be opened by a person. */
  static void keep(String name, byte[] bytes) {
    try {
      Path dir = Path.of("target", "report-samples");
      Files.createDirectories(dir);
      Files.write(dir.resolve(name), bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
