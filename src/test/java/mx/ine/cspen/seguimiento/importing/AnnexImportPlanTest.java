package mx.ine.cspen.seguimiento.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.commitment.Commitment;
import mx.ine.cspen.seguimiento.commitment.CommitmentAnnex;
import mx.ine.cspen.seguimiento.commitment.CommitmentKind;
import mx.ine.cspen.seguimiento.commitment.DocumentType;
import mx.ine.cspen.seguimiento.commitment.ImportedCommitment;
import mx.ine.cspen.seguimiento.commitment.ImportedCommitment.AnnexProgress;
import mx.ine.cspen.seguimiento.commitment.ImportedCommitment.Outcome;
import mx.ine.cspen.seguimiento.commitment.ReferenceInput;
import mx.ine.cspen.seguimiento.commitment.TestCommitments;
import mx.ine.cspen.seguimiento.importing.AnnexCells.SessionKey;
import mx.ine.cspen.seguimiento.importing.AnnexCells.SessionName;
import mx.ine.cspen.seguimiento.importing.AnnexImportPlan.Action;
import mx.ine.cspen.seguimiento.importing.AnnexImportPlan.Step;
import mx.ine.cspen.seguimiento.importing.AnnexRowParser.ParsedAnnex;
import mx.ine.cspen.seguimiento.session.CommissionSession;
import mx.ine.cspen.seguimiento.session.SessionRepository;
import mx.ine.cspen.seguimiento.session.SessionType;
import mx.ine.cspen.seguimiento.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The annex's rows checked against each other and against what is registered, and what importing
 * them would do: the real plan, with the registered sessions and commitments held in memory.
 */
class AnnexImportPlanTest {

  private static final ZoneId MEXICO_CITY = ZoneId.of("America/Mexico_City");
  private static final LocalDate TODAY = LocalDate.of(2024, 6, 17);
  private static final LocalDate AS_OF = LocalDate.of(2024, 5, 24);
  private static final LocalDate MARCH_13 = LocalDate.of(2024, 3, 13);
  private static final Area PLANEACION =
      new Area("planeacion", "Subdirección de Planeación y Evaluación SPEN", TestUsers.CSPEN);
  private static final Area JURIDICA = new Area("juridica", "Dirección Jurídica", TestUsers.CSPEN);
  private static final String TEXT = "La Comisión aprobó enviar a la Junta el proyecto.";
  private static final String FOLIO = "CSPEN-2024-001";

  private final SessionRepository sessions = mock(SessionRepository.class);
  private final CommitmentAnnex registered = mock(CommitmentAnnex.class);
  private final List<CommitmentAnnex.Entry> registeredEntries = new ArrayList<>();
  private CommissionSession firstOrdinary;

  @BeforeEach
  void nothingRegistered() {
    when(sessions.findByCommissionIdAndTypeAndNumberAndYear(
            eq(TestUsers.CSPEN), any(), anyInt(), anyInt()))
        .thenReturn(Optional.empty());
    when(registered.ofSession(any()))
        .thenAnswer(
            invocation ->
                registeredEntries.stream().map(CommitmentAnnex.Entry::commitment).toList());
    when(registered.entries(any())).thenAnswer(invocation -> List.copyOf(registeredEntries));
  }

  // --- Sessions -------------------------------------------------------------------------------

  @Test
  void rowsOfASessionNotYetRegisteredAreRegisteredWithTheirSession() {
    AnnexImportPlan plan =
        plan(row(1, MARCH_13, "Primero.", PLANEACION), row(2, MARCH_13, "Segundo.", null));

    assertThat(plan.problems()).isEmpty();
    assertThat(plan.steps()).extracting(Step::action).containsExactly(Action.CREATE, Action.CREATE);
    assertThat(plan.newSessions())
        .containsExactly(
            Map.entry(
                new SessionKey(SessionType.ORDINARY, 1, 2024),
                new SessionName(SessionType.ORDINARY, 1, MARCH_13)));
  }

  @Test
  void sessionWrittenWithTwoDatesIsRefusedOnTheRowsOfTheLessCommonOne() {
    LocalDate april13 = LocalDate.of(2024, 4, 13);

    AnnexImportPlan plan =
        plan(
            row(1, MARCH_13, "Primero.", PLANEACION),
            row(2, MARCH_13, "Segundo.", PLANEACION),
            row(3, MARCH_13, "Tercero.", PLANEACION),
            row(4, april13, "Cuarto.", PLANEACION));

    assertThat(plan.problems())
        .containsExactly(
            new ImportProblem(
                4,
                "Fecha y tipo de sesión",
                "La Primera sesión ordinaria de 2024 tiene fecha 13/03/2024 en las filas 1, 2 y 3,"
                    + " y 13/04/2024 en esta fila. Una sesión tiene una sola fecha: corrija la que"
                    + " esté mal."));
    assertThat(plan.steps()).extracting(s -> s.row().row()).containsExactly(1, 2, 3);
  }

  @Test
  void onATieTheDateWrittenFirstIsTheSessions() {
    AnnexImportPlan plan =
        plan(
            row(1, LocalDate.of(2024, 4, 13), "Primero.", PLANEACION),
            row(2, MARCH_13, "Segundo.", PLANEACION));

    assertThat(plan.problems())
        .singleElement()
        .satisfies(
            problem -> {
              assertThat(problem.row()).isEqualTo(2);
              assertThat(problem.message())
                  .startsWith(
                      "La Primera sesión ordinaria de 2024 tiene fecha 13/04/2024 en la fila 1, y"
                          + " 13/03/2024 en esta fila.");
            });
  }

  @Test
  void registeredSessionKeepsItsDate() {
    registerFirstOrdinary();

    AnnexImportPlan plan = plan(row(1, LocalDate.of(2024, 3, 14), TEXT, PLANEACION));

    assertThat(plan.problems())
        .containsExactly(
            new ImportProblem(
                1,
                "Fecha y tipo de sesión",
                "La Primera sesión ordinaria de 2024 está registrada con fecha 13/03/2024, no"
                    + " 14/03/2024: corrija la fecha."));
    assertThat(plan.steps()).isEmpty();
    assertThat(plan.newSessions()).isEmpty();
  }

  @Test
  void sessionAfterTodayIsRefused() {
    AnnexImportPlan plan = plan(row(1, LocalDate.of(2024, 6, 18), TEXT, PLANEACION));

    assertThat(plan.problems())
        .extracting(ImportProblem::message)
        .containsExactly("La sesión del 18/06/2024 es posterior a hoy: revise la fecha.");
    assertThat(plan.newSessions()).isEmpty();
  }

  @Test
  void progressCannotBeDatedBeforeItsSession() {
    AnnexImportPlan plan = plan(row(1, LocalDate.of(2024, 6, 10), TEXT, PLANEACION));

    assertThat(plan.problems())
        .extracting(ImportProblem::message)
        .containsExactly(
            "La fecha de los avances importados (24/05/2024) es anterior a esta sesión"
                + " (10/06/2024): importe con una fecha igual o posterior.");
  }

  // --- Duplicates -----------------------------------------------------------------------------

  @Test
  void sameTextTwiceInOneSessionIsADuplicateWhateverItsSpaces() {
    AnnexImportPlan plan =
        plan(
            row(1, MARCH_13, "La Comisión aprobó el proyecto.", PLANEACION),
            row(2, MARCH_13, "  La Comisión   aprobó el\nproyecto. ", PLANEACION),
            row(
                3,
                new SessionName(SessionType.EXTRAORDINARY, 1, MARCH_13),
                "La Comisión aprobó el proyecto.",
                PLANEACION));

    assertThat(plan.problems())
        .containsExactly(
            new ImportProblem(
                2,
                "Acuerdo/ Compromiso",
                "Repite el acuerdo o compromiso de la fila 1 (misma sesión y mismo texto)."));
    assertThat(plan.steps()).extracting(s -> s.row().row()).containsExactly(1, 3);
  }

  @Test
  void problemNamesTheColumnAsTheFileWritesIt() {
    AnnexImportPlan plan =
        new AnnexImportPlan(
            TestUsers.CSPEN,
            new ParsedAnnex(
                List.of(row(1, MARCH_13, TEXT, PLANEACION), row(2, MARCH_13, TEXT, PLANEACION)),
                List.of(),
                Map.of(AnnexColumn.TEXT, "ACUERDO/COMPROMISO"),
                2),
            AS_OF,
            TODAY,
            MEXICO_CITY,
            sessions,
            registered);

    assertThat(plan.problems())
        .extracting(ImportProblem::column)
        .containsExactly("ACUERDO/COMPROMISO");
  }

  @Test
  void problemsOfTheRowsAndOfThePlanComeInRowOrder() {
    ImportProblem unreadable =
        new ImportProblem(2, "Estatus", "El estatus «Tal vez» no se reconoce.");

    AnnexImportPlan plan =
        new AnnexImportPlan(
            TestUsers.CSPEN,
            new ParsedAnnex(
                List.of(
                    row(1, MARCH_13, TEXT, PLANEACION),
                    row(
                        3,
                        new SessionName(SessionType.ORDINARY, 2, LocalDate.of(2024, 6, 18)),
                        "Otro.",
                        PLANEACION)),
                List.of(unreadable),
                Map.of(),
                3),
            AS_OF,
            TODAY,
            MEXICO_CITY,
            sessions,
            registered);

    assertThat(plan.problems()).extracting(ImportProblem::row).containsExactly(2, 3);
  }

  // --- Commitments already registered ---------------------------------------------------------

  @Test
  void registeredCommitmentTheFileRepeatsIsLeftAsItIs() {
    registerFirstOrdinary();
    registerInProgress(60, progress(60, "Se envió a la Junta."));

    AnnexImportPlan plan =
        plan(
            row(
                1,
                MARCH_13,
                TEXT,
                PLANEACION,
                Outcome.OPEN,
                progress(60, "Se envió  a la Junta.")));

    assertThat(plan.problems()).isEmpty();
    assertThat(plan.steps())
        .singleElement()
        .satisfies(
            step -> {
              assertThat(step.action()).isEqualTo(Action.UNCHANGED);
              assertThat(step.existing().commitment().getFolio()).isEqualTo(FOLIO);
              assertThat(step.note()).isNull();
            });
    assertThat(plan.newSessions()).isEmpty();
    assertThat(plan.registered(new SessionKey(SessionType.ORDINARY, 1, 2024)))
        .contains(firstOrdinary);
  }

  @Test
  void openCommitmentTakesTheFilesNewerProgress() {
    registerFirstOrdinary();
    registerInProgress(60, progress(60, "Se envió a la Junta."));

    AnnexImportPlan plan =
        plan(
            row(1, MARCH_13, TEXT, PLANEACION, Outcome.OPEN, progress(80, "La Junta lo recibió.")));

    assertThat(plan.problems()).isEmpty();
    assertThat(plan.steps()).extracting(Step::action).containsExactly(Action.UPDATE);
    assertThat(plan.count(Action.UPDATE)).isEqualTo(1);
  }

  @Test
  void progressTheSystemHasAlreadyGoneBeyondIsLeftAsItIs() {
    registerFirstOrdinary();
    registerInProgress(
        60, progress(40, "Se elaboró el proyecto."), progress(60, "Se envió a la Junta."));

    AnnexImportPlan plan =
        plan(
            row(
                1,
                MARCH_13,
                TEXT,
                PLANEACION,
                Outcome.OPEN,
                progress(40, "Se elaboró el proyecto.")));

    assertThat(plan.problems()).isEmpty();
    assertThat(plan.steps())
        .singleElement()
        .satisfies(
            step -> {
              assertThat(step.action()).isEqualTo(Action.UNCHANGED);
              assertThat(step.note())
                  .isEqualTo("El sistema ya tiene un avance posterior al del archivo.");
            });
  }

  @Test
  void anotherAreaThanTheRegisteredOneIsRefused() {
    registerFirstOrdinary();
    registerInProgress(60, progress(60, "Se envió a la Junta."));

    AnnexImportPlan plan = plan(row(1, MARCH_13, TEXT, JURIDICA));

    assertThat(plan.problems())
        .containsExactly(
            new ImportProblem(
                1,
                "Área Responsable",
                "El compromiso "
                    + FOLIO
                    + " está a cargo de Subdirección de Planeación y Evaluación SPEN y el archivo"
                    + " indica Dirección Jurídica. Un cambio de área se hace en el sistema, no por"
                    + " importación."));
    assertThat(plan.steps()).isEmpty();
  }

  @Test
  void conclusionOnlyTheFileStatesIsRefused() {
    registerFirstOrdinary();
    registerInProgress(60, progress(60, "Se envió a la Junta."));

    AnnexImportPlan plan =
        plan(row(1, MARCH_13, TEXT, PLANEACION, Outcome.CONCLUDED, progress(100, "Cumplido.")));

    assertThat(plan.problems())
        .containsExactly(
            new ImportProblem(
                1,
                "Estatus",
                "El compromiso "
                    + FOLIO
                    + " está «En curso» en el sistema y el archivo dice «Concluido.». La conclusión"
                    + " se solicita y aprueba, y la cancelación se registra, en el sistema, no por"
                    + " importación."));
  }

  @Test
  void commitmentConcludedInTheSystemAndInTheFileIsLeftAsItIs() {
    registerFirstOrdinary();
    Commitment concluded =
        TestCommitments.concluded(
            TestCommitments.registered(1L, FOLIO, firstOrdinary, TEXT, PLANEACION));
    registeredEntries.add(
        new CommitmentAnnex.Entry(
            concluded, List.of(progress(100, "Cumplido.")), null, TestCommitments.CREATED));

    AnnexImportPlan plan =
        plan(row(1, MARCH_13, TEXT, PLANEACION, Outcome.CONCLUDED, progress(100, "Cumplido.")));

    assertThat(plan.problems()).isEmpty();
    assertThat(plan.steps())
        .singleElement()
        .satisfies(
            step -> {
              assertThat(step.action()).isEqualTo(Action.UNCHANGED);
              assertThat(step.note()).isEqualTo("Ya registrado como Concluido.");
            });
  }

  @Test
  void lowerPercentThanTheRegisteredOneIsRefused() {
    registerFirstOrdinary();
    registerInProgress(60, progress(60, "Se envió a la Junta."));

    AnnexImportPlan plan =
        plan(row(1, MARCH_13, TEXT, PLANEACION, Outcome.OPEN, progress(40, "Se corrigió.")));

    assertThat(plan.problems())
        .containsExactly(
            new ImportProblem(
                1,
                "Porcentaje de Avance",
                "El compromiso "
                    + FOLIO
                    + " tiene 60 % de avance y el archivo indica 40 %. Un avance menor se informa"
                    + " en el sistema, con su justificación."));
  }

  @Test
  void commitmentUnderVerificationTakesNoImportedProgress() {
    registerFirstOrdinary();
    Commitment underVerification =
        TestCommitments.underVerification(
            TestCommitments.registered(1L, FOLIO, firstOrdinary, TEXT, PLANEACION));
    registeredEntries.add(
        new CommitmentAnnex.Entry(
            underVerification, List.of(progress(100, "Cumplido.")), null, TestCommitments.CREATED));

    AnnexImportPlan plan =
        plan(row(1, MARCH_13, TEXT, PLANEACION, Outcome.OPEN, progress(100, "Con liga.")));

    assertThat(plan.problems())
        .extracting(ImportProblem::message)
        .containsExactly(
            "El compromiso "
                + FOLIO
                + " está «En verificación»: su avance no se puede actualizar por importación.");
  }

  @Test
  void commitmentChangedAfterTheImportsDateIsRefused() {
    registerFirstOrdinary();
    Commitment commitment =
        TestCommitments.reported(
            TestCommitments.registered(1L, FOLIO, firstOrdinary, TEXT, PLANEACION), 60);
    registeredEntries.add(
        new CommitmentAnnex.Entry(
            commitment,
            List.of(progress(60, "Se envió a la Junta.")),
            null,
            Instant.parse("2024-05-30T16:00:00Z")));

    AnnexImportPlan plan =
        plan(
            row(1, MARCH_13, TEXT, PLANEACION, Outcome.OPEN, progress(80, "La Junta lo recibió.")));

    assertThat(plan.problems())
        .extracting(ImportProblem::message)
        .containsExactly(
            "El compromiso "
                + FOLIO
                + " tiene cambios del 30/05/2024, posteriores a la fecha de los avances importados"
                + " (24/05/2024): importe con esa fecha o una posterior.");
  }

  // --- What an import writes ------------------------------------------------------------------

  @Test
  void importedHistoryIsDatedAtTheStartOfItsDayButNeverBeforeTheCommitmentsLastChange() {
    registerFirstOrdinary();
    Instant startOfAsOf = AS_OF.atStartOfDay(MEXICO_CITY).toInstant();
    Commitment commitment =
        TestCommitments.reported(
            TestCommitments.registered(1L, FOLIO, firstOrdinary, TEXT, PLANEACION), 60);
    Instant laterThatDay = startOfAsOf.plusSeconds(3600);
    registeredEntries.add(
        new CommitmentAnnex.Entry(
            commitment, List.of(progress(60, "Se envió a la Junta.")), null, laterThatDay));
    AnnexImportPlan plan =
        plan(
            row(1, MARCH_13, TEXT, PLANEACION, Outcome.OPEN, progress(80, "La Junta lo recibió.")),
            row(2, MARCH_13, "Nuevo.", PLANEACION));

    assertThat(plan.steps()).extracting(Step::action).containsExactly(Action.UPDATE, Action.CREATE);
    assertThat(plan.dateOf(plan.steps().get(0), startOfAsOf)).isEqualTo(laterThatDay);
    assertThat(plan.dateOf(plan.steps().get(1), startOfAsOf)).isEqualTo(startOfAsOf);
  }

  @Test
  void eachActionSaysWhatWillHappenWhatWouldHappenAndWhatHappened() {
    assertThat(Action.CREATE.label(false, false)).isEqualTo("Se registrará");
    assertThat(Action.CREATE.label(false, true)).isEqualTo("Se registraría al corregir el archivo");
    assertThat(Action.CREATE.label(true, false)).isEqualTo("Registrado");
    assertThat(Action.UPDATE.label(true, false)).isEqualTo("Avance agregado");
  }

  // --- helpers --------------------------------------------------------------------------------

  private AnnexImportPlan plan(AnnexRow... rows) {
    return new AnnexImportPlan(
        TestUsers.CSPEN,
        new ParsedAnnex(Arrays.asList(rows), List.of(), Map.of(), rows.length),
        AS_OF,
        TODAY,
        MEXICO_CITY,
        sessions,
        registered);
  }

  /** The first ordinary session of 2024 (13 March) is registered. */
  private void registerFirstOrdinary() {
    firstOrdinary = TestCommitments.session(5L, SessionType.ORDINARY, 1, MARCH_13);
    when(sessions.findByCommissionIdAndTypeAndNumberAndYear(
            eq(TestUsers.CSPEN), eq(SessionType.ORDINARY), eq(1), eq(2024)))
        .thenReturn(Optional.of(firstOrdinary));
  }

  /** {@link #TEXT}, of Planeación, in progress at {@code percent} after these reports. */
  private void registerInProgress(int percent, AnnexProgress... reports) {
    Commitment commitment =
        TestCommitments.reported(
            TestCommitments.registered(1L, FOLIO, firstOrdinary, TEXT, PLANEACION), percent);
    registeredEntries.add(
        new CommitmentAnnex.Entry(
            commitment, List.of(reports), null, Instant.parse("2024-04-02T16:00:00Z")));
  }

  private static AnnexRow row(int number, LocalDate sessionDate, String text, Area area) {
    return row(number, sessionDate, text, area, Outcome.OPEN, null);
  }

  private static AnnexRow row(
      int number,
      LocalDate sessionDate,
      String text,
      Area area,
      Outcome outcome,
      AnnexProgress progress) {
    return new AnnexRow(
        number,
        new SessionName(SessionType.ORDINARY, 1, sessionDate),
        new ImportedCommitment(CommitmentKind.AGREEMENT, text, area, outcome, progress, null));
  }

  private static AnnexRow row(int number, SessionName session, String text, Area area) {
    return new AnnexRow(
        number,
        session,
        new ImportedCommitment(CommitmentKind.AGREEMENT, text, area, Outcome.OPEN, null, null));
  }

  private static AnnexProgress progress(int percent, String narrative) {
    return new AnnexProgress(
        percent,
        narrative,
        List.of(
            new ReferenceInput(
                DocumentType.AGREEMENT,
                "INE/JGE38/2024",
                null,
                "https://repositoriodocumental.ine.mx/a.pdf")));
  }
}
