package mx.ine.cspen.seguimiento.commission;

import java.util.List;
import java.util.Set;
import mx.ine.cspen.seguimiento.engine.ProcessStarts;
import mx.ine.cspen.seguimiento.security.CommissionRole;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProvider;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderCaseInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderHistoricDecisionInstanceContext;
import org.camunda.bpm.engine.impl.cfg.multitenancy.TenantIdProviderProcessInstanceContext;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Every process instance carries the tenant of its commission, and the engine's tenant check (on)
 * shows each person only their commissions' instances, tasks and history, on every door into the
 * engine. The models are shared by all commissions; the tenant is given as an instance starts:
 *
 * <ul>
 *   <li>the product's services name the commission of the record they start it for ({@link
 *       ProcessStarts});
 *   <li>a Tasklist start form names it in its commission choice (with several commissions), or it
 *       is the commission whose Secretaría Técnica the person is (the first, if several).
 * </ul>
 *
 * Picked up by Camunda's Spring Boot starter like every ProcessEnginePlugin bean.
 */
@Component
class CommissionTenancy extends AbstractProcessEnginePlugin {

  private final Commissions commissions;

  CommissionTenancy(Commissions commissions) {
    this.commissions = commissions;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setTenantCheckEnabled(true);
    configuration.setTenantIdProvider(new Provider(configuration));
  }

  private final class Provider implements TenantIdProvider {

    private final ProcessEngineConfigurationImpl configuration;

    Provider(ProcessEngineConfigurationImpl configuration) {
      this.configuration = configuration;
    }

    @Override
    public String provideTenantIdForProcessInstance(TenantIdProviderProcessInstanceContext ctx) {
      String key = ctx.getProcessDefinition().getKey();
      var pending = ProcessStarts.pendingTenant(key);
      if (pending.isPresent()) {
        return pending.get();
      }
      if (ctx.getSuperExecution() != null) {
        return ctx.getSuperExecution().getTenantId();
      }
      Object chosen = ctx.getVariables().get(CommissionForms.COMMISSION_KEY);
      if (chosen instanceof String code && !code.isBlank()) {
        var named = commissions.byCode(code.strip()).map(Commission::getTenantId);
        if (named.isPresent()) {
          return named.get();
        }
      }
      return starterCommission();
    }

    /**
     * The commission whose Secretaría Técnica started it (the first, if several); else the first
     * commission (whose start form's listener then refuses whoever is not its Secretaría Técnica).
     */
    private String starterCommission() {
      Authentication caller = configuration.getIdentityService().getCurrentAuthentication();
      List<String> groups =
          caller == null || caller.getGroupIds() == null ? List.of() : caller.getGroupIds();
      return commissions.rolesOf(Set.copyOf(groups)).stream()
          .filter(CommissionRole::secretariat)
          .findFirst()
          .map(role -> commissions.tenantOf(role.commissionId()))
          .orElseGet(() -> commissions.tenantOf(commissions.ofTenant(null)));
    }

    @Override
    public String provideTenantIdForCaseInstance(TenantIdProviderCaseInstanceContext ctx) {
      return null;
    }

    @Override
    public String provideTenantIdForHistoricDecisionInstance(
        TenantIdProviderHistoricDecisionInstanceContext ctx) {
      return null;
    }
  }
}
