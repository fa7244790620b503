package mx.ine.cspen.seguimiento.dashboard;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.area.AreaRepository;
import mx.ine.cspen.seguimiento.commission.Commission;
import mx.ine.cspen.seguimiento.commission.Commissions;
import mx.ine.cspen.seguimiento.commitment.CommitmentChanges;
import mx.ine.cspen.seguimiento.commitment.CommitmentQueries;
import mx.ine.cspen.seguimiento.commitment.CommitmentQueries.Filter;
import mx.ine.cspen.seguimiento.commitment.CommitmentQueries.Order;
import mx.ine.cspen.seguimiento.commitment.CommitmentQueries.Row;
import mx.ine.cspen.seguimiento.commitment.CommitmentQueries.Scope;
import mx.ine.cspen.seguimiento.commitment.CommitmentStatus;
import mx.ine.cspen.seguimiento.commitment.page.CommitmentRow;
import mx.ine.cspen.seguimiento.commitment.page.OpenTask;
import mx.ine.cspen.seguimiento.commitment.page.OpenTasks;
import mx.ine.cspen.seguimiento.dashboard.Dashboard.AnnexPage;
import mx.ine.cspen.seguimiento.dashboard.Dashboard.AreaFigures;
import mx.ine.cspen.seguimiento.dashboard.Dashboard.CommissionFigures;
import mx.ine.cspen.seguimiento.dashboard.Dashboard.SessionFigures;
import mx.ine.cspen.seguimiento.dashboard.Dashboard.StatusTotal;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.system.CountedFigures;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's read model. Every figure and list comes from {@link CommitmentQueries} with the
 * user's {@link Scope}, the rule of {@code GET /api/commitments} (an area sees only its own
 * commitments), so that the figures of both agree; the database counts and pages, and only what the
 * page shows is read. What is counted over every commitment of the scope (by status, area, session,
 * the short lists) is counted again only once a commitment or a session has changed ({@link
 * CommitmentChanges}): with a hundred thousand commitments those counts take longer than the rest
 * of the page.
 */
@Service
class DashboardService {

  private final CommitmentQueries queries;
  private final AreaRepository areas;
  private final Commissions commissions;
  private final OpenTasks openTasks;
  private final CommitmentChanges changes;
  private final Clock clock;
  private final CountedFigures<FiguresKey, Figures> counted = new CountedFigures<>();

  DashboardService(
      CommitmentQueries queries,
      AreaRepository areas,
      Commissions commissions,
      OpenTasks openTasks,
      CommitmentChanges changes,
      Clock clock) {
    this.queries = queries;
    this.areas = areas;
    this.commissions = commissions;
    this.openTasks = openTasks;
    this.changes = changes;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Dashboard dashboard(CurrentUser user, AnnexQuery query) {
    LocalDate today = LocalDate.now(clock);
    Scope scope = Scope.of(user);
    CommitmentChanges.Mark mark = changes.mark();
    Figures figures =
        counted.get(
            new FiguresKey(
                scope,
                user.isTechnicalSecretariat(),
                user.acting() == null && user.readsEveryCommission(),
                today,
                mark),
            () -> figures(user, scope, today));
    OpenTasks.TaskList tasks =
        works(user)
            ? openTasks.tasksOf(user, Dashboard.LIST_LIMIT)
            : new OpenTasks.TaskList(List.of(), 0);
    return new Dashboard(
        today,
        scope(user),
        figures.total(),
        figures.byStatus(),
        figures.byArea(),
        figures.bySession(),
        figures.overdueRows(),
        figures.overdueCount(),
        figures.awaiting(),
        figures.awaitingCount(),
        withCommitments(scope, tasks.tasks()),
        tasks.total(),
        annex(scope, query, today),
        figures.byCommission());
  }

  /** What the dashboard counts over every commitment in the user's scope. */
  private record Figures(
      long total,
      List<StatusTotal> byStatus,
      List<AreaFigures> byArea,
      List<SessionFigures> bySession,
      List<CommitmentRow> overdueRows,
      long overdueCount,
      List<CommitmentRow> awaiting,
      long awaitingCount,
      List<CommissionFigures> byCommission) {}

  private record FiguresKey(
      Scope scope,
      boolean secretariat,
      boolean everyCommission,
      LocalDate today,
      CommitmentChanges.Mark mark) {}

  private Figures figures(CurrentUser user, Scope scope, LocalDate today) {
    CommitmentQueries.Figures counted = queries.figures(scope, today);
    Map<CommitmentStatus, Long> counts = counted.byStatus();
    List<StatusTotal> byStatus =
        Arrays.stream(CommitmentStatus.values())
            .map(s -> new StatusTotal(s, counts.get(s)))
            .toList();
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    List<AreaFigures> byArea = byArea(counted.byArea());
    Filter overdue = new Filter(null, null, null, today, null);
    List<CommitmentRow> overdueRows =
        queries.list(scope, overdue, Order.DEADLINE, false, 0, Dashboard.LIST_LIMIT).stream()
            .map(c -> CommitmentRow.of(c, today, null))
            .toList();
    long overdueCount = byArea.stream().mapToLong(AreaFigures::overdue).sum();
    List<CommitmentRow> awaiting = List.of();
    long awaitingCount = counts.get(CommitmentStatus.UNDER_VERIFICATION);
    if (user.isTechnicalSecretariat()) {
      awaiting =
          queries
              .list(
                  scope,
                  Filter.of(CommitmentStatus.UNDER_VERIFICATION, null, null),
                  Order.SESSION,
                  false,
                  0,
                  Dashboard.LIST_LIMIT)
              .stream()
              .map(c -> CommitmentRow.of(c, today, null))
              .toList();
    }
    return new Figures(
        total,
        byStatus,
        byArea,
        bySession(counted.bySession()),
        overdueRows,
        overdueCount,
        awaiting,
        awaitingCount,
        byCommission(user, today));
  }

  /**
   * Every commission's figures side by side, for the readers of every commission looking at all of
   * them at once; nothing for anyone working in one commission.
   */
  private List<CommissionFigures> byCommission(CurrentUser user, LocalDate today) {
    if (user.acting() != null || !user.readsEveryCommission()) {
      return List.of();
    }
    List<Commission> all = commissions.all();
    List<CommitmentQueries.CommissionCounts> counts =
        queries.countByCommission(all.stream().map(Commission::getId).toList(), today);
    List<CommissionFigures> figures = new java.util.ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      CommitmentQueries.CommissionCounts c = counts.get(i);
      figures.add(
          new CommissionFigures(
              all.get(i).getCode(),
              all.get(i).getName(),
              c.total(),
              Arrays.stream(CommitmentStatus.values())
                  .map(s -> new StatusTotal(s, c.count(s)))
                  .toList(),
              c.overdue()));
    }
    return figures;
  }

  /**
   * The areas the table may be filtered by: those of the commission the user works in (of every
   * commission, for readers of all looking at all at once), all of them for readers of everything,
   * else the user's own.
   */
  @Transactional(readOnly = true)
  public List<Area> areaChoices(CurrentUser user) {
    List<Area> all =
        user.acting() == null
            ? areas.findAllByOrderByNameAsc()
            : commissions.areasOf(user.acting());
    if (user.readsEverything()) {
      return all;
    }
    return all.stream().filter(a -> user.worksFor(a.getCode())).toList();
  }

  /** Whoever works commitment tasks: the Secretaría Técnica and the areas' staff. */
  static boolean works(CurrentUser user) {
    return user.isTechnicalSecretariat() || !user.areaCodes().isEmpty();
  }

  private String scope(CurrentUser user) {
    if (user.acting() == null && user.readsEveryCommission()) {
      return "Todas las comisiones";
    }
    if (user.readsEverything()) {
      return "Todas las áreas";
    }
    String own =
        areas.findAllById(user.actingAreaCodes()).stream()
            .map(Area::getName)
            .sorted()
            .collect(Collectors.joining(", "));
    return own.isEmpty() ? "Su cuenta no pertenece a ninguna área" : own;
  }

  private static List<AreaFigures> byArea(List<CommitmentQueries.AreaCounts> counted) {
    return counted.stream()
        .map(
            a ->
                new AreaFigures(
                    a.code(),
                    a.code() == null ? CommitmentRow.NO_AREA : a.name(),
                    a.total(),
                    a.open(),
                    a.overdue(),
                    a.awaitingVerification(),
                    a.concluded(),
                    a.averageDaysToClosure()))
        .toList();
  }

  private static List<SessionFigures> bySession(List<CommitmentQueries.SessionCounts> counted) {
    return counted.stream()
        .map(
            s ->
                new SessionFigures(
                    s.id(),
                    s.annexLabel(),
                    s.date(),
                    s.total(),
                    s.open(),
                    s.concluded(),
                    s.cancelled()))
        .toList();
  }

  /** Each task with its commitment's folio, when the user may read that commitment. */
  private List<OpenTask> withCommitments(Scope scope, List<OpenTask> tasks) {
    Map<String, Row> byInstance =
        queries.byProcessInstance(scope, tasks.stream().map(OpenTask::processInstanceId).toList());
    return tasks.stream()
        .map(
            task -> {
              Row commitment = byInstance.get(task.processInstanceId());
              return commitment == null
                  ? task
                  : task.forCommitment(commitment.id(), commitment.folio());
            })
        .toList();
  }

  // --- The annex-like table ---------------------------------------------------------------------

  private AnnexPage annex(Scope scope, AnnexQuery query, LocalDate today) {
    Filter filter =
        new Filter(
            query.status(),
            query.area(),
            query.session(),
            query.overdue() ? today : null,
            query.text());
    long matching = queries.count(scope, filter);
    int pages = (int) Math.max(1, (matching + AnnexQuery.PAGE_SIZE - 1) / AnnexQuery.PAGE_SIZE);
    int page = Math.min(query.page(), pages);
    int from = (page - 1) * AnnexQuery.PAGE_SIZE;
    List<Row> shown =
        queries.list(
            scope, filter, query.sort().order(), query.descending(), from, AnnexQuery.PAGE_SIZE);
    Map<Long, String> latest = queries.latestNarratives(shown.stream().map(Row::id).toList());
    return new AnnexPage(
        query,
        shown.stream().map(c -> CommitmentRow.of(c, today, latest.get(c.id()))).toList(),
        page,
        pages,
        matching,
        from + 1);
  }
}
