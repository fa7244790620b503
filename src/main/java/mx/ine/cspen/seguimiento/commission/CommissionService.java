package mx.ine.cspen.seguimiento.commission;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.area.AreaRepository;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.security.Groups;
import mx.ine.cspen.seguimiento.security.RoleChecks;
import mx.ine.cspen.seguimiento.system.ConflictException;
import mx.ine.cspen.seguimiento.system.InputValidator;
import mx.ine.cspen.seguimiento.system.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Adds commissions and their areas, as data: an administrator does it from a page or the API, and
 * the new commission works at once (its engine tenant, its groups and what each may do, and the
 * Tasklist forms that list areas, all in the same transaction).
 */
@Service
public class CommissionService {

  private final CommissionRepository repository;
  private final AreaRepository areas;
  private final Commissions commissions;
  private final CommissionIdentity identity;
  private final CommissionForms forms;
  private final InputValidator validator;
  private final Clock clock;

  CommissionService(
      CommissionRepository repository,
      AreaRepository areas,
      Commissions commissions,
      CommissionIdentity identity,
      CommissionForms forms,
      InputValidator validator,
      Clock clock) {
    this.repository = repository;
    this.areas = areas;
    this.commissions = commissions;
    this.identity = identity;
    this.forms = forms;
    this.validator = validator;
    this.clock = clock;
  }

  /** Adds a commission; its groups are named after its code. Administrators only. */
  @Transactional
  public Commission register(RegisterCommission command, CurrentUser user) {
    RoleChecks.requireAdministrator(user, "da de alta comisiones y áreas");
    validator.check(command);
    repository.lockCatalogue();
    String code = command.code().strip();
    String prefix =
        command.folioPrefix() == null || command.folioPrefix().isBlank()
            ? code
            : command.folioPrefix().strip();
    repository
        .findByCodeIgnoreCase(code)
        .ifPresent(
            existing -> {
              throw new ConflictException(
                  "Ya existe la comisión con clave "
                      + existing.getCode()
                      + ": "
                      + existing.getName()
                      + ".");
            });
    if (repository.existsByNameIgnoreCase(command.name().strip())) {
      throw new ConflictException(
          "Ya existe una comisión llamada «" + command.name().strip() + "».");
    }
    if (repository.existsByFolioPrefixIgnoreCase(prefix)) {
      throw new ConflictException(
          "Otra comisión ya numera sus folios con el prefijo " + prefix + ": elija otro.");
    }
    List<GlossaryTerm> glossary = new ArrayList<>();
    for (RegisterCommission.Term term : command.glossary()) {
      List<String> words =
          term.words() == null || term.words().isEmpty()
              ? Arrays.stream(term.term().split("/"))
                  .map(String::strip)
                  .filter(w -> !w.isEmpty())
                  .toList()
              : term.words().stream().map(String::strip).toList();
      glossary.add(
          new GlossaryTerm(
              glossary.size() + 1, term.term().strip(), term.meaning().strip(), words));
    }
    Commission commission =
        repository.saveAndFlush(
            new Commission(
                new Commission.NewCommission(
                    code,
                    command.name().strip(),
                    command.shortName().strip(),
                    command.secretariatUnit().strip(),
                    command.secretariatName().strip(),
                    command.reportTitle().strip(),
                    command.legalBasis().strip(),
                    prefix,
                    code.toLowerCase(Locale.ROOT),
                    Groups.secretariatOf(code),
                    Groups.membersOf(code),
                    glossary),
                clock.instant(),
                user.id()));
    identity.ensure(commission);
    forms.refresh();
    commissions.changed();
    return commission;
  }

  /** Adds an area to a commission's catalogue, with its group. Administrators only. */
  @Transactional
  public Area addArea(String commissionCode, RegisterArea command, CurrentUser user) {
    RoleChecks.requireAdministrator(user, "da de alta comisiones y áreas");
    repository.lockCatalogue();
    Commission commission =
        repository
            .findByCodeIgnoreCase(commissionCode)
            .orElseThrow(
                () -> new NotFoundException("No existe la comisión «" + commissionCode + "»."));
    validator.check(command);
    String code = command.code().strip();
    String name = command.name().strip();
    areas
        .findById(code)
        .ifPresent(
            existing -> {
              throw new ConflictException(
                  "Ya existe el área con clave "
                      + code
                      + " ("
                      + existing.getName()
                      + ", de la comisión "
                      + commissions.codeOf(existing.getCommissionId())
                      + "): las claves no se repiten entre comisiones.");
            });
    if (areas.existsByCommissionIdAndNameIgnoreCase(commission.getId(), name)) {
      throw new ConflictException(
          "La comisión " + commission.getCode() + " ya tiene un área llamada «" + name + "».");
    }
    Area area = areas.saveAndFlush(new Area(code, name, commission.getId()));
    identity.ensure(commission);
    forms.refresh();
    commissions.changed();
    return area;
  }
}
