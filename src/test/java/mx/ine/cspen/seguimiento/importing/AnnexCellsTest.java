package mx.ine.cspen.seguimiento.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import mx.ine.cspen.seguimiento.commitment.CommitmentKind;
import mx.ine.cspen.seguimiento.commitment.DocumentType;
import mx.ine.cspen.seguimiento.commitment.ImportedCommitment.Outcome;
import mx.ine.cspen.seguimiento.commitment.ReferenceInput;
import mx.ine.cspen.seguimiento.session.SessionType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Cells as the Secretaría Técnica types them, read into values or a Spanish reason. */
class AnnexCellsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "09/10/2023 Tercera sesión extraordinaria.|EXTRAORDINARY|3|2023-10-09",
        "13/03/2024 Primera sesión ordinaria|ORDINARY|1|2024-03-13",
        "13/3/2024   PRIMERA SESION ORDINARIA.|ORDINARY|1|2024-03-13",
        "01/12/2025 Décima primera sesión extraordinaria.|EXTRAORDINARY|11|2025-12-01",
        "01/12/2025 Décimo primera sesión extraordinaria.|EXTRAORDINARY|11|2025-12-01",
        "01/12/2025 Undécima sesión ordinaria.|ORDINARY|11|2025-12-01",
        "01/12/2025 Vigésima segunda sesión ordinaria.|ORDINARY|22|2025-12-01",
        "29/04/2024 4a sesión extraordinaria.|EXTRAORDINARY|4|2024-04-29"
      })
  void sessionIsReadFromDateOrdinalAndType(
      String cell, SessionType type, int number, LocalDate date) {
    AnnexCells.Reading<AnnexCells.SessionName> reading = AnnexCells.session(cell);

    assertThat(reading.problem()).isNull();
    assertThat(reading.value()).isEqualTo(new AnnexCells.SessionName(type, number, date));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Primera sesión ordinaria.|no empieza con la fecha",
        "31/02/2024 Primera sesión ordinaria.|no existe",
        "13/03/2024 Primera reunión.|número y el tipo de la sesión",
        "13/03/2024 Treceava sesión ordinaria.|No se reconoce el número de sesión «treceava»",
        "' '|Falta la sesión"
      })
  void sessionThatCannotBeReadSaysWhatToWrite(String cell, String message) {
    AnnexCells.Reading<AnnexCells.SessionName> reading = AnnexCells.session(cell);

    assertThat(reading.value()).isNull();
    assertThat(reading.problem()).contains(message);
  }

  @ParameterizedTest
  @CsvSource({
    "En curso.,OPEN",
    "en curso,OPEN",
    "Concluido,CONCLUDED",
    "CONCLUIDO.,CONCLUDED",
    "Sin efecto.,CANCELLED"
  })
  void statusIsReadWithOrWithoutPeriod(String cell, Outcome outcome) {
    assertThat(AnnexCells.status(cell).value()).isEqualTo(outcome);
  }

  @Test
  void unknownStatusListsTheAcceptedOnes() {
    assertThat(AnnexCells.status("En verificación").problem())
        .isEqualTo(
            "El estatus «En verificación» no se reconoce: escriba En curso, Concluido o Sin efecto.");
  }

  @ParameterizedTest
  @CsvSource({"75%,75", "75 %,75", "75,75", "100%,100", "0,0", "75.0%,75"})
  void percentIsReadWithOrWithoutSign(String cell, int percent) {
    assertThat(AnnexCells.percent(cell).value()).isEqualTo(percent);
  }

  @ParameterizedTest
  @ValueSource(strings = {"101%", "75,5%", "-5", "setenta", "½"})
  void percentOutsideWholeZeroToHundredIsAProblem(String cell) {
    assertThat(AnnexCells.percent(cell).problem()).contains("número entero de 0 a 100");
  }

  @Test
  void linksGiveNumberUrlAndTheKindTheNumberTells() {
    AnnexLinks.Parsed parsed =
        AnnexLinks.parse(
            "INE/JGE58/2024 https://ine.mx/a.pdf | INE/CG546/2024 https://ine.mx/b.pdf"
                + " | INE/DJ/6820/2024 | INE-CSPEN-ST-001-2024 http://ine.mx/c | Circular 12/2024 https://ine.mx/d");

    assertThat(parsed.problems()).isEmpty();
    assertThat(parsed.references())
        .containsExactly(
            new ReferenceInput(
                DocumentType.AGREEMENT, "INE/JGE58/2024", null, "https://ine.mx/a.pdf"),
            new ReferenceInput(
                DocumentType.AGREEMENT, "INE/CG546/2024", null, "https://ine.mx/b.pdf"),
            new ReferenceInput(DocumentType.OFFICIAL_LETTER, "INE/DJ/6820/2024", null, null),
            new ReferenceInput(
                DocumentType.OPINION, "INE-CSPEN-ST-001-2024", null, "http://ine.mx/c"),
            new ReferenceInput(DocumentType.CIRCULAR, "12/2024", null, "https://ine.mx/d"));
  }

  @Test
  void linksThatAreNotWebAddressesOrLackANumberAreProblems() {
    AnnexLinks.Parsed parsed =
        AnnexLinks.parse(
            "INE/JGE58/2024 ftp://ine.mx/a.pdf | https://ine.mx/b.pdf | INE/CG1/2024 https://x.mx extra");

    assertThat(parsed.references()).isEmpty();
    assertThat(parsed.problems())
        .containsExactly(
            "La liga «ftp://ine.mx/a.pdf» no es una dirección http:// o https:// válida.",
            "Falta el número del documento antes de la liga «https://ine.mx/b.pdf» (p. ej. INE/JGE38/2024 https://ine.mx/b.pdf).",
            "Después de la liga «https://x.mx» hay texto de más: separe cada referencia con «|».");
  }

  @Test
  void linksWrittenForExportAreReadBackTheSame() {
    List<ReferenceInput> references =
        List.of(
            new ReferenceInput(
                DocumentType.AGREEMENT, "INE/JGE38/2024", null, "https://ine.mx/a.pdf"),
            new ReferenceInput(DocumentType.REPORT, "Informe anual 2024", null, null),
            new ReferenceInput(DocumentType.OTHER, "Informe 3", null, "https://ine.mx/b"),
            new ReferenceInput(DocumentType.OPINION, "INE-CSPEN-ST-003-2024", null, null));

    String cell = AnnexLinks.format(references);

    assertThat(cell)
        .isEqualTo(
            "INE/JGE38/2024 https://ine.mx/a.pdf | Informe Informe anual 2024 | Otro Informe 3 https://ine.mx/b"
                + " | INE-CSPEN-ST-003-2024");
    assertThat(AnnexLinks.parse(cell).references()).isEqualTo(references);
  }

  @Test
  void requestsArePromisesAndApprovalsAreAgreements() {
    assertThat(AnnexRowParser.kindOf("La Presidencia de la Comisión pidió revisar el mecanismo."))
        .isEqualTo(CommitmentKind.COMMITMENT);
    assertThat(
            AnnexRowParser.kindOf(
                "La Comisión aprobó por unanimidad enviar a la Junta el Proyecto."))
        .isEqualTo(CommitmentKind.AGREEMENT);
  }

  @Test
  void csvCellThatLooksLikeAFormulaIsWrittenAsTextAndReadBackUnchanged() {
    String formula = "=HIPERVINCULO(\"http://mal.example\")";

    String written = AnnexText.safeForSpreadsheet(formula);

    assertThat(written).isEqualTo("'" + formula);
    assertThat(AnnexText.cell(written)).isEqualTo(formula);
    assertThat(AnnexText.cell("'Texto entre apóstrofos'")).isEqualTo("'Texto entre apóstrofos'");
  }
}
