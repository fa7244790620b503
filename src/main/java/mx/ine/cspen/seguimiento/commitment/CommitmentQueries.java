package mx.ine.cspen.seguimiento.commitment;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.area.AreaRepository;
import mx.ine.cspen.seguimiento.security.CurrentUser;
import mx.ine.cspen.seguimiento.session.CommissionSession;
import mx.ine.cspen.seguimiento.session.SessionType;
import mx.ine.cspen.seguimiento.system.CountedFigures;
import mx.ine.cspen.seguimiento.system.SpanishText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read model of commitments: every query that reads many of them (the dashboard's figures and
 * lists, the API's pages, the export's cursor) in SQL, so that the database counts, orders and
 * pages and only what is shown travels. Writes go through {@link CommitmentRegistry} and {@link
 * CommitmentFollowUp}.
 *
 * <p>Visibility is one rule, applied here to every query through {@link Scope}: readers of
 * everything see all commitments, an area's staff only their areas' own (docs/security.md).
 */
@Repository
public class CommitmentQueries {

  /** Rows fetched per round trip while the export streams (the driver's cursor). */
  private static final int FETCH_SIZE = 500;

  private static final String OPEN =
      "c.status not in ('"
          + CommitmentStatus.CONCLUDED
          + "', '"
          + CommitmentStatus.CANCELLED
          + "')";

  /**
   * Accented letters folded to plain ones before comparing words, as {@link SpanishText#plain} does
   * in Java; both databases know TRANSLATE, neither folds accents on its own.
   */
  private static final String ACCENTED = "ÁÀÂÄÃÅáàâäãåÉÈÊËéèêëÍÌÎÏíìîïÓÒÔÖÕóòôöõÚÙÛÜúùûüÑñÇçÝýÿ";

  private static final String PLAIN = "AAAAAAaaaaaaEEEEeeeeIIIIiiiiOOOOOoooooUUUUuuuuNnCcYyy";

  private static final String ROW_COLUMNS =
      """
      select c.id, c.folio, c.session_id, s.session_type, s.session_number, s.session_date,
             c.kind, c.text, c.proposer, c.area_code, a.name as area_name, c.due_date, c.status,
             c.percent, c.process_instance_id, c.created_at, c.created_by
        from commitment c
        join commission_session s on s.id = c.session_id
        left join area a on a.code = c.area_code
      """;

  private final NamedParameterJdbcTemplate jdbc;
  private final NamedParameterJdbcTemplate streaming;
  private final AreaRepository areas;
  private volatile ClosureDays closureDays = new ClosureDays(-1, -1, Map.of(), Map.of());

  /** Counts over the whole scope, counted again only once something changed. */
  private record CountKey(Scope scope, Filter filter, CommitmentChanges.Mark mark) {}

  private final CommitmentChanges changes;
  private final CountedFigures<CountKey, Long> counts = new CountedFigures<>();
  private final CountedFigures<CountKey, Map<Long, Long>> sessionCounts = new CountedFigures<>();

  CommitmentQueries(JdbcTemplate jdbcTemplate, AreaRepository areas, CommitmentChanges changes) {
    this.changes = changes;
    this.jdbc = new NamedParameterJdbcTemplate(jdbcTemplate);
    JdbcTemplate cursor = new JdbcTemplate(jdbcTemplate.getDataSource());
    cursor.setFetchSize(FETCH_SIZE);
    this.streaming = new NamedParameterJdbcTemplate(cursor);
    this.areas = areas;
  }

  // --- What a query covers ---------------------------------------------------------------------

  /**
   * Whose commitments: those of some commissions (none named: of every commission), all of them or
   * those of some areas.
   */
  public record Scope(List<Long> commissions, boolean everything, List<String> areaCodes) {

    public Scope {
      commissions = List.copyOf(commissions);
      areaCodes = List.copyOf(areaCodes);
    }

    /**
     * The commission the person works in (all of them for readers of every commission who look at
     * all at once): everything of it for its Secretaría Técnica and members, an area's staff only
     * their areas' own.
     */
    public static Scope of(CurrentUser user) {
      List<Long> commissions = user.acting() != null ? List.of(user.acting()) : List.of();
      return user.readsEverything()
          ? new Scope(commissions, true, List.of())
          : new Scope(commissions, false, user.actingAreaCodes().stream().sorted().toList());
    }

    /** Every commitment of every commission. */
    public static Scope all() {
      return new Scope(List.of(), true, List.of());
    }

    /** Every commitment of one commission. */
    public static Scope ofCommission(long commissionId) {
      return new Scope(List.of(commissionId), true, List.of());
    }

    /** A user of no area and no reading group sees nothing at all. */
    public boolean nothing() {
      return !everything && areaCodes.isEmpty();
    }
  }

  /**
   * The filters of the list (null: any).
   *
   * @param overdueOn only open commitments whose due date is before this day
   * @param words words the folio, text, proposer or area's name must all contain (accents and case
   *     ignored)
   */
  public record Filter(
      CommitmentStatus status, String areaCode, Long sessionId, LocalDate overdueOn, String words) {

    public static final Filter NONE = new Filter(null, null, null, null, null);

    public static Filter of(CommitmentStatus status, String areaCode, Long sessionId) {
      return new Filter(status, areaCode, sessionId, null, null);
    }
  }

  /** The orders the lists know; every one ends on a unique key, so pages never overlap. */
  public enum Order {
    /** The API's and the annex's order: session date, session, registration. */
    SESSION,
    FOLIO,
    /** Area name (commitments without area first), then the session order. */
    AREA,
    /** Status in the order of the lifecycle, then the session order. */
    STATUS,
    PERCENT,
    /** Due date (none last), then the session order. */
    DUE_DATE,
    /** The most overdue first: due date, then registration. */
    DEADLINE
  }

  /** One commitment as lists show it: its columns, with its session's and area's. */
  public record Row(
      long id,
      String folio,
      long sessionId,
      SessionType sessionType,
      int sessionNumber,
      LocalDate sessionDate,
      CommitmentKind kind,
      String text,
      String proposer,
      String areaCode,
      String areaName,
      LocalDate dueDate,
      CommitmentStatus status,
      int percent,
      String processInstanceId,
      Instant createdAt,
      String createdBy) {

    /** "13/03/2024 Primera sesión ordinaria." */
    public String sessionLabel() {
      return CommissionSession.annexLabel(sessionType, sessionNumber, sessionDate);
    }

    public boolean overdueOn(LocalDate today) {
      return dueDate != null && dueDate.isBefore(today) && !status.isClosed();
    }
  }

  /**
   * @param averageDaysToClosure from registration to the approval of the closure, over the area's
   *     concluded commitments, from their history; null when none is concluded
   */
  public record AreaCounts(
      String code,
      String name,
      long total,
      long open,
      long overdue,
      long awaitingVerification,
      long concluded,
      Double averageDaysToClosure) {}

  public record SessionCounts(
      long id,
      SessionType type,
      int number,
      LocalDate date,
      long total,
      long open,
      long concluded,
      long cancelled) {

    public String annexLabel() {
      return CommissionSession.annexLabel(type, number, date);
    }
  }

  // --- Figures ---------------------------------------------------------------------------------

  /**
   * The dashboard's counts over every commitment in scope: by status (every status, zeros
   * included), by area (by the area's name, those without area last) and by session (oldest first).
   */
  public record Figures(
      Map<CommitmentStatus, Long> byStatus,
      List<AreaCounts> byArea,
      List<SessionCounts> bySession) {}

  /**
   * The dashboard's counts, from one pass over the commitments in scope grouped by session, area
   * and status (a few thousand groups at a hundred thousand commitments), added up here.
   */
  @Transactional(readOnly = true)
  public Figures figures(Scope scope, LocalDate today) {
    Map<CommitmentStatus, Long> byStatus = new EnumMap<>(CommitmentStatus.class);
    for (CommitmentStatus status : CommitmentStatus.values()) {
      byStatus.put(status, 0L);
    }
    if (scope.nothing()) {
      return new Figures(byStatus, List.of(), List.of());
    }
    Sql sql =
        new Sql(
            "select c.session_id, c.area_code, c.status, count(*) as n,"
                + " sum(case when "
                + OPEN
                + " and c.due_date < :today then 1 else 0 end) as overdue"
                + " from commitment c where 1 = 1");
    sql.scope(scope);
    sql.append(" group by c.session_id, c.area_code, c.status");
    sql.parameter("today", today);
    Map<String, long[]> areaTotals = new HashMap<>();
    Map<Long, long[]> sessionTotals = new HashMap<>();
    jdbc.query(
        sql.text(),
        sql.parameters(),
        (ResultSet rs) -> {
          CommitmentStatus status = CommitmentStatus.valueOf(rs.getString("status"));
          long n = rs.getLong("n");
          byStatus.merge(status, n, Long::sum);
          long[] area = areaTotals.computeIfAbsent(rs.getString("area_code"), k -> new long[5]);
          area[0] += n;
          area[1] += status.isClosed() ? 0 : n;
          area[2] += rs.getLong("overdue");
          area[3] += status == CommitmentStatus.UNDER_VERIFICATION ? n : 0;
          area[4] += status == CommitmentStatus.CONCLUDED ? n : 0;
          long[] session =
              sessionTotals.computeIfAbsent(rs.getLong("session_id"), k -> new long[4]);
          session[0] += n;
          session[1] += status.isClosed() ? 0 : n;
          session[2] += status == CommitmentStatus.CONCLUDED ? n : 0;
          session[3] += status == CommitmentStatus.CANCELLED ? n : 0;
        });
    // The table below the figures, unfiltered, asks for the same total and counts by session.
    CommitmentChanges.Mark mark = changes.mark();
    Map<Long, Long> perSession = new HashMap<>();
    sessionTotals.forEach((session, t) -> perSession.put(session, t[0]));
    counts.put(
        new CountKey(scope, Filter.NONE, mark),
        byStatus.values().stream().mapToLong(Long::longValue).sum());
    sessionCounts.put(new CountKey(scope, Filter.NONE, mark), Map.copyOf(perSession));
    return new Figures(byStatus, areaCounts(areaTotals), sessionCounts(sessionTotals));
  }

  private List<AreaCounts> areaCounts(Map<String, long[]> totals) {
    Map<String, Double> averageDays = averageDaysToClosure();
    Map<String, String> names = areaNames();
    // Ordered here, by the names as Java compares them, whatever the database's collation.
    return totals.entrySet().stream()
        .map(
            e -> {
              String code = e.getKey();
              long[] t = e.getValue();
              return new AreaCounts(
                  code,
                  code == null ? null : names.getOrDefault(code, code),
                  t[0],
                  t[1],
                  t[2],
                  t[3],
                  t[4],
                  averageDays.get(code));
            })
        .sorted(
            Comparator.comparing(
                AreaCounts::name, Comparator.nullsLast(Comparator.<String>naturalOrder())))
        .toList();
  }

  private List<SessionCounts> sessionCounts(Map<Long, long[]> totals) {
    if (totals.isEmpty()) {
      return List.of();
    }
    return jdbc.query(
        "select id, session_type, session_number, session_date from commission_session"
            + " where id in (:ids) order by session_date, id",
        Map.of("ids", totals.keySet()),
        (rs, i) -> {
          long[] t = totals.get(rs.getLong("id"));
          return new SessionCounts(
              rs.getLong("id"),
              SessionType.valueOf(rs.getString("session_type")),
              rs.getInt("session_number"),
              rs.getObject("session_date", LocalDate.class),
              t[0],
              t[1],
              t[2],
              t[3]);
        });
  }

  /**
   * One commission's commitments by status, and how many of them are overdue.
   *
   * @param byStatus every status present, zeros included
   */
  public record CommissionCounts(
      long commissionId, Map<CommitmentStatus, Long> byStatus, long overdue) {

    public long total() {
      return byStatus.values().stream().mapToLong(Long::longValue).sum();
    }

    public long count(CommitmentStatus status) {
      return byStatus.getOrDefault(status, 0L);
    }
  }

  /**
   * Every commission's figures, for the readers of every commission: one entry per commission id
   * asked for, zeros included, in the order asked.
   */
  @Transactional(readOnly = true)
  public List<CommissionCounts> countByCommission(List<Long> commissionIds, LocalDate today) {
    Map<Long, Map<CommitmentStatus, Long>> byStatus = new HashMap<>();
    Map<Long, Long> overdue = new HashMap<>();
    for (Long id : commissionIds) {
      Map<CommitmentStatus, Long> counts = new EnumMap<>(CommitmentStatus.class);
      for (CommitmentStatus status : CommitmentStatus.values()) {
        counts.put(status, 0L);
      }
      byStatus.put(id, counts);
      overdue.put(id, 0L);
    }
    jdbc.query(
        "select s.commission_id, c.status, count(*) as n,"
            + " sum(case when "
            + OPEN
            + " and c.due_date < :today then 1 else 0 end) as overdue"
            + " from commitment c join commission_session s on s.id = c.session_id"
            + " group by s.commission_id, c.status",
        Map.of("today", today),
        (ResultSet rs) -> {
          long id = rs.getLong("commission_id");
          Map<CommitmentStatus, Long> counts = byStatus.get(id);
          if (counts != null) {
            counts.put(CommitmentStatus.valueOf(rs.getString("status")), rs.getLong("n"));
            overdue.merge(id, rs.getLong("overdue"), Long::sum);
          }
        });
    return commissionIds.stream()
        .map(id -> new CommissionCounts(id, byStatus.get(id), overdue.get(id)))
        .toList();
  }

  /**
   * The average days from registration to the approval of the closure, by area, over every
   * concluded commitment, from their history. A concluded commitment changes no more (neither its
   * area nor its history), and history is only appended; so the sums are kept, and after new
   * approvals only the commitments they concluded are read and added. Everything is read again when
   * the approvals are not just those added (one was removed, or a commitment was approved twice).
   * The approvals' count and latest id are read first; the figures, read after, are never older
   * than them.
   */
  private Map<String, Double> averageDaysToClosure() {
    Map<String, Object> approvals =
        jdbc.queryForMap(
            "select count(*) as n, max(id) as latest from commitment_event"
                + " where event_type = :approved",
            Map.of("approved", CommitmentEventType.CLOSURE_APPROVED.name()));
    long count = ((Number) approvals.get("n")).longValue();
    Number latestId = (Number) approvals.get("latest");
    long latest = latestId == null ? 0 : latestId.longValue();
    ClosureDays known = closureDays;
    if (known.approvals() == count && known.latest() == latest) {
      return known.byArea();
    }
    ClosureDays counted = null;
    if (known.approvals() >= 0 && latest > known.latest() && count > known.approvals()) {
      counted = known.plus(closuresSince(known.latest()), count, latest);
    }
    if (counted == null) {
      counted = ClosureDays.of(closuresSince(-1), count, latest);
    }
    closureDays = counted;
    return counted.byArea();
  }

  /**
   * The concluded commitments approved after the approval {@code since} (every one for -1), each
   * with its area, how long its closure took, and the approvals it holds before and after {@code
   * since}.
   */
  private List<Closure> closuresSince(long since) {
    return jdbc.query(
        """
        select c.id, c.area_code,
               case when max(case when e.event_type = :approved then e.occurred_at end)
                         > min(case when e.event_type = :registered then e.occurred_at end)
                    then floor(extract(epoch from max(case when e.event_type = :approved
                                                           then e.occurred_at end))
                               - extract(epoch from min(case when e.event_type = :registered
                                                             then e.occurred_at end)))
               end as seconds,
               sum(case when e.event_type = :approved and e.id <= :since then 1 else 0 end)
                 as approved_before,
               sum(case when e.event_type = :approved and e.id > :since then 1 else 0 end)
                 as approved_since
          from commitment c
          join commitment_event e on e.commitment_id = c.id
         where c.status = :concluded and e.event_type in (:registered, :approved)
           and c.id in (select a.commitment_id from commitment_event a
                         where a.event_type = :approved and a.id > :since)
         group by c.id, c.area_code
        """,
        Map.of(
            "registered", CommitmentEventType.REGISTERED.name(),
            "approved", CommitmentEventType.CLOSURE_APPROVED.name(),
            "concluded", CommitmentStatus.CONCLUDED.name(),
            "since", since),
        (rs, i) -> {
          Number seconds = (Number) rs.getObject("seconds");
          return new Closure(
              rs.getString("area_code"),
              seconds == null ? null : seconds.longValue(),
              rs.getLong("approved_before"),
              rs.getLong("approved_since"));
        });
  }

  /**
   * A concluded commitment's closure: how long it took, in whole seconds; null for a commitment
   * registered already concluded (an imported annex records its whole history at one instant),
   * which says nothing about how long closures take.
   */
  private record Closure(String area, Long seconds, long approvedBefore, long approvedSince) {}

  /** The sums behind the averages: by area, the seconds closures took and how many there were. */
  private record ClosureDays(
      long approvals, long latest, Map<String, long[]> sums, Map<String, Double> byArea) {

    static ClosureDays of(List<Closure> closures, long approvals, long latest) {
      return new ClosureDays(approvals, latest, Map.of(), Map.of())
          .add(closures, approvals, latest);
    }

    /** With the closures approved since, or null when those are not all that changed. */
    ClosureDays plus(List<Closure> closures, long approvals, long latest) {
      long added = closures.stream().mapToLong(Closure::approvedSince).sum();
      boolean onlyNew = closures.stream().allMatch(c -> c.approvedBefore() == 0);
      return onlyNew && added == approvals - this.approvals
          ? add(closures, approvals, latest)
          : null;
    }

    private ClosureDays add(List<Closure> closures, long approvals, long latest) {
      Map<String, long[]> summed = new HashMap<>();
      sums.forEach((area, s) -> summed.put(area, s.clone()));
      for (Closure closure : closures) {
        if (closure.seconds() != null) {
          long[] s = summed.computeIfAbsent(closure.area(), k -> new long[2]);
          s[0] += closure.seconds();
          s[1]++;
        }
      }
      Map<String, Double> averages = new HashMap<>();
      summed.forEach((area, s) -> averages.put(area, s[0] / (double) s[1] / 86_400.0));
      return new ClosureDays(
          approvals,
          latest,
          java.util.Collections.unmodifiableMap(summed),
          java.util.Collections.unmodifiableMap(averages));
    }
  }

  // --- Lists -----------------------------------------------------------------------------------

  /** How many commitments in scope pass the filter. */
  @Transactional(readOnly = true)
  public long count(Scope scope, Filter filter) {
    if (scope.nothing()) {
      return 0;
    }
    return counts.get(new CountKey(scope, filter, changes.mark()), () -> countNow(scope, filter));
  }

  private long countNow(Scope scope, Filter filter) {
    Sql sql =
        new Sql(
            "select count(*) from commitment c"
                + (filter.words() == null ? "" : " left join area a on a.code = c.area_code")
                + " where 1 = 1");
    sql.scope(scope);
    sql.filter(filter);
    Long count = jdbc.queryForObject(sql.text(), sql.parameters(), Long.class);
    return count == null ? 0 : count;
  }

  /** A slice of the commitments in scope that pass the filter, in the given order. */
  @Transactional(readOnly = true)
  public List<Row> list(
      Scope scope, Filter filter, Order order, boolean descending, long offset, int limit) {
    if (scope.nothing() || limit <= 0) {
      return List.of();
    }
    Sql sql = new Sql(ROW_COLUMNS + " where 1 = 1");
    sql.scope(scope);
    sql.filter(filter);
    if (order == Order.SESSION && !descending) {
      // The session order of a page deep in the list: only the sessions that hold the page are
      // read and sorted, not the whole table.
      SessionSlice slice = sessionSlice(scope, filter, offset, limit);
      if (slice.sessions().isEmpty()) {
        return List.of();
      }
      sql.append(" and c.session_id in (:pageSessions)");
      sql.parameter("pageSessions", slice.sessions());
      offset = slice.offset();
    }
    sql.append(" order by " + orderBy(order, descending));
    sql.append(" limit :limit offset :offset");
    sql.parameter("limit", limit);
    sql.parameter("offset", offset);
    return jdbc.query(sql.text(), sql.parameters(), (rs, i) -> row(rs));
  }

  /** The sessions whose commitments hold a page, and where the page starts among them. */
  private record SessionSlice(List<Long> sessions, long offset) {}

  /**
   * Which sessions, in the list's order, hold the rows from {@code offset} to {@code offset +
   * limit}: the commitments are counted by session (from the index alone), the sessions walked in
   * date order.
   */
  private SessionSlice sessionSlice(Scope scope, Filter filter, long offset, int limit) {
    Sql counts =
        new Sql(
            "select c.session_id, count(*) as n from commitment c"
                + (filter.words() == null ? "" : " left join area a on a.code = c.area_code")
                + " where 1 = 1");
    counts.scope(scope);
    counts.filter(filter);
    counts.append(" group by c.session_id");
    Map<Long, Long> perSession =
        sessionCounts.get(
            new CountKey(scope, filter, changes.mark()),
            () -> {
              Map<Long, Long> found = new HashMap<>();
              jdbc.query(
                  counts.text(),
                  counts.parameters(),
                  (ResultSet rs) -> {
                    found.put(rs.getLong("session_id"), rs.getLong("n"));
                  });
              return Map.copyOf(found);
            });
    List<Long> sessions = new ArrayList<>();
    long before = 0;
    long seen = 0;
    for (long session :
        jdbc.queryForList(
            "select id from commission_session order by session_date, id", Map.of(), Long.class)) {
      long n = perSession.getOrDefault(session, 0L);
      if (n == 0) {
        continue;
      }
      if (seen + n > offset && seen < offset + limit) {
        if (sessions.isEmpty()) {
          before = seen;
        }
        sessions.add(session);
      }
      seen += n;
    }
    return new SessionSlice(sessions, offset - before);
  }

  /** Every commitment in scope that passes the filter, in the API's order, one at a time. */
  @Transactional(readOnly = true)
  public void forEach(Scope scope, Filter filter, Consumer<Row> action) {
    if (scope.nothing()) {
      return;
    }
    Sql sql = new Sql(ROW_COLUMNS + " where 1 = 1");
    sql.scope(scope);
    sql.filter(filter);
    sql.append(" order by " + orderBy(Order.SESSION, false));
    streaming.query(sql.text(), sql.parameters(), (ResultSet rs) -> action.accept(row(rs)));
  }

  /** The commitments these process instances belong to, in scope, by process instance. */
  @Transactional(readOnly = true)
  public Map<String, Row> byProcessInstance(Scope scope, Collection<String> processInstanceIds) {
    Map<String, Row> rows = new HashMap<>();
    if (scope.nothing() || processInstanceIds.isEmpty()) {
      return rows;
    }
    Sql sql = new Sql(ROW_COLUMNS + " where c.process_instance_id in (:instances)");
    sql.parameter("instances", List.copyOf(processInstanceIds));
    sql.scope(scope);
    jdbc.query(
        sql.text(),
        sql.parameters(),
        (ResultSet rs) -> {
          Row row = row(rs);
          rows.putIfAbsent(row.processInstanceId(), row);
        });
    return rows;
  }

  /** The latest progress narrative of each of these commitments that has one. */
  @Transactional(readOnly = true)
  public Map<Long, String> latestNarratives(Collection<Long> commitmentIds) {
    Map<Long, String> latest = new HashMap<>();
    if (commitmentIds.isEmpty()) {
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
        Map.of("ids", List.copyOf(commitmentIds)),
        (ResultSet rs) -> {
          latest.put(rs.getLong("commitment_id"), rs.getString("narrative"));
        });
    return latest;
  }

  // --- The annex (export) ----------------------------------------------------------------------

  /**
   * A commitment with what the annex shows of it: its latest progress (narrative, references) and,
   * when it is without effect, the reason.
   */
  public record AnnexEntry(
      Row commitment,
      String latestNarrative,
      List<ReferenceInput> latestReferences,
      String cancellationReason) {

    /** The annex's "Avance/cumplimiento": the latest narrative, or why it is without effect. */
    public String narrative() {
      if (commitment.status() == CommitmentStatus.CANCELLED && cancellationReason != null) {
        return cancellationReason;
      }
      return latestNarrative == null ? "" : latestNarrative;
    }

    /** The latest report's references; none when the commitment is without effect. */
    public List<ReferenceInput> references() {
      return commitment.status() == CommitmentStatus.CANCELLED ? List.of() : latestReferences;
    }
  }

  /**
   * The annex of the commitments in scope that pass the filter, in the API's order, streamed from
   * one query: one row per reference of the latest progress report, so memory holds one commitment
   * at a time whatever their number.
   */
  @Transactional(readOnly = true)
  public void forEachAnnexEntry(Scope scope, Filter filter, Consumer<AnnexEntry> action) {
    if (scope.nothing()) {
      return;
    }
    Sql sql =
        new Sql(
            ROW_COLUMNS.replace(
                    "from commitment c",
                    ", p.narrative as latest_narrative, r.reference_type, r.reference_number,"
                        + " r.reference_date, r.url as reference_url, x.note as cancellation_reason"
                        + " from commitment c")
                + """
                  left join (select q.commitment_id, q.id, q.narrative,
                                    row_number() over (partition by q.commitment_id
                                                       order by q.reported_at desc, q.id desc) as recency
                               from progress_report q) p
                         on p.commitment_id = c.id and p.recency = 1
                  left join document_reference r on r.progress_report_id = p.id
                  left join (select v.commitment_id, v.note,
                                    row_number() over (partition by v.commitment_id
                                                       order by v.occurred_at desc, v.id desc) as recency
                               from commitment_event v where v.event_type = :cancelledEvent) x
                         on x.commitment_id = c.id and x.recency = 1
                 where 1 = 1
                """);
    sql.parameter("cancelledEvent", CommitmentEventType.CANCELLED.name());
    sql.scope(scope);
    sql.filter(filter);
    sql.append(" order by " + orderBy(Order.SESSION, false) + ", r.position");
    AnnexCollector collector = new AnnexCollector(action);
    streaming.query(sql.text(), sql.parameters(), collector::row);
    collector.finish();
  }

  /** Folds the consecutive rows of one commitment (one per reference) into its entry. */
  private static final class AnnexCollector {
    private final Consumer<AnnexEntry> action;
    private Row current;
    private String narrative;
    private String reason;
    private final List<ReferenceInput> references = new ArrayList<>();

    AnnexCollector(Consumer<AnnexEntry> action) {
      this.action = action;
    }

    void row(ResultSet rs) throws SQLException {
      long id = rs.getLong("id");
      if (current == null || current.id() != id) {
        finish();
        current = CommitmentQueries.row(rs);
        narrative = rs.getString("latest_narrative");
        reason = rs.getString("cancellation_reason");
      }
      String type = rs.getString("reference_type");
      if (type != null) {
        references.add(
            new ReferenceInput(
                DocumentType.fromCode(type),
                rs.getString("reference_number"),
                rs.getObject("reference_date", LocalDate.class),
                rs.getString("reference_url")));
      }
    }

    void finish() {
      if (current != null) {
        action.accept(new AnnexEntry(current, narrative, List.copyOf(references), reason));
      }
      current = null;
      references.clear();
    }
  }

  // --- The follow-up report's source ----------------------------------------------------------

  /**
   * A commitment as it stood at an instant, from its dated history: the latest event (its status
   * then, and the reason when it was left without effect), the latest event naming an area, and the
   * latest progress report with its references.
   *
   * @param currentAreaName its area now (for a commitment captured after the instant)
   * @param statusThen null when nothing was recorded before the instant
   * @param areaThen the code of its area then, or null
   * @param narrative the latest progress narrative then, or null when none was reported
   */
  public record AsOf(
      long id,
      long sessionId,
      SessionType sessionType,
      int sessionNumber,
      LocalDate sessionDate,
      String text,
      String currentAreaName,
      CommitmentStatus statusThen,
      String statusNote,
      String areaThen,
      String narrative,
      int percent,
      List<CitedDocument> references) {}

  /** A document a progress report cites, in the report's order. */
  public record CitedDocument(String number, String url) {}

  /**
   * Every commitment of the commission from a session held on or before {@code cutoff} as it stood
   * just before {@code end}, in the annex's order, streamed one at a time. The history is
   * append-only and dated, so the answer for a past instant never changes.
   */
  @Transactional(readOnly = true)
  public void forEachAsOf(long commissionId, LocalDate cutoff, Instant end, Consumer<AsOf> action) {
    String inScope =
        " join commitment k on k.id = %s.commitment_id"
            + " join commission_session ks on ks.id = k.session_id and ks.session_date <= :cutoff"
            + " and ks.commission_id = :commission";
    String sql =
        """
        select c.id, c.session_id, s.session_type, s.session_number, s.session_date, c.text,
               a.name as area_name, le.status_after, le.note, la.area_code as area_then,
               lp.narrative, lp.percent, r.reference_number, r.url as reference_url
          from commitment c
          join commission_session s on s.id = c.session_id
          left join area a on a.code = c.area_code
          left join (select e.commitment_id, e.status_after, e.note,
                            row_number() over (partition by e.commitment_id
                                               order by e.occurred_at desc, e.id desc) as recency
                       from commitment_event e %1$s
                      where e.occurred_at < :end) le
                 on le.commitment_id = c.id and le.recency = 1
          left join (select f.commitment_id, f.area_code,
                            row_number() over (partition by f.commitment_id
                                               order by f.occurred_at desc, f.id desc) as recency
                       from commitment_event f %2$s
                      where f.occurred_at < :end and f.area_code is not null) la
                 on la.commitment_id = c.id and la.recency = 1
          left join (select p.commitment_id, p.id, p.narrative, p.percent,
                            row_number() over (partition by p.commitment_id
                                               order by p.reported_at desc, p.id desc) as recency
                       from progress_report p %3$s
                      where p.reported_at < :end) lp
                 on lp.commitment_id = c.id and lp.recency = 1
          left join document_reference r on r.progress_report_id = lp.id
         where s.session_date <= :cutoff and s.commission_id = :commission
         order by s.session_date, c.session_id, c.id, r.position
        """
            .formatted(inScope.formatted("e"), inScope.formatted("f"), inScope.formatted("p"));
    MapSqlParameterSource parameters =
        new MapSqlParameterSource()
            .addValue("commission", commissionId)
            .addValue("cutoff", cutoff)
            .addValue("end", OffsetDateTime.ofInstant(end, java.time.ZoneOffset.UTC));
    List<CitedDocument> references = new ArrayList<>();
    Object[] current = {null};
    ResultSetHandler handler =
        rs -> {
          long id = rs.getLong("id");
          AsOf open = (AsOf) current[0];
          if (open == null || open.id() != id) {
            if (open != null) {
              action.accept(withReferences(open, references));
            }
            references.clear();
            String status = rs.getString("status_after");
            Number percent = (Number) rs.getObject("percent");
            current[0] =
                new AsOf(
                    id,
                    rs.getLong("session_id"),
                    SessionType.valueOf(rs.getString("session_type")),
                    rs.getInt("session_number"),
                    rs.getObject("session_date", LocalDate.class),
                    rs.getString("text"),
                    rs.getString("area_name"),
                    status == null ? null : CommitmentStatus.valueOf(status),
                    rs.getString("note"),
                    rs.getString("area_then"),
                    rs.getString("narrative"),
                    percent == null ? 0 : percent.intValue(),
                    List.of());
          }
          String number = rs.getString("reference_number");
          if (number != null) {
            references.add(new CitedDocument(number, rs.getString("reference_url")));
          }
        };
    streaming.query(sql, parameters, (ResultSet rs) -> handler.handle(rs));
    if (current[0] != null) {
      action.accept(withReferences((AsOf) current[0], references));
    }
  }

  private static AsOf withReferences(AsOf row, List<CitedDocument> references) {
    return new AsOf(
        row.id(),
        row.sessionId(),
        row.sessionType(),
        row.sessionNumber(),
        row.sessionDate(),
        row.text(),
        row.currentAreaName(),
        row.statusThen(),
        row.statusNote(),
        row.areaThen(),
        row.narrative(),
        row.percent(),
        List.copyOf(references));
  }

  @FunctionalInterface
  private interface ResultSetHandler {
    void handle(ResultSet rs) throws SQLException;
  }

  // --- SQL -------------------------------------------------------------------------------------

  private static Row row(ResultSet rs) throws SQLException {
    OffsetDateTime created = rs.getObject("created_at", OffsetDateTime.class);
    return new Row(
        rs.getLong("id"),
        rs.getString("folio"),
        rs.getLong("session_id"),
        SessionType.valueOf(rs.getString("session_type")),
        rs.getInt("session_number"),
        rs.getObject("session_date", LocalDate.class),
        CommitmentKind.valueOf(rs.getString("kind")),
        rs.getString("text"),
        rs.getString("proposer"),
        rs.getString("area_code"),
        rs.getString("area_name"),
        rs.getObject("due_date", LocalDate.class),
        CommitmentStatus.valueOf(rs.getString("status")),
        rs.getInt("percent"),
        rs.getString("process_instance_id"),
        created == null ? null : created.toInstant(),
        rs.getString("created_by"));
  }

  private Map<String, String> areaNames() {
    Map<String, String> names = new HashMap<>();
    for (Area area : areas.findAll()) {
      names.put(area.getCode(), area.getName());
    }
    return names;
  }

  /**
   * The ORDER BY of an order. Areas are ranked by their names as Java compares them (the catalogue
   * is small), so that the order does not depend on the database's collation; descending reverses
   * every key, as reversing the whole comparison would.
   */
  private String orderBy(Order order, boolean descending) {
    List<String> keys = new ArrayList<>();
    String session = "s.session_date, c.session_id, c.id";
    switch (order) {
      case SESSION -> keys.add(session);
      case FOLIO -> keys.add("c.folio");
      case AREA -> {
        keys.add(areaRank() + " nulls first");
        keys.add(session);
      }
      case STATUS -> {
        StringBuilder rank = new StringBuilder("case c.status");
        for (CommitmentStatus status : CommitmentStatus.values()) {
          rank.append(" when '").append(status.name()).append("' then ").append(status.ordinal());
        }
        keys.add(rank.append(" end").toString());
        keys.add(session);
      }
      case PERCENT -> {
        keys.add("c.percent");
        keys.add(session);
      }
      case DUE_DATE -> {
        keys.add("c.due_date nulls last");
        keys.add(session);
      }
      case DEADLINE -> keys.add("c.due_date, c.id");
    }
    String ascending = String.join(", ", keys);
    return descending ? reversed(ascending) : ascending;
  }

  private String areaRank() {
    List<Area> all = new ArrayList<>(areas.findAll());
    all.sort(Comparator.comparing(Area::getName));
    StringBuilder rank = new StringBuilder("case c.area_code");
    for (int i = 0; i < all.size(); i++) {
      rank.append(" when '").append(all.get(i).getCode().replace("'", "''")).append("' then ");
      rank.append(i);
    }
    return rank.append(" else ").append(all.size()).append(" end").toString();
  }

  private static String reversed(String orderBy) {
    List<String> keys = new ArrayList<>();
    for (String key : splitKeys(orderBy)) {
      String k = key.strip();
      if (k.endsWith(" nulls first")) {
        keys.add(k.substring(0, k.length() - " nulls first".length()) + " desc nulls last");
      } else if (k.endsWith(" nulls last")) {
        keys.add(k.substring(0, k.length() - " nulls last".length()) + " desc nulls first");
      } else {
        keys.add(k + " desc");
      }
    }
    return String.join(", ", keys);
  }

  /** The keys of an ORDER BY; CASE expressions hold no commas. */
  private static List<String> splitKeys(String orderBy) {
    return List.of(orderBy.split(","));
  }

  /** A statement put together from the parts a query needs, with its named parameters. */
  private static final class Sql {
    private final StringBuilder text;
    private final MapSqlParameterSource parameters = new MapSqlParameterSource();

    Sql(String start) {
      this.text = new StringBuilder(start);
    }

    void append(String more) {
      text.append(more);
    }

    void parameter(String name, Object value) {
      parameters.addValue(name, value);
    }

    void scope(Scope scope) {
      if (!scope.commissions().isEmpty()) {
        text.append(
            " and c.session_id in (select ss.id from commission_session ss"
                + " where ss.commission_id in (:scopeCommissions))");
        parameters.addValue("scopeCommissions", scope.commissions());
      }
      if (!scope.everything()) {
        text.append(" and c.area_code in (:scopeAreas)");
        parameters.addValue("scopeAreas", scope.areaCodes());
      }
    }

    void filter(Filter filter) {
      if (filter.status() != null) {
        text.append(" and c.status = :status");
        parameters.addValue("status", filter.status().name());
      }
      if (filter.areaCode() != null) {
        text.append(" and c.area_code = :areaCode");
        parameters.addValue("areaCode", filter.areaCode());
      }
      if (filter.sessionId() != null) {
        text.append(" and c.session_id = :sessionId");
        parameters.addValue("sessionId", filter.sessionId());
      }
      if (filter.overdueOn() != null) {
        text.append(" and ").append(OPEN).append(" and c.due_date < :overdueOn");
        parameters.addValue("overdueOn", filter.overdueOn());
      }
      if (filter.words() != null) {
        String haystack =
            "lower(translate(c.folio || ' ' || c.text || ' ' || coalesce(c.proposer, '') || ' '"
                + " || coalesce(a.name, ''), '"
                + ACCENTED
                + "', '"
                + PLAIN
                + "'))";
        String[] words = SpanishText.plain(filter.words()).strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
          if (words[i].isEmpty()) {
            continue;
          }
          text.append(" and ").append(haystack).append(" like :word").append(i);
          text.append(" escape '!'");
          parameters.addValue("word" + i, "%" + escapeLike(words[i]) + "%");
        }
      }
    }

    String text() {
      return text.toString();
    }

    MapSqlParameterSource parameters() {
      return parameters;
    }

    private static String escapeLike(String word) {
      return word.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
  }
}
