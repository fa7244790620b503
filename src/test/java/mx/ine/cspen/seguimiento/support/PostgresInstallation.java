package mx.ine.cspen.seguimiento.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the machine's own installation, with the pg_dump and pg_restore of the
 * same version, in a private cluster under a temporary folder (the embedded server's bundle has no
 * client tools, and pg_dump refuses a server newer than itself). The installation is the folder in
 * PG_BIN, or the newest Debian one (/usr/lib/postgresql/N/bin). As root, the server runs as the
 * postgres user, as PostgreSQL requires.
 */
public final class PostgresInstallation implements AutoCloseable {

  static final List<String> PROGRAMS =
      List.of("initdb", "pg_ctl", "postgres", "pg_dump", "pg_restore");

  private final Path bin;
  private final Path folder;
  private final Path data;
  private final int port;

  private PostgresInstallation(Path bin, Path folder, int port) {
    this.bin = bin;
    this.folder = folder;
    this.data = folder.resolve("data");
    this.port = port;
  }

  /** The folder holding a server and its pg_dump and pg_restore, if this machine has one. */
  public static Optional<Path> find() {
    String configured = System.getenv("PG_BIN");
    if (configured != null && !configured.isBlank()) {
      return Optional.of(Path.of(configured)).filter(PostgresInstallation::complete);
    }
    Path debian = Path.of("/usr/lib/postgresql");
    if (!Files.isDirectory(debian)) {
      return Optional.empty();
    }
    try (Stream<Path> versions = Files.list(debian)) {
      return versions
          .filter(v -> v.getFileName().toString().matches("\\d+"))
          .sorted(
              Comparator.comparingInt((Path v) -> Integer.parseInt(v.getFileName().toString()))
                  .reversed())
          .map(v -> v.resolve("bin"))
          .filter(PostgresInstallation::complete)
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static boolean complete(Path bin) {
    return PROGRAMS.stream().allMatch(program -> Files.isExecutable(bin.resolve(program)));
  }

  /** Starts a new cluster on a free port of the loopback interface. */
  public static PostgresInstallation start() {
    Path bin = find().orElseThrow(() -> new IllegalStateException("No PostgreSQL installation"));
    try {
      Path folder = Files.createTempDirectory("seguimiento-pg");
      PostgresInstallation server = new PostgresInstallation(bin, folder, freePort());
      if (isRoot()) {
        run(List.of("chown", "-R", "postgres", folder.toString()));
      }
      server.tool(
          "initdb",
          "-D",
          server.data.toString(),
          "-U",
          "postgres",
          "-A",
          "trust",
          "-E",
          "UTF8",
          "--locale=C",
          "--no-sync");
      server.tool(
          "pg_ctl",
          "-D",
          server.data.toString(),
          "-w",
          "-l",
          folder.resolve("server.log").toString(),
          "-o",
          "-p " + server.port + " -c listen_addresses=127.0.0.1 -c unix_socket_directories=",
          "start");
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://127.0.0.1:" + port + "/" + database + "?user=postgres";
  }

  public String user() {
    return "postgres";
  }

  public void createDatabase(String name) {
    try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"));
        Statement statement = connection.createStatement()) {
      statement.execute("create database " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not create database " + name, e);
    }
  }

  /** A file in a folder the server's user may write (pg_dump runs as that user). */
  public Path file(String name) {
    return folder.resolve(name);
  }

  /** Runs pg_dump, pg_restore or another program of the installation, against this server. */
  public void tool(String program, String... arguments) {
    List<String> command = new ArrayList<>();
    if (isRoot()) {
      command.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    command.add(bin.resolve(program).toString());
    command.addAll(List.of(arguments));
    run(command);
  }

  /** The arguments that address this server, for pg_dump and pg_restore. */
  public String[] connection(String... more) {
    List<String> arguments =
        new ArrayList<>(List.of("--host=127.0.0.1", "--port=" + port, "--username=postgres"));
    arguments.addAll(List.of(more));
    return arguments.toArray(String[]::new);
  }

  @Override
  public void close() {
    tool("pg_ctl", "-D", data.toString(), "-w", "-m", "fast", "stop");
    run(List.of("rm", "-rf", folder.toString()));
  }

  private static void run(List<String> command) {
    try {
      Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
      String output = new String(process.getInputStream().readAllBytes());
      if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
