package mx.ine.cspen.seguimiento.bench;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.area.AreaRepository;
import mx.ine.cspen.seguimiento.commitment.CancelCommitment;
import mx.ine.cspen.seguimiento.commitment.Commitment;
import mx.ine.cspen.seguimiento.commitment.CommitmentAnnex;
import mx.ine.cspen.seguimiento.commitment.CommitmentFollowUp;
import mx.ine.cspen.seguimiento.commitment.CommitmentKind;
import mx.ine.cspen.seguimiento.commitment.CommitmentRegistry;
import mx.ine.cspen.seguimiento.commitment.DocumentType;
import mx.ine.cspen.seguimiento.commitment.ImportedCommitment;
import mx.ine.cspen.seguimiento.commitment.ReferenceInput;
import mx.ine.cspen.seguimiento.commitment.RegisterCommitment;
import mx.ine.cspen.seguimiento.commitment.SubmitProgressReport;
import mx.ine.cspen.seguimiento.commitment.VerifyFulfilment;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.session.CommissionSession;
import mx.ine.cspen.seguimiento.session.RegisterSession;
import mx.ine.cspen.seguimiento.session.SessionService;
import mx.ine.cspen.seguimiento.session.SessionType;
import mx.ine.cspen.seguimiento.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills the application with commitments as years of use would: through the domain's services (the
 * same calls the API makes, with the engine's identity set as the API sets it), so that every
 * commitment has its process instance, its tasks, timers, notices and history. Several threads work
 * at once, each on its own years (folios are numbered per year, and each year's counter is locked
 * by the registration that takes a number), and each transaction records a few commitments with
 * their whole history.
 *
 * <p>The mix: sessions of several years (four ordinary and two extraordinary a year), the nine
 * areas of the seed, and statuses that follow the age of the session: old commitments are mostly
 * concluded, recent ones in progress (one to three progress reports, some citing documents with
 * links), some awaiting verification, a few unassigned or without effect; due dates on most, some
 * of them passed while the commitment is still open. The history is dated from the session on.
 */
final class BenchmarkLoader {

  static final List<String> AREAS =
      List.of(
          "ascenso",
          "planeacion",
          "desempeno",
          "sistemas",
          "formacion",
          "juridica",
          "ingreso",
          "ocupaciones",
          "enlace");

  private static final CurrentUser SECRETARIAT = TestUsers.secretariat("st");

  /** Commitments recorded per transaction. */
  private static final int BATCH = 10;

  private final CommitmentRegistry registry;
  private final CommitmentFollowUp commitments;
  private final CommitmentAnnex annex;
  private final AreaRepository areas;
  private final SessionService sessions;
  private final IdentityService identity;
  private final TransactionTemplate transactions;
  private final JdbcTemplate jdbc;
  private final ZoneId zone;
  private final int years;
  private final int importedYears;
  private final List<CommissionSession> sessionList = new ArrayList<>();
  private final AtomicLong errors = new AtomicLong();
  private long generated;

  /**
   * @param years how many years of sessions
   * @param importedYears the oldest of them come in as the annex import brings a past year's annex
   *     (one registration per commitment, dated, with its latest progress; open ones start their
   *     process, closed ones need none): it is how years before the system arrive, and it loads ten
   *     times faster than living every step through the process
   */
  BenchmarkLoader(ApplicationContext app, int years, int importedYears) {
    this.importedYears = importedYears;
    this.registry = app.getBean(CommitmentRegistry.class);
    this.commitments = app.getBean(CommitmentFollowUp.class);
    this.annex = app.getBean(CommitmentAnnex.class);
    this.areas = app.getBean(AreaRepository.class);
    this.sessions = app.getBean(SessionService.class);
    this.identity = app.getBean(IdentityService.class);
    this.transactions = new TransactionTemplate(app.getBean(PlatformTransactionManager.class));
    this.jdbc = app.getBean(JdbcTemplate.class);
    this.zone = app.getBean(java.time.Clock.class).getZone();
    this.years = years;
  }

  long count() {
    Long n = jdbc.queryForObject("select count(*) from commitment", Long.class);
    return n == null ? 0 : n;
  }

  long errors() {
    return errors.get();
  }

  List<CommissionSession> sessions() {
    return sessionList;
  }

  /** The most recent session: where the lifecycles of the write benchmark are registered. */
  CommissionSession latestSession() {
    return sessionList.get(sessionList.size() - 1);
  }

  /** Registers the sessions of the years (once). */
  void registerSessions() {
    if (!sessionList.isEmpty()) {
      return;
    }
    LocalDate today = LocalDate.now(zone);
    int first = today.getYear() - years + 1;
    for (int year = first; year <= today.getYear(); year++) {
      int ordinary = 0;
      int extraordinary = 0;
      for (int month : new int[] {2, 3, 5, 8, 9, 11}) {
        boolean isOrdinary = month != 3 && month != 9;
        LocalDate date = LocalDate.of(year, month, isOrdinary ? 15 : 20);
        if (!date.isBefore(today)) {
          continue;
        }
        RegisterSession command =
            new RegisterSession(
                isOrdinary ? SessionType.ORDINARY : SessionType.EXTRAORDINARY,
                isOrdinary ? ++ordinary : ++extraordinary,
                date);
        BenchmarkClock.set(at(date, 9));
        try {
          sessionList.add(
              as(
                  SECRETARIAT,
                  () -> transactions.execute(s -> sessions.register(command, SECRETARIAT))));
        } finally {
          BenchmarkClock.set(null);
        }
      }
    }
  }

  /**
   * Adds commitments until there are {@code total}; returns how many it added. Progress is printed
   * as it goes.
   */
  long loadUpTo(long total, int threads) throws Exception {
    registerSessions();
    long missing = total - count();
    if (missing <= 0) {
      return 0;
    }
    // Each thread takes the sessions of its own years.
    List<List<Spec>> work = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      work.add(new ArrayList<>());
    }
    int firstYear = sessionList.get(0).getYear();
    for (long i = 0; i < missing; i++) {
      Random random = new Random(generated * 7919 + 17);
      CommissionSession session = sessionList.get((int) (generated % sessionList.size()));
      generated++;
      int thread = (session.getYear() - firstYear) % threads;
      work.get(thread).add(Spec.random(random, session, generated, LocalDate.now(zone)));
    }
    AtomicInteger done = new AtomicInteger();
    long step = Math.max(1, missing / 10);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (List<Spec> list : work) {
        futures.add(
            pool.submit(
                () -> {
                  for (int from = 0; from < list.size(); from += BATCH) {
                    List<Spec> batch = list.subList(from, Math.min(list.size(), from + BATCH));
                    try {
                      transactions.executeWithoutResult(s -> batch.forEach(this::record));
                    } catch (RuntimeException e) {
                      if (errors.incrementAndGet() <= 5) {
                        System.err.println("[bench] a batch failed: " + e);
                      }
                    } finally {
                      BenchmarkClock.set(null);
                    }
                    int before = done.getAndAdd(batch.size());
                    if ((before + batch.size()) / step != before / step) {
                      System.out.printf(
                          "[bench]   %,d of %,d commitments%n", before + batch.size(), missing);
                    }
                  }
                }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
    }
    return missing;
  }

  /** One commitment with its whole history, in the transaction of its batch. */
  private void record(Spec spec) {
    if (spec.session.getYear() <= LocalDate.now(zone).getYear() - years + importedYears) {
      imported(spec);
      return;
    }
    Instant[] now = {at(spec.session.getDate().plusDays(1 + spec.random.nextInt(10)), 10)};
    Runnable later =
        () -> {
          Instant next = now[0].plusSeconds(86_400L * (12 + spec.random.nextInt(50)));
          Instant latest = Instant.now().minusSeconds(3_600);
          now[0] = next.isBefore(latest) ? next : now[0].plusSeconds(1);
          BenchmarkClock.set(now[0]);
        };
    BenchmarkClock.set(now[0]);
    Commitment commitment =
        as(
            SECRETARIAT,
            () ->
                registry.register(
                    new RegisterCommitment(
                        spec.session.getId(),
                        spec.kind,
                        spec.text,
                        spec.proposer,
                        spec.outcome == Outcome.UNASSIGNED ? null : spec.area,
                        spec.dueDate),
                    SECRETARIAT));
    long id = commitment.getId();
    CurrentUser area = TestUsers.area(spec.area, spec.area);
    int percent = 0;
    for (int i = 0; i < spec.progressReports; i++) {
      later.run();
      percent = Math.min(95, percent + 10 + spec.random.nextInt(30));
      report(id, area, percent, false, spec);
    }
    switch (spec.outcome) {
      case UNASSIGNED, IN_PROGRESS -> {}
      case UNDER_VERIFICATION -> {
        later.run();
        report(id, area, 100, true, spec);
      }
      case CONCLUDED -> {
        later.run();
        report(id, area, 100, true, spec);
        if (spec.returnedOnce) {
          later.run();
          as(
              SECRETARIAT,
              () ->
                  commitments.verify(
                      id,
                      new VerifyFulfilment(
                          false, "Anexe el acuerdo aprobado por la Junta General Ejecutiva."),
                      SECRETARIAT,
                      null));
          later.run();
          report(id, area, 100, true, spec);
        }
        later.run();
        as(
            SECRETARIAT,
            () -> commitments.verify(id, new VerifyFulfilment(true, null), SECRETARIAT, null));
      }
      case CANCELLED -> {
        later.run();
        as(
            SECRETARIAT,
            () ->
                commitments.cancel(
                    id,
                    new CancelCommitment(
                        "La Comisión determinó dejarlo sin efecto por la reforma al Estatuto."),
                    SECRETARIAT,
                    null));
      }
    }
  }

  /** A commitment of a past year's annex, imported as the Secretaría Técnica would import it. */
  private void imported(Spec spec) {
    Instant at = at(spec.session.getDate().plusDays(60 + spec.random.nextInt(200)), 12);
    if (at.isAfter(Instant.now())) {
      at = Instant.now().minusSeconds(3_600);
    }
    Area area = spec.outcome == Outcome.UNASSIGNED ? null : areas.findById(spec.area).orElseThrow();
    ImportedCommitment.Outcome outcome =
        switch (spec.outcome) {
          case CONCLUDED -> ImportedCommitment.Outcome.CONCLUDED;
          case CANCELLED -> ImportedCommitment.Outcome.CANCELLED;
          default -> ImportedCommitment.Outcome.OPEN;
        };
    ImportedCommitment.AnnexProgress progress = null;
    if (outcome == ImportedCommitment.Outcome.CONCLUDED || spec.progressReports > 0) {
      List<ReferenceInput> references = references(spec, true);
      progress =
          new ImportedCommitment.AnnexProgress(
              outcome == ImportedCommitment.Outcome.CONCLUDED
                  ? 100
                  : Math.min(95, 20 * spec.progressReports),
              narrative(spec, outcome == ImportedCommitment.Outcome.CONCLUDED, references),
              references);
    }
    ImportedCommitment row =
        new ImportedCommitment(
            spec.kind,
            spec.text,
            area,
            outcome,
            outcome == ImportedCommitment.Outcome.CANCELLED ? null : progress,
            "La Comisión determinó dejarlo sin efecto por la reforma al Estatuto.");
    Instant when = at;
    as(
        SECRETARIAT,
        () ->
            registry.registerImported(
                spec.session, row, when, SECRETARIAT, "Importado del anexo del informe."));
  }

  private void report(long id, CurrentUser area, int percent, boolean closure, Spec spec) {
    List<ReferenceInput> references = references(spec, closure);
    String narrative = narrative(spec, closure, references);
    as(
        area,
        () ->
            commitments.reportProgress(
                id,
                new SubmitProgressReport(percent, narrative, references, closure, null),
                area,
                null));
  }

  private static String narrative(Spec spec, boolean closure, List<ReferenceInput> references) {
    return (closure ? "Se concluyó la actividad: " : "Se informa un avance: ")
        + NARRATIVES[spec.random.nextInt(NARRATIVES.length)]
        + (references.isEmpty() ? "" : " Consta en el " + references.get(0).number() + ".");
  }

  private static List<ReferenceInput> references(Spec spec, boolean closure) {
    List<ReferenceInput> references = new ArrayList<>();
    int cited = spec.random.nextInt(closure ? 3 : 2);
    for (int r = 0; r < cited; r++) {
      int number = 10 + spec.random.nextInt(900);
      int year = spec.session.getYear();
      references.add(
          r == 0
              ? new ReferenceInput(
                  DocumentType.AGREEMENT,
                  "INE/JGE" + number + "/" + year,
                  null,
                  "https://repositoriodocumental.ine.mx/xmlui/handle/123456789/"
                      + (100_000 + number))
              : new ReferenceInput(
                  DocumentType.OFFICIAL_LETTER,
                  "INE/DESPEN/" + number + "/" + year,
                  null,
                  "https://portal.ine.mx/oficios/" + year + "/" + number + ".pdf"));
    }
    return references;
  }

  private <T> T as(CurrentUser user, java.util.function.Supplier<T> call) {
    identity.setAuthentication(user.id(), List.copyOf(user.groups()));
    try {
      return call.get();
    } finally {
      identity.clearAuthentication();
    }
  }

  private Instant at(LocalDate date, int hour) {
    return date.atTime(LocalTime.of(hour, 0)).atZone(zone).toInstant();
  }

  enum Outcome {
    UNASSIGNED,
    IN_PROGRESS,
    UNDER_VERIFICATION,
    CONCLUDED,
    CANCELLED
  }

  /** What one commitment will go through. */
  record Spec(
      Random random,
      CommissionSession session,
      CommitmentKind kind,
      String text,
      String proposer,
      String area,
      LocalDate dueDate,
      Outcome outcome,
      int progressReports,
      boolean returnedOnce) {

    static Spec random(Random random, CommissionSession session, long sequence, LocalDate today) {
      long age = today.toEpochDay() - session.getDate().toEpochDay();
      double concluded = Math.min(0.9, 0.15 + age / 1_200.0);
      double draw = random.nextDouble();
      Outcome outcome;
      if (draw < (age < 150 ? 0.10 : 0.02)) {
        outcome = Outcome.UNASSIGNED;
      } else if (draw < 0.07) {
        outcome = Outcome.CANCELLED;
      } else if (draw < 0.07 + concluded) {
        outcome = Outcome.CONCLUDED;
      } else if (draw < 0.15 + concluded) {
        outcome = Outcome.UNDER_VERIFICATION;
      } else {
        outcome = Outcome.IN_PROGRESS;
      }
      LocalDate due = null;
      if (random.nextDouble() < 0.6) {
        boolean open = outcome != Outcome.CONCLUDED && outcome != Outcome.CANCELLED;
        due =
            open && random.nextDouble() > 0.15
                ? today.plusDays(10 + random.nextInt(300))
                : session.getDate().plusDays(30 + random.nextInt(370));
        if (due.isBefore(session.getDate())) {
          due = session.getDate();
        }
      }
      int reports =
          switch (outcome) {
            case UNASSIGNED -> 0;
            case IN_PROGRESS -> 1 + random.nextInt(3);
            case CANCELLED -> random.nextInt(2);
            default -> random.nextInt(3);
          };
      String area = AREAS.get(random.nextInt(AREAS.size()));
      boolean commitment = random.nextInt(3) == 0;
      String text =
          (commitment ? "La Secretaría Técnica se comprometió a " : "La Comisión aprobó ")
              + SUBJECTS[random.nextInt(SUBJECTS.length)]
              + " (asunto "
              + sequence
              + "), "
              + DETAILS[random.nextInt(DETAILS.length)];
      return new Spec(
          random,
          session,
          commitment ? CommitmentKind.COMMITMENT : CommitmentKind.AGREEMENT,
          text,
          random.nextInt(4) == 0 ? "Consejera Electoral Dania Paola Ravel Cuevas" : null,
          area,
          due,
          outcome,
          reports,
          outcome == Outcome.CONCLUDED && random.nextInt(20) == 0);
    }
  }

  private static final String[] SUBJECTS = {
    "presentar a la Junta General Ejecutiva el proyecto de lineamientos para el ascenso",
    "actualizar el Catálogo de Cargos y Puestos del Servicio Profesional Electoral Nacional",
    "elaborar el programa de formación y desarrollo profesional del ejercicio",
    "informar sobre los resultados de la evaluación del desempeño del periodo",
    "revisar el procedimiento de ocupación de plazas vacantes mediante encargos de despacho",
    "integrar el diagnóstico de la rotación del personal del Servicio en los órganos desconcentrados",
    "remitir la opinión jurídica sobre la reforma al Estatuto del Servicio Profesional",
    "publicar la convocatoria del concurso público para ocupar plazas del Servicio",
    "desarrollar el módulo del sistema de registro para la consulta del expediente"
  };

  private static final String[] DETAILS = {
    "con las observaciones que formularon las consejerías en la sesión.",
    "y presentar un informe de avance en la siguiente sesión ordinaria de la Comisión.",
    "conforme al calendario acordado con las direcciones ejecutivas y las unidades técnicas.",
    "considerando los comentarios de las juntas locales y distritales ejecutivas.",
    "a fin de someterlo a la consideración del Consejo General en su próxima sesión."
  };

  private static final String[] NARRATIVES = {
    "la propuesta se circuló a las oficinas de las consejerías para sus comentarios.",
    "se realizaron mesas de trabajo con las áreas involucradas y se integró el documento.",
    "la Junta General Ejecutiva aprobó el documento en su sesión ordinaria.",
    "se publicó la convocatoria en la página del Instituto y en los estrados.",
    "se atendieron las observaciones y se remitió la versión final a la Secretaría Técnica."
  };
}
