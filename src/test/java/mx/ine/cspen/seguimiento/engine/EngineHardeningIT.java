package mx.ine.cspen.seguimiento.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import mx.ine.cspen.seguimiento.support.WebSession;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Nothing moves a commitment's process behind the domain's back, through either door people have
 * into the engine: {@code /engine-rest} with HTTP Basic, and the webapps' own engine API with a
 * signed-in browser session (what Tasklist and Cockpit call). Each attempt is refused (4xx,
 * Spanish) or without effect; afterwards the commitment and its process agree (the drift check
 * finds nothing) and the next legitimate step works.
 */
class EngineHardeningIT extends PostgresIntegrationTest {

  @LocalServerPort private int port;

  /** The two ways into the engine's REST API. */
  enum Door {
    ENGINE_REST,
    WEBAPP_API
  }

  private final Map<String, WebSession> sessions = new HashMap<>();

  @BeforeEach
  void aSecondPersonInTheArea() {
    sessions.clear();
    if (api.get("admin", "/engine-rest/user/ascenso2/profile").status() == 404) {
      Api.Response created =
          api.send(
              "admin",
              "POST",
              "/engine-rest/user/create",
              "{\"profile\":{\"id\":\"ascenso2\",\"firstName\":\"Segunda\","
                  + "\"lastName\":\"Persona de Ascenso\"},"
                  + "\"credentials\":{\"password\":\"ascenso2\"}}");
      assertThat(created.status()).as(created.toString()).isEqualTo(204);
      assertThat(
              api.send("admin", "PUT", "/engine-rest/group/area-ascenso/members/ascenso2", null)
                  .status())
          .isEqualTo(204);
    }
  }

  // --- An area, with the work permission it has on its own task
  // ------------------------------------

  @ParameterizedTest
  @EnumSource(Door.class)
  void areaCannotSteerItsProcessWithVariablesOutsideItsForm(Door door) {
    long ours = newCommitment("ascenso");
    long other = newCommitment("ascenso");
    String task = progressTask(ours);

    for (String variables :
        List.of(
            "\"commitmentId\":{\"value\":" + other + ",\"type\":\"Long\"}",
            "\"areaGroup\":{\"value\":\"area-planeacion\"}",
            "\"closureRequested\":{\"value\":true,\"type\":\"Boolean\"}",
            "\"cualquierCosa\":{\"value\":\"x\"}")) {
      Api.Response refused =
          call(
              door,
              "ascenso",
              "POST",
              "/task/" + task + "/complete",
              "{\"variables\":{\"percent\":{\"value\":30,\"type\":\"Long\"},"
                  + "\"narrative\":{\"value\":\"Avance.\"},"
                  + variables
                  + "}}");
      assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
      assertThat(refused.json().get("message").asText()).contains("solo admite los campos");
    }

    assertThat(progress(ours)).isEmpty();
    assertThat(progress(other)).isEmpty();
    assertThat(processVariables(ours)).isEmpty();
    assertAgrees(ours);
    assertAgrees(other);
    Api.Response reported =
        call(
            door,
            "ascenso",
            "POST",
            "/task/" + task + "/complete",
            "{\"variables\":{\"percent\":{\"value\":30,\"type\":\"Long\"},"
                + "\"narrative\":{\"value\":\"Avance del área.\"}}}");
    assertThat(reported.status()).as(reported.toString()).isEqualTo(204);
    assertThat(progress(ours))
        .extracting(p -> p.get("narrative").asText())
        .containsExactly("Avance del área.");
    assertThat(progress(other)).isEmpty();
    assertAgrees(ours);
  }

  @ParameterizedTest
  @EnumSource(Door.class)
  void areaCannotEndRouteOrHandOverItsTaskInTheEngine(Door door) {
    long id = newCommitment("ascenso");
    String task = progressTask(id);

    assertThat(
            call(door, "ascenso", "POST", "/task/" + task + "/bpmnError", "{\"errorCode\":\"x\"}")
                .status())
        .isEqualTo(403);
    assertThat(
            call(
                    door,
                    "ascenso",
                    "POST",
                    "/task/" + task + "/bpmnEscalation",
                    "{\"escalationCode\":\"x\"}")
                .status())
        .isEqualTo(403);
    Api.Response forOther =
        call(door, "ascenso", "POST", "/task/" + task + "/claim", "{\"userId\":\"planeacion\"}");
    assertThat(forOther.status()).isEqualTo(403);
    assertThat(forOther.json().get("message").asText()).contains("para usted");
    assertThat(
            call(
                    door,
                    "ascenso",
                    "POST",
                    "/task/" + task + "/delegate",
                    "{\"userId\":\"planeacion\"}")
                .status())
        .isEqualTo(403);
    assertThat(
            call(
                    door,
                    "ascenso",
                    "POST",
                    "/task/" + task + "/assignee",
                    "{\"userId\":\"planeacion\"}")
                .status())
        .isEqualTo(403);
    for (String write :
        List.of(
            "/task/" + task + "/variables/areaGroup",
            "/task/" + task + "/localVariables/areaGroup")) {
      assertThat(call(door, "ascenso", "PUT", write, "{\"value\":\"area-planeacion\"}").status())
          .as(write)
          .isEqualTo(403);
    }
    assertThat(call(door, "ascenso", "POST", "/signal", "{\"name\":\"x\"}").status())
        .isEqualTo(403);

    // Another area never reads the task's data.
    assertThat(call(door, "planeacion", "GET", "/task/" + task + "/variables", null).status())
        .isBetween(403, 404);
    assertThat(taskAssignee(task)).isNull();
    assertAgrees(id);
    assertThat(
            call(door, "ascenso", "POST", "/task/" + task + "/claim", "{\"userId\":\"ascenso\"}")
                .status())
        .isEqualTo(204);
    assertThat(taskAssignee(task)).isEqualTo("ascenso");
  }

  // --- The Secretaría Técnica
  // ---------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Door.class)
  void secretariatChangesCommitmentsOnlyThroughTheProduct(Door door) {
    long id = newCommitment("ascenso");
    String instance = processInstance(id);
    String folio = folio(id);

    List<Api.Response> refused =
        List.of(
            call(
                door,
                "st",
                "PUT",
                "/process-instance/" + instance + "/variables/areaGroup",
                "{\"value\":\"area-planeacion\"}"),
            call(
                door,
                "st",
                "PUT",
                "/process-instance/" + instance + "/variables/commitmentId",
                "{\"value\":1,\"type\":\"Long\"}"),
            call(
                door,
                "st",
                "DELETE",
                "/process-instance/" + instance + "/variables/areaGroup",
                null),
            call(
                door,
                "st",
                "POST",
                "/process-instance/" + instance + "/variables",
                "{\"modifications\":{\"areaGroup\":{\"value\":\"area-planeacion\"}}}"),
            call(
                door,
                "st",
                "POST",
                "/message",
                "{\"messageName\":\"Message_CommitmentCancelled\",\"processInstanceId\":\""
                    + instance
                    + "\"}"),
            call(
                door,
                "st",
                "POST",
                "/message",
                "{\"messageName\":\"Message_AreaReassigned\",\"processInstanceId\":\""
                    + instance
                    + "\",\"processVariables\":{\"areaGroup\":{\"value\":\"area-planeacion\"}}}"),
            call(
                door,
                "st",
                "POST",
                "/process-instance/" + instance + "/modification",
                "{\"instructions\":[{\"type\":\"startBeforeActivity\","
                    + "\"activityId\":\"UserTask_VerifyFulfilment\"}]}"),
            call(
                door,
                "st",
                "POST",
                "/process-instance/" + instance + "/modification",
                "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"UserTask_ReportProgress\"}]}"),
            call(
                door,
                "st",
                "PUT",
                "/process-instance/" + instance + "/suspended",
                "{\"suspended\":true}"),
            call(door, "st", "DELETE", "/process-instance/" + instance, null),
            call(door, "st", "POST", "/signal", "{\"name\":\"x\"}"));
    assertThat(refused).allSatisfy(r -> assertThat(r.status()).as(r.toString()).isEqualTo(403));
    Api.Response secondProcess =
        call(
            door,
            "st",
            "POST",
            "/process-definition/key/commitment/start",
            "{\"businessKey\":\""
                + folio
                + "\",\"variables\":{\"commitmentId\":{\"value\":"
                + id
                + ",\"type\":\"Long\"}}}");
    assertThat(secondProcess.status()).as(secondProcess.toString()).isEqualTo(400);
    Api.Response withItsId =
        call(
            door,
            "st",
            "POST",
            "/process-definition/key/commitment/start",
            "{\"variables\":{\"commitmentId\":{\"value\":" + id + ",\"type\":\"Long\"}}}");
    assertThat(withItsId.status()).as(withItsId.toString()).isEqualTo(400);

    assertAgrees(id);
    assertThat(processVariables(id)).isEmpty();
    assertThat(status(id)).isEqualTo("IN_PROGRESS");
    Api.Response cancelled =
        api.post(
            "st",
            "/api/commitments/" + id + "/cancellation",
            "{\"reason\":\"La Comisión dejó sin efecto el acuerdo.\"}");
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(status(id)).isEqualTo("CANCELLED");
    assertAgrees(id);
  }

  @ParameterizedTest
  @EnumSource(Door.class)
  void commissionReadsEverythingAndWritesNothingInTheEngine(Door door) {
    long id = newCommitment("ascenso");
    String task = progressTask(id);

    assertThat(call(door, "consejera", "GET", "/task/" + task, null).status()).isEqualTo(200);
    for (Api.Response refused :
        List.of(
            call(
                door,
                "consejera",
                "POST",
                "/task/" + task + "/comment/create",
                "{\"message\":\"Un comentario.\"}"),
            call(
                door,
                "consejera",
                "POST",
                "/task/" + task + "/claim",
                "{\"userId\":\"consejera\"}"),
            call(door, "consejera", "POST", "/signal", "{\"name\":\"x\"}"))) {
      assertThat(refused.status()).as(refused.toString()).isEqualTo(403);
    }
    assertThat(api.get("admin", "/engine-rest/task/" + task + "/comment").json()).isEmpty();
    assertAgrees(id);
  }

  @ParameterizedTest
  @EnumSource(Door.class)
  void mistakesOfTheCallerAnswerFourHundredsNotServerErrors(Door door) {
    long id = newCommitment("ascenso");
    String task = progressTask(id);
    call(door, "ascenso", "POST", "/task/" + task + "/claim", "{\"userId\":\"ascenso\"}");

    Api.Response claimedByOther =
        call(door, "ascenso2", "POST", "/task/" + task + "/claim", "{\"userId\":\"ascenso2\"}");
    Api.Response unknownClaim =
        call(door, "ascenso", "POST", "/task/no-existe/claim", "{\"userId\":\"ascenso\"}");
    Api.Response unknownComplete =
        call(door, "ascenso", "POST", "/task/no-existe/complete", "{\"variables\":{}}");

    assertThat(claimedByOther.status()).as(claimedByOther.toString()).isEqualTo(409);
    assertThat(unknownClaim.status()).as(unknownClaim.toString()).isEqualTo(404);
    assertThat(unknownComplete.status()).as(unknownComplete.toString()).isEqualTo(404);
  }

  // --- Administrators keep every power; the drift check finds and repairs what they broke
  // ---------

  @Test
  void deletedProcessIsFoundByTheDriftCheckAndRepairedWithWhoAndWhy() {
    long id = newCommitment("ascenso");
    String before = processInstance(id);
    assertThat(
            api.send("admin", "DELETE", "/engine-rest/process-instance/" + before, null).status())
        .isEqualTo(204);

    JsonNode drift = api.get("admin", "/api/admin/process-drift/" + id).json();
    assertThat(drift.get("problems"))
        .extracting(p -> p.get("kind").asText())
        .containsExactly("NO_PROCESS");
    assertThat(api.get("admin", "/api/admin/process-drift").json())
        .anySatisfy(d -> assertThat(d.get("commitmentId").asLong()).isEqualTo(id));
    assertThat(
            api.post(
                    "ascenso",
                    "/api/commitments/" + id + "/progress",
                    "{\"percent\":10,\"narrative\":\"Sin proceso.\"}")
                .status())
        .isEqualTo(409);

    Api.Response repaired =
        api.post(
            "admin",
            "/api/admin/process-drift/" + id + "/repair",
            "{\"reason\":\"Se eliminó por error desde Cockpit.\"}");

    assertThat(repaired.status()).as(repaired.toString()).isEqualTo(200);
    assertAgrees(id);
    assertThat(processInstance(id)).isNotEqualTo(before);
    assertThat(candidateGroups(progressTask(id))).containsExactly("area-ascenso");
    assertThat(
            api.post(
                    "ascenso",
                    "/api/commitments/" + id + "/progress",
                    "{\"percent\":10,\"narrative\":\"Con proceso de nuevo.\"}")
                .status())
        .isEqualTo(200);
    JsonNode repair = history(id, "PROCESS_REPAIRED");
    assertThat(repair.get("actor").asText()).isEqualTo("admin");
    assertThat(repair.get("note").asText())
        .contains("Se eliminó por error desde Cockpit.", "no tiene proceso en curso");
  }

  @Test
  void suspendedOrMovedProcessIsFoundAndBroughtBackToWhatTheCommitmentSays() {
    long id = newCommitment("ascenso");
    String instance = processInstance(id);
    assertThat(
            api.post(
                    "admin",
                    "/engine-rest/process-instance/" + instance + "/modification",
                    "{\"instructions\":[{\"type\":\"cancel\",\"activityId\":\"UserTask_ReportProgress\"},"
                        + "{\"type\":\"startBeforeActivity\",\"activityId\":\"UserTask_VerifyFulfilment\"}]}")
                .status())
        .isBetween(200, 204);
    assertThat(
            api.send(
                    "admin",
                    "PUT",
                    "/engine-rest/process-instance/" + instance + "/suspended",
                    "{\"suspended\":true}")
                .status())
        .isEqualTo(204);

    JsonNode drift = api.get("admin", "/api/admin/process-drift/" + id).json();
    assertThat(drift.get("problems"))
        .extracting(p -> p.get("kind").asText())
        .containsExactlyInAnyOrder("SUSPENDED", "WRONG_TASK");
    Api.Response byOthers =
        api.post("st", "/api/admin/process-drift/" + id + "/repair", "{\"reason\":\"x\"}");
    assertThat(byOthers.status()).isEqualTo(403);
    Api.Response withoutReason =
        api.post("admin", "/api/admin/process-drift/" + id + "/repair", "{\"reason\":\" \"}");
    assertThat(withoutReason.status()).isEqualTo(400);

    assertThat(
            api.post(
                    "admin",
                    "/api/admin/process-drift/" + id + "/repair",
                    "{\"reason\":\"Se movió en una prueba.\"}")
                .status())
        .isEqualTo(200);

    assertAgrees(id);
    assertThat(processInstance(id)).isEqualTo(instance);
    assertThat(
            api.post(
                    "ascenso",
                    "/api/commitments/" + id + "/progress",
                    "{\"percent\":100,\"narrative\":\"Cumplido.\",\"requestClosure\":true}")
                .status())
        .isEqualTo(200);
    assertThat(status(id)).isEqualTo("UNDER_VERIFICATION");
    assertAgrees(id);
  }

  // --- Helpers -----------------------------------------------------------------------------------

  private Api.Response call(Door door, String user, String method, String path, String json) {
    if (door == Door.ENGINE_REST) {
      return api.send(user, method, "/engine-rest" + path, json);
    }
    return sessions
        .computeIfAbsent(user, u -> WebSession.signedIn(port, u))
        .callEngine(method, path, json);
  }

  private void assertAgrees(long id) {
    JsonNode drift = api.get("admin", "/api/admin/process-drift/" + id).json();
    assertThat(drift.get("problems")).as(drift.toString()).isEmpty();
  }

  private String progressTask(long id) {
    JsonNode tasks =
        api.get(
                "admin",
                "/engine-rest/task?processInstanceId="
                    + processInstance(id)
                    + "&taskDefinitionKey=UserTask_ReportProgress")
            .json();
    assertThat(tasks).hasSize(1);
    return tasks.get(0).get("id").asText();
  }

  private String taskAssignee(String task) {
    JsonNode assignee = api.get("admin", "/engine-rest/task/" + task).json().get("assignee");
    return assignee == null || assignee.isNull() ? null : assignee.asText();
  }

  private List<String> candidateGroups(String task) {
    return api.get("admin", "/engine-rest/task/" + task + "/identity-links?type=candidate")
        .json()
        .findValuesAsText("groupId");
  }

  private String processInstance(long id) {
    return jdbc.queryForObject(
        "select process_instance_id from commitment where id = ?", String.class, id);
  }

  private JsonNode processVariables(long id) {
    return api.get("admin", "/engine-rest/process-instance/" + processInstance(id) + "/variables")
        .json();
  }

  private List<JsonNode> progress(long id) {
    List<JsonNode> entries = new java.util.ArrayList<>();
    api.get("st", "/api/commitments/" + id).json().get("progress").forEach(entries::add);
    return entries;
  }

  private JsonNode history(long id, String type) {
    for (JsonNode entry : api.get("st", "/api/commitments/" + id).json().get("history")) {
      if (entry.get("type").asText().equals(type)) {
        return entry;
      }
    }
    throw new AssertionError("No " + type + " in the history of commitment " + id);
  }

  private String status(long id) {
    return api.get("st", "/api/commitments/" + id).json().get("status").asText();
  }

  private String folio(long id) {
    return api.get("st", "/api/commitments/" + id).json().get("folio").asText();
  }
}
