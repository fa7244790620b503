package mx.ine.cspen.seguimiento.report;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.LocalDate;
import java.util.List;
import mx.ine.cspen.seguimiento.commitment.CommitmentStatus;
import mx.ine.cspen.seguimiento.session.SessionType;

/**
 * The content of a follow-up report as of its cut-off date: the one model both documents are
 * rendered from, and in JSON the shape of docs/api.md.
 *
 * @param cutoff the cut-off date
 * @param total the commitments and agreements listed
 * @param concluded how many are shown as "Concluido."
 * @param inProgress how many are shown as "En curso." (awaiting verification included)
 * @param cancelled how many are shown as "Sin efecto."
 * @param sessions the sessions they come from, in date order, with how many each
 * @param items the annex's rows
 * @param footnotes the document references with a link, numbered in order of appearance
 */
public record FollowUpReportModel(
    LocalDate cutoff,
    int total,
    int concluded,
    int inProgress,
    int cancelled,
    List<SessionRow> sessions,
    List<Item> items,
    List<Footnote> footnotes) {

  public FollowUpReportModel {
    sessions = List.copyOf(sessions);
    items = List.copyOf(items);
    footnotes = List.copyOf(footnotes);
  }

  /**
   * @param label "Primera sesión ordinaria"
   * @param date the session's date
   * @param count the commitments and agreements of that session in the report
   * @param type ordinary or extraordinary (not part of the JSON)
   */
  public record SessionRow(String label, LocalDate date, int count, @JsonIgnore SessionType type) {}

  /**
   * One row of the annex.
   *
   * @param number "No." of the annex, from 1
   * @param session "13/03/2024 Primera sesión ordinaria."
   * @param text the agreement or commitment as adopted
   * @param area the responsible area as of the cut-off, with a final period
   * @param progress the latest progress narrative on or before the cut-off (for a cancelled
   *     commitment, the reason)
   * @param status "En curso.", "Concluido." or "Sin efecto."
   * @param percent the latest percent on or before the cut-off, 0 to 100
   * @param commitmentId the commitment shown (not part of the JSON)
   * @param shownStatus the status shown (not part of the JSON)
   * @param calls where the footnote calls go in {@code progress} (not part of the JSON)
   */
  public record Item(
      int number,
      String session,
      String text,
      String area,
      String progress,
      String status,
      int percent,
      @JsonIgnore long commitmentId,
      @JsonIgnore CommitmentStatus shownStatus,
      @JsonIgnore List<FootnoteCall> calls) {

    public Item {
      calls = List.copyOf(calls);
    }
  }

  /** A footnote: "Consultable en la liga: {url}". */
  public record Footnote(int number, String url) {}

  /**
   * A footnote call inside a progress text.
   *
   * @param number the footnote's number
   * @param offset the position in the progress text right after which the call goes
   */
  public record FootnoteCall(int number, int offset) {}
}
