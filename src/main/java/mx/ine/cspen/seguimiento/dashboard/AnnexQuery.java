package mx.ine.cspen.seguimiento.dashboard;

import java.util.Arrays;
import java.util.Locale;
import mx.ine.cspen.seguimiento.commitment.CommitmentQueries;
import mx.ine.cspen.seguimiento.commitment.CommitmentStatus;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * What the annex-like table shows: its filters, its order and its page, as they appear in the
 * dashboard's address (Spanish parameter names, so that a bookmarked or shared link reads well).
 *
 * @param status only this status, or all
 * @param area only this area's code, or all
 * @param session only this session's id, or all
 * @param text words that the folio, the text or the proposer must contain (accents and case
 *     ignored)
 * @param overdue only open commitments whose due date has passed
 * @param sort the column the rows are ordered by
 * @param descending reverse order
 * @param page the page, from 1
 */
public record AnnexQuery(
    CommitmentStatus status,
    String area,
    Long session,
    String text,
    boolean overdue,
    Sort sort,
    boolean descending,
    int page) {

  static final int PAGE_SIZE = 20;

  public AnnexQuery {
    area = blankToNull(area);
    text = blankToNull(text);
    sort = sort == null ? Sort.SESSION : sort;
    page = Math.max(page, 1);
  }

  static AnnexQuery firstPage() {
    return new AnnexQuery(null, null, null, null, false, Sort.SESSION, false, 1);
  }

  public boolean filtered() {
    return status != null || area != null || session != null || text != null || overdue;
  }

  /** The same filters, ordered by a column; a second click on the column reverses the order. */
  public String sortUrl(String parameter) {
    Sort column = Sort.fromParameter(parameter);
    boolean reverse = column == sort && !descending;
    return new AnnexQuery(status, area, session, text, overdue, column, reverse, 1).url();
  }

  public String pageUrl(int number) {
    return new AnnexQuery(status, area, session, text, overdue, sort, descending, number).url();
  }

  /** "ascending", "descending" or "none", for {@code aria-sort} on the column headers. */
  public String ariaSort(String parameter) {
    if (Sort.fromParameter(parameter) != sort) {
      return "none";
    }
    return descending ? "descending" : "ascending";
  }

  /** The API's list with the same filters, in another format: {@code csv} or {@code xlsx}. */
  public String exportUrl(String format) {
    UriComponentsBuilder url = UriComponentsBuilder.fromPath("/api/commitments." + format);
    if (status != null) {
      url.queryParam("status", status.name());
    }
    if (area != null) {
      url.queryParam("areaCode", area);
    }
    if (session != null) {
      url.queryParam("sessionId", session);
    }
    return url.encode().build().toUriString();
  }

  public String url() {
    UriComponentsBuilder url = UriComponentsBuilder.fromPath("/");
    if (status != null) {
      url.queryParam("estatus", status.name());
    }
    if (area != null) {
      url.queryParam("area", area);
    }
    if (session != null) {
      url.queryParam("sesion", session);
    }
    if (text != null) {
      url.queryParam("q", text);
    }
    if (overdue) {
      url.queryParam("vencidos", "si");
    }
    if (sort != Sort.SESSION || descending) {
      url.queryParam("orden", sort.parameter());
    }
    if (descending) {
      url.queryParam("dir", "desc");
    }
    if (page > 1) {
      url.queryParam("pagina", page);
    }
    // The fragment brings the reader back to the table after a click on a header or a page.
    return url.fragment("anexo").encode().build().toUriString();
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** The columns the table can be ordered by, named in the address as people read them. */
  public enum Sort {
    FOLIO("folio", CommitmentQueries.Order.FOLIO),
    SESSION("sesion", CommitmentQueries.Order.SESSION),
    AREA("area", CommitmentQueries.Order.AREA),
    STATUS("estatus", CommitmentQueries.Order.STATUS),
    PERCENT("avance", CommitmentQueries.Order.PERCENT),
    DUE_DATE("limite", CommitmentQueries.Order.DUE_DATE);

    private final String parameter;
    private final CommitmentQueries.Order order;

    Sort(String parameter, CommitmentQueries.Order order) {
      this.parameter = parameter;
      this.order = order;
    }

    public String parameter() {
      return parameter;
    }

    CommitmentQueries.Order order() {
      return order;
    }

    static Sort fromParameter(String value) {
      if (value == null || value.isBlank()) {
        return SESSION;
      }
      String wanted = value.strip().toLowerCase(Locale.ROOT);
      return Arrays.stream(values())
          .filter(s -> s.parameter.equals(wanted))
          .findFirst()
          .orElseThrow(
              () ->
                  new IllegalArgumentException(
                      "No se puede ordenar por «"
                          + value
                          + "»; use folio, sesion, area, estatus,"
                          + " avance o limite."));
    }
  }
}
