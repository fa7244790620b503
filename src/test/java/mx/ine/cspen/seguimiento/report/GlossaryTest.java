package mx.ine.cspen.seguimiento.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which glossary terms a report lists: those its text uses as whole words. */
class GlossaryTest {

  @Test
  void aTermIsUsedWhereItStandsAsAWholeWord() {
    assertThat(Glossary.wholeWordIn("Evaluación SPEN.", "SPEN")).isTrue();
    assertThat(Glossary.wholeWordIn("INE/JGE38/2024", "INE")).isTrue();
    assertThat(Glossary.wholeWordIn("SPEN", "SPEN")).isTrue();
    assertThat(Glossary.wholeWordIn("El SIISPEN y el SPEN", "SPEN")).isTrue();
  }

  @Test
  void aTermInsideAnotherWordOrNumberIsNotUsed() {
    assertThat(Glossary.wholeWordIn("El SIISPEN registra", "SPEN")).isFalse();
    assertThat(Glossary.wholeWordIn("SPEN2024", "SPEN")).isFalse();
    assertThat(Glossary.wholeWordIn("ÁSPEN", "SPEN")).isFalse();
    assertThat(Glossary.wholeWordIn("SPENé", "SPEN")).isFalse();
    assertThat(Glossary.wholeWordIn("spen", "SPEN")).isFalse();
    assertThat(Glossary.wholeWordIn("", "SPEN")).isFalse();
  }

  @Test
  void theReportListsTheTermsItUsesInTheGlossarysOrder() {
    Glossary.Term dj = Glossary.Term.of("Dirección Jurídica/DJ", "Dirección Jurídica.", "DJ");
    Glossary.Term spen =
        Glossary.Term.of("SPEN", "Servicio Profesional Electoral Nacional.", "SPEN", "Servicio");
    Glossary.Term ine = Glossary.Term.of("INE", "Instituto Nacional Electoral.", "INE");

    assertThat(Glossary.usedIn(List.of(dj, spen, ine), "El Servicio, según la DJ."))
        .containsExactly(dj, spen);
  }
}
