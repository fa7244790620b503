package mx.ine.cspen.seguimiento.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneId;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

/** The reports page: who reads it, and the Secretaría Técnica preparing and issuing a report. */
class ReportPagesIT extends PostgresIntegrationTest {

  private final LocalDate today = LocalDate.now(ZoneId.of("America/Mexico_City"));

  @Test
  void secretariatPreparesAReportOnThePageAndIssuesItsDraft() {
    String cutoff = today.minusDays(1).toString();
    String form =
        "sessionType=ORDINARY&sessionDate=" + today.plusDays(7) + "&agendaItem=3&cutoff=" + cutoff;

    Api.Response prepared = api.postForm("st", "/informes", form);
    long id =
        jdbc.queryForObject(
            "select max(id) from follow_up_report where cutoff = ?",
            Long.class,
            LocalDate.parse(cutoff));
    Api.Response listed = api.page("st", "/informes");
    Api.Response issued = api.postForm("st", "/informes/" + id + "/emitir", "");

    assertThat(prepared.status()).as(prepared.toString()).isEqualTo(302);
    assertThat(listed.body())
        .contains(
            "Borrador en revisión",
            "/api/reports/" + id + ".pdf",
            "/api/reports/" + id + ".docx",
            "/informes/" + id + "/emitir");
    assertThat(issued.status()).isEqualTo(302);
    assertThat(
            api.get("consejera", "/api/reports/" + id + "/summary").json().get("status").asText())
        .isEqualTo("ISSUED");
    assertThat(api.page("consejera", "/informes").body())
        .contains("Emitido")
        .doesNotContain("Preparar un informe", "/emitir");
  }

  @Test
  void refusedRequestShowsTheFormAgainWithTheReasonAndCreatesNothing() {
    int before = jdbc.queryForObject("select count(*) from follow_up_report", Integer.class);

    Api.Response refused =
        api.postForm(
            "st",
            "/informes",
            "sessionType=ORDINARY&sessionDate="
                + today.plusDays(7)
                + "&agendaItem=dos&cutoff="
                + today.minusDays(2));

    assertThat(refused.status()).isEqualTo(200);
    assertThat(refused.body())
        .contains("El punto del orden del día se escribe con números", "value=\"dos\"");
    assertThat(jdbc.queryForObject("select count(*) from follow_up_report", Integer.class))
        .isEqualTo(before);
  }

  @Test
  void previewShowsTheReportAsOfTheCutoffWithoutStoringIt() {
    long commitment = newCommitment("formacion");
    String folioText = api.get("st", "/api/commitments/" + commitment).json().get("text").asText();
    int before = jdbc.queryForObject("select count(*) from follow_up_report", Integer.class);

    Api.Response preview = api.page("consejera", "/informes/vista-previa?corte=" + today);

    assertThat(preview.status()).isEqualTo(200);
    assertThat(preview.body())
        .contains(
            "Vista previa con corte al",
            "El informe da cuenta del seguimiento de",
            folioText,
            "Subdirección de Formación.");
    assertThat(jdbc.queryForObject("select count(*) from follow_up_report", Integer.class))
        .isEqualTo(before);
  }

  @Test
  void areasAreRefusedTheReportsPagesInSpanish() {
    Api.Response list = api.page("juridica", "/informes");
    Api.Response preview = api.page("juridica", "/informes/vista-previa?corte=" + today);
    Api.Response request =
        api.postForm(
            "juridica",
            "/informes",
            "sessionType=ORDINARY&sessionDate="
                + today.plusDays(7)
                + "&agendaItem=2&cutoff="
                + today);

    assertThat(list.status()).isEqualTo(403);
    assertThat(list.body())
        .contains("Los informes de seguimiento los consultan la Secretaría Técnica y la Comisión");
    assertThat(preview.status()).isEqualTo(403);
    assertThat(request.status()).isEqualTo(403);
  }
}
