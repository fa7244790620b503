package mx.ine.cspen.seguimiento.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.function.Supplier;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;

/** Two people of the same area complete the same task at the same moment. */
class ConcurrentCompletionIT extends PostgresIntegrationTest {

  @Autowired IdentityService identity;

  @BeforeEach
  void secondPersonInTheArea() {
    if (identity.createUserQuery().userId("ocupaciones2").count() == 0) {
      User user = identity.newUser("ocupaciones2");
      user.setFirstName("Segunda persona");
      user.setLastName("de Ocupaciones");
      user.setPassword("ocupaciones2");
      identity.saveUser(user);
      identity.createMembership("ocupaciones2", "area-ocupaciones");
    }
  }

  @RepeatedTest(3)
  void onlyOneOfTwoSimultaneousClosureRequestsIsRecorded() throws Exception {
    long id = newCommitment("ocupaciones");
    List<Api.Response> answers =
        atOnce(
            List.of("ocupaciones", "ocupaciones2").stream()
                .<Supplier<Api.Response>>map(
                    user ->
                        () ->
                            api.post(
                                user,
                                "/api/commitments/" + id + "/progress",
                                "{\"percent\":100,\"narrative\":\"Cumplido según "
                                    + user
                                    + ".\",\"requestClosure\":true}"))
                .toList());
    List<Integer> statuses = answers.stream().map(Api.Response::status).toList();

    assertThat(statuses).containsExactlyInAnyOrder(200, 409);
    Api.Response refused =
        answers.stream().filter(r -> r.status() == 409).findFirst().orElseThrow();
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.json().get("detail").asText()).isNotBlank();
    assertThat(
            jdbc.queryForObject(
                "select count(*) from progress_report where commitment_id = ?", Integer.class, id))
        .isEqualTo(1);
    assertThat(
            jdbc.queryForObject(
                "select count(*) from act_ru_task t join commitment c on c.process_instance_id = t.proc_inst_id_"
                    + " where c.id = ? and t.task_def_key_ = ?",
                Integer.class,
                id,
                CommitmentProcess.Elements.USER_TASK_VERIFY_FULFILMENT))
        .isEqualTo(1);
  }
}
