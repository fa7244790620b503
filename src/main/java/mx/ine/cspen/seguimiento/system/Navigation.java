package mx.ine.cspen.seguimiento.system;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.security.Groups;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
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

  private static final String READERS_OF_EVERYTHING = "readers";

  private static final List<Rule> RULES =
      List.of(
          new Rule(new Link("tablero", "Tablero", "/", null), Set.of()),
          new Rule(
              new Link("sesiones", "Sesiones", "/sesiones", null), Set.of(READERS_OF_EVERYTHING)),
          new Rule(
              new Link("informes", "Informes", "/informes", null), Set.of(READERS_OF_EVERYTHING)),
          new Rule(
              new Link("importacion", "Importar anexo", "/importacion", null),
              Set.of(Groups.TECHNICAL_SECRETARIAT)),
          new Rule(new Link("notificaciones", "Notificaciones", "/notificaciones", null), Set.of()),
          new Rule(
              new Link("tareas", "Tareas", "/camunda/app/tasklist/default/", "tasklist"), Set.of()),
          new Rule(
              new Link("procesos", "Procesos", "/camunda/app/cockpit/default/", "cockpit"),
              Set.of(READERS_OF_EVERYTHING)),
          new Rule(
              new Link("administracion", "Administración", "/camunda/app/admin/default/", "admin"),
              Set.of(Groups.ADMINISTRATORS)),
          new Rule(
              new Link("consistencia", "Consistencia", "/administracion/procesos", null),
              Set.of(Groups.ADMINISTRATORS)));

  private record Rule(Link link, Set<String> groups) {}

  /** The links a signed-in person with these authorities may open, in the bar's order. */
  public List<Link> links(Authentication authentication) {
    if (authentication == null || !authentication.isAuthenticated()) {
      return List.of();
    }
    Set<String> groups =
        authentication.getAuthorities().stream()
            .map(GrantedAuthority::getAuthority)
            .filter(a -> a.startsWith("GROUP_"))
            .map(a -> a.substring("GROUP_".length()))
            .collect(Collectors.toSet());
    return links(groups);
  }

  public List<Link> links(Set<String> groups) {
    boolean readsEverything =
        groups.contains(Groups.TECHNICAL_SECRETARIAT)
            || groups.contains(Groups.COMMISSION)
            || groups.contains(Groups.ADMINISTRATORS);
    return RULES.stream()
        .filter(
            rule ->
                rule.groups().isEmpty()
                    || rule.groups().stream()
                        .anyMatch(
                            g ->
                                g.equals(READERS_OF_EVERYTHING)
                                    ? readsEverything
                                    : groups.contains(g)))
        .map(Rule::link)
        .toList();
  }

  /**
   * Whether the person may read but never change anything: the Commission without another group
   * that writes. The webapps hide what the engine would refuse them.
   */
  public boolean readOnly(Set<String> groups) {
    return groups.contains(Groups.COMMISSION)
        && !groups.contains(Groups.TECHNICAL_SECRETARIAT)
        && !groups.contains(Groups.ADMINISTRATORS)
        && groups.stream().noneMatch(g -> g.startsWith(Area.GROUP_PREFIX));
  }
}
