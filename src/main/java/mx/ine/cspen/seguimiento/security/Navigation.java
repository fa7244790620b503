package mx.ine.cspen.seguimiento.security;

import java.util.List;
import java.util.function.Predicate;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * The link bar of every page and of Camunda's webapps, in one place: the same links everywhere,
 * each shown only to those who may open it. Our pages read it as {@code ${@navigation…}}; the
 * webapps' {@code seguimiento/barra.js} from {@code GET /api/navigation}.
 */
@Component("navigation")
public class Navigation {

  /**
   * A link of the bar.
   *
   * @param key what it opens, for {@code aria-current} and the notifications badge
   * @param path from the application's root
   * @param app the Camunda webapp it opens, or null for our own pages
   */
  public record Link(String key, String label, String path, String app) {}

  private record Rule(Link link, Predicate<CurrentUser> shownTo) {}

  /** The Secretaría Técnica or the members of some commission, or readers of every commission. */
  private static boolean readsSomeCommission(CurrentUser user) {
    return user.readsEveryCommission()
        || user.roles().stream().anyMatch(CommissionRole::readsEverything);
  }

  private static final List<Rule> RULES =
      List.of(
          new Rule(new Link("tablero", "Tablero", "/", null), user -> true),
          new Rule(
              new Link("sesiones", "Sesiones", "/sesiones", null), Navigation::readsSomeCommission),
          new Rule(
              new Link("informes", "Informes", "/informes", null), Navigation::readsSomeCommission),
          new Rule(
              new Link("importacion", "Importar anexo", "/importacion", null),
              CurrentUser::isTechnicalSecretariatOfAny),
          new Rule(
              new Link("notificaciones", "Notificaciones", "/notificaciones", null), user -> true),
          new Rule(
              new Link("tareas", "Tareas", "/camunda/app/tasklist/default/", "tasklist"),
              user -> true),
          new Rule(
              new Link("procesos", "Procesos", "/camunda/app/cockpit/default/", "cockpit"),
              Navigation::readsSomeCommission),
          new Rule(
              new Link("administracion", "Administración", "/camunda/app/admin/default/", "admin"),
              CurrentUser::isAdministrator),
          new Rule(
              new Link("comisiones", "Comisiones", "/administracion/comisiones", null),
              CurrentUser::isAdministrator),
          new Rule(
              new Link("consistencia", "Consistencia", "/administracion/procesos", null),
              CurrentUser::isAdministrator));

  private final CurrentUsers users;

  Navigation(CurrentUsers users) {
    this.users = users;
  }

  /** The links a signed-in person may open, in the bar's order. */
  public List<Link> links(Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated()) {
      return List.of();
    }
    return links(users.of(authentication));
  }

  public List<Link> links(CurrentUser user) {
    return RULES.stream().filter(rule -> rule.shownTo().test(user)).map(Rule::link).toList();
  }

  /**
   * Whether the person may read but never change anything: members of a commission, or readers of
   * every commission, without another part that writes. The webapps hide what the engine would
   * refuse them.
   */
  public boolean readOnly(CurrentUser user) {
    return !user.isAdministrator()
        && !user.isTechnicalSecretariatOfAny()
        && user.areaCodes().isEmpty()
        && (user.instituteReader() || user.roles().stream().anyMatch(CommissionRole::member));
  }
}
