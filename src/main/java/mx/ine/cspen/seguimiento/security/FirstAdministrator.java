package mx.ine.cspen.seguimiento.security;

import java.util.Locale;
import java.util.Set;
import mx.ine.cspen.seguimiento.system.AppProperties;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Outside the demo profile, the first administrator comes from ADMIN_USER and ADMIN_PASSWORD. The
 * application refuses to start without them, or with a password anyone could guess; the
 * administrator then creates the other users in Camunda Admin.
 */
@Component
@Order(3)
@ConditionalOnProperty(
    name = "seguimiento.demo-users",
    havingValue = "false",
    matchIfMissing = true)
class FirstAdministrator implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

  static final int MIN_PASSWORD_LENGTH = 12;
  private static final Set<String> DEFAULT_PASSWORDS =
      Set.of(
          "admin",
          "administrator",
          "administrador",
          "demo",
          "camunda",
          "password",
          "contraseña",
          "changeme",
          "cambiame",
          "secret",
          "secreto",
          "123456789012",
          "seguimiento");

  private final IdentityService identity;
  private final AppProperties properties;

  FirstAdministrator(IdentityService identity, AppProperties properties) {
    this.identity = identity;
    this.properties = properties;
    // Checked while the application starts, before it accepts any request.
    check(properties.admin().user(), properties.admin().password());
  }

  @Override
  public void run(ApplicationArguments args) {
    String user = properties.admin().user();
    String password = properties.admin().password();
    if (identity.createUserQuery().userId(user).count() == 0) {
      User admin = identity.newUser(user);
      admin.setFirstName("Administración");
      admin.setLastName("del Sistema");
      admin.setPassword(password);
      try {
        identity.saveUser(admin);
      } catch (ProcessEngineException e) {
        throw new IllegalStateException(
            "ADMIN_PASSWORD does not meet the password policy (10 characters or more with upper"
                + " and lower case, a digit and a symbol): "
                + e.getMessage(),
            e);
      }
      log.info("Created the first administrator, {}", user);
    }
    if (identity.createUserQuery().userId(user).memberOfGroup(Groups.ADMINISTRATORS).count() == 0) {
      identity.createMembership(user, Groups.ADMINISTRATORS);
    }
  }

  static void check(String user, String password) {
    if (user == null || user.isBlank()) {
      throw new IllegalStateException(
          "ADMIN_USER is not set: outside the demo profile the first administrator comes from"
              + " ADMIN_USER and ADMIN_PASSWORD.");
    }
    if (password == null || password.isBlank()) {
      throw new IllegalStateException("ADMIN_PASSWORD is empty: refusing to start.");
    }
    String lower = password.toLowerCase(Locale.ROOT);
    if (DEFAULT_PASSWORDS.contains(lower)
        || lower.equals(user.toLowerCase(Locale.ROOT))
        || password.length() < MIN_PASSWORD_LENGTH) {
      throw new IllegalStateException(
          "ADMIN_PASSWORD is a default, equals the user name or is shorter than "
              + MIN_PASSWORD_LENGTH
              + " characters: refusing to start.");
    }
  }
}
