package mx.ine.cspen.seguimiento.security;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT;
import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_REVOKE;
import static org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_SYSTEM;
import static org.camunda.bpm.engine.authorization.Groups.GROUP_TYPE_WORKFLOW;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.Tenant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The groups of docs/security.md, what each may do in the engine, and the Tasklist filters, created
 * at every start when missing and set to exactly what they should hold (what an earlier version
 * granted beyond it is taken back). Users are not created here: demo users in the demo profile, the
 * first administrator from the environment otherwise. The groups of each commission (its Secretaría
 * Técnica, its members, its areas) and its engine tenant are the commission catalogue's, which
 * calls the grants below for them.
 *
 * <p>Areas see and work only the tasks they are candidates for: the engine grants a task's
 * candidate group TASK_WORK on that task (application.yaml), nothing on other tasks. So a group
 * that is offered tasks holds one authorization row per open task it is offered, and its members'
 * task queries are checked row by row ({@link #checkedRowByRow}).
 */
@Component
@Order(1)
public class IdentitySetup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(IdentitySetup.class);

  /** The processes people start by hand, through their Tasklist start forms. */
  private static final List<String> STARTED_THROUGH_START_FORMS =
      List.of("commitment", "follow-up-report");

  /** The resource id of {@link #checkedRowByRow}'s revocation: no task has it. */
  static final String NO_TASK = "ninguna-tarea";

  static final String FILTER_AREA_TASKS = "Tareas de mi área";
  static final String FILTER_MY_TASKS = "Mis tareas asignadas";

  private final IdentityService identity;
  private final AuthorizationService authorizations;
  private final FilterService filters;
  private final TaskService tasks;

  /**
   * The authorizations the engine held when the start began, read in a few queries for the start's
   * runners (each grant was a query of its own: about 150 at every start); on other threads, and
   * once the application is ready, every check asks the engine.
   */
  private final ThreadLocal<AtStart> atStart = new ThreadLocal<>();

  IdentitySetup(
      IdentityService identity,
      AuthorizationService authorizations,
      FilterService filters,
      TaskService tasks) {
    this.identity = identity;
    this.authorizations = authorizations;
    this.filters = filters;
    this.tasks = tasks;
  }

  @Override
  public void run(ApplicationArguments args) {
    atStart.set(AtStart.read(authorizations));
    ensureGroup(Groups.ADMINISTRATORS, "Administración", GROUP_TYPE_SYSTEM);
    ensureGroup(
        Groups.INSTITUTE_READERS,
        "Consulta institucional (todas las comisiones)",
        GROUP_TYPE_WORKFLOW);
    everyoneMay(Groups.ADMINISTRATORS);
    readsEverything(Groups.INSTITUTE_READERS);

    String administrators = Groups.ADMINISTRATORS;
    for (Resource resource : Resources.values()) {
      grant(administrators, resource, ANY, Permissions.ALL);
    }

    ensureFilters();
  }

  /** The start is over: from now on every check asks the engine. */
  @EventListener(ApplicationReadyEvent.class)
  void started() {
    atStart.remove();
  }

  /** An authorization row's identity (the engine keeps one per group, type and resource). */
  private record Key(String group, int resourceType, String resourceId, int type) {}

  /**
   * The authorizations of groups on the resource ids granted here, as the start found them, with
   * what the start saves added as it goes.
   */
  private record AtStart(Map<Key, Authorization> rows) {

    /** The resource ids granted here (the rows of each task are not among them). */
    static final List<String> RESOURCE_IDS =
        java.util.stream.Stream.concat(
                java.util.stream.Stream.of(ANY, "tasklist", "cockpit", NO_TASK),
                STARTED_THROUGH_START_FORMS.stream())
            .toList();

    static AtStart read(AuthorizationService authorizations) {
      Map<Key, Authorization> rows = new HashMap<>();
      for (String resourceId : RESOURCE_IDS) {
        for (Authorization row :
            authorizations.createAuthorizationQuery().resourceId(resourceId).list()) {
          if (row.getGroupId() != null) {
            rows.put(key(row), row);
          }
        }
      }
      return new AtStart(rows);
    }

    static Key key(Authorization row) {
      return new Key(
          row.getGroupId(), row.getResourceType(), row.getResourceId(), row.getAuthorizationType());
    }
  }

  /**
   * A commission's Secretaría Técnica: reads every process, and starts commitments and reports
   * through their start forms; it changes them only through the product, whose services drive the
   * engine as the application (engine/CommandPolicy refuses the rest on every REST path). The
   * engine's tenant check keeps it to its commission's processes.
   */
  public void secretariat(String group, String name) {
    ensureGroup(group, name, GROUP_TYPE_WORKFLOW);
    everyoneMay(group);
    grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(
        group,
        Resources.PROCESS_DEFINITION,
        ANY,
        Permissions.READ,
        Permissions.READ_INSTANCE,
        Permissions.READ_TASK,
        Permissions.READ_HISTORY);
    for (String startedByHand : STARTED_THROUGH_START_FORMS) {
      grant(
          group,
          Resources.PROCESS_DEFINITION,
          startedByHand,
          Permissions.READ,
          Permissions.CREATE_INSTANCE,
          Permissions.READ_INSTANCE,
          Permissions.READ_TASK,
          Permissions.READ_HISTORY);
    }
    grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.CREATE, Permissions.READ);
    grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
    checkedRowByRow(group);
  }

  /** A commission's members read everything of it and change nothing. */
  public void members(String group, String name) {
    ensureGroup(group, name, GROUP_TYPE_WORKFLOW);
    everyoneMay(group);
    readsEverything(group);
  }

  /** An area reads the process models (Tasklist draws the diagram and loads the forms). */
  public void area(String group, String name) {
    ensureGroup(group, name, GROUP_TYPE_WORKFLOW);
    everyoneMay(group);
    grant(group, Resources.PROCESS_DEFINITION, ANY, Permissions.READ);
    grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
    checkedRowByRow(group);
  }

  /** The engine tenant of a commission, with the groups whose members work in it. */
  public void tenant(String tenantId, String name, List<String> groups) {
    if (identity.createTenantQuery().tenantId(tenantId).count() == 0) {
      Tenant tenant = identity.newTenant(tenantId);
      tenant.setName(name);
      identity.saveTenant(tenant);
      log.info("Created tenant {}", tenantId);
    }
    for (String group : groups) {
      if (identity.createTenantQuery().tenantId(tenantId).groupMember(group).count() == 0) {
        identity.createTenantGroupMembership(tenantId, group);
      }
    }
  }

  private void everyoneMay(String group) {
    grant(group, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
    grant(group, Resources.FILTER, ANY, Permissions.READ);
    // To show the user's own name and groups in the webapps' header.
    grant(group, Resources.USER, ANY, Permissions.READ);
    grant(group, Resources.GROUP, ANY, Permissions.READ);
  }

  private void readsEverything(String group) {
    grant(group, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    grant(
        group,
        Resources.PROCESS_DEFINITION,
        ANY,
        Permissions.READ,
        Permissions.READ_INSTANCE,
        Permissions.READ_TASK,
        Permissions.READ_HISTORY);
    grant(group, Resources.PROCESS_INSTANCE, ANY, Permissions.READ);
    grant(group, Resources.DEPLOYMENT, ANY, Permissions.READ);
    grant(group, Resources.DECISION_DEFINITION, ANY, Permissions.READ);
  }

  /**
   * Has the engine check each task of a query against that task's own authorization rows, for the
   * members of a group that is offered tasks.
   *
   * <p>The engine's usual check joins every task of a query with every authorization row of the
   * person's groups; with one row per open task offered, that is quadratic (at 100,000 commitments,
   * 3 s for each Tasklist count of the Secretaría Técnica, docs/benchmark.md). For a person who
   * holds a REVOKE authorization, the engine checks instead whether each task's id is among those
   * rows, an index lookup per task (authorization-check-revokes "auto", application.yaml). This
   * revocation takes away nothing: it names a task id that no task has.
   */
  private void checkedRowByRow(String group) {
    if (find(group, Resources.TASK, NO_TASK, AUTH_TYPE_REVOKE).isPresent()) {
      return;
    }
    Authorization revocation = authorizations.createNewAuthorization(AUTH_TYPE_REVOKE);
    revocation.setGroupId(group);
    revocation.setResource(Resources.TASK);
    revocation.setResourceId(NO_TASK);
    revocation.removePermission(Permissions.READ);
    saveNew(revocation);
  }

  /** The group's authorization of that type on the resource: as the start found it, or asked. */
  private Optional<Authorization> find(
      String group, Resource resource, String resourceId, int type) {
    AtStart known = atStart.get();
    if (known != null && AtStart.RESOURCE_IDS.contains(resourceId)) {
      return Optional.ofNullable(
          known.rows().get(new Key(group, resource.resourceType(), resourceId, type)));
    }
    return inDatabase(group, resource.resourceType(), resourceId, type);
  }

  /** The row as the database holds it now (another node may have just saved or changed it). */
  private Optional<Authorization> inDatabase(
      String group, int resourceType, String resourceId, int type) {
    return authorizations
        .createAuthorizationQuery()
        .groupIdIn(group)
        .resourceType(resourceType)
        .resourceId(resourceId)
        .authorizationType(type)
        .list()
        .stream()
        .findFirst();
  }

  /**
   * Saves an authorization this start creates. Nodes that start together on a database without it
   * (a first start, an upgrade that adds it) may both create it; the second finds it saved and goes
   * on, as the unique index lets only one be.
   */
  private void saveNew(Authorization created) {
    try {
      remember(authorizations.saveAuthorization(created));
    } catch (ProcessEngineException e) {
      if (inDatabase(
              created.getGroupId(),
              created.getResourceType(),
              created.getResourceId(),
              created.getAuthorizationType())
          .isEmpty()) {
        throw e;
      }
      log.info(
          "Authorization of {} on {} already saved by another node",
          created.getGroupId(),
          created.getResourceId());
    }
  }

  /**
   * Saves a changed authorization. Another node that starts at the same time may have made the same
   * change since this start read it: then the engine refuses the stale one, and the start goes on
   * if what is saved now is what it wanted.
   */
  private void updated(Authorization authorization, Set<String> wanted, boolean all) {
    try {
      remember(authorizations.saveAuthorization(authorization));
    } catch (OptimisticLockingException e) {
      Authorization now =
          inDatabase(
                  authorization.getGroupId(),
                  authorization.getResourceType(),
                  authorization.getResourceId(),
                  authorization.getAuthorizationType())
              .filter(saved -> holds(saved, wanted, all))
              .orElseThrow(() -> e);
      remember(now);
      log.info(
          "Authorization of {} on {} already changed by another node",
          authorization.getGroupId(),
          authorization.getResourceId());
    }
  }

  private void remember(Authorization saved) {
    AtStart known = atStart.get();
    if (known != null && saved.getGroupId() != null) {
      known.rows().put(AtStart.key(saved), saved);
    }
  }

  private void ensureGroup(String id, String name, String type) {
    if (identity.createGroupQuery().groupId(id).count() == 0) {
      Group group = identity.newGroup(id);
      group.setName(name);
      group.setType(type);
      identity.saveGroup(group);
      log.info("Created group {}", id);
    }
  }

  /**
   * Gives the group exactly these permissions on the resource: what an earlier version granted
   * beyond them is taken back.
   */
  private void grant(
      String group, Resource resource, String resourceId, Permission... permissions) {
    Authorization authorization =
        find(group, resource, resourceId, AUTH_TYPE_GRANT)
            .orElseGet(
                () -> {
                  Authorization created = authorizations.createNewAuthorization(AUTH_TYPE_GRANT);
                  created.setGroupId(group);
                  created.setResource(resource);
                  created.setResourceId(resourceId);
                  return created;
                });
    Set<String> wanted =
        Arrays.stream(permissions).map(Permission::getName).collect(Collectors.toSet());
    boolean all = wanted.contains(Permissions.ALL.getName());
    if (authorization.getId() == null || !holds(authorization, wanted, all)) {
      authorization.setPermissions(permissions);
      if (authorization.getId() == null) {
        saveNew(authorization);
      } else {
        updated(authorization, wanted, all);
      }
    }
  }

  /** Whether the authorization grants exactly the wanted permissions (or all of them). */
  private static boolean holds(Authorization authorization, Set<String> wanted, boolean all) {
    if (all) {
      return authorization.isPermissionGranted(Permissions.ALL);
    }
    Set<String> held =
        Arrays.stream(authorization.getPermissions(Permissions.values()))
            .filter(p -> p != Permissions.ALL && p != Permissions.NONE)
            .map(Permission::getName)
            .collect(Collectors.toSet());
    return held.equals(wanted);
  }

  /** Tasklist shows no task without a filter: one for the user's groups, one for claimed tasks. */
  private void ensureFilters() {
    if (filters.createFilterQuery().filterName(FILTER_AREA_TASKS).count() == 0) {
      Filter filter =
          filters
              .newTaskFilter(FILTER_AREA_TASKS)
              .setProperties(
                  Map.of(
                      "description",
                      "Tareas de los grupos a los que pertenezco",
                      "priority",
                      -10,
                      "refresh",
                      true,
                      "variables",
                      List.of(
                          Map.of("name", "folio", "label", "Folio"),
                          Map.of("name", "areaName", "label", "Área responsable"))))
              .setQuery(
                  tasks
                      .createTaskQuery()
                      .taskCandidateGroupInExpression("${currentUserGroups()}")
                      .includeAssignedTasks()
                      .orderByTaskCreateTime()
                      .asc());
      filters.saveFilter(filter);
    }
    if (filters.createFilterQuery().filterName(FILTER_MY_TASKS).count() == 0) {
      Filter filter =
          filters
              .newTaskFilter(FILTER_MY_TASKS)
              .setProperties(
                  Map.of(
                      "description",
                      "Tareas que reclamé",
                      "priority",
                      0,
                      "refresh",
                      true,
                      "variables",
                      List.of(Map.of("name", "folio", "label", "Folio"))))
              .setQuery(tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
      filters.saveFilter(filter);
    }
  }
}
