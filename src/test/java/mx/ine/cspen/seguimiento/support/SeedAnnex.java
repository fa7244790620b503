package mx.ine.cspen.seguimiento.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import mx.ine.cspen.seguimiento.session.SpanishOrdinals;

/**
 * The annex of the report presented on 17 June 2024 (cut-off 24 May 2024), as the seed's table
 * ({@code seed/anexo-cspen-2024-06-17.tsv}, the seed's seven columns plus its links), and a way to
 * build it in the application through the HTTP API as its users would, with every step dated before
 * the cut-off by a {@link MutableClock}.
 *
 * <p>The seed's row 7 dates the "Primera sesión ordinaria" of 2024 on 13/04/2024 while rows 2–6
 * date it 13/03/2024: a session is one record, so here it is the 13 March session, and a report
 * shows that date on every row.
 */
public final class SeedAnnex {

  public static final LocalDate CUTOFF = LocalDate.of(2024, 5, 24);

  /** The session where the seed's report was presented, and its agenda item. */
  public static final LocalDate PRESENTED_AT = LocalDate.of(2024, 6, 17);

  public static final String AGENDA_ITEM = "2";

  private static final String RESOURCE = "seed/anexo-cspen-2024-06-17.tsv";
  private static final DateTimeFormatter NUMERIC = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<Row> ROWS = parse();

  private SeedAnnex() {}

  /** A session of the seed: "Tercera sesión extraordinaria" of 9 October 2023. */
  public record Session(String type, int number, LocalDate date, String label) {
    /** "09/10/2023 Tercera sesión extraordinaria." as the annex writes it. */
    public String annexLabel() {
      return date.format(NUMERIC) + " " + label + ".";
    }
  }

  /** A document reference with its link: "INE/JGE38/2024" and its URL. */
  public record Link(String number, String url) {}

  /**
   * A row of the seed's annex.
   *
   * @param area the area as the annex writes it, with its final period
   * @param status "En curso." or "Concluido." (the seed's row 11 lacks the period)
   */
  public record Row(
      int number,
      Session session,
      String text,
      String area,
      String progress,
      String status,
      int percent,
      List<Link> links) {

    public boolean concluded() {
      return status.startsWith("Concluido");
    }

    public String areaName() {
      return area.endsWith(".") ? area.substring(0, area.length() - 1) : area;
    }
  }

  public static List<Row> rows() {
    return ROWS;
  }

  /** The sessions in the order the annex first names them. */
  public static List<Session> sessions() {
    Map<String, Session> sessions = new LinkedHashMap<>();
    ROWS.forEach(r -> sessions.putIfAbsent(r.session().label(), r.session()));
    return List.copyOf(sessions.values());
  }

  /**
   * Registers the seed's sessions and commitments, reports each one's progress as its area and
   * approves the concluded ones as the Secretaría Técnica, everything dated before the cut-off.
   * Returns the commitments' ids by the annex's "No.". Leaves the clock on the cut-off day.
   */
  public static Map<Integer, Long> buildThroughApi(Api api, MutableClock clock) {
    Map<String, String> areaCodes = new LinkedHashMap<>();
    for (JsonNode area : api.get("st", "/api/areas").json()) {
      areaCodes.put(area.get("name").asText(), area.get("code").asText());
    }
    Map<String, Long> sessionIds = new LinkedHashMap<>();
    for (Session session : sessions()) {
      clock.set(session.date().plusDays(1).atTime(9, 0));
      ObjectNode body =
          JSON.createObjectNode()
              .put("type", session.type())
              .put("number", session.number())
              .put("date", session.date().toString());
      sessionIds.put(session.label(), created(api.post("st", "/api/sessions", body.toString())));
    }

    Map<Integer, Long> commitments = new LinkedHashMap<>();
    for (Row row : ROWS) {
      clock.set(row.session().date().plusDays(1).atTime(10, row.number()));
      String areaCode = areaCodes.get(row.areaName());
      if (areaCode == null) {
        throw new IllegalStateException(
            "No area named " + row.areaName() + " in " + areaCodes.keySet());
      }
      ObjectNode body =
          JSON.createObjectNode()
              .put("sessionId", sessionIds.get(row.session().label()))
              .put("kind", row.text().startsWith("La Comisión") ? "AGREEMENT" : "COMMITMENT")
              .put("text", row.text())
              .put("areaCode", areaCode);
      commitments.put(row.number(), created(api.post("st", "/api/commitments", body.toString())));
    }

    for (Row row : ROWS) {
      long id = commitments.get(row.number());
      String area = areaCodes.get(row.areaName());
      clock.set(LocalDateTime.of(CUTOFF.minusDays(4), LocalTime.of(10, row.number())));
      ObjectNode progress =
          JSON.createObjectNode()
              .put("percent", row.percent())
              .put("narrative", row.progress())
              .put("requestClosure", row.concluded());
      ArrayNode references = progress.putArray("references");
      row.links()
          .forEach(
              link ->
                  references
                      .addObject()
                      .put("type", "acuerdo")
                      .put("number", link.number())
                      .put("url", link.url()));
      ok(api.post(area, "/api/commitments/" + id + "/progress", progress.toString()));
      if (row.concluded()) {
        clock.set(LocalDateTime.of(CUTOFF.minusDays(3), LocalTime.of(10, row.number())));
        ok(api.post("st", "/api/commitments/" + id + "/verification", "{\"approved\":true}"));
      }
    }
    clock.set(CUTOFF.atTime(12, 0));
    return commitments;
  }

  private static long created(Api.Response response) {
    if (response.status() != 201) {
      throw new IllegalStateException("Seed step refused: " + response);
    }
    return response.id();
  }

  private static void ok(Api.Response response) {
    if (response.status() != 200) {
      throw new IllegalStateException("Seed step refused: " + response);
    }
  }

  // --- The seed's table -------------------------------------------------------------------------

  private static List<Row> parse() {
    String tsv;
    try (InputStream in = SeedAnnex.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the test classpath");
      }
      tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Session> sessions = new LinkedHashMap<>();
    List<Row> rows = new ArrayList<>();
    List<String> lines = tsv.lines().filter(l -> !l.isBlank()).toList();
    for (String line : lines.subList(1, lines.size())) {
      String[] cells = line.split("\t", -1);
      String sessionCell = cells[1].strip();
      String label = sessionCell.substring(11, sessionCell.length() - 1);
      LocalDate date = LocalDate.parse(sessionCell.substring(0, 10), NUMERIC);
      // One record per session: the first date the annex gives it (see the class comment).
      Session session =
          sessions.computeIfAbsent(label + " " + date.getYear(), key -> session(label, date));
      List<Link> links = new ArrayList<>();
      if (cells.length > 7 && !cells[7].isBlank()) {
        for (String link : cells[7].split("\\|")) {
          String[] parts = link.strip().split(" ", 2);
          links.add(new Link(parts[0], parts[1].strip()));
        }
      }
      rows.add(
          new Row(
              Integer.parseInt(cells[0].replace(".", "").strip()),
              session,
              cells[2].strip(),
              cells[3].strip(),
              cells[4].strip(),
              cells[5].strip(),
              Integer.parseInt(cells[6].replace("%", "").strip()),
              List.copyOf(links)));
    }
    return List.copyOf(rows);
  }

  private static Session session(String label, LocalDate date) {
    String type = label.endsWith("extraordinaria") ? "EXTRAORDINARY" : "ORDINARY";
    String ordinal = label.substring(0, label.indexOf(" sesión"));
    int number =
        IntStream.rangeClosed(1, 99)
            .filter(n -> SpanishOrdinals.feminine(n).equals(ordinal))
            .findFirst()
            .orElseThrow(() -> new IllegalStateException("Not an ordinal: " + ordinal));
    return new Session(type, number, date, label);
  }
}
