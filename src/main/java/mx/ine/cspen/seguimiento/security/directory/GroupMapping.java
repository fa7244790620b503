package mx.ine.cspen.seguimiento.security.directory;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which directory group stands for which of the product's groups, written {@code
 * directory-group=product-group} with entries separated by {@code ;} or line breaks, e.g. {@code
 * GS-Seguimiento-ST=secretaria-tecnica; GS-DJ=area-juridica}. Directory group names compare without
 * regard to case, as Active Directory compares them; several directory groups may stand for one
 * product group and one for several.
 *
 * <p>The product groups named here are the directory's to decide for its accounts: at each sign-in
 * a directory account is made a member of exactly those of them that its directory groups map to.
 * Groups named nowhere here are left to Camunda Admin.
 */
final class GroupMapping {

  private final Map<String, Set<String>> productGroupsByDirectoryGroup;
  private final Set<String> managed;

  private GroupMapping(Map<String, Set<String>> productGroupsByDirectoryGroup) {
    this.productGroupsByDirectoryGroup = productGroupsByDirectoryGroup;
    Set<String> targets = new LinkedHashSet<>();
    productGroupsByDirectoryGroup.values().forEach(targets::addAll);
    this.managed = Set.copyOf(targets);
  }

  static GroupMapping parse(String text) {
    Map<String, Set<String>> mapping = new LinkedHashMap<>();
    if (text != null) {
      for (String entry : text.split("[;\\n]")) {
        if (entry.isBlank()) {
          continue;
        }
        int equals = entry.lastIndexOf('=');
        String directoryGroup = equals < 0 ? "" : entry.substring(0, equals).trim();
        String productGroup = equals < 0 ? "" : entry.substring(equals + 1).trim();
        if (directoryGroup.isEmpty() || productGroup.isEmpty()) {
          throw new IllegalArgumentException(
              "seguimiento.directory.groups (DIRECTORY_GROUPS): «"
                  + entry.trim()
                  + "» is not directory-group=product-group");
        }
        mapping
            .computeIfAbsent(normalized(directoryGroup), g -> new LinkedHashSet<>())
            .add(productGroup);
      }
    }
    return new GroupMapping(mapping);
  }

  /** The product groups that these directory groups stand for. */
  Set<String> productGroups(Collection<String> directoryGroups) {
    Set<String> groups = new LinkedHashSet<>();
    for (String directoryGroup : directoryGroups) {
      groups.addAll(
          productGroupsByDirectoryGroup.getOrDefault(normalized(directoryGroup), Set.of()));
    }
    return groups;
  }

  /** The product groups whose members the directory decides. */
  Set<String> managedGroups() {
    return managed;
  }

  boolean isEmpty() {
    return managed.isEmpty();
  }

  private static String normalized(String directoryGroup) {
    return directoryGroup.trim().toLowerCase(Locale.ROOT);
  }
}
