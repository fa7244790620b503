package mx.ine.cspen.seguimiento.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.DatabaseSnapshot;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * The forms Tasklist submits (here through the engine's REST API, as Tasklist does through its
 * own): the values reach our tables through the same rules as the HTTP API, and nothing stays in
 * the process (it is bound to its commitment in our table).
 */
class TasklistFormIT extends PostgresIntegrationTest {

  @Test
  void startFormRegistersTheSessionAndTheCommitmentInTheDomain() {
    Api.Response started =
        api.post(
            "st",
            "/engine-rest/process-definition/key/commitment/submit-form",
            """
        {"variables": {
          "sessionType": {"value": "ORDINARY"}, "sessionNumber": {"value": 3, "type": "Long"},
          "sessionDate": {"value": "2021-06-17"}, "kind": {"value": "COMMITMENT"},
          "text": {"value": "Enviar un reporte de las reuniones internas."},
          "proposer": {"value": "Consejera Rita Bell López"}, "areaCode": {"value": "sistemas"},
          "dueDate": {"value": "2021-08-31"}}}
        """);

    assertThat(started.status()).as(started.toString()).isEqualTo(200);
    String folio = started.json().get("businessKey").asText();
    JsonNode commitment =
        api.get("st", "/api/commitments").json().findParents("folio").stream()
            .filter(c -> c.get("folio").asText().equals(folio))
            .findFirst()
            .orElseThrow();
    assertThat(folio).startsWith("CSPEN-2021-");
    assertThat(commitment.get("session").asText())
        .isEqualTo("17/06/2021 Tercera sesión ordinaria.");
    assertThat(commitment.get("kind").asText()).isEqualTo("COMMITMENT");
    assertThat(commitment.get("proposer").asText()).isEqualTo("Consejera Rita Bell López");
    assertThat(commitment.get("areaCode").asText()).isEqualTo("sistemas");
    assertThat(commitment.get("dueDate").asText()).isEqualTo("2021-08-31");
    JsonNode variables =
        api.get(
                "st",
                "/engine-rest/process-instance/" + started.json().get("id").asText() + "/variables")
            .json();
    assertThat(variables.fieldNames()).toIterable().isEmpty();
  }

  @Test
  void progressFormIsRecordedWithItsReferencesAndLeavesNoDataInTheProcess() {
    long id = newCommitment("desempeno");
    String task = openTask("desempeno", id);

    Api.Response submitted =
        api.post(
            "desempeno",
            "/engine-rest/task/" + task + "/submit-form",
            """
        {"variables": {
          "percent": {"value": 100, "type": "Long"},
          "narrative": {"value": "La Junta aprobó la meta colectiva mediante el Acuerdo INE/JGE39/2024."},
          "requestClosure": {"value": true, "type": "Boolean"},
          "reference1Type": {"value": "acuerdo"}, "reference1Number": {"value": "INE/JGE39/2024"},
          "reference1Url": {"value": "https://repositoriodocumental.ine.mx/xmlui/bitstream/handle/123456789/168247/JGEor202403-25-ap-4-3.pdf"}}}
        """);

    assertThat(submitted.status()).as(submitted.toString()).isEqualTo(204);
    JsonNode commitment = api.get("desempeno", "/api/commitments/" + id).json();
    assertThat(commitment.get("status").asText()).isEqualTo("UNDER_VERIFICATION");
    JsonNode progress = commitment.get("progress").get(0);
    assertThat(progress.get("author").asText()).isEqualTo("desempeno");
    assertThat(progress.get("references").get(0).get("number").asText())
        .isEqualTo("INE/JGE39/2024");
    String processInstance =
        jdbc.queryForObject(
            "select process_instance_id from commitment where id = ?", String.class, id);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from act_ru_variable where proc_inst_id_ = ? and task_id_ is null",
                Integer.class,
                processInstance))
        .isZero();
  }

  @Test
  void tasklistCardsShowEachTasksFolio() {
    long id = newCommitment("ingreso");
    String folio = api.get("st", "/api/commitments/" + id).json().get("folio").asText();
    String filter = api.filterId("Tareas de mi área");

    Api.Response cards =
        api.postHal(
            "ingreso", "/engine-rest/filter/" + filter + "/list?firstResult=0&maxResults=50", "{}");

    assertThat(cards.status()).as(cards.toString()).isEqualTo(200);
    List<String> shown = new ArrayList<>();
    for (JsonNode task : cards.json().get("_embedded").get("task")) {
      for (JsonNode variable : task.path("_embedded").path("variable")) {
        if (variable.get("name").asText().equals("folio")) {
          shown.add(variable.get("value").asText());
        }
      }
    }
    assertThat(shown).contains(folio);
  }

  @Test
  void refusedFormValuesAreAnsweredInSpanishAndChangeNothing() {
    long id = newCommitment("ingreso");
    String task = openTask("ingreso", id);
    Map<String, ?> before = DatabaseSnapshot.of(jdbc);

    Api.Response refused =
        api.post(
            "ingreso",
            "/engine-rest/task/" + task + "/submit-form",
            """
        {"variables": {"percent": {"value": 80, "type": "Long"}, "narrative": {"value": "Casi."},
          "requestClosure": {"value": true, "type": "Boolean"}}}
        """);

    assertThat(refused.status()).isEqualTo(400);
    assertThat(refused.json().get("message").asText())
        .isEqualTo("Para solicitar la conclusión el avance debe ser 100 % (se indicó 80 %).");
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  @Test
  void verificationFormReturnsTheClosureWithItsObservations() {
    long id = newCommitment("enlace");
    api.post(
        "enlace",
        "/api/commitments/" + id + "/progress",
        "{\"percent\":100,\"narrative\":\"Cumplido.\",\"requestClosure\":true}");
    String task = openTask("st", id);

    Api.Response returned =
        api.post(
            "st",
            "/engine-rest/task/" + task + "/submit-form",
            """
        {"variables": {"decision": {"value": "RETURN"}, "observations": {"value": "Adjunte el acuerdo."}}}
        """);

    assertThat(returned.status()).as(returned.toString()).isEqualTo(204);
    JsonNode commitment = api.get("st", "/api/commitments/" + id).json();
    assertThat(commitment.get("status").asText()).isEqualTo("IN_PROGRESS");
    JsonNode history = commitment.get("history");
    assertThat(history.get(history.size() - 1).get("note").asText())
        .isEqualTo("Adjunte el acuerdo.");
    assertThat(api.taskContext("enlace", openTask("enlace", id)).get("returnObservations").asText())
        .isEqualTo("Adjunte el acuerdo.");
  }

  private String openTask(String user, long commitmentId) {
    String folio = api.get("st", "/api/commitments/" + commitmentId).json().get("folio").asText();
    return api.get(user, "/engine-rest/task?processInstanceBusinessKey=" + folio)
        .json()
        .get(0)
        .get("id")
        .asText();
  }
}
