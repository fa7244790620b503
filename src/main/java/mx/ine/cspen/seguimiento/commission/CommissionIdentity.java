package mx.ine.cspen.seguimiento.commission;

import java.util.ArrayList;
import java.util.List;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.area.AreaRepository;
import mx.ine.cspen.seguimiento.security.Groups;
import mx.ine.cspen.seguimiento.security.IdentitySetup;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Each commission in the engine: its tenant, the groups of its Secretaría Técnica, its members and
 * its areas with what each may do, and those groups (and the readers of every commission) as
 * members of its tenant, so that Tasklist, Cockpit and the engine's REST API show each person only
 * their commissions' processes. At every start for all commissions, and at once for one added or
 * given a new area.
 */
@Component
@Order(2)
class CommissionIdentity implements ApplicationRunner {

  private final IdentitySetup identity;
  private final CommissionRepository commissions;
  private final AreaRepository areas;

  CommissionIdentity(
      IdentitySetup identity, CommissionRepository commissions, AreaRepository areas) {
    this.identity = identity;
    this.commissions = commissions;
    this.areas = areas;
  }

  @Override
  public void run(ApplicationArguments args) {
    for (Commission commission : commissions.findAllByOrderByIdAsc()) {
      ensure(commission);
    }
  }

  void ensure(Commission commission) {
    identity.secretariat(
        commission.getSecretariatGroup(),
        "Secretaría Técnica de la "
            + commission.getShortName()
            + " ("
            + commission.getSecretariatUnit()
            + ")");
    identity.members(commission.getMembersGroup(), commission.getShortName() + " (consulta)");
    List<String> members = new ArrayList<>();
    members.add(commission.getSecretariatGroup());
    members.add(commission.getMembersGroup());
    members.add(Groups.INSTITUTE_READERS);
    for (Area area : areas.findByCommissionIdOrderByNameAsc(commission.getId())) {
      identity.area(area.groupId(), area.getName());
      members.add(area.groupId());
    }
    identity.tenant(commission.getTenantId(), commission.getName(), members);
  }
}
