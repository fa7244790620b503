package mx.ine.cspen.seguimiento.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.management.GarbageCollectionNotificationInfo;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;
import javax.sql.DataSource;
import mx.ine.cspen.seguimiento.SeguimientoApplication;
import mx.ine.cspen.seguimiento.session.CommissionSession;
import org.camunda.bpm.engine.ManagementService;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The scale benchmark of issue 13 (see {@code docs/benchmark.md}): a real PostgreSQL, the
 * application on it, N commitments loaded through the domain's services, then the read paths timed
 * over HTTP as users call them, the exports and reports with their heap, and the write path beside
 * a raw Camunda engine running the same model on the same server, in the same run.
 *
 * <p>Not a test: {@code mvn -Pbenchmark verify} runs it (and no test). Settings, as system
 * properties: {@code bench.sizes} (1000,10000), {@code bench.repeat} (requests per figure, 40),
 * {@code bench.loadThreads} (4), {@code bench.years} (8), {@code bench.importedYears} (5: the
 * oldest years come in through the annex import, see {@link BenchmarkLoader}), {@code
 * bench.lifecycleSeconds} (10), {@code bench.rounds} (2: each write figure is measured this many
 * times, alternating with the raw engine), {@code bench.startup} (true: time the packaged jar's
 * start-up on H2 and PostgreSQL).
 */
public final class Benchmark {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String APP_DB = "bench_app";
  private static final String RAW_DB = "bench_raw";

  private final int repeat = Integer.getInteger("bench.repeat", 40);
  private final int loadThreads = Integer.getInteger("bench.loadThreads", 4);
  private final int lifecycleSeconds = Integer.getInteger("bench.lifecycleSeconds", 10);
  private final int rounds = Integer.getInteger("bench.rounds", 2);
  private final List<Long> sizes =
      Arrays.stream(System.getProperty("bench.sizes", "1000,10000").split(","))
          .map(String::strip)
          .map(Long::parseLong)
          .toList();
  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final StringBuilder report = new StringBuilder();
  private final Random random = new Random(13);

  private EmbeddedPostgres postgres;
  private ConfigurableApplicationContext app;
  private RawEngine raw;
  private BenchmarkLoader loader;
  private String base;

  public static void main(String[] args) throws Exception {
    Benchmark benchmark = new Benchmark();
    try {
      benchmark.run();
    } finally {
      benchmark.stop();
    }
    System.exit(0);
  }

  private void run() throws Exception {
    line(
        "# Benchmark, "
            + LocalDateTime.now().withNano(0)
            + ": "
            + Runtime.getRuntime().availableProcessors()
            + " cores, heap up to "
            + Runtime.getRuntime().maxMemory() / (1 << 20)
            + " MB, PostgreSQL "
            + "16 (embedded), sizes "
            + sizes);
    startPostgres();
    long started = System.nanoTime();
    startApplication();
    line("");
    line("Application started in-process in %.1f s.", seconds(started));
    raw = new RawEngine(postgres.getJdbcUrl("postgres", RAW_DB), "postgres", 20);
    loader =
        new BenchmarkLoader(
            app,
            Integer.getInteger("bench.years", 8),
            Integer.getInteger("bench.importedYears", 5));

    for (long size : sizes) {
      section(size);
    }
    if (Boolean.parseBoolean(System.getProperty("bench.startup", "true"))) {
      startup();
    }
    Path out = Path.of("target", "benchmark", "results.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, report);
    System.out.println("[bench] written to " + out.toAbsolutePath());
  }

  // --- One size ---------------------------------------------------------------------------------

  private void section(long size) throws Exception {
    long started = System.nanoTime();
    long added = loader.loadUpTo(size, loadThreads);
    double loading = seconds(started);
    long waited = System.nanoTime();
    waitForJobs();
    double jobs = seconds(waited);
    long vacuumed = System.nanoTime();
    sql(APP_DB, "vacuum analyze");
    long total = loader.count();
    line("");
    line("## %,d commitments", total);
    line("");
    line("Load average of the machine (other users included) before measuring: %s.", load());
    line("");
    line(
        "Loaded %,d commitments in %.0f s (%.0f a second, %d threads, %d failed batches); the"
            + " engine's due jobs (overdue escalations, notices) done %.0f s later; vacuum analyze"
            + " %.0f s.",
        added,
        loading,
        added / Math.max(loading, 0.001),
        loadThreads,
        loader.errors(),
        jobs,
        seconds(vacuumed));
    line("");
    line("| what | p50 ms | p95 ms | min ms | max ms | n | notes |");
    line("|---|---:|---:|---:|---:|---:|---|");

    timed("dashboard `/` as `st`", () -> page("st", "/"), "");
    timed("dashboard `/` as an area (`ascenso`)", () -> page("ascenso", "/"), "");
    timed(
        "dashboard, table page 10 ordered by area", () -> page("st", "/?orden=area&pagina=10"), "");
    timed("list API, first page (50)", () -> get("st", "/api/commitments?page=1&size=50"), "");
    long pages = Math.max(1, total / 50);
    timed(
        "list API, any page (50)",
        () -> get("st", "/api/commitments?page=" + (1 + random.nextInt((int) pages)) + "&size=50"),
        "random pages of " + pages);
    timed(
        "list API, an area's first page",
        () -> get("ascenso", "/api/commitments?page=1&size=50"),
        "");
    timed(
        "Tasklist's task query for an area",
        () -> get("ascenso", "/engine-rest/task?candidateGroup=area-ascenso&maxResults=15"),
        "HTTP Basic ascenso");
    String areaFilter = areaTasksFilter();
    for (String user : List.of("ascenso", "st")) {
      timed(
          "Tasklist's list of *Tareas de mi área* as `" + user + "`",
          () ->
              halList(
                  user, "/engine-rest/filter/" + areaFilter + "/list?firstResult=0&maxResults=15"),
          "15 tasks with their count and links, as Tasklist asks");
      timed(
          "Tasklist's count of *Tareas de mi área* as `" + user + "`",
          () -> get(user, "/engine-rest/filter/" + areaFilter + "/count"),
          "each filter's badge");
    }
    List<Long> ids = sampleIds(200);
    timed(
        "commitment page `/compromisos/{id}`",
        () -> page("st", "/compromisos/" + ids.get(random.nextInt(ids.size()))),
        "random commitments");

    exports(total);
    reports(total);
    lifecycles();
  }

  private void exports(long total) throws Exception {
    for (String format : List.of("csv", "xlsx")) {
      List<Double> times = new ArrayList<>();
      long peak = 0;
      long live = 0;
      long bytes = 0;
      int runs = total > 50_000 ? 2 : 3;
      for (int i = 0; i < runs; i++) {
        try (HeapWatch heap = new HeapWatch()) {
          long started = System.nanoTime();
          HttpResponse<InputStream> response =
              http.send(
                  request("st", "/api/commitments." + format).GET().build(),
                  HttpResponse.BodyHandlers.ofInputStream());
          long read = 0;
          try (InputStream in = response.body()) {
            byte[] buffer = new byte[1 << 16];
            for (int n; (n = in.read(buffer)) > 0; ) {
              read += n;
            }
          }
          times.add(seconds(started) * 1000);
          check(response.statusCode(), "/api/commitments." + format);
          bytes = read;
          peak = Math.max(peak, heap.peak());
          live = Math.max(live, heap.maxAfterGc());
        }
      }
      row(
          "export " + format.toUpperCase(Locale.ROOT) + " (everything, `st`)",
          times,
          String.format(
              "%.1f MB; heap peak %d MB, most live after a GC %d MB",
              bytes / 1e6, peak >> 20, live >> 20));
    }
  }

  private void reports(long total) throws Exception {
    LocalDate cutoff = cutoffFor(1_000);
    long items = itemsUpTo(cutoff);
    timed(
        "report preview, " + items + " items",
        () -> get("consejera", "/api/reports/preview?cutoff=" + cutoff),
        "cut-off " + cutoff);
    reportRequests(cutoff, items, 3);
    if (total >= 20_000) {
      LocalDate larger = cutoffFor(10_000);
      reportRequests(larger, itemsUpTo(larger), 1);
    }
  }

  private void reportRequests(LocalDate cutoff, long items, int runs) throws Exception {
    List<Double> times = new ArrayList<>();
    long peak = 0;
    long live = 0;
    for (int i = 0; i < runs; i++) {
      try (HeapWatch heap = new HeapWatch()) {
        long started = System.nanoTime();
        HttpResponse<String> response =
            http.send(
                request("st", "/api/reports")
                    .header("Content-Type", "application/json")
                    .POST(
                        HttpRequest.BodyPublishers.ofString(
                            "{\"sessionType\":\"ORDINARY\",\"sessionDate\":\""
                                + LocalDate.now()
                                + "\",\"agendaItem\":\"2\",\"cutoff\":\""
                                + cutoff
                                + "\"}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        times.add(seconds(started) * 1000);
        check(response.statusCode() == 201 ? 200 : response.statusCode(), response.body());
        peak = Math.max(peak, heap.peak());
        live = Math.max(live, heap.maxAfterGc());
      }
    }
    row(
        "`POST /api/reports`, " + items + " items (JSON, DOCX, PDF)",
        times,
        String.format("heap peak %d MB, most live after a GC %d MB", peak >> 20, live >> 20));
  }

  // --- The write path ---------------------------------------------------------------------------

  private void lifecycles() throws Exception {
    line("");
    line(
        "Write path: lifecycles a second (register → progress 50 %% → progress 100 %% with closure →"
            + " approval, through the HTTP API) beside the raw engine (start + 3 completions of"
            + " the same model), %d s each, alternating, %d rounds:",
        lifecycleSeconds, rounds);
    line("");
    line("| threads | application /s | raw engine /s | ratio | spread of the ratio |");
    line("|---:|---:|---:|---:|---|");
    CommissionSession session = loader.latestSession();
    AtomicLong sequence = new AtomicLong(System.currentTimeMillis());
    for (int threads : List.of(1, 4, 8)) {
      List<Double> appRates = new ArrayList<>();
      List<Double> rawRates = new ArrayList<>();
      List<Double> ratios = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        double a =
            throughput(
                threads,
                t -> () -> apiLifecycle(session.getId(), BenchmarkLoader.AREAS.get(t % 9)));
        double w =
            throughput(
                threads,
                t ->
                    () ->
                        raw.lifecycle(
                            sequence.incrementAndGet(),
                            "area-" + BenchmarkLoader.AREAS.get(t % 9)));
        appRates.add(a);
        rawRates.add(w);
        ratios.add(a / w);
      }
      line(
          "| %d | %.1f | %.1f | %.2f | %s |",
          threads,
          median(appRates),
          median(rawRates),
          median(ratios),
          ratios.stream().map(x -> String.format("%.2f", x)).toList());
    }
    // Statements and commits per lifecycle, one at a time, from the server's own counters.
    int n = 30;
    // Only these lifecycles' statements, for the table of the most frequent ones below.
    sql("postgres", "select pg_stat_statements_reset()");
    Counters appBefore = counters(APP_DB);
    for (int i = 0; i < n; i++) {
      apiLifecycle(session.getId(), "ascenso");
    }
    Counters appDelta = counters(APP_DB).minus(appBefore);
    List<String> frequent = frequentStatements(APP_DB, n);
    Counters rawBefore = counters(RAW_DB);
    for (int i = 0; i < n; i++) {
      raw.lifecycle(sequence.incrementAndGet(), "area-ascenso");
    }
    Counters rawDelta = counters(RAW_DB).minus(rawBefore);
    line("");
    line(
        "Per lifecycle (%d in a row, from pg_stat_statements and pg_stat_database): application"
            + " %.0f SQL statements and %.1f commits; raw engine %.0f statements and %.1f commits.",
        n,
        appDelta.statements / (double) n,
        appDelta.commits / (double) n,
        rawDelta.statements / (double) n,
        rawDelta.commits / (double) n);
    line("");
    line("The application's most frequent statements in those lifecycles:");
    line("");
    line("| per lifecycle | ms per lifecycle | statement (its start) |");
    line("|---:|---:|---|");
    frequent.forEach(this::line);
  }

  /** The fifteen statements run most often since the last reset, per lifecycle, as table rows. */
  private List<String> frequentStatements(String database, int lifecycles) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select calls, total_exec_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 90)"
                    + " from pg_stat_statements where dbid = (select oid from pg_database"
                    + " where datname = '"
                    + database
                    + "') order by calls desc, total_exec_time desc limit 15")) {
      while (rs.next()) {
        rows.add(
            String.format(
                Locale.ROOT,
                "| %.1f | %.2f | `%s` |",
                rs.getLong(1) / (double) lifecycles,
                rs.getDouble(2) / lifecycles,
                rs.getString(3).replace("|", "\\|").replace("`", "'")));
      }
    }
    return rows;
  }

  private double throughput(int threads, java.util.function.IntFunction<Runnable> work)
      throws Exception {
    long deadline = System.nanoTime() + lifecycleSeconds * 1_000_000_000L;
    AtomicLong done = new AtomicLong();
    AtomicLong failed = new AtomicLong();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long started = System.nanoTime();
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < threads; t++) {
      Runnable lifecycle = work.apply(t);
      futures.add(
          pool.submit(
              () -> {
                while (System.nanoTime() < deadline) {
                  try {
                    lifecycle.run();
                    done.incrementAndGet();
                  } catch (RuntimeException e) {
                    if (failed.incrementAndGet() <= 3) {
                      System.err.println("[bench] lifecycle failed: " + e.getMessage());
                    }
                  }
                }
              }));
    }
    for (Future<?> f : futures) {
      f.get();
    }
    pool.shutdown();
    return done.get() / seconds(started);
  }

  private void apiLifecycle(long sessionId, String area) {
    String created =
        post(
            "st",
            "/api/commitments",
            "{\"sessionId\":"
                + sessionId
                + ",\"kind\":\"AGREEMENT\",\"areaCode\":\""
                + area
                + "\",\"text\":\"La Comisión aprobó el programa de trabajo presentado.\"}");
    long id = json(created).get("id").asLong();
    post(
        area,
        "/api/commitments/" + id + "/progress",
        "{\"percent\":50,\"narrative\":\"Se integró el primer borrador.\"}");
    post(
        area,
        "/api/commitments/" + id + "/progress",
        "{\"percent\":100,\"requestClosure\":true,\"narrative\":\"La Junta aprobó el programa.\"}");
    post("st", "/api/commitments/" + id + "/verification", "{\"approved\":true}");
  }

  // --- Start-up of the packaged application ----------------------------------------------------

  private void startup() throws Exception {
    Path jar;
    try (var files = Files.list(Path.of("target"))) {
      jar =
          files
              .filter(p -> p.getFileName().toString().matches("seguimiento-compromisos-.*\\.jar"))
              .findFirst()
              .orElse(null);
    }
    line("");
    if (jar == null) {
      line("Start-up: no packaged jar in target/ (run `mvn -Pbenchmark verify`).");
      return;
    }
    List<String> packaged = List.of("-jar", jar.toString());
    List<String> asTheImage = asTheImageRunsIt(jar);
    line(
        "Start-up to a healthy `/actuator/health`, the packaged jar (`java -jar`) and as the image"
            + " runs it (unpacked, with a class-data archive made by a training start, Dockerfile);"
            + " load average %s:",
        load());
    line("");
    line("| database | `java -jar`, s | as the image, s | Spring's own figure, as the image |");
    line("|---|---:|---:|---|");
    Path h2Packaged = Files.createTempDirectory("bench-h2");
    Path h2Image = Files.createTempDirectory("bench-h2-image");
    for (int i = 0; i < 2; i++) {
      String label = "H2, " + (i == 0 ? "new" : "existing") + " database";
      startupRow(label, packaged, asTheImage, h2Packaged, h2Image, null, null);
    }
    sql("postgres", "create database bench_startup");
    sql("postgres", "create database bench_startup_image");
    String fresh = postgres.getJdbcUrl("postgres", "bench_startup");
    String freshImage = postgres.getJdbcUrl("postgres", "bench_startup_image");
    for (int i = 0; i < 2; i++) {
      String label = "PostgreSQL, " + (i == 0 ? "new" : "existing") + " database";
      startupRow(label, packaged, asTheImage, null, null, fresh, freshImage);
    }
    app.close(); // the loaded database, without the in-process application beside it
    app = null;
    String loaded = postgres.getJdbcUrl("postgres", APP_DB);
    startupRow(
        "PostgreSQL, the benchmark's " + sizes.get(sizes.size() - 1) + " commitments",
        packaged,
        asTheImage,
        null,
        null,
        loaded,
        loaded);
  }

  /**
   * The jar unpacked and its class-data archive, made as the Dockerfile makes them; the launch
   * arguments that start it so.
   */
  private List<String> asTheImageRunsIt(Path jar) throws Exception {
    Path unpacked = Files.createTempDirectory("bench-unpacked");
    Path app = unpacked.resolve("app.jar");
    Path archive = unpacked.resolve("app.jsa");
    runToEnd(
        List.of(
            "-Djarmode=tools",
            "-jar",
            jar.toString(),
            "extract",
            "--destination",
            unpacked.toString(),
            "--application-filename",
            "app.jar",
            "--force"));
    runToEnd(
        List.of(
            "-XX:ArchiveClassesAtExit=" + archive,
            "-Dspring.context.exit=onRefresh",
            "-jar",
            app.toString(),
            "--spring.profiles.active=demo",
            "--spring.datasource.url=jdbc:h2:mem:training",
            "--server.port=0"));
    return List.of("-XX:SharedArchiveFile=" + archive, "-jar", app.toString());
  }

  private static void runToEnd(List<String> arguments) throws Exception {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(arguments);
    Path log = Files.createTempFile("bench-prepare", ".log");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(10, TimeUnit.MINUTES) || process.exitValue() != 0) {
      process.destroyForcibly();
      throw new IllegalStateException(String.join(" ", command) + " failed, see " + log);
    }
  }

  /** One database, started both ways, one after the other. */
  private void startupRow(
      String label,
      List<String> packaged,
      List<String> asTheImage,
      Path h2Packaged,
      Path h2Image,
      String postgresPackaged,
      String postgresImage)
      throws Exception {
    Start plain = startupOnce(packaged, h2Packaged, postgresPackaged);
    Start image = startupOnce(asTheImage, h2Image, postgresImage);
    line("| %s | %.1f | %.1f | %s |", label, plain.seconds(), image.seconds(), image.spring());
  }

  /** How long a start took, and what Spring said of it. */
  private record Start(double seconds, String spring) {}

  private Start startupOnce(List<String> launch, Path h2, String postgresUrl) throws Exception {
    int port = 18_100 + random.nextInt(800);
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(launch);
    command.add("--server.port=" + port);
    command.add("--spring.profiles.active=" + (postgresUrl == null ? "demo" : "postgres,demo"));
    ProcessBuilder builder = new ProcessBuilder(command);
    Map<String, String> env = builder.environment();
    if (postgresUrl != null) {
      env.put("DB_URL", postgresUrl);
      env.put("DB_USER", "postgres");
      env.put("DB_PASSWORD", "");
    } else {
      env.put("DB_URL", "jdbc:h2:file:" + h2.resolve("seguimiento") + ";DB_CLOSE_ON_EXIT=FALSE");
    }
    Path log = Files.createTempFile("bench-startup", ".log");
    builder.redirectErrorStream(true).redirectOutput(log.toFile());
    long started = System.nanoTime();
    Process process = builder.start();
    try {
      boolean healthy = false;
      while (!healthy && seconds(started) < 240 && process.isAlive()) {
        try {
          HttpResponse<String> health =
              http.send(
                  HttpRequest.newBuilder(
                          URI.create("http://localhost:" + port + "/actuator/health"))
                      .timeout(Duration.ofSeconds(2))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
          healthy = health.statusCode() == 200;
        } catch (IOException e) {
          Thread.sleep(100);
        }
      }
      double took = seconds(started);
      String spring =
          Files.readAllLines(log).stream()
              .filter(l -> l.contains("Started SeguimientoApplication"))
              .map(
                  l ->
                      l.replaceAll(".*(Started SeguimientoApplication in [0-9.]+ seconds).*", "$1"))
              .findFirst()
              .orElse(healthy ? "" : "did not start, see " + log);
      return new Start(took, spring);
    } finally {
      process.destroy();
      process.waitFor();
    }
  }

  // --- Infrastructure ---------------------------------------------------------------------------

  private void startPostgres() throws Exception {
    postgres =
        EmbeddedPostgres.builder()
            // As a production server: commits wait for the disk.
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("shared_buffers", "512MB")
            .setServerConfig("max_connections", "300")
            .setServerConfig("shared_preload_libraries", "pg_stat_statements")
            .setServerConfig("pg_stat_statements.track_utility", "off")
            .start();
    sql("postgres", "create extension if not exists pg_stat_statements");
    sql("postgres", "create database " + APP_DB);
    sql("postgres", "create database " + RAW_DB);
  }

  private void startApplication() {
    app =
        new SpringApplicationBuilder(SeguimientoApplication.class, BenchmarkConfiguration.class)
            .profiles("postgres", "demo")
            // As arguments: they must win over application.yaml and the demo profile.
            .run(
                "--DB_URL=" + postgres.getJdbcUrl("postgres", APP_DB),
                "--DB_USER=postgres",
                "--DB_PASSWORD=",
                "--server.port=0",
                // As in production: templates parsed once (the demo profile turns that off).
                "--spring.thymeleaf.cache=true",
                "--logging.level.root=warn",
                "--logging.level.org.camunda=error");
    base = "http://localhost:" + app.getEnvironment().getProperty("local.server.port");
  }

  private void stop() {
    if (app != null) {
      app.close();
    }
    if (raw != null) {
      raw.close();
    }
    if (postgres != null) {
      try {
        postgres.close();
      } catch (IOException e) {
        System.err.println("[bench] " + e);
      }
    }
  }

  /** Waits until the job executor has no job due (overdue escalations right after a load). */
  private void waitForJobs() throws InterruptedException {
    ManagementService management = app.getBean(ManagementService.class);
    long deadline = System.nanoTime() + 30 * 60 * 1_000_000_000L;
    while (System.nanoTime() < deadline
        && management.createJobQuery().executable().noRetriesLeft().count()
                + management.createJobQuery().executable().withRetriesLeft().count()
            > 0) {
      Thread.sleep(1_000);
    }
  }

  private LocalDate cutoffFor(long wanted) {
    LocalDate date = null;
    long count = 0;
    for (Map<String, Object> row :
        app.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
            .queryForList(
                "select s.session_date, count(*) as n from commitment c join commission_session s"
                    + " on s.id = c.session_id group by s.session_date order by s.session_date")) {
      date = ((java.sql.Date) row.get("session_date")).toLocalDate();
      count += ((Number) row.get("n")).longValue();
      if (count >= wanted) {
        break;
      }
    }
    return date;
  }

  private long itemsUpTo(LocalDate cutoff) {
    Long n =
        app.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
            .queryForObject(
                "select count(*) from commitment c join commission_session s on s.id ="
                    + " c.session_id where s.session_date <= ?",
                Long.class,
                cutoff);
    return n == null ? 0 : n;
  }

  private List<Long> sampleIds(int n) {
    return app.getBean(org.springframework.jdbc.core.JdbcTemplate.class)
        .queryForList("select id from commitment order by id % 997, id limit " + n, Long.class);
  }

  private record Counters(long statements, long commits) {
    Counters minus(Counters other) {
      return new Counters(statements - other.statements, commits - other.commits);
    }
  }

  private Counters counters(String database) throws Exception {
    // pg_stat_database takes up to the backends' idle flush (10 s) to count their commits.
    Thread.sleep(11_000);
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      long statements;
      try (ResultSet rs =
          s.executeQuery(
              "select coalesce(sum(calls), 0) from pg_stat_statements where dbid = (select oid"
                  + " from pg_database where datname = '"
                  + database
                  + "')")) {
        rs.next();
        statements = rs.getLong(1);
      }
      try (ResultSet rs =
          s.executeQuery(
              "select xact_commit from pg_stat_database where datname = '" + database + "'")) {
        rs.next();
        return new Counters(statements, rs.getLong(1));
      }
    }
  }

  private void sql(String database, String statement) throws SQLException {
    DataSource ds = postgres.getDatabase("postgres", database);
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute(statement);
    }
  }

  // --- HTTP and figures -------------------------------------------------------------------------

  private void timed(String what, Supplier<Integer> call, String notes) {
    for (int i = 0; i < 3; i++) {
      call.get();
    }
    List<Double> times = new ArrayList<>();
    for (int i = 0; i < repeat; i++) {
      long started = System.nanoTime();
      int status = call.get();
      times.add(seconds(started) * 1000);
      check(status, what);
    }
    row(what, times, notes);
  }

  private void row(String what, List<Double> times, String notes) {
    List<Double> sorted = times.stream().sorted().toList();
    line(
        "| %s | %.0f | %.0f | %.0f | %.0f | %d | %s |",
        what,
        percentile(sorted, 50),
        percentile(sorted, 95),
        sorted.get(0),
        sorted.get(sorted.size() - 1),
        sorted.size(),
        notes);
  }

  private int page(String user, String path) {
    return send(request(user, path).header("Accept", "text/html").GET().build()).statusCode();
  }

  private int get(String user, String path) {
    return send(request(user, path).header("Accept", "application/json").GET().build())
        .statusCode();
  }

  /** Tasklist's list request: HAL, so the engine also counts the filter's tasks. */
  private int halList(String user, String path) {
    return send(request(user, path)
            .header("Accept", "application/hal+json")
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString("{}", StandardCharsets.UTF_8))
            .build())
        .statusCode();
  }

  private String areaTasksFilter() {
    HttpResponse<String> filters =
        send(request("st", "/engine-rest/filter?name=Tareas%20de%20mi%20%C3%A1rea").GET().build());
    check(filters.statusCode(), "the Tasklist filters");
    return json(filters.body()).get(0).get("id").asText();
  }

  private String post(String user, String path, String body) {
    HttpResponse<String> response =
        send(
            request(user, path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build());
    if (response.statusCode() >= 300) {
      throw new IllegalStateException(path + " → " + response.statusCode() + " " + response.body());
    }
    return response.body();
  }

  private HttpRequest.Builder request(String user, String path) {
    String basic =
        Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
    return HttpRequest.newBuilder(URI.create(base + path))
        .timeout(Duration.ofMinutes(5))
        .header("Authorization", "Basic " + basic);
  }

  private HttpResponse<String> send(HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void check(int status, String what) {
    if (status != 200) {
      throw new IllegalStateException(what + " answered " + status);
    }
  }

  private static JsonNode json(String body) {
    try {
      return JSON.readTree(body);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The machine's load average over 1, 5 and 15 minutes: how noisy the figures are. */
  private static String load() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + ", " + parts[1] + ", " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static double percentile(List<Double> sorted, int p) {
    int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
  }

  private static double median(List<Double> values) {
    return percentile(values.stream().sorted().toList(), 50);
  }

  private static double seconds(long startedNanos) {
    return (System.nanoTime() - startedNanos) / 1e9;
  }

  private void line(String format, Object... args) {
    String text = args.length == 0 ? format : String.format(Locale.ROOT, format, args);
    System.out.println(text);
    report.append(text).append('\n');
  }

  /**
   * The heap while a request runs: the peak of each heap pool (an upper bound, garbage included)
   * and the most still in use right after a collection (what the request kept alive).
   */
  private static final class HeapWatch implements AutoCloseable {
    private final List<MemoryPoolMXBean> pools =
        ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(p -> p.getType() == MemoryType.HEAP)
            .toList();
    private final java.util.Set<String> heapPools =
        pools.stream().map(MemoryPoolMXBean::getName).collect(java.util.stream.Collectors.toSet());
    private final AtomicLong afterGc = new AtomicLong();
    private final NotificationListener listener =
        (notification, handback) -> {
          if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(
              notification.getType())) {
            var info =
                GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
            long used =
                info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                    .filter(e -> heapPools.contains(e.getKey()))
                    .mapToLong(e -> e.getValue().getUsed())
                    .sum();
            afterGc.accumulateAndGet(used, Math::max);
          }
        };

    HeapWatch() {
      System.gc();
      pools.forEach(MemoryPoolMXBean::resetPeakUsage);
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        ((NotificationEmitter) gc).addNotificationListener(listener, null, null);
      }
    }

    long peak() {
      return pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    }

    long maxAfterGc() {
      return afterGc.get();
    }

    @Override
    public void close() {
      for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
        try {
          ((NotificationEmitter) gc).removeNotificationListener(listener);
        } catch (javax.management.ListenerNotFoundException e) {
          // not registered on this collector
        }
      }
    }
  }
}
