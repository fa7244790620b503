package mx.ine.cspen.seguimiento.commission;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.area.AreaRepository;
import mx.ine.cspen.seguimiento.security.CommissionMemberships;
import mx.ine.cspen.seguimiento.security.CommissionRole;
import mx.ine.cspen.seguimiento.system.NotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The commissions and their areas, as every request reads them (who belongs where, a report's
 * wording, a folio's prefix): kept in memory and read again from the database after a change made
 * here, or at most {@link #FRESH_FOR} after a change made on another node.
 */
@Component
public class Commissions implements CommissionMemberships {

  /** How long another node's change may take to be seen here. */
  static final Duration FRESH_FOR = Duration.ofSeconds(10);

  private record Catalogue(
      List<Commission> commissions, Map<Long, List<Area>> areas, long loadedAtNanos) {}

  private final CommissionRepository repository;
  private final AreaRepository areaRepository;
  private final TransactionTemplate transactions;
  private volatile Catalogue catalogue;

  Commissions(
      CommissionRepository repository,
      AreaRepository areaRepository,
      PlatformTransactionManager transactionManager) {
    this.repository = repository;
    this.areaRepository = areaRepository;
    this.transactions = new TransactionTemplate(transactionManager);
    // Its own transaction: the catalogue holds what is committed, never a caller's pending change.
    this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.transactions.setReadOnly(true);
  }

  /** Every commission, in the order they were added (the CSPEN first). */
  public List<Commission> all() {
    return catalogue().commissions();
  }

  public Commission get(long id) {
    return catalogue().commissions().stream()
        .filter(c -> c.getId() == id)
        .findFirst()
        .orElseThrow(() -> new NotFoundException("No existe la comisión con id " + id + "."));
  }

  public Optional<Commission> byCode(String code) {
    return catalogue().commissions().stream()
        .filter(c -> c.getCode().equalsIgnoreCase(code))
        .findFirst();
  }

  public Optional<Commission> byTenant(String tenantId) {
    return catalogue().commissions().stream()
        .filter(c -> c.getTenantId().equals(tenantId))
        .findFirst();
  }

  /** The commission's areas, by name. */
  public List<Area> areasOf(long commissionId) {
    return catalogue().areas().getOrDefault(commissionId, List.of());
  }

  /** The commission of an engine tenant; the first commission for an instance without one. */
  public long ofTenant(String tenantId) {
    return (tenantId == null ? Optional.<Commission>empty() : byTenant(tenantId))
        .or(() -> all().stream().findFirst())
        .map(Commission::getId)
        .orElseThrow(() -> new NotFoundException("No hay comisiones registradas."));
  }

  /** The key of a commission's area list in the Tasklist forms ({@link CommissionForms}). */
  public String areaFormKey(long commissionId) {
    List<Commission> all = all();
    boolean first = !all.isEmpty() && all.get(0).getId() == commissionId;
    return CommissionForms.areaKey(first, codeOf(commissionId));
  }

  /** The keys the forms written from the catalogue add to their templates' own. */
  public List<String> formKeys() {
    List<String> keys = new ArrayList<>();
    keys.add(CommissionForms.COMMISSION_KEY);
    List<Commission> all = all();
    for (int i = 1; i < all.size(); i++) {
      keys.add(CommissionForms.areaKey(false, all.get(i).getCode()));
    }
    return keys;
  }

  @Override
  public List<CommissionRole> rolesOf(Set<String> groups) {
    Catalogue current = catalogue();
    List<CommissionRole> roles = new ArrayList<>();
    for (Commission commission : current.commissions()) {
      Set<String> areaCodes =
          current.areas().getOrDefault(commission.getId(), List.of()).stream()
              .filter(a -> groups.contains(a.groupId()))
              .map(Area::getCode)
              .collect(Collectors.toCollection(LinkedHashSet::new));
      boolean secretariat = groups.contains(commission.getSecretariatGroup());
      boolean member = groups.contains(commission.getMembersGroup());
      if (secretariat || member || !areaCodes.isEmpty()) {
        roles.add(
            new CommissionRole(
                commission.getId(), commission.getCode(), secretariat, member, areaCodes));
      }
    }
    return roles;
  }

  @Override
  public List<Long> allCommissionIds() {
    return catalogue().commissions().stream().map(Commission::getId).toList();
  }

  @Override
  public Optional<Long> idOf(String code) {
    return byCode(code).map(Commission::getId);
  }

  @Override
  public String codeOf(long commissionId) {
    return get(commissionId).getCode();
  }

  @Override
  public String tenantOf(long commissionId) {
    return get(commissionId).getTenantId();
  }

  /** Read again at the next use: once the transaction that changed it has committed. */
  void changed() {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              catalogue = null;
            }
          });
    } else {
      catalogue = null;
    }
  }

  private Catalogue catalogue() {
    Catalogue current = catalogue;
    if (current == null || System.nanoTime() - current.loadedAtNanos() > FRESH_FOR.toNanos()) {
      current = transactions.execute(status -> load());
      catalogue = current;
    }
    return current;
  }

  private Catalogue load() {
    List<Commission> commissions = repository.findAllByOrderByIdAsc();
    Map<Long, List<Area>> areas =
        areaRepository.findAllByOrderByNameAsc().stream()
            .collect(Collectors.groupingBy(Area::getCommissionId));
    return new Catalogue(List.copyOf(commissions), Map.copyOf(areas), System.nanoTime());
  }
}
