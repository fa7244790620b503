package mx.ine.cspen.seguimiento.report;

import java.time.LocalDate;
import mx.ine.cspen.seguimiento.session.SessionType;

/**
 * What the DOCX and the PDF are rendered from: the commission's wording, the session where the
 * report is presented, its agenda item, and the model as of the cut-off.
 */
record ReportDocument(
    ReportAuthor author,
    SessionType sessionType,
    LocalDate sessionDate,
    String agendaItem,
    FollowUpReportModel model) {}
