package mx.ine.cspen.seguimiento.importing;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.ine.cspen.seguimiento.commitment.Commitment;
import mx.ine.cspen.seguimiento.commitment.CommitmentAnnex;
import mx.ine.cspen.seguimiento.commitment.CommitmentRegistry;
import mx.ine.cspen.seguimiento.importing.AnnexCells.SessionKey;
import mx.ine.cspen.seguimiento.importing.AnnexCells.SessionName;
import mx.ine.cspen.seguimiento.importing.AnnexImportPlan.Action;
import mx.ine.cspen.seguimiento.importing.AnnexImportPlan.Step;
import mx.ine.cspen.seguimiento.importing.AnnexRowParser.ParsedAnnex;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.security.RoleChecks;
import mx.ine.cspen.seguimiento.session.CommissionSession;
import mx.ine.cspen.seguimiento.session.RegisterSession;
import mx.ine.cspen.seguimiento.session.SessionRepository;
import mx.ine.cspen.seguimiento.session.SessionService;
import mx.ine.cspen.seguimiento.system.AppProperties;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import mx.ine.cspen.seguimiento.system.SpanishDates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Imports the annex the Secretaría Técnica kept by hand. The file is read, every row checked, and
 * the rows matched with what is registered; a dry run stops there and writes nothing. A real import
 * writes everything in one transaction, and only when no row has a problem.
 *
 * <p>Imported history is dated at the start of the "as of" day in the product's time zone ({@code
 * seguimiento.time-zone}): the report reads history by date, so that day's report shows it, and
 * anything reported in the system later that day comes after it.
 */
@Service
public class AnnexImportService {

  private final AnnexFileReader reader;
  private final AnnexRowParser parser;
  private final SessionRepository sessions;
  private final SessionService sessionService;
  private final CommitmentAnnex commitments;
  private final CommitmentRegistry registry;
  private final JdbcTemplate jdbc;
  private final ZoneId zone;
  private final Clock clock;

  AnnexImportService(
      AnnexFileReader reader,
      AnnexRowParser parser,
      SessionRepository sessions,
      SessionService sessionService,
      CommitmentAnnex commitments,
      CommitmentRegistry registry,
      JdbcTemplate jdbc,
      AppProperties properties,
      Clock clock) {
    this.reader = reader;
    this.parser = parser;
    this.sessions = sessions;
    this.sessionService = sessionService;
    this.commitments = commitments;
    this.registry = registry;
    this.jdbc = jdbc;
    this.zone = properties.timeZone();
    this.clock = clock;
  }

  /** Refuses anyone but the Secretaría Técnica, before the file is even read. */
  public void requireImporter(CurrentUser user) {
    RoleChecks.requireSecretariat(user, "importa el anexo");
  }

  /**
   * Checks the file and, unless {@code dryRun} or a row has a problem, imports it.
   *
   * @param asOf the date of the imported progress; today when null
   */
  @Transactional
  public ImportReport importAnnex(byte[] file, LocalDate asOf, boolean dryRun, CurrentUser user) {
    requireImporter(user);
    LocalDate today = LocalDate.now(clock);
    LocalDate date = asOf == null ? today : asOf;
    if (date.isAfter(today)) {
      throw new InvalidInputException(
          "asOf",
          "La fecha de los avances importados (asOf) no puede ser posterior a hoy ("
              + SpanishDates.numeric(today)
              + ").");
    }
    AnnexTable table;
    try {
      table = reader.read(file);
    } catch (AnnexFileException e) {
      List<ImportProblem> problems = List.of(e.problem());
      return new ImportReport(
          dryRun,
          false,
          date,
          null,
          0,
          0,
          0,
          0,
          0,
          problems,
          summary(dryRun, false, problems, 0, 0, 0, 0),
          List.of());
    }
    // Into the commission the Secretaría Técnica works in (the page's choice, ?commission=).
    long commission = user.acting();
    ParsedAnnex parsed = parser.parse(table, commission);
    if (!dryRun) {
      // Taken before the plan reads what is registered, so that the plan still holds when written.
      jdbc.queryForList("select name from import_lock where name = 'annex' for update");
    }
    AnnexImportPlan plan =
        new AnnexImportPlan(commission, parsed, date, today, zone, sessions, commitments);
    Map<Integer, String> folios = new HashMap<>();
    boolean write = !dryRun && plan.problems().isEmpty();
    if (write) {
      folios = execute(plan, date, parsed, user);
    }
    return report(plan, parsed, table.format(), date, dryRun, write, folios);
  }

  private Map<Integer, String> execute(
      AnnexImportPlan plan, LocalDate asOf, ParsedAnnex parsed, CurrentUser user) {
    Instant start = asOf.atStartOfDay(zone).toInstant();
    Map<SessionKey, CommissionSession> created = new HashMap<>();
    plan.newSessions()
        .forEach(
            (key, name) ->
                created.put(
                    key,
                    sessionService.findOrRegister(
                        new RegisterSession(name.type(), name.number(), name.date()),
                        parsed.heading(AnnexColumn.SESSION),
                        user)));
    String note =
        "Importado del anexo el " + SpanishDates.numeric(LocalDate.now(clock)) + " (fila %d).";
    Map<Integer, String> folios = new HashMap<>();
    for (Step step : plan.steps()) {
      AnnexRow row = step.row();
      SessionKey key = row.session().key();
      switch (step.action()) {
        case CREATE -> {
          CommissionSession session = plan.registered(key).orElseGet(() -> created.get(key));
          Commitment commitment =
              registry.registerImported(
                  session, row.commitment(), start, user, note.formatted(row.row()));
          folios.put(row.row(), commitment.getFolio());
        }
        case UPDATE ->
            registry.appendImportedProgress(
                step.existing().commitment(),
                row.commitment().progress(),
                plan.dateOf(step, start),
                user);
        case UNCHANGED -> {}
      }
    }
    return folios;
  }

  private static ImportReport report(
      AnnexImportPlan plan,
      ParsedAnnex parsed,
      String format,
      LocalDate asOf,
      boolean dryRun,
      boolean imported,
      Map<Integer, String> folios) {
    List<ImportReport.Item> items =
        plan.steps().stream()
            .map(
                step -> {
                  AnnexRow row = step.row();
                  var c = row.commitment();
                  String folio =
                      step.existing() != null
                          ? step.existing().commitment().getFolio()
                          : folios.get(row.row());
                  return new ImportReport.Item(
                      row.row(),
                      label(row.session()),
                      c.text(),
                      c.area() == null ? "Sin asignar" : c.area().getName(),
                      AnnexExport.statusLabel(c.outcome()),
                      c.progress() == null ? 0 : c.progress().percent(),
                      step.action().name(),
                      step.action().label(imported, !plan.problems().isEmpty()),
                      folio,
                      step.note());
                })
            .toList();
    int sessions = plan.newSessions().size();
    int created = (int) plan.count(Action.CREATE);
    int updated = (int) plan.count(Action.UPDATE);
    int unchanged = (int) plan.count(Action.UNCHANGED);
    List<ImportProblem> problems = plan.problems();
    return new ImportReport(
        dryRun,
        imported,
        asOf,
        format,
        parsed.rowCount(),
        sessions,
        created,
        updated,
        unchanged,
        problems,
        summary(dryRun, imported, problems, sessions, created, updated, unchanged),
        items);
  }

  /** "13/03/2024 Primera sesión ordinaria." as the annex writes it. */
  private static String label(SessionName session) {
    return CommissionSession.annexLabel(session.type(), session.number(), session.date());
  }

  private static String summary(
      boolean dryRun,
      boolean imported,
      List<ImportProblem> problems,
      int sessions,
      int created,
      int updated,
      int unchanged) {
    if (!problems.isEmpty()) {
      String count = problems.size() == 1 ? "un problema" : problems.size() + " problemas";
      return "El archivo tiene "
          + count
          + (dryRun ? "" : "; no se importó nada")
          + ". Corríjalo y vuelva a "
          + (dryRun ? "revisarlo." : "importarlo.");
    }
    String what =
        sessions
            + (sessions == 1 ? " sesión nueva, " : " sesiones nuevas, ")
            + created
            + (created == 1 ? " compromiso nuevo, " : " compromisos nuevos, ")
            + updated
            + " con avance actualizado y "
            + unchanged
            + " sin cambios.";
    if (imported) {
      return "Importación terminada: " + what;
    }
    return "Revisión sin problemas, no se guardó nada. Al importar: " + what;
  }
}
