package mx.ine.cspen.seguimiento.report;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.slf4j.Slf4jLogger;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mx.ine.cspen.seguimiento.system.SpanishDates;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The report as PDF: the XHTML template {@code report/follow-up-report.xhtml} filled from the model
 * by Thymeleaf (which escapes every text), laid out by openhtmltopdf with the DejaVu fonts
 * embedded: letter pages, a landscape annex whose header row repeats on every page, page numbers,
 * and the references' links as footnotes at the bottom of the page.
 */
@Component
class PdfRenderer {

  private static final String FONTS = "net/sf/jasperreports/fonts/dejavu/";

  private static final int ROWS_PER_GROUP = 25;

  static {
    // openhtmltopdf writes to the console by default; through SLF4J its levels are configured.
    XRLog.setLoggerImpl(new Slf4jLogger());
  }

  private final SpringTemplateEngine templates = new SpringTemplateEngine();
  private final Map<String, byte[]> fonts = new HashMap<>();

  PdfRenderer() {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix("report/");
    resolver.setSuffix(".xhtml");
    resolver.setTemplateMode(TemplateMode.XML);
    resolver.setCharacterEncoding("UTF-8");
    templates.setTemplateResolver(resolver);
    for (String font :
        List.of(
            "DejaVuSans.ttf",
            "DejaVuSans-Bold.ttf",
            "DejaVuSansCondensed.ttf",
            "DejaVuSansCondensed-Bold.ttf")) {
      fonts.put(font, withoutGlyphSubstitution(read(FONTS + font)));
    }
  }

  byte[] render(ReportDocument document) {
    String xhtml =
        templates.process(
            "follow-up-report", new Context(SpanishDates.SPANISH_MEXICO, variables(document)));
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    PdfRendererBuilder builder = new PdfRendererBuilder();
    builder.useFastMode();
    builder.usePdfUaAccessibility(false);
    font(builder, "DejaVu Sans", "DejaVuSans.ttf", 400);
    font(builder, "DejaVu Sans", "DejaVuSans-Bold.ttf", 700);
    font(builder, "DejaVu Sans Condensed", "DejaVuSansCondensed.ttf", 400);
    font(builder, "DejaVu Sans Condensed", "DejaVuSansCondensed-Bold.ttf", 700);
    builder.withHtmlContent(xhtml, null);
    builder.toStream(pdf);
    try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
      renderer.setListener(new SameBytes(document, xhtml));
      renderer.createPDF();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not render the report as PDF", e);
    }
    return pdf.toByteArray();
  }

  /**
   * The same report renders to the same bytes whenever it is rendered (a regenerated report can be
   * compared with the one it replaces): the file is dated as the session it is presented at, and
   * its identifier is drawn from its content, where the renderer would use the moment.
   */
  private static final class SameBytes implements PDFCreationListener {

    private final ReportDocument document;
    private final String xhtml;

    SameBytes(ReportDocument document, String xhtml) {
      this.document = document;
      this.xhtml = xhtml;
    }

    @Override
    public void preOpen(PdfBoxRenderer renderer) {}

    @Override
    public void preWrite(PdfBoxRenderer renderer, int pageCount) {}

    /** Called once the pages are written, before the file is saved. */
    @Override
    public void onClose(PdfBoxRenderer renderer) {
      PDDocument pdf = renderer.getPdfDocument();
      pdf.getDocumentInformation()
          .setCreationDate(
              GregorianCalendar.from(document.sessionDate().atStartOfDay(MEXICO_CITY)));
      byte[] digest;
      try {
        digest =
            MessageDigest.getInstance("SHA-256").digest(xhtml.getBytes(StandardCharsets.UTF_8));
      } catch (NoSuchAlgorithmException e) {
        throw new IllegalStateException(e);
      }
      byte[] id = Arrays.copyOf(digest, 16);
      COSArray ids = new COSArray();
      ids.add(new COSString(id));
      ids.add(new COSString(id));
      pdf.getDocument().setDocumentID(ids);
    }
  }

  private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");

  /**
   * Text as a CSS string for the pages' header ({@code content: …}), written into the template
   * unescaped: quotes and backslashes escaped for CSS, and the characters XML gives a meaning to
   * written as CSS escapes, so that whatever a commission's name holds stays text.
   */
  /**
   * The annex's rows in groups of {@value #ROWS_PER_GROUP}, one table body each: the layout sizes
   * the cells of a body once per row it lays out, so one body of a thousand rows costs a million.
   */
  static <T> List<List<T>> groups(List<T> rows) {
    List<List<T>> groups = new ArrayList<>();
    for (int from = 0; from < rows.size(); from += ROWS_PER_GROUP) {
      groups.add(rows.subList(from, Math.min(rows.size(), from + ROWS_PER_GROUP)));
    }
    return groups;
  }

  static String cssString(String text) {
    StringBuilder css = new StringBuilder("\"");
    for (char c : text.replaceAll("\\s+", " ").toCharArray()) {
      switch (c) {
        case '"', '\\', '<', '>', '&', '[', ']' ->
            css.append('\\').append(Integer.toHexString(c).toUpperCase()).append(' ');
        default -> css.append(c);
      }
    }
    return css.append('"').toString();
  }

  private void font(PdfRendererBuilder builder, String family, String file, int weight) {
    byte[] bytes = fonts.get(file);
    builder.useFont(
        () -> new java.io.ByteArrayInputStream(bytes),
        family,
        weight,
        BaseRendererBuilder.FontStyle.NORMAL,
        true);
  }

  private static Map<String, Object> variables(ReportDocument document) {
    FollowUpReportModel model = document.model();
    Map<String, Object> v = new HashMap<>();
    v.put("title", document.author().title());
    v.put("issuer", document.author().issuer());
    v.put("issuerCss", cssString(document.author().issuer()));
    v.put("subject", "Informe con corte al " + SpanishDates.inWords(model.cutoff()));
    v.put("sessionLine", ReportWording.sessionLine(document));
    v.put("agendaLine", ReportWording.agendaLine(document));
    v.put("indexTitle", ReportWording.INDEX);
    v.put("index", ReportWording.INDEX_ENTRIES);
    v.put("glossaryAnchor", ReportWording.GLOSSARY.anchor());
    v.put("glossaryHeading", ReportWording.heading(ReportWording.GLOSSARY));
    v.put("glossary", ReportWording.glossary(model, document.author()));
    v.put("presentationAnchor", ReportWording.PRESENTATION.anchor());
    v.put("presentationHeading", ReportWording.heading(ReportWording.PRESENTATION));
    v.put("presentation", document.author().legalBasis());
    v.put("contentAnchor", ReportWording.CONTENT.anchor());
    v.put("contentHeading", ReportWording.heading(ReportWording.CONTENT));
    v.put("opening", ReportWording.contentOpening(model, document.author()));
    v.put("sessionHeaders", ReportWording.SESSION_HEADERS);
    v.put("sessions", model.sessions().stream().map(ReportWording::sessionRow).toList());
    v.put("summary", ReportWording.contentSummary(model, document.author()));
    v.put("annexPointer", ReportWording.annexPointer());
    v.put("annexAnchor", ReportWording.ANNEX.anchor());
    v.put("annexHeading", ReportWording.heading(ReportWording.ANNEX));
    v.put("annexTitle", document.author().annexTitle());
    v.put("annexEmpty", ReportWording.ANNEX_EMPTY);
    v.put("annexHeaders", ReportWording.ANNEX_HEADERS);
    List<Row> rows = model.items().stream().map(PdfRenderer::row).toList();
    v.put("rows", rows);
    v.put("rowGroups", groups(rows));
    v.put(
        "footnotes",
        model.footnotes().stream()
            .collect(
                Collectors.toMap(
                    FollowUpReportModel.Footnote::number, FollowUpReportModel.Footnote::url)));
    v.put("footnotePrefix", ReportWording.FOOTNOTE_PREFIX);
    return v;
  }

  /** A row of the annex as the template prints it. */
  record Row(
      String number,
      String session,
      List<Piece> text,
      String area,
      List<Piece> progress,
      String status,
      String percent) {}

  /**
   * A piece of a cell: text, or a footnote call ({@code text} null). {@code unbroken} text is a
   * document number (INE/JGE38/2024), which the layout would otherwise break at its slashes.
   */
  record Piece(String text, boolean unbroken, int footnote) {}

  private static final int LONGEST_DOCUMENT_NUMBER = 40;

  private static Row row(FollowUpReportModel.Item item) {
    List<Piece> progress = new ArrayList<>();
    for (ReportWording.Segment segment : ReportWording.progress(item)) {
      if (segment.isCall()) {
        progress.add(new Piece(null, false, segment.footnote()));
      } else {
        progress.addAll(pieces(XmlText.clean(segment.text())));
      }
    }
    return new Row(
        ReportWording.number(item),
        XmlText.clean(item.session()),
        pieces(XmlText.clean(item.text())),
        XmlText.clean(item.area()),
        progress,
        item.status(),
        ReportWording.percent(item));
  }

  /** The text cut around its document numbers, each kept on one line. */
  /**
   * The text in pieces, document numbers ({@code INE/JGE38/2024}: a word with slashes between its
   * parts, short enough not to be a link) apart, to be kept whole. One pass over the text.
   */
  static List<Piece> pieces(String text) {
    List<Piece> pieces = new ArrayList<>();
    int from = 0;
    int at = 0;
    while (at < text.length()) {
      if (!inWord(text.charAt(at))) {
        at++;
        continue;
      }
      // A part of a word begins here: what came before is a space or a slash.
      int end = partEnd(text, at);
      int parts = 1;
      while (end + 1 < text.length() && text.charAt(end) == '/' && inWord(text.charAt(end + 1))) {
        end = partEnd(text, end + 1);
        parts++;
      }
      if (parts > 1 && end - at <= LONGEST_DOCUMENT_NUMBER) {
        if (at > from) {
          pieces.add(new Piece(text.substring(from, at), false, 0));
        }
        pieces.add(new Piece(text.substring(at, end), true, 0));
        from = end;
      }
      at = end;
    }
    if (from < text.length() || pieces.isEmpty()) {
      pieces.add(new Piece(text.substring(from), false, 0));
    }
    return pieces;
  }

  /** Neither a space (as a regular expression's {@code \\s}) nor a slash. */
  private static boolean inWord(char c) {
    return c != '/' && c != ' ' && (c < '\t' || c > '\r');
  }

  private static int partEnd(String text, int from) {
    int end = from;
    while (end < text.length() && inWord(text.charAt(end))) {
      end++;
    }
    return end;
  }

  /**
   * The font with its glyph substitution table (GSUB) hidden from the renderer. Spanish text needs
   * none of its substitutions (DejaVu's are ligatures and other scripts' forms), the Word document
   * applies none either, and PDFBox ran them on every string it drew: a quarter of the time of a
   * thousand-row report. The table is renamed in the font's directory, so no other byte moves; the
   * embedded subset keeps only the tables a PDF needs, so the renamed one never reaches the file.
   */
  static byte[] withoutGlyphSubstitution(byte[] font) {
    byte[] copy = font.clone();
    int tables = ((copy[4] & 0xff) << 8) | (copy[5] & 0xff);
    for (int i = 0; i < tables; i++) {
      int entry = 12 + 16 * i;
      if (copy[entry] == 'G'
          && copy[entry + 1] == 'S'
          && copy[entry + 2] == 'U'
          && copy[entry + 3] == 'B') {
        copy[entry] = 'X';
      }
    }
    return copy;
  }

  private static byte[] read(String resource) {
    try (InputStream in = PdfRenderer.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("Font " + resource + " is not on the classpath");
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
