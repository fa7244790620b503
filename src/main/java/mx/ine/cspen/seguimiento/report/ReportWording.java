package mx.ine.cspen.seguimiento.report;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import mx.ine.cspen.seguimiento.session.SessionType;
import mx.ine.cspen.seguimiento.system.SpanishDates;

/**
 * Every sentence of the report, in the Secretaría Técnica's words, with singular and plural chosen
 * from the numbers: both documents take their text from here.
 */
final class ReportWording {

  /** A piece of a paragraph, bold or not. */
  record Span(String text, boolean bold) {
    static Span plain(String text) {
      return new Span(text, false);
    }

    static Span bold(String text) {
      return new Span(text, true);
    }
  }

  /** A piece of a progress text: text, or the call of footnote {@code footnote}. */
  record Segment(String text, int footnote) {
    boolean isCall() {
      return text == null;
    }
  }

  /** An entry of the index: its heading and the anchor the page number points to. */
  record IndexEntry(String heading, String anchor) {}

  static final String INSTITUTION = "Instituto Nacional Electoral";
  static final String INDEX = "ÍNDICE";
  static final IndexEntry GLOSSARY = new IndexEntry("I. Glosario", "glosario");
  static final IndexEntry PRESENTATION = new IndexEntry("II. Presentación", "presentacion");
  static final IndexEntry CONTENT = new IndexEntry("III. Contenido del Informe", "contenido");
  static final IndexEntry ANNEX = new IndexEntry("IV. Anexo", "anexo");
  static final List<IndexEntry> INDEX_ENTRIES = List.of(GLOSSARY, PRESENTATION, CONTENT, ANNEX);

  static final List<String> SESSION_HEADERS =
      List.of("Tipo de sesión", "Fecha de celebración", "Compromisos y acuerdos");
  static final List<String> ANNEX_HEADERS =
      List.of(
          "No.",
          "Fecha y tipo de sesión",
          "Acuerdo/Compromiso",
          "Área Responsable",
          "Avance/cumplimiento",
          "Estatus",
          "Porcentaje de Avance");
  static final String ANNEX_EMPTY =
      "No hay compromisos ni acuerdos que informar con esta fecha de corte.";
  static final String FOOTNOTE_PREFIX = "Consultable en la liga: ";

  private ReportWording() {}

  /** "I. Glosario." — headings carry a final period, as in the seed. */
  static String heading(IndexEntry entry) {
    return entry.heading() + ".";
  }

  /** "Sesión Ordinaria: **17 de junio de 2024.**" */
  static List<Span> sessionLine(ReportDocument document) {
    String type = document.sessionType() == SessionType.ORDINARY ? "Ordinaria" : "Extraordinaria";
    return List.of(
        Span.plain("Sesión " + type + ": "),
        Span.bold(SpanishDates.inWords(document.sessionDate()) + "."));
  }

  /** "Punto: **2.**" */
  static List<Span> agendaLine(ReportDocument document) {
    String item = document.agendaItem().strip();
    return List.of(Span.plain("Punto: "), Span.bold(item.endsWith(".") ? item : item + "."));
  }

  /** The terms of the commission's glossary the document uses, each once. */
  static List<Glossary.Term> glossary(FollowUpReportModel model, ReportAuthor author) {
    return Glossary.usedIn(author.glossary(), textForGlossary(model, author));
  }

  private static String textForGlossary(FollowUpReportModel model, ReportAuthor author) {
    Stream<String> fixed =
        Stream.of(
            author.legalBasis(),
            text(contentOpening(model, author)),
            text(contentSummary(model, author)),
            text(annexPointer()),
            author.annexTitle());
    Stream<String> rows =
        model.items().stream()
            .flatMap(i -> Stream.of(i.session(), i.text(), i.area(), i.progress(), i.status()));
    return Stream.concat(fixed, rows).collect(Collectors.joining("\n"));
  }

  /**
   * "El informe da cuenta del seguimiento de **11** compromisos y acuerdos que se generaron en la
   * sesión ordinaria y en las sesiones extraordinarias de la **Comisión del Servicio**, en las
   * fechas siguientes:"
   */
  static List<Span> contentOpening(FollowUpReportModel model, ReportAuthor author) {
    if (model.total() == 0) {
      return List.of(
          Span.plain(
              "Con corte al "
                  + SpanishDates.inWords(model.cutoff())
                  + ", no hay compromisos ni acuerdos de la "),
          Span.bold(author.shortName()),
          Span.plain(" pendientes de informar."));
    }
    boolean one = model.total() == 1;
    boolean oneDate = model.sessions().size() == 1;
    return List.of(
        Span.plain("El informe da cuenta del seguimiento de "),
        Span.bold(String.valueOf(model.total())),
        Span.plain(
            (one
                    ? " compromiso o acuerdo que se generó en "
                    : " compromisos y acuerdos que se generaron en ")
                + sessionTypes(model)
                + " de la "),
        Span.bold(author.shortName()),
        Span.plain(oneDate ? ", en la fecha siguiente:" : ", en las fechas siguientes:"));
  }

  /**
   * "la sesión ordinaria", "las sesiones extraordinarias", "las sesiones ordinaria y
   * extraordinaria", "la sesión ordinaria y en las sesiones extraordinarias"…
   */
  static String sessionTypes(FollowUpReportModel model) {
    Map<SessionType, Long> byType = new EnumMap<>(SessionType.class);
    for (FollowUpReportModel.SessionRow session : model.sessions()) {
      byType.merge(session.type(), 1L, Long::sum);
    }
    List<SessionType> types = new ArrayList<>(byType.keySet());
    if (types.size() == 1) {
      SessionType type = types.get(0);
      return byType.get(type) == 1
          ? "la sesión " + type.adjective()
          : "las sesiones " + type.pluralAdjective();
    }
    long ordinary = byType.get(SessionType.ORDINARY);
    long extraordinary = byType.get(SessionType.EXTRAORDINARY);
    if (ordinary == 1 && extraordinary == 1) {
      return "las sesiones ordinaria y extraordinaria";
    }
    if (ordinary > 1 && extraordinary > 1) {
      return "las sesiones ordinarias y extraordinarias";
    }
    return group(SessionType.ORDINARY, ordinary)
        + " y en "
        + group(SessionType.EXTRAORDINARY, extraordinary);
  }

  private static String group(SessionType type, long count) {
    return count == 1 ? "la sesión " + type.adjective() : "las sesiones " + type.pluralAdjective();
  }

  /**
   * "De los **11** compromisos y acuerdos que se generaron en las sesiones de la **Comisión del
   * Servicio**, con corte al 24 de mayo de 2024, **10** de ellos están cumplidos y **1** en proceso
   * de cumplimiento."
   */
  static List<Span> contentSummary(FollowUpReportModel model, ReportAuthor author) {
    if (model.total() == 0) {
      return List.of();
    }
    List<Span> spans = new ArrayList<>();
    String cutoff = ", con corte al " + SpanishDates.inWords(model.cutoff()) + ", ";
    String where =
        model.sessions().size() == 1 ? " en la sesión de la " : " en las sesiones de la ";
    if (model.total() == 1) {
      spans.add(Span.plain("El compromiso o acuerdo que se generó" + where));
      spans.add(Span.bold(author.shortName()));
      spans.add(
          Span.plain(
              cutoff
                  + (model.concluded() == 1
                      ? "está cumplido."
                      : model.cancelled() == 1
                          ? "quedó sin efecto."
                          : "está en proceso de cumplimiento.")));
      return spans;
    }
    spans.add(Span.plain("De los "));
    spans.add(Span.bold(String.valueOf(model.total())));
    spans.add(Span.plain(" compromisos y acuerdos que se generaron" + where));
    spans.add(Span.bold(author.shortName()));
    spans.add(Span.plain(cutoff));
    record Part(int count, String singular, String plural) {}
    List<Part> parts =
        Stream.of(
                new Part(model.concluded(), "está cumplido", "están cumplidos"),
                new Part(
                    model.inProgress(),
                    "está en proceso de cumplimiento",
                    "están en proceso de cumplimiento"),
                new Part(model.cancelled(), "quedó sin efecto", "quedaron sin efecto"))
            .filter(p -> p.count() > 0)
            .toList();
    if (parts.size() == 1) {
      spans.add(
          Span.plain((model.total() == 2 ? "ambos " : "todos ") + parts.get(0).plural() + "."));
      return spans;
    }
    for (int i = 0; i < parts.size(); i++) {
      Part part = parts.get(i);
      if (i > 0) {
        spans.add(Span.plain(i == parts.size() - 1 ? " y " : ", "));
      }
      spans.add(Span.bold(String.valueOf(part.count())));
      String words = part.count() == 1 ? part.singular() : part.plural();
      if (i == 0) {
        spans.add(Span.plain(" de ellos " + words));
      } else {
        // "y 1 en proceso de cumplimiento": the verb of the first part is not repeated.
        spans.add(Span.plain(" " + words.replaceFirst("^(está|están) ", "")));
      }
    }
    spans.add(Span.plain("."));
    return spans;
  }

  /** "El detalle de los compromisos y acuerdos se presenta en el **Anexo** del informe." */
  static List<Span> annexPointer() {
    return List.of(
        Span.plain("El detalle de los compromisos y acuerdos se presenta en el "),
        Span.bold("Anexo"),
        Span.plain(" del informe."));
  }

  /** "Tercera sesión extraordinaria", "9 de octubre de 2023", "1" */
  static List<String> sessionRow(FollowUpReportModel.SessionRow session) {
    return List.of(
        session.label(), SpanishDates.inWords(session.date()), String.valueOf(session.count()));
  }

  /** "75%", as the annex writes it. */
  static String percent(FollowUpReportModel.Item item) {
    return item.percent() + "%";
  }

  /** "1." */
  static String number(FollowUpReportModel.Item item) {
    return item.number() + ".";
  }

  /** The progress text cut at its footnote calls. */
  static List<Segment> progress(FollowUpReportModel.Item item) {
    List<Segment> segments = new ArrayList<>();
    String text = item.progress();
    int from = 0;
    for (FollowUpReportModel.FootnoteCall call : item.calls()) {
      if (call.offset() > from) {
        segments.add(new Segment(text.substring(from, call.offset()), 0));
      }
      segments.add(new Segment(null, call.number()));
      from = Math.max(from, call.offset());
    }
    if (from < text.length()) {
      segments.add(new Segment(text.substring(from), 0));
    }
    return segments;
  }

  static String text(List<Span> spans) {
    return spans.stream().map(Span::text).collect(Collectors.joining());
  }
}
