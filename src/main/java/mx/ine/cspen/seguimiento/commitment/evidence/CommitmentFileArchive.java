package mx.ine.cspen.seguimiento.commitment.evidence;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import mx.ine.cspen.seguimiento.commitment.Commitment;
import mx.ine.cspen.seguimiento.commitment.CommitmentChange;
import mx.ine.cspen.seguimiento.commitment.CommitmentDetail;
import mx.ine.cspen.seguimiento.commitment.CommitmentEvent;
import mx.ine.cspen.seguimiento.commitment.CommitmentReader;
import mx.ine.cspen.seguimiento.commitment.DocumentReference;
import mx.ine.cspen.seguimiento.commitment.ProgressReport;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.system.SpanishDates;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.HtmlUtils;

/**
 * A commitment's whole file (expediente) as one ZIP: its history as a page anyone opens in a
 * browser ({@code historial.html}) and as a table ({@code historial.csv}), every evidence file
 * under {@code documentos/}, and a manifest with the SHA-256 of each ({@code SHA256SUMS.txt}, the
 * format {@code sha256sum -c} checks).
 */
@Service
public class CommitmentFileArchive {

  static final String HISTORY_HTML = "historial.html";
  static final String HISTORY_CSV = "historial.csv";
  static final String MANIFEST = "SHA256SUMS.txt";

  private static final DateTimeFormatter MOMENT = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final CommitmentReader commitments;
  private final EvidenceService evidence;
  private final Clock clock;

  CommitmentFileArchive(CommitmentReader commitments, EvidenceService evidence, Clock clock) {
    this.commitments = commitments;
    this.evidence = evidence;
    this.clock = clock;
  }

  /** The ZIP's name: "expediente-CSPEN-2024-001.zip". */
  public static String fileName(Commitment commitment) {
    return "expediente-" + commitment.getFolio() + ".zip";
  }

  /** The commitment and its ZIP, for a reader of the commitment. */
  @Transactional(readOnly = true)
  public Archive archive(long commitmentId, CurrentUser user) {
    CommitmentDetail detail = commitments.detail(commitmentId, user);
    List<EvidenceFile> files = evidence.allFiles(commitmentId);
    Map<Long, Integer> reportNumbers = new HashMap<>();
    for (ProgressReport report : detail.progress()) {
      reportNumbers.put(report.getId(), reportNumbers.size() + 1);
    }
    Map<String, byte[]> documents = new LinkedHashMap<>();
    Map<Long, String> paths = new HashMap<>();
    Set<String> taken = new HashSet<>();
    for (EvidenceFile file : files) {
      String folder =
          String.format("documentos/avance-%02d/", reportNumbers.getOrDefault(reportId(file), 0));
      String path = unique(folder + file.getFileName(), taken);
      documents.put(path, file.getContent());
      paths.put(file.getId(), path);
    }
    byte[] html = historyHtml(detail, files, paths).getBytes(StandardCharsets.UTF_8);
    byte[] csv = historyCsv(detail).getBytes(StandardCharsets.UTF_8);
    StringBuilder manifest = new StringBuilder();
    manifest.append(EvidenceService.sha256(html)).append("  ").append(HISTORY_HTML).append('\n');
    manifest.append(EvidenceService.sha256(csv)).append("  ").append(HISTORY_CSV).append('\n');
    for (EvidenceFile file : files) {
      manifest.append(file.getSha256()).append("  ").append(paths.get(file.getId())).append('\n');
    }
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    try (ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
      entry(out, HISTORY_HTML, html);
      entry(out, HISTORY_CSV, csv);
      for (Map.Entry<String, byte[]> document : documents.entrySet()) {
        entry(out, document.getKey(), document.getValue());
      }
      entry(out, MANIFEST, manifest.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Archive(fileName(detail.commitment()), zip.toByteArray());
  }

  public record Archive(String fileName, byte[] bytes) {}

  private static Long reportId(EvidenceFile file) {
    return file.progressReportId();
  }

  private String historyHtml(
      CommitmentDetail detail, List<EvidenceFile> files, Map<Long, String> paths) {
    Commitment c = detail.commitment();
    Map<Long, List<EvidenceFile>> byReport = new HashMap<>();
    files.forEach(
        f -> byReport.computeIfAbsent(f.progressReportId(), k -> new ArrayList<>()).add(f));
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"es\"><head><meta charset=\"utf-8\"><title>Expediente ")
        .append(e(c.getFolio()))
        .append("</title><style>body{font-family:sans-serif;max-width:60rem;margin:2rem auto;}")
        .append("dt{font-weight:bold}li{margin-bottom:.75rem}.texto{white-space:pre-line}</style>")
        .append("</head><body>\n<h1>")
        .append(e(c.getKind().label() + " " + c.getFolio()))
        .append("</h1>\n<dl>");
    fact(h, "Sesión", c.getSession().annexLabel());
    fact(h, "Texto", c.getText());
    if (c.getProposer() != null) {
      fact(h, "Propuesto por", c.getProposer());
    }
    fact(h, "Área responsable", c.getArea() == null ? "Sin área asignada" : c.getArea().getName());
    fact(h, "Estatus", c.getStatus().label());
    fact(h, "Avance", c.getPercent() + " %");
    fact(
        h,
        "Fecha límite",
        c.getDueDate() == null ? "Sin fecha límite" : SpanishDates.numeric(c.getDueDate()));
    fact(h, "Expediente generado", moment(clock.instant()));
    h.append("</dl>\n<h2>Historial</h2>\n<ol>\n");
    for (CommitmentEvent event : detail.events()) {
      h.append("<li><strong>")
          .append(e(moment(event.getOccurredAt())))
          .append(" · ")
          .append(e(event.getEventType().label()))
          .append("</strong> por ")
          .append(e(event.getActor()))
          .append(" · ")
          .append(e(event.getStatusAfter().label()));
      if (event.getAreaCode() != null) {
        h.append("<br>Área: ").append(e(event.getAreaCode()));
      }
      for (CommitmentChange change : detail.changesOf(event)) {
        h.append("<br>")
            .append(e(change.getField().label()))
            .append(": antes «")
            .append(e(orNone(change.getBefore())))
            .append("», después «")
            .append(e(orNone(change.getAfter())))
            .append("»");
      }
      ProgressReport report = event.getProgressReport();
      if (report != null) {
        h.append("<br>Avance: ").append(report.getPercent()).append(" %");
        h.append("<div class=\"texto\">").append(e(report.getNarrative())).append("</div>");
        if (report.getJustification() != null) {
          h.append("<div>Justificación: ").append(e(report.getJustification())).append("</div>");
        }
        for (DocumentReference r : report.getReferences()) {
          h.append("<div>Referencia: ")
              .append(e(r.getType().label() + " " + r.getNumber()))
              .append(r.getUrl() == null ? "" : " (" + e(r.getUrl()) + ")")
              .append("</div>");
        }
        for (EvidenceFile file : byReport.getOrDefault(report.getId(), List.of())) {
          String path = paths.get(file.getId());
          h.append("<div>Documento: <a href=\"")
              .append(e(path))
              .append("\">")
              .append(e(file.getFileName()))
              .append("</a> (")
              .append(e(EvidenceSettings.readable(file.getSize())))
              .append(", SHA-256 ")
              .append(e(file.getSha256()))
              .append(")</div>");
        }
      }
      if (event.getNote() != null) {
        h.append("<div class=\"texto\">Nota: ").append(e(event.getNote())).append("</div>");
      }
      h.append("</li>\n");
    }
    h.append("</ol>\n</body></html>\n");
    return h.toString();
  }

  private String historyCsv(CommitmentDetail detail) {
    StringWriter text = new StringWriter();
    // A BOM so that Excel reads the accents, as the annex's CSV export does.
    text.write('\ufeff');
    try (CSVPrinter csv =
        new CSVPrinter(
            text,
            CSVFormat.EXCEL
                .builder()
                .setHeader(
                    "Fecha",
                    "Evento",
                    "Quién",
                    "Estatus",
                    "Área",
                    "Porcentaje",
                    "Avance",
                    "Cambios",
                    "Nota")
                .get())) {
      for (CommitmentEvent event : detail.events()) {
        ProgressReport report = event.getProgressReport();
        List<String> changes = new ArrayList<>();
        for (CommitmentChange change : detail.changesOf(event)) {
          changes.add(
              change.getField().label()
                  + ": «"
                  + orNone(change.getBefore())
                  + "» → «"
                  + orNone(change.getAfter())
                  + "»");
        }
        csv.printRecord(
            moment(event.getOccurredAt()),
            event.getEventType().label(),
            event.getActor(),
            event.getStatusAfter().label(),
            event.getAreaCode() == null ? "" : event.getAreaCode(),
            report == null ? "" : String.valueOf(report.getPercent()),
            report == null ? "" : report.getNarrative(),
            String.join("; ", changes),
            event.getNote() == null ? "" : event.getNote());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private String moment(java.time.Instant instant) {
    return MOMENT.format(instant.atZone(clock.getZone()));
  }

  private static void fact(StringBuilder h, String term, String value) {
    h.append("<dt>")
        .append(e(term))
        .append("</dt><dd class=\"texto\">")
        .append(e(value))
        .append("</dd>");
  }

  private static String orNone(String value) {
    return value == null ? "(sin dato)" : value;
  }

  private static String e(String text) {
    return HtmlUtils.htmlEscape(text == null ? "" : text, "UTF-8");
  }

  private static String unique(String path, Set<String> taken) {
    String candidate = path;
    int dot = path.lastIndexOf('.');
    for (int n = 2; !taken.add(candidate); n++) {
      candidate =
          dot > path.lastIndexOf('/')
              ? path.substring(0, dot) + " (" + n + ")" + path.substring(dot)
              : path + " (" + n + ")";
    }
    return candidate;
  }

  private static void entry(ZipOutputStream out, String name, byte[] bytes) throws IOException {
    out.putNextEntry(new ZipEntry(name));
    out.write(bytes);
    out.closeEntry();
  }
}
