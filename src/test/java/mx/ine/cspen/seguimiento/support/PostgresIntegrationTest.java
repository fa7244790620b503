package mx.ine.cspen.seguimiento.support;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The application as deployed (profile {@code postgres}, configured by the same DB_URL, DB_USER and
 * DB_PASSWORD as docker-compose.yml) on a real PostgreSQL, with the demo users. The test classes
 * share one database; each registers its own sessions.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"postgres", "demo"})
// Closed after each class, while PostgreSQL still runs: the server's own shutdown hook would
// otherwise stop it under a running application.
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public abstract class PostgresIntegrationTest {

  private static final AtomicInteger SESSIONS = new AtomicInteger();
  private static final String DATABASE_URL = EmbeddedPostgresServer.newDatabase("seguimiento_it");

  @DynamicPropertySource
  static void database(DynamicPropertyRegistry properties) {
    properties.add("DB_URL", () -> DATABASE_URL);
    properties.add("DB_USER", EmbeddedPostgresServer::user);
    properties.add("DB_PASSWORD", () -> "");
  }

  @LocalServerPort protected int port;
  @Autowired protected JdbcTemplate jdbc;
  protected Api api;

  @BeforeEach
  void api() {
    api = new Api(port);
  }

  /**
   * Makes the calls at the same moment, each on a thread of its own (a shared pool smaller than the
   * number of calls would never let them all go), and answers what each returned, in order.
   */
  protected static <T> List<T> atOnce(List<Supplier<T>> calls) {
    CyclicBarrier together = new CyclicBarrier(calls.size());
    ExecutorService threads = Executors.newFixedThreadPool(calls.size());
    try {
      List<CompletableFuture<T>> running =
          calls.stream()
              .map(
                  call ->
                      CompletableFuture.supplyAsync(
                          () -> {
                            try {
                              together.await();
                            } catch (Exception e) {
                              throw new IllegalStateException(e);
                            }
                            return call.get();
                          },
                          threads))
              .toList();
      return running.stream().map(CompletableFuture::join).toList();
    } finally {
      threads.shutdownNow();
    }
  }

  /**
   * Registers a new extraordinary session as the Secretaría Técnica; each call gets its own number
   * and year, so tests never collide on "type + number + year".
   */
  protected long newSession() {
    int n = SESSIONS.incrementAndGet();
    int number = (n - 1) % 99 + 1;
    int year = 1990 + (n - 1) / 99;
    Api.Response response =
        api.post(
            "st",
            "/api/sessions",
            "{\"type\":\"EXTRAORDINARY\",\"number\":"
                + number
                + ",\"date\":\""
                + LocalDate.of(year, 5, 20)
                + "\"}");
    if (response.status() != 201) {
      throw new IllegalStateException("Could not register a session: " + response);
    }
    return response.id();
  }

  /** Registers a commitment of a new session, assigned to {@code areaCode} (or to none). */
  protected long newCommitment(String areaCode) {
    long session = newSession();
    String area = areaCode == null ? "" : ",\"areaCode\":\"" + areaCode + "\"";
    Api.Response response =
        api.post(
            "st",
            "/api/commitments",
            "{\"sessionId\":"
                + session
                + ",\"kind\":\"AGREEMENT\",\"text\":\"La Comisión aprobó el proyecto.\""
                + area
                + "}");
    if (response.status() != 201) {
      throw new IllegalStateException("Could not register a commitment: " + response);
    }
    return response.id();
  }
}
