package mx.ine.cspen.seguimiento.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import mx.ine.cspen.seguimiento.support.Api;
import mx.ine.cspen.seguimiento.support.PostgresIntegrationTest;
import org.junit.jupiter.api.Test;

/**
 * API clients send their password with every request, and a password verified a moment ago is not
 * checked again; but what an administrator changes in the engine takes effect on the next request:
 * a new password, a removed membership.
 */
class VerifiedCredentialsIT extends PostgresIntegrationTest {

  private static final AtomicInteger PEOPLE = new AtomicInteger();

  @Test
  void aChangedPasswordTakesEffectAtOnceThoughTheOldOneWasJustVerified() {
    String person = newPerson("primera");
    Api withFirst = new Api(api, person, "primera");
    assertThat(withFirst.get("/api/areas").status()).isEqualTo(200);
    assertThat(withFirst.get("/api/areas").status()).isEqualTo(200);

    Api.Response changed =
        api.send(
            "admin",
            "PUT",
            "/engine-rest/user/" + person + "/credentials",
            "{\"password\":\"segunda\",\"authenticatedUserPassword\":\"admin\"}");
    assertThat(changed.status()).as(changed.toString()).isEqualTo(204);

    assertThat(withFirst.get("/api/areas").status()).isEqualTo(401);
    assertThat(new Api(api, person, "segunda").get("/api/areas").status()).isEqualTo(200);
  }

  @Test
  void aRemovedMembershipTakesEffectAtOnce() {
    long commitment = newCommitment("ascenso");
    String person = newPerson("clave");
    assertThat(
            api.send("admin", "PUT", "/engine-rest/group/area-ascenso/members/" + person, null)
                .status())
        .isEqualTo(204);
    Api asPerson = new Api(api, person, "clave");
    assertThat(asPerson.get("/api/commitments/" + commitment).status()).isEqualTo(200);

    assertThat(
            api.send("admin", "DELETE", "/engine-rest/group/area-ascenso/members/" + person, null)
                .status())
        .isEqualTo(204);

    assertThat(asPerson.get("/api/commitments/" + commitment).status()).isIn(403, 404);
  }

  @Test
  void aWrongPasswordIsRefusedRightAfterTheRightOne() {
    String person = newPerson("correcta");
    assertThat(new Api(api, person, "correcta").get("/api/areas").status()).isEqualTo(200);

    assertThat(new Api(api, person, "incorrecta").get("/api/areas").status()).isEqualTo(401);
    assertThat(new Api(api, person, "").get("/api/areas").status()).isEqualTo(401);
    assertThat(new Api(api, person, "correcta").get("/api/areas").status()).isEqualTo(200);
  }

  /** A person of their own, created by an administrator through the engine's REST API. */
  private String newPerson(String password) {
    String id = "credenciales" + PEOPLE.incrementAndGet() + "x" + System.nanoTime() % 100_000;
    Api.Response created =
        api.send(
            "admin",
            "POST",
            "/engine-rest/user/create",
            "{\"profile\":{\"id\":\""
                + id
                + "\",\"firstName\":\"Persona\",\"lastName\":\"De prueba\"},"
                + "\"credentials\":{\"password\":\""
                + password
                + "\"}}");
    assertThat(created.status()).as(created.toString()).isEqualTo(204);
    return id;
  }
}
