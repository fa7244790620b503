package mx.ine.cspen.seguimiento.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.DatabaseSnapshot;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

/** Who may read and change what, through the API, the engine's REST API and the webapps' API. */
class CommitmentAccessIT extends PostgresIntegrationTest {

  @Test
  void areaCannotListReadOrReportOnAnotherAreasCommitment() {
    long ours = newCommitment("ascenso");
    long theirs = newCommitment("juridica");

    List<String> listed = api.get("ascenso", "/api/commitments").json().findValuesAsText("id");
    Api.Response read = api.get("ascenso", "/api/commitments/" + theirs);
    Api.Response filtered = api.get("ascenso", "/api/commitments?areaCode=juridica");
    Map<String, ?> before = DatabaseSnapshot.of(jdbc);
    Api.Response reported =
        api.post(
            "ascenso",
            "/api/commitments/" + theirs + "/progress",
            "{\"percent\":10,\"narrative\":\"Avance ajeno\"}");

    assertThat(listed).contains(String.valueOf(ours)).doesNotContain(String.valueOf(theirs));
    assertThat(read.status()).isEqualTo(403);
    assertThat(read.json().get("detail").asText()).contains("otra área");
    assertThat(filtered.json()).isEmpty();
    assertThat(reported.status()).isEqualTo(403);
    assertThat(reported.contentType()).startsWith("application/problem+json");
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
  }

  @Test
  void areaCannotRegisterAssignVerifyOrCancel() {
    long id = newCommitment("ascenso");
    api.post(
        "ascenso",
        "/api/commitments/" + id + "/progress",
        "{\"percent\":100,\"narrative\":\"Cumplido\",\"requestClosure\":true}");
    long session = newSession();
    Map<String, ?> before = DatabaseSnapshot.of(jdbc);

    List<Api.Response> attempts =
        List.of(
            api.post(
                "ascenso",
                "/api/sessions",
                "{\"type\":\"ORDINARY\",\"number\":5,\"date\":\"2024-01-10\"}"),
            api.post(
                "ascenso",
                "/api/commitments",
                "{\"sessionId\":"
                    + session
                    + ",\"kind\":\"COMMITMENT\",\"text\":\"Propio\",\"areaCode\":\"ascenso\"}"),
            api.post(
                "ascenso", "/api/commitments/" + id + "/assignment", "{\"areaCode\":\"juridica\"}"),
            api.post("ascenso", "/api/commitments/" + id + "/verification", "{\"approved\":true}"),
            api.post(
                "ascenso",
                "/api/commitments/" + id + "/cancellation",
                "{\"reason\":\"Ya no aplica\"}"));

    assertThat(attempts)
        .allSatisfy(
            response -> {
              assertThat(response.status()).as(response.toString()).isEqualTo(403);
              assertThat(response.json().get("detail").asText())
                  .startsWith("Solo la Secretaría Técnica");
            });
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    assertThat(api.get("st", "/api/commitments/" + id).json().get("status").asText())
        .isEqualTo("UNDER_VERIFICATION");
  }

  @Test
  void commissionReadsEverythingAndChangesNothing() {
    long id = newCommitment("formacion");
    long session = newSession();
    Map<String, ?> before = DatabaseSnapshot.of(jdbc);

    List<Api.Response> attempts =
        List.of(
            api.post(
                "consejera",
                "/api/sessions",
                "{\"type\":\"ORDINARY\",\"number\":7,\"date\":\"2024-01-10\"}"),
            api.post(
                "consejera",
                "/api/commitments",
                "{\"sessionId\":" + session + ",\"kind\":\"COMMITMENT\",\"text\":\"Nuevo\"}"),
            api.post(
                "consejera",
                "/api/commitments/" + id + "/assignment",
                "{\"areaCode\":\"juridica\"}"),
            api.post(
                "consejera",
                "/api/commitments/" + id + "/progress",
                "{\"percent\":10,\"narrative\":\"x\"}"),
            api.post(
                "consejera", "/api/commitments/" + id + "/verification", "{\"approved\":true}"),
            api.post("consejera", "/api/commitments/" + id + "/cancellation", "{\"reason\":\"x\"}"),
            api.post("consejera", "/engine-rest/process-definition/key/commitment/start", "{}"),
            api.post(
                "consejera",
                "/engine-rest/message",
                "{\"messageName\":\"Message_CommitmentCancelled\",\"all\":true}"));

    assertThat(attempts)
        .allSatisfy(
            response -> assertThat(response.status()).as(response.toString()).isEqualTo(403));
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);
    assertThat(api.get("consejera", "/api/commitments").json().findValuesAsText("id"))
        .contains(String.valueOf(id));
    assertThat(api.get("consejera", "/api/commitments/" + id).status()).isEqualTo(200);
    assertThat(
            api.get(
                    "consejera",
                    "/engine-rest/process-instance?businessKey="
                        + api.get("consejera", "/api/commitments/" + id)
                            .json()
                            .get("folio")
                            .asText())
                .json())
        .hasSize(1);
  }

  @Test
  void anonymousRequestsAreRefusedWith401Everywhere() {
    List<String> paths =
        List.of(
            "/api/areas",
            "/api/sessions",
            "/api/commitments",
            "/api/commitments/1",
            "/engine-rest/task",
            "/engine-rest/process-definition",
            "/camunda/api/engine/engine/default/task",
            "/camunda/api/cockpit/plugin/base/default/process-definition/statistics",
            "/camunda/api/admin/auth/user/default");

    for (String path : paths) {
      Api.Response response = api.anonymous("GET", path);
      assertThat(response.status()).as(path).isEqualTo(401);
    }
    assertThat(api.anonymous("POST", "/api/sessions").status()).isEqualTo(401);
    assertThat(api.anonymous("GET", "/api/commitments").json().get("detail").asText())
        .contains("Inicie sesión");
  }

  @Test
  void areaSeesAndWorksOnlyItsOwnTasksInTheEngine() {
    long ours = newCommitment("desempeno");
    long theirs = newCommitment("ingreso");
    String ourFolio = api.get("st", "/api/commitments/" + ours).json().get("folio").asText();
    String theirFolio = api.get("st", "/api/commitments/" + theirs).json().get("folio").asText();

    Api.Response tasks = api.get("desempeno", "/engine-rest/task?processDefinitionKey=commitment");
    List<String> instances = tasks.json().findValuesAsText("processInstanceId");
    String theirTask =
        api.get("ingreso", "/engine-rest/task?processInstanceBusinessKey=" + theirFolio)
            .json()
            .get(0)
            .get("id")
            .asText();
    Api.Response claimOthers =
        api.post(
            "desempeno", "/engine-rest/task/" + theirTask + "/claim", "{\"userId\":\"desempeno\"}");
    Api.Response completeOthers =
        api.post("desempeno", "/engine-rest/task/" + theirTask + "/complete", "{}");

    assertThat(instances)
        .contains(processInstance(ourFolio))
        .doesNotContain(processInstance(theirFolio));
    assertThat(claimOthers.status()).isEqualTo(403);
    assertThat(completeOthers.status()).isEqualTo(403);
  }

  @Test
  void tasklistCountsEachPersonTheTasksOfferedToThemCheckedTaskByTask() {
    newCommitment("desempeno");
    newCommitment("desempeno");
    newCommitment("ingreso");
    String filter = api.filterId("Tareas de mi área");

    for (String user : List.of("desempeno", "ingreso", "st")) {
      String group = user.equals("st") ? "secretaria-tecnica" : "area-" + user;
      long offered =
          jdbc.queryForObject(
              "select count(distinct task_id_) from act_ru_identitylink"
                  + " where type_ = 'candidate' and group_id_ = ?",
              Long.class,
              group);
      assertThat(
              api.get(user, "/engine-rest/filter/" + filter + "/count")
                  .json()
                  .get("count")
                  .asLong())
          .as("Tasklist's count for %s", user)
          .isEqualTo(offered);
    }
    assertThat(
            jdbc.queryForList(
                "select group_id_ from act_ru_authorization where type_ = 2"
                    + " and resource_type_ = 7 and resource_id_ = 'ninguna-tarea'",
                String.class))
        .as("the groups offered tasks are checked task by task")
        .containsAll(
            jdbc.queryForList(
                "select secretariat_group from commission"
                    + " union select 'area-' || code from area",
                String.class));
    assertThat(
            jdbc.queryForObject(
                "select count(*) from act_ru_authorization where type_ = 2", Long.class))
        .as("no revocation but those, which take nothing away")
        .isEqualTo(
            jdbc.queryForObject(
                "select count(*) from act_ru_authorization where type_ = 2"
                    + " and resource_id_ = 'ninguna-tarea'",
                Long.class));
  }

  private String processInstance(String folio) {
    return api.get("st", "/engine-rest/process-instance?businessKey=" + folio)
        .json()
        .get(0)
        .get("id")
        .asText();
  }
}
