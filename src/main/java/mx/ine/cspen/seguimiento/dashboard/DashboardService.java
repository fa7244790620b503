package mx.ine.cspen.seguimiento.dashboard;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.function.Function;
import java.util.stream.Collectors;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.area.AreaRepository;
import mx.ine.cspen.seguimiento.commitment.Commitment;
import mx.ine.cspen.seguimiento.commitment.CommitmentEventType;
import mx.ine.cspen.seguimiento.commitment.CommitmentService;
import mx.ine.cspen.seguimiento.commitment.CommitmentStatus;
import mx.ine.cspen.seguimiento.dashboard.Dashboard.AnnexPage;
import mx.ine.cspen.seguimiento.dashboard.Dashboard.AreaFigures;
import mx.ine.cspen.seguimiento.dashboard.Dashboard.CommitmentRow;
import mx.ine.cspen.seguimiento.dashboard.Dashboard.SessionFigures;
import mx.ine.cspen.seguimiento.dashboard.Dashboard.StatusTotal;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.session.CommissionSession;
import mx.ine.cspen.seguimiento.system.SpanishText;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dashboard's read model. It starts from the very list the API gives the same user ({@link
 * CommitmentService#search}), so that an area sees only its own commitments here as there, and the
 * figures of both agree; the history tables add what the list lacks (days to closure, the latest
 * progress narrative).
 */
@Service
class DashboardService {

  static final String NO_AREA = "Sin área asignada";

  private final CommitmentService commitments;
  private final AreaRepository areas;
  private final EngineReader engine;
  private final NamedParameterJdbcTemplate jdbc;
  private final Clock clock;

  DashboardService(
      CommitmentService commitments,
      AreaRepository areas,
      EngineReader engine,
      NamedParameterJdbcTemplate jdbc,
      Clock clock) {
    this.commitments = commitments;
    this.areas = areas;
    this.engine = engine;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Dashboard dashboard(CurrentUser user, AnnexQuery query) {
    LocalDate today = LocalDate.now(clock);
    List<Commitment> visible = commitments.search(null, null, null, user);
    List<StatusTotal> byStatus =
        Arrays.stream(CommitmentStatus.values())
            .map(s -> new StatusTotal(s, visible.stream().filter(c -> c.getStatus() == s).count()))
            .toList();
    List<CommitmentRow> overdue =
        visible.stream()
            .filter(c -> isOverdue(c, today))
            .sorted(Comparator.comparing(Commitment::getDueDate).thenComparing(Commitment::getId))
            .map(c -> row(c, today, null))
            .toList();
    List<CommitmentRow> awaiting =
        visible.stream()
            .filter(c -> c.getStatus() == CommitmentStatus.UNDER_VERIFICATION)
            .map(c -> row(c, today, null))
            .toList();
    return new Dashboard(
        today,
        scope(user),
        visible.size(),
        byStatus,
        byArea(visible, today),
        bySession(visible),
        overdue,
        awaiting,
        works(user) ? tasks(user, visible) : List.of(),
        annex(visible, query, today));
  }

  /** The areas the table may be filtered by: all for readers of everything, else their own. */
  @Transactional(readOnly = true)
  public List<Area> areaChoices(CurrentUser user) {
    List<Area> all = areas.findAllByOrderByNameAsc();
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
    if (user.readsEverything()) {
      return "Todas las áreas";
    }
    String own =
        areas.findAllById(user.areaCodes()).stream()
            .map(Area::getName)
            .sorted()
            .collect(Collectors.joining(", "));
    return own.isEmpty() ? "Su cuenta no pertenece a ninguna área" : own;
  }

  private List<AreaFigures> byArea(List<Commitment> visible, LocalDate today) {
    Map<Long, Duration> closures = durationsToClosure();
    Map<String, List<Commitment>> grouped = new LinkedHashMap<>();
    visible.stream()
        .sorted(
            Comparator.comparing(
                (Commitment c) -> c.getArea() == null ? null : c.getArea().getName(),
                Comparator.nullsLast(Comparator.naturalOrder())))
        .forEach(c -> grouped.computeIfAbsent(c.getAreaCode(), k -> new ArrayList<>()).add(c));
    List<AreaFigures> rows = new ArrayList<>();
    grouped.forEach(
        (code, list) -> {
          OptionalDouble average =
              list.stream()
                  .filter(c -> c.getStatus() == CommitmentStatus.CONCLUDED)
                  .map(c -> closures.get(c.getId()))
                  .filter(Objects::nonNull)
                  .mapToDouble(d -> d.toSeconds() / 86_400.0)
                  .average();
          rows.add(
              new AreaFigures(
                  code,
                  code == null ? NO_AREA : list.get(0).getArea().getName(),
                  list.size(),
                  list.stream().filter(c -> !c.getStatus().isClosed()).count(),
                  list.stream().filter(c -> isOverdue(c, today)).count(),
                  list.stream()
                      .filter(c -> c.getStatus() == CommitmentStatus.UNDER_VERIFICATION)
                      .count(),
                  list.stream().filter(c -> c.getStatus() == CommitmentStatus.CONCLUDED).count(),
                  average.isPresent() ? average.getAsDouble() : null));
        });
    return rows;
  }

  private static List<SessionFigures> bySession(List<Commitment> visible) {
    Map<CommissionSession, List<Commitment>> grouped = new LinkedHashMap<>();
    visible.stream()
        .sorted(sessionOrder())
        .forEach(c -> grouped.computeIfAbsent(c.getSession(), k -> new ArrayList<>()).add(c));
    return grouped.entrySet().stream()
        .map(
            e ->
                new SessionFigures(
                    e.getKey().getId(),
                    e.getKey().annexLabel(),
                    e.getKey().getDate(),
                    e.getValue().size(),
                    e.getValue().stream().filter(c -> !c.getStatus().isClosed()).count(),
                    e.getValue().stream()
                        .filter(c -> c.getStatus() == CommitmentStatus.CONCLUDED)
                        .count(),
                    e.getValue().stream()
                        .filter(c -> c.getStatus() == CommitmentStatus.CANCELLED)
                        .count()))
        .toList();
  }

  /**
   * From the registration to the approval of the closure, for every commitment concluded in the
   * system: both moments come from its recorded history, not from anything typed.
   */
  private Map<Long, Duration> durationsToClosure() {
    Map<Long, Duration> durations = new HashMap<>();
    jdbc.query(
        """
        select e.commitment_id,
               min(case when e.event_type = :registered then e.occurred_at end) as registered_at,
               max(case when e.event_type = :approved then e.occurred_at end) as approved_at
          from commitment_event e join commitment c on c.id = e.commitment_id
         where c.status = :concluded
         group by e.commitment_id
        """,
        Map.of(
            "registered", CommitmentEventType.REGISTERED.name(),
            "approved", CommitmentEventType.CLOSURE_APPROVED.name(),
            "concluded", CommitmentStatus.CONCLUDED.name()),
        (ResultSet rs) -> {
          Instant registered = instant(rs, "registered_at");
          Instant approved = instant(rs, "approved_at");
          // A commitment registered already concluded (an imported annex records its whole
          // history at one instant) says nothing about how long closures take.
          if (registered != null && approved != null && approved.isAfter(registered)) {
            durations.put(rs.getLong("commitment_id"), Duration.between(registered, approved));
          }
        });
    return durations;
  }

  private List<OpenTask> tasks(CurrentUser user, List<Commitment> visible) {
    Map<String, Commitment> byInstance =
        visible.stream()
            .filter(c -> c.getProcessInstanceId() != null)
            .collect(
                Collectors.toMap(
                    Commitment::getProcessInstanceId, Function.identity(), (a, b) -> a));
    return engine.tasksOf(user).stream()
        .map(
            task -> {
              Commitment commitment = byInstance.get(task.processInstanceId());
              return commitment == null
                  ? task
                  : task.forCommitment(commitment.getId(), commitment.getFolio());
            })
        .toList();
  }

  // --- The annex-like table ---------------------------------------------------------------------

  private AnnexPage annex(List<Commitment> visible, AnnexQuery query, LocalDate today) {
    String words = query.text() == null ? null : SpanishText.plain(query.text());
    List<Commitment> matching =
        visible.stream()
            .filter(c -> query.status() == null || c.getStatus() == query.status())
            .filter(c -> query.area() == null || query.area().equals(c.getAreaCode()))
            .filter(c -> query.session() == null || query.session().equals(c.getSession().getId()))
            .filter(c -> words == null || matches(c, words))
            .sorted(order(query))
            .toList();
    int pages = Math.max(1, (matching.size() + AnnexQuery.PAGE_SIZE - 1) / AnnexQuery.PAGE_SIZE);
    int page = Math.min(query.page(), pages);
    int from = (page - 1) * AnnexQuery.PAGE_SIZE;
    List<Commitment> shown =
        matching.subList(from, Math.min(from + AnnexQuery.PAGE_SIZE, matching.size()));
    Map<Long, String> latest = latestNarratives(shown.stream().map(Commitment::getId).toList());
    return new AnnexPage(
        query,
        shown.stream().map(c -> row(c, today, latest.get(c.getId()))).toList(),
        page,
        pages,
        matching.size(),
        from + 1);
  }

  private static boolean matches(Commitment c, String words) {
    String haystack =
        SpanishText.plain(
            String.join(
                " ",
                c.getFolio(),
                c.getText(),
                c.getProposer() == null ? "" : c.getProposer(),
                c.getArea() == null ? "" : c.getArea().getName()));
    return Arrays.stream(words.split("\\s+")).allMatch(haystack::contains);
  }

  private static Comparator<Commitment> order(AnnexQuery query) {
    Comparator<Commitment> bySession = sessionOrder();
    Comparator<Commitment> primary =
        switch (query.sort()) {
          case FOLIO -> Comparator.comparing(Commitment::getFolio);
          case SESSION -> bySession;
          case AREA ->
              Comparator.comparing(
                      (Commitment c) -> c.getArea() == null ? null : c.getArea().getName(),
                      Comparator.nullsFirst(Comparator.naturalOrder()))
                  .thenComparing(bySession);
          case STATUS -> Comparator.comparing(Commitment::getStatus).thenComparing(bySession);
          case PERCENT -> Comparator.comparingInt(Commitment::getPercent).thenComparing(bySession);
          case DUE_DATE ->
              Comparator.comparing(
                      Commitment::getDueDate, Comparator.nullsLast(Comparator.naturalOrder()))
                  .thenComparing(bySession);
        };
    return query.descending() ? primary.reversed() : primary;
  }

  /** The API's order: session date, session, registration. */
  private static Comparator<Commitment> sessionOrder() {
    return Comparator.comparing((Commitment c) -> c.getSession().getDate())
        .thenComparing(c -> c.getSession().getId())
        .thenComparing(Commitment::getId);
  }

  private Map<Long, String> latestNarratives(Collection<Long> ids) {
    Map<Long, String> latest = new HashMap<>();
    if (ids.isEmpty()) {
      return latest;
    }
    jdbc.query(
        """
        select commitment_id, narrative from (
          select p.commitment_id, p.narrative,
                 row_number() over (partition by p.commitment_id
                                    order by p.reported_at desc, p.id desc) as recency
            from progress_report p
           where p.commitment_id in (:ids)) latest
         where recency = 1
        """,
        Map.of("ids", ids),
        (ResultSet rs) -> {
          latest.put(rs.getLong("commitment_id"), rs.getString("narrative"));
        });
    return latest;
  }

  // --- Shared ----------------------------------------------------------------------------------

  static boolean isOverdue(Commitment c, LocalDate today) {
    return c.getDueDate() != null && c.getDueDate().isBefore(today) && !c.getStatus().isClosed();
  }

  static CommitmentRow row(Commitment c, LocalDate today, String latestProgress) {
    return new CommitmentRow(
        c.getId(),
        c.getFolio(),
        c.getSession().annexLabel(),
        c.getKind().label(),
        c.getText(),
        c.getAreaCode(),
        c.getArea() == null ? NO_AREA : c.getArea().getName(),
        c.getStatus(),
        c.getPercent(),
        c.getDueDate(),
        isOverdue(c, today),
        latestProgress);
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    var timestamp = rs.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
