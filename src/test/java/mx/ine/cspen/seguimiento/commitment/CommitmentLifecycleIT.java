package mx.ine.cspen.seguimiento.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

/** A commitment from registration to closure, by the three people who handle it. */
class CommitmentLifecycleIT extends PostgresIntegrationTest {

  @Test
  void commitmentIsRegisteredAssignedReportedReturnedAndConcludedByThreeUsers() {
    // The Secretaría Técnica registers the session and the agreement, without an area.
    Api.Response session =
        api.post(
            "st", "/api/sessions", "{\"type\":\"ORDINARY\",\"number\":1,\"date\":\"2024-03-13\"}");
    assertThat(session.status()).isEqualTo(201);
    assertThat(session.json().get("label").asText()).isEqualTo("Primera sesión ordinaria");

    Api.Response registered =
        api.post(
            "st",
            "/api/commitments",
            """
        {"sessionId": %d, "kind": "AGREEMENT", "proposer": "Consejera Claudia Zavala",
         "text": "La Comisión aprobó por unanimidad enviar a la Junta el Proyecto de Acuerdo."}
        """
                .formatted(session.id()));
    assertThat(registered.status()).isEqualTo(201);
    JsonNode commitment = registered.json();
    assertThat(commitment.get("status").asText()).isEqualTo("UNASSIGNED");
    assertThat(commitment.get("percent").asInt()).isZero();
    assertThat(commitment.get("folio").asText()).matches("CSPEN-2024-\\d{3}");
    long id = commitment.get("id").asLong();

    // It assigns the area; the area sees it, the Commission too.
    Api.Response assigned =
        api.post("st", "/api/commitments/" + id + "/assignment", "{\"areaCode\":\"planeacion\"}");
    assertThat(assigned.status()).isEqualTo(200);
    assertThat(assigned.json().get("status").asText()).isEqualTo("IN_PROGRESS");
    assertThat(api.get("planeacion", "/api/commitments").json().findValuesAsText("folio"))
        .contains(commitment.get("folio").asText());

    // The area reports progress, then asks for closure with its reference.
    Api.Response progress =
        api.post(
            "planeacion",
            "/api/commitments/" + id + "/progress",
            "{\"percent\":60,\"narrative\":\"Se remitió el proyecto a la Junta.\"}");
    assertThat(progress.status()).isEqualTo(200);
    assertThat(progress.json().get("percent").asInt()).isEqualTo(60);
    Api.Response closure =
        api.post(
            "planeacion",
            "/api/commitments/" + id + "/progress",
            """
        {"percent": 100, "requestClosure": true,
         "narrative": "La Junta aprobó la actualización mediante el Acuerdo INE/JGE38/2024.",
         "references": [{"type": "acuerdo", "number": "INE/JGE38/2024", "date": "2024-03-25",
           "url": "https://repositoriodocumental.ine.mx/xmlui/bitstream/handle/123456789/168246/JGEor202403-25-ap-4-1.pdf"}]}
        """);
    assertThat(closure.status()).isEqualTo(200);
    assertThat(closure.json().get("status").asText()).isEqualTo("UNDER_VERIFICATION");

    // The Secretaría Técnica returns it with observations; the area answers; it approves.
    Api.Response returned =
        api.post(
            "st",
            "/api/commitments/" + id + "/verification",
            "{\"approved\":false,\"observations\":\"Indique la fecha de la sesión de la Junta.\"}");
    assertThat(returned.json().get("status").asText()).isEqualTo("IN_PROGRESS");
    api.post(
        "planeacion",
        "/api/commitments/" + id + "/progress",
        "{\"percent\":100,\"requestClosure\":true,\"narrative\":\"Aprobado en la sesión del 25 de marzo de 2024.\"}");
    Api.Response approved =
        api.post("st", "/api/commitments/" + id + "/verification", "{\"approved\":true}");
    assertThat(approved.status()).isEqualTo(200);

    // The Commission reads the result: concluded at 100 %, with the whole history and its authors.
    JsonNode result = api.get("consejera", "/api/commitments/" + id).json();
    assertThat(result.get("status").asText()).isEqualTo("CONCLUDED");
    assertThat(result.get("percent").asInt()).isEqualTo(100);
    assertThat(result.get("progress")).hasSize(3);
    JsonNode reference = result.get("progress").get(1).get("references").get(0);
    assertThat(reference.get("type").asText()).isEqualTo("acuerdo");
    assertThat(reference.get("number").asText()).isEqualTo("INE/JGE38/2024");
    assertThat(reference.get("date").asText()).isEqualTo("2024-03-25");
    assertThat(result.get("progress").get(0).get("author").asText()).isEqualTo("planeacion");
    assertThat(result.get("history").findValuesAsText("type"))
        .containsExactly(
            "REGISTERED",
            "ASSIGNED",
            "PROGRESS_REPORTED",
            "CLOSURE_REQUESTED",
            "CLOSURE_RETURNED",
            "CLOSURE_REQUESTED",
            "CLOSURE_APPROVED");
    assertThat(result.get("history").findValuesAsText("actor"))
        .containsExactly("st", "st", "planeacion", "planeacion", "st", "planeacion", "st");
    assertThat(result.get("history").get(4).get("note").asText())
        .isEqualTo("Indique la fecha de la sesión de la Junta.");

    // The process has ended at "Compromiso concluido".
    assertThat(
            jdbc.queryForObject(
                "select count(*) from act_hi_actinst a join commitment c on c.process_instance_id = a.proc_inst_id_"
                    + " where c.id = ? and a.act_id_ = ?",
                Integer.class,
                id,
                CommitmentProcess.Elements.END_EVENT_CONCLUDED))
        .isEqualTo(1);
  }

  @Test
  void reassignedCommitmentMovesWithItsOpenTaskToTheNewArea() {
    long id = newCommitment("planeacion");

    Api.Response reassigned =
        api.post("st", "/api/commitments/" + id + "/assignment", "{\"areaCode\":\"formacion\"}");

    assertThat(reassigned.status()).isEqualTo(200);
    assertThat(reassigned.json().get("areaCode").asText()).isEqualTo("formacion");
    assertThat(
            api.post(
                    "planeacion",
                    "/api/commitments/" + id + "/progress",
                    "{\"percent\":10,\"narrative\":\"x\"}")
                .status())
        .isEqualTo(403);
    assertThat(
            api.post(
                    "formacion",
                    "/api/commitments/" + id + "/progress",
                    "{\"percent\":10,\"narrative\":\"La nueva área inicia.\"}")
                .status())
        .isEqualTo(200);
  }

  @Test
  void cancelledCommitmentRecordsTheReasonAndTakesNoMoreProgress() {
    long id = newCommitment("juridica");

    Api.Response cancelled =
        api.post(
            "st",
            "/api/commitments/" + id + "/cancellation",
            "{\"reason\":\"La Comisión dejó sin efecto el acuerdo en su sesión siguiente.\"}");

    assertThat(cancelled.status()).isEqualTo(200);
    assertThat(cancelled.json().get("status").asText()).isEqualTo("CANCELLED");
    Api.Response late =
        api.post(
            "juridica",
            "/api/commitments/" + id + "/progress",
            "{\"percent\":10,\"narrative\":\"x\"}");
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.json().get("detail").asText()).contains("sin efecto");
    assertThat(
            api.get("st", "/api/commitments/" + id).json().get("history").findValuesAsText("note"))
        .contains("La Comisión dejó sin efecto el acuerdo en su sesión siguiente.");
  }
}
