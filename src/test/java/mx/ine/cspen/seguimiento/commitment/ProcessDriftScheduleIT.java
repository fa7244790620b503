package mx.ine.cspen.seguimiento.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The nightly drift check tells the administrators what disagrees, once a night whatever the number
 * of nodes, and their page lists it with a repair for each.
 */
class ProcessDriftScheduleIT extends PostgresIntegrationTest {

  @Autowired private ProcessDriftSchedule schedule;

  @Test
  void nightlyCheckTellsTheAdministratorsOnceAndTheirPageOffersTheRepair() {
    long id = newCommitment("enlace");
    String folio = api.get("st", "/api/commitments/" + id).json().get("folio").asText();
    String instance =
        jdbc.queryForObject(
            "select process_instance_id from commitment where id = ?", String.class, id);
    api.send(
        "admin",
        "PUT",
        "/engine-rest/process-instance/" + instance + "/suspended",
        "{\"suspended\":true}");
    jdbc.update("delete from process_drift_run");

    schedule.nightly();
    schedule.nightly();

    JsonNode notices = api.get("admin", "/api/notifications").json();
    long driftNotices = 0;
    for (JsonNode notice : notices) {
      if (notice.get("kind").asText().equals("PROCESS_DRIFT")) {
        driftNotices++;
        assertThat(notice.get("body").asText()).contains(folio, "suspendido");
      }
    }
    assertThat(driftNotices).isEqualTo(1);
    String page = api.page("admin", "/administracion/procesos").body();
    assertThat(page).contains(folio, "Su proceso está suspendido.", "Reparar el proceso");
    assertThat(api.page("st", "/administracion/procesos").status()).isEqualTo(403);

    api.post("admin", "/api/admin/process-drift/" + id + "/repair", "{\"reason\":\"Prueba.\"}");
    assertThat(api.page("admin", "/administracion/procesos").body()).doesNotContain(folio);
  }
}
