package mx.ine.cspen.seguimiento.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.area.AreaRepository;
import mx.ine.cspen.seguimiento.commitment.CommitmentQueries;
import mx.ine.cspen.seguimiento.commitment.CommitmentStatus;
import mx.ine.cspen.seguimiento.session.CommissionSession;
import mx.ine.cspen.seguimiento.system.AppProperties;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Computes a commission's report as of its cut-off date from the commitments' dated history
 * (docs/report.md): status, area, percent and narrative are the latest ones dated before the end of
 * the cut-off day in the product's zone. The scope is every commitment of a session held on or
 * before the cut-off (also one captured later: it stands in progress as of the cut-off), except
 * those an issued report of the commission with an earlier cut-off already showed as concluded or
 * cancelled.
 */
@Component
class ReportCalculator {

  static final String CONCLUDED = "Concluido.";
  static final String IN_PROGRESS = "En curso.";
  static final String CANCELLED = "Sin efecto.";
  static final String NO_PROGRESS = "Sin avance informado a la fecha de corte.";
  static final String NO_AREA = "Sin área asignada.";

  private final CommitmentQueries sources;
  private final ReportItemRepository items;
  private final AreaRepository areas;
  private final AppProperties properties;

  ReportCalculator(
      CommitmentQueries sources,
      ReportItemRepository items,
      AreaRepository areas,
      AppProperties properties) {
    this.sources = sources;
    this.items = items;
    this.areas = areas;
    this.properties = properties;
  }

  @Transactional(readOnly = true)
  public FollowUpReportModel asOf(long commissionId, LocalDate cutoff) {
    Instant end = FollowUpReport.endOfCutoff(cutoff, properties.timeZone());
    Map<String, String> areaNames =
        areas.findAll().stream().collect(Collectors.toMap(Area::getCode, Area::getName));
    Set<Long> alreadyClosed = items.closedInIssuedReportsBefore(commissionId, cutoff);

    List<FollowUpReportModel.Item> rows = new ArrayList<>();
    List<FollowUpReportModel.Footnote> footnotes = new ArrayList<>();
    Map<Long, FollowUpReportModel.SessionRow> sessionsSeen = new LinkedHashMap<>();
    Map<Long, Integer> perSession = new LinkedHashMap<>();
    sources.forEachAsOf(
        commissionId,
        cutoff,
        end,
        commitment -> {
          if (alreadyClosed.contains(commitment.id())) {
            return;
          }
          CommitmentStatus latest = commitment.statusThen();
          // Captured after the cut-off, it was made at its session all the same: nothing about it
          // was recorded by then, so it stands in progress.
          CommitmentStatus shown =
              latest == null ? CommitmentStatus.IN_PROGRESS : shownStatus(latest);
          boolean reported = commitment.narrative() != null;
          String text;
          List<FollowUpReportModel.FootnoteCall> calls = new ArrayList<>();
          if (shown == CommitmentStatus.CANCELLED) {
            text = commitment.statusNote() == null ? CANCELLED : commitment.statusNote();
          } else if (!reported) {
            text = NO_PROGRESS;
          } else {
            text = commitment.narrative();
            calls = footnoteCalls(commitment.narrative(), commitment.references(), footnotes);
          }
          int percent =
              shown == CommitmentStatus.CONCLUDED ? 100 : reported ? commitment.percent() : 0;
          String areaName;
          if (commitment.areaThen() != null) {
            areaName =
                withPeriod(areaNames.getOrDefault(commitment.areaThen(), commitment.areaThen()));
          } else if (latest == null && commitment.currentAreaName() != null) {
            areaName = withPeriod(commitment.currentAreaName()); // captured after the cut-off
          } else {
            areaName = NO_AREA;
          }
          rows.add(
              new FollowUpReportModel.Item(
                  rows.size() + 1,
                  CommissionSession.annexLabel(
                      commitment.sessionType(),
                      commitment.sessionNumber(),
                      commitment.sessionDate()),
                  commitment.text(),
                  areaName,
                  text,
                  statusLabel(shown),
                  percent,
                  commitment.id(),
                  shown,
                  calls));
          sessionsSeen.putIfAbsent(
              commitment.sessionId(),
              new FollowUpReportModel.SessionRow(
                  CommissionSession.label(commitment.sessionType(), commitment.sessionNumber()),
                  commitment.sessionDate(),
                  0,
                  commitment.sessionType()));
          perSession.merge(commitment.sessionId(), 1, Integer::sum);
        });

    List<FollowUpReportModel.SessionRow> sessions =
        sessionsSeen.entrySet().stream()
            .map(
                e ->
                    new FollowUpReportModel.SessionRow(
                        e.getValue().label(),
                        e.getValue().date(),
                        perSession.get(e.getKey()),
                        e.getValue().type()))
            .toList();
    int concluded = count(rows, CommitmentStatus.CONCLUDED);
    int cancelled = count(rows, CommitmentStatus.CANCELLED);
    return new FollowUpReportModel(
        cutoff,
        rows.size(),
        concluded,
        rows.size() - concluded - cancelled,
        cancelled,
        sessions,
        rows,
        footnotes);
  }

  /**
   * The references with a link become footnotes, numbered across the document in order of
   * appearance. A call goes right after the first mention of the document's number in the narrative
   * ("… el Acuerdo INE/JGE38/2024¹."), or at its end when the narrative does not name it.
   */
  private static List<FollowUpReportModel.FootnoteCall> footnoteCalls(
      String narrative,
      List<CommitmentQueries.CitedDocument> references,
      List<FollowUpReportModel.Footnote> footnotes) {
    record Placed(int offset, int position, String url) {}
    List<Placed> placed = new ArrayList<>();
    for (int i = 0; i < references.size(); i++) {
      CommitmentQueries.CitedDocument reference = references.get(i);
      if (reference.url() == null || reference.url().isBlank()) {
        continue;
      }
      int found =
          reference.number() == null || reference.number().isBlank()
              ? -1
              : narrative.indexOf(reference.number());
      int offset = found < 0 ? narrative.length() : found + reference.number().length();
      placed.add(new Placed(offset, i, reference.url()));
    }
    placed.sort(Comparator.comparingInt(Placed::offset).thenComparingInt(Placed::position));
    List<FollowUpReportModel.FootnoteCall> calls = new ArrayList<>();
    for (Placed p : placed) {
      int number = footnotes.size() + 1;
      footnotes.add(new FollowUpReportModel.Footnote(number, p.url()));
      calls.add(new FollowUpReportModel.FootnoteCall(number, p.offset()));
    }
    return calls;
  }

  /** The report knows three statuses; awaiting verification is still in progress. */
  private static CommitmentStatus shownStatus(CommitmentStatus status) {
    return switch (status) {
      case CONCLUDED -> CommitmentStatus.CONCLUDED;
      case CANCELLED -> CommitmentStatus.CANCELLED;
      default -> CommitmentStatus.IN_PROGRESS;
    };
  }

  static String statusLabel(CommitmentStatus shown) {
    return switch (shown) {
      case CONCLUDED -> CONCLUDED;
      case CANCELLED -> CANCELLED;
      default -> IN_PROGRESS;
    };
  }

  private static String withPeriod(String name) {
    return name.endsWith(".") ? name : name + ".";
  }

  private static int count(List<FollowUpReportModel.Item> rows, CommitmentStatus status) {
    return (int) rows.stream().filter(r -> r.shownStatus() == status).count();
  }
}
