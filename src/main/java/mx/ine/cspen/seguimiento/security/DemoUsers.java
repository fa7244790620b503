package mx.ine.cspen.seguimiento.security;

import java.util.LinkedHashMap;
import java.util.Map;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.area.AreaRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The demo profile's users; each one's password is its user name. Never present outside the demo
 * profile (see {@link FirstAdministrator}).
 */
@Component
@Order(3)
@ConditionalOnProperty(name = "seguimiento.demo-users", havingValue = "true")
class DemoUsers implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

  private final IdentityService identity;
  private final AreaRepository areas;

  DemoUsers(IdentityService identity, AreaRepository areas) {
    this.identity = identity;
    this.areas = areas;
  }

  @Override
  public void run(ApplicationArguments args) {
    ensure("st", "Secretaría", "Técnica", Groups.TECHNICAL_SECRETARIAT);
    ensure("consejera", "Consejera", "Integrante de la Comisión", Groups.COMMISSION);
    ensure("admin", "Administración", "del Sistema", Groups.ADMINISTRATORS);
    ensure("consulta", "Consulta", "Institucional", Groups.INSTITUTE_READERS);
    Map<String, String> areaUsers = new LinkedHashMap<>();
    for (Area area : areas.findAll()) {
      areaUsers.put(area.getCode(), area.getName());
    }
    areaUsers.forEach((code, name) -> ensure(code, "Enlace", name, Area.groupOf(code)));
    log.warn(
        "Demo profile: users st, consejera, admin, consulta and one per area exist, each with its user name"
            + " as password. Never use this profile in production.");
  }

  private void ensure(String id, String firstName, String lastName, String group) {
    if (identity.createUserQuery().userId(id).count() == 0) {
      User user = identity.newUser(id);
      user.setFirstName(firstName);
      user.setLastName(lastName);
      user.setEmail(id + "@demo.seguimiento.example");
      user.setPassword(id);
      identity.saveUser(user);
    }
    if (identity.createUserQuery().userId(id).memberOfGroup(group).count() == 0) {
      identity.createMembership(id, group);
    }
  }
}
