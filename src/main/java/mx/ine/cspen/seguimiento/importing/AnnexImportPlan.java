package mx.ine.cspen.seguimiento.importing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import mx.ine.cspen.seguimiento.commitment.Commitment;
import mx.ine.cspen.seguimiento.commitment.CommitmentAnnex;
import mx.ine.cspen.seguimiento.commitment.CommitmentStatus;
import mx.ine.cspen.seguimiento.commitment.ImportedCommitment;
import mx.ine.cspen.seguimiento.commitment.ImportedCommitment.AnnexProgress;
import mx.ine.cspen.seguimiento.commitment.ImportedCommitment.Outcome;
import mx.ine.cspen.seguimiento.importing.AnnexCells.SessionKey;
import mx.ine.cspen.seguimiento.importing.AnnexCells.SessionName;
import mx.ine.cspen.seguimiento.importing.AnnexRowParser.ParsedAnnex;
import mx.ine.cspen.seguimiento.session.CommissionSession;
import mx.ine.cspen.seguimiento.session.SessionRepository;
import mx.ine.cspen.seguimiento.system.SpanishDates;

/**
 * What importing the rows would do, decided against what is already registered, and every problem
 * that prevents it. Nothing is written here.
 *
 * <p>A row is the commitment of its session (type, number and year) with the same text, spaces
 * aside. A new one is created; one already registered is left as it is when the file says the same,
 * takes the file's newer progress when it is still open, and is a problem when the file contradicts
 * it in a way only the process may change (area, conclusion, cancellation, a lower percent).
 */
final class AnnexImportPlan {

  enum Action {
    CREATE("Se registrará", "Se registraría al corregir el archivo", "Registrado"),
    UPDATE(
        "Se agregará su avance",
        "Se agregaría su avance al corregir el archivo",
        "Avance agregado"),
    UNCHANGED("Sin cambios", "Sin cambios", "Sin cambios");

    private final String planned;
    private final String blocked;
    private final String done;

    Action(String planned, String blocked, String done) {
      this.planned = planned;
      this.blocked = blocked;
      this.done = done;
    }

    /**
     * "Se registrará" before the import, "Registrado" after it; while the file has a problem,
     * nothing will be registered until it is fixed, and the label says so.
     */
    String label(boolean imported, boolean problems) {
      return imported ? done : problems ? blocked : planned;
    }
  }

  /** What happens to one row; {@code existing} is the registered commitment it matches. */
  record Step(AnnexRow row, Action action, CommitmentAnnex.Entry existing, String note) {}

  private final List<Step> steps = new ArrayList<>();
  private final Map<SessionKey, SessionName> newSessions = new LinkedHashMap<>();
  private final Map<SessionKey, CommissionSession> registeredSessions = new HashMap<>();
  private final List<ImportProblem> problems = new ArrayList<>();

  private final ParsedAnnex annex;
  private final LocalDate asOf;
  private final LocalDate today;
  private final ZoneId zone;
  private final SessionRepository sessions;
  private final CommitmentAnnex commitments;
  private final long commissionId;

  /**
   * Decides for the commission's annex, reading what is registered through {@code sessions} and
   * {@code commitments}.
   */
  AnnexImportPlan(
      long commissionId,
      ParsedAnnex annex,
      LocalDate asOf,
      LocalDate today,
      ZoneId zone,
      SessionRepository sessions,
      CommitmentAnnex commitments) {
    this.commissionId = commissionId;
    this.annex = annex;
    this.asOf = asOf;
    this.today = today;
    this.zone = zone;
    this.sessions = sessions;
    this.commitments = commitments;
    this.problems.addAll(annex.problems());
    decide();
  }

  List<Step> steps() {
    return steps;
  }

  List<ImportProblem> problems() {
    return problems.stream().sorted(java.util.Comparator.comparingInt(ImportProblem::row)).toList();
  }

  Map<SessionKey, SessionName> newSessions() {
    return newSessions;
  }

  Optional<CommissionSession> registered(SessionKey key) {
    return Optional.ofNullable(registeredSessions.get(key));
  }

  long count(Action action) {
    return steps.stream().filter(s -> s.action() == action).count();
  }

  // --- Deciding -------------------------------------------------------------------------------

  private void decide() {
    Map<SessionKey, List<AnnexRow>> bySession = new LinkedHashMap<>();
    for (AnnexRow row : annex.rows()) {
      bySession.computeIfAbsent(row.session().key(), k -> new ArrayList<>()).add(row);
    }
    for (Map.Entry<SessionKey, List<AnnexRow>> group : bySession.entrySet()) {
      decideSession(group.getKey(), group.getValue());
    }
    steps.sort(java.util.Comparator.comparingInt(s -> s.row().row()));
  }

  private void decideSession(SessionKey key, List<AnnexRow> rows) {
    Optional<CommissionSession> registered =
        sessions.findByCommissionIdAndTypeAndNumberAndYear(
            commissionId, key.type(), key.number(), key.year());
    LocalDate date =
        registered.map(CommissionSession::getDate).orElseGet(() -> mostCommonDate(rows));
    List<AnnexRow> consistent = new ArrayList<>();
    for (AnnexRow row : rows) {
      LocalDate typed = row.session().date();
      if (!typed.equals(date)) {
        problem(
            row, AnnexColumn.SESSION, dateConflict(key, date, typed, rows, registered.isPresent()));
      } else if (typed.isAfter(today)) {
        problem(
            row,
            AnnexColumn.SESSION,
            "La sesión del "
                + SpanishDates.numeric(typed)
                + " es posterior a hoy: revise la fecha.");
      } else if (asOf.isBefore(typed)) {
        problem(
            row,
            AnnexColumn.SESSION,
            "La fecha de los avances importados ("
                + SpanishDates.numeric(asOf)
                + ") es anterior a esta sesión ("
                + SpanishDates.numeric(typed)
                + "): importe con una fecha igual o posterior.");
      } else {
        consistent.add(row);
      }
    }
    if (registered.isPresent()) {
      registeredSessions.put(key, registered.get());
    } else if (!consistent.isEmpty()) {
      newSessions.put(key, consistent.get(0).session());
    }
    Map<String, CommitmentAnnex.Entry> existing = new HashMap<>();
    registered.ifPresent(
        session ->
            commitments
                .entries(commitments.ofSession(session))
                .forEach(
                    e -> existing.putIfAbsent(AnnexText.collapse(e.commitment().getText()), e)));
    Map<String, AnnexRow> seen = new HashMap<>();
    for (AnnexRow row : consistent) {
      AnnexRow earlier = seen.putIfAbsent(row.matchingText(), row);
      if (earlier != null) {
        problem(
            row,
            AnnexColumn.TEXT,
            "Repite el acuerdo o compromiso de la fila "
                + earlier.row()
                + " (misma sesión y mismo texto).");
        continue;
      }
      CommitmentAnnex.Entry match = existing.get(row.matchingText());
      if (match == null) {
        steps.add(new Step(row, Action.CREATE, null, null));
      } else {
        compare(row, match);
      }
    }
  }

  private static LocalDate mostCommonDate(List<AnnexRow> rows) {
    Map<LocalDate, Long> counts =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    r -> r.session().date(), LinkedHashMap::new, Collectors.counting()));
    // On a tie the first date written wins (LinkedHashMap keeps the order of the rows).
    return counts.entrySet().stream()
        .reduce((a, b) -> b.getValue() > a.getValue() ? b : a)
        .orElseThrow()
        .getKey();
  }

  private String dateConflict(
      SessionKey key, LocalDate date, LocalDate typed, List<AnnexRow> rows, boolean registered) {
    if (registered) {
      return "La "
          + key.describe()
          + " está registrada con fecha "
          + SpanishDates.numeric(date)
          + ", no "
          + SpanishDates.numeric(typed)
          + ": corrija la fecha.";
    }
    List<String> others =
        rows.stream()
            .filter(r -> r.session().date().equals(date))
            .map(r -> String.valueOf(r.row()))
            .toList();
    String listed =
        others.size() == 1
            ? "la fila " + others.get(0)
            : "las filas "
                + String.join(", ", others.subList(0, others.size() - 1))
                + " y "
                + others.get(others.size() - 1);
    return "La "
        + key.describe()
        + " tiene fecha "
        + SpanishDates.numeric(date)
        + " en "
        + listed
        + ", y "
        + SpanishDates.numeric(typed)
        + " en esta fila. Una sesión tiene una sola fecha: corrija la que esté mal.";
  }

  /** A row that names a registered commitment. */
  private void compare(AnnexRow row, CommitmentAnnex.Entry entry) {
    Commitment registered = entry.commitment();
    ImportedCommitment typed = row.commitment();
    String folio = registered.getFolio();
    if (!Objects.equals(
        registered.getAreaCode(), typed.area() == null ? null : typed.area().getCode())) {
      problem(
          row,
          AnnexColumn.AREA,
          "El compromiso "
              + folio
              + " está a cargo de "
              + (registered.getArea() == null ? "ninguna área" : registered.getArea().getName())
              + " y el archivo indica "
              + (typed.area() == null ? "ninguna" : typed.area().getName())
              + ". Un cambio de área se hace en el sistema, no por importación.");
      return;
    }
    CommitmentStatus status = registered.getStatus();
    Outcome wanted = typed.outcome();
    if (status.isClosed() || wanted != Outcome.OPEN) {
      if ((status == CommitmentStatus.CONCLUDED && wanted == Outcome.CONCLUDED)
          || (status == CommitmentStatus.CANCELLED && wanted == Outcome.CANCELLED)) {
        steps.add(
            new Step(row, Action.UNCHANGED, entry, "Ya registrado como " + status.label() + "."));
      } else {
        problem(
            row,
            AnnexColumn.STATUS,
            "El compromiso "
                + folio
                + " está «"
                + status.label()
                + "» en el sistema y el archivo dice «"
                + AnnexExport.statusLabel(wanted)
                + "». La conclusión se solicita y aprueba, y la cancelación se registra, en el"
                + " sistema, no por importación.");
      }
      return;
    }
    AnnexProgress progress = typed.progress();
    if (progress == null || sameProgress(progress, entry.latest().orElse(null))) {
      steps.add(new Step(row, Action.UNCHANGED, entry, null));
      return;
    }
    if (entry.progress().stream().anyMatch(p -> sameProgress(progress, p))) {
      steps.add(
          new Step(
              row,
              Action.UNCHANGED,
              entry,
              "El sistema ya tiene un avance posterior al del archivo."));
      return;
    }
    if (status != CommitmentStatus.IN_PROGRESS) {
      problem(
          row,
          AnnexColumn.PROGRESS,
          "El compromiso "
              + folio
              + " está «"
              + status.label()
              + "»: su avance no se puede actualizar por importación.");
      return;
    }
    if (progress.percent() < registered.getPercent()) {
      problem(
          row,
          AnnexColumn.PERCENT,
          "El compromiso "
              + folio
              + " tiene "
              + registered.getPercent()
              + " % de avance y el archivo indica "
              + progress.percent()
              + " %. Un avance menor se informa en el sistema, con su justificación.");
      return;
    }
    LocalDate lastChange = LocalDate.ofInstant(entry.lastChangeAt(), zone);
    if (lastChange.isAfter(asOf)) {
      problem(
          row,
          AnnexColumn.PROGRESS,
          "El compromiso "
              + folio
              + " tiene cambios del "
              + SpanishDates.numeric(lastChange)
              + ", posteriores a la fecha de los avances importados ("
              + SpanishDates.numeric(asOf)
              + "): importe con esa fecha o una posterior.");
      return;
    }
    steps.add(new Step(row, Action.UPDATE, entry, null));
  }

  private static boolean sameProgress(AnnexProgress typed, AnnexProgress recorded) {
    return recorded != null
        && typed.percent() == recorded.percent()
        && AnnexText.collapse(typed.narrative()).equals(AnnexText.collapse(recorded.narrative()))
        && references(typed).equals(references(recorded));
  }

  /** The annex has no dates for references: they are compared by kind, number and link. */
  private static List<List<Object>> references(AnnexProgress progress) {
    return progress.references().stream()
        .map(r -> java.util.Arrays.<Object>asList(r.type(), r.number(), r.url()))
        .toList();
  }

  /**
   * The instant imported history of this step is dated: the start of "as of", never earlier than
   * the commitment's last change.
   */
  Instant dateOf(Step step, Instant startOfAsOf) {
    if (step.existing() == null || !step.existing().lastChangeAt().isAfter(startOfAsOf)) {
      return startOfAsOf;
    }
    return step.existing().lastChangeAt();
  }

  private void problem(AnnexRow row, AnnexColumn column, String message) {
    problems.add(new ImportProblem(row.row(), annex.heading(column), message));
  }
}
