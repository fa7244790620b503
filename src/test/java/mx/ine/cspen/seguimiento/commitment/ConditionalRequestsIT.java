package mx.ine.cspen.seguimiento.commitment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.DatabaseSnapshot;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * Changes made on the state the caller saw (RFC 9110 conditional requests), exactly once, and races
 * that end in a clear answer, never a server error: a double submission records one progress
 * report, and a report racing a cancellation leaves the commitment and its process in agreement.
 */
class ConditionalRequestsIT extends PostgresIntegrationTest {

  private static final String REPORT = "{\"percent\":40,\"narrative\":\"Se envió el oficio.\"}";

  @Test
  void aCommitmentCarriesItsVersionAndAStaleChangeIsRefusedWithoutChangingAnything() {
    long id = newCommitment("juridica");
    Api.Binary first = api.head("juridica", "/api/commitments/" + id, "application/json");
    String etag = first.header("ETag");
    assertThat(etag).matches("\"\\d+\"");

    Api.Response reported = api.send("juridica", "POST", path(id), REPORT, etag);
    assertThat(reported.status()).as(reported.toString()).isEqualTo(200);
    String after =
        api.head("juridica", "/api/commitments/" + id, "application/json").header("ETag");
    assertThat(after).isNotEqualTo(etag);

    Map<String, ?> before = DatabaseSnapshot.of(jdbc);
    Api.Response stale = api.send("juridica", "POST", path(id), REPORT, etag);
    assertThat(stale.status()).isEqualTo(412);
    assertThat(stale.json().get("detail").asText()).contains("cambió desde que lo consultó");
    assertThat(DatabaseSnapshot.of(jdbc)).isEqualTo(before);

    Api.Response cancelledStale =
        api.send(
            "st",
            "POST",
            "/api/commitments/" + id + "/cancellation",
            "{\"reason\":\"Sin materia.\"}",
            etag);
    assertThat(cancelledStale.status()).isEqualTo(412);
    assertThat(
            api.send(
                    "st",
                    "POST",
                    "/api/commitments/" + id + "/cancellation",
                    "{\"reason\":\"Sin materia.\"}",
                    after)
                .status())
        .isEqualTo(200);
  }

  @Test
  void theSameReportSentTwiceAtOnceWithItsIfMatchIsRecordedOnce() throws Exception {
    int pairs = 300;
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      ids.add(newCommitment("juridica"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<int[]>> answers = new ArrayList<>();
      for (long id : ids) {
        String etag =
            api.head("juridica", "/api/commitments/" + id, "application/json").header("ETag");
        Callable<Integer> submit =
            () -> api.send("juridica", "POST", path(id), REPORT, etag).status();
        Future<Integer> one = pool.submit(submit);
        Future<Integer> other = pool.submit(submit);
        answers.add(pool.submit(() -> new int[] {one.get(), other.get()}));
      }
      for (int i = 0; i < pairs; i++) {
        int[] statuses = answers.get(i).get();
        long id = ids.get(i);
        assertThat(statuses).as("commitment %d", id).containsExactlyInAnyOrder(200, 412);
        assertThat(api.get("juridica", "/api/commitments/" + id).json().get("progress"))
            .as("commitment %d", id)
            .hasSize(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void aReportRacingACancellationEndsInAgreementAndNeverInAServerError() throws Exception {
    int pairs = 100;
    List<Long> ids = new ArrayList<>();
    for (int i = 0; i < pairs; i++) {
      ids.add(newCommitment("juridica"));
    }
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Integer>> reports = new ArrayList<>();
      List<Future<Integer>> cancellations = new ArrayList<>();
      for (long id : ids) {
        reports.add(pool.submit(() -> api.post("juridica", path(id), REPORT).status()));
        cancellations.add(
            pool.submit(
                () ->
                    api.post(
                            "st",
                            "/api/commitments/" + id + "/cancellation",
                            "{\"reason\":\"La Comisión lo dejó sin efecto.\"}")
                        .status()));
      }
      for (int i = 0; i < pairs; i++) {
        long id = ids.get(i);
        int report = reports.get(i).get();
        int cancellation = cancellations.get(i).get();
        assertThat(report).as("report on %d", id).isIn(200, 409);
        assertThat(cancellation).as("cancellation of %d", id).isEqualTo(200);
        var commitment = api.get("st", "/api/commitments/" + id).json();
        assertThat(commitment.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(commitment.get("progress")).hasSize(report == 200 ? 1 : 0);
        assertThat(api.get("admin", "/api/admin/process-drift/" + id).json().get("problems"))
            .as("commitment %d and its process", id)
            .isEmpty();
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static String path(long id) {
    return "/api/commitments/" + id + "/progress";
  }
}
