package mx.ine.cspen.seguimiento.commitment.page;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import mx.ine.cspen.seguimiento.commitment.CommitmentKind;
import mx.ine.cspen.seguimiento.commitment.SessionCommitment;
import mx.ine.cspen.seguimiento.session.RegisterSession;
import mx.ine.cspen.seguimiento.session.SessionType;
import mx.ine.cspen.seguimiento.system.InvalidInputException;

/**
 * The session form as typed (bound from the request), so that a refused form comes back with
 * everything in it: the session, if new, and its rows of agreements and commitments.
 */
public class SessionForm {

  /** Rows a new form starts with: most sessions adopt a handful of agreements. */
  static final int FIRST_ROWS = 3;

  private String type = SessionType.ORDINARY.name();
  private String number = "";
  private String date = "";
  private boolean confirmPast;
  private List<Row> rows = new ArrayList<>();

  /** One agreement or commitment as typed. */
  public static class Row {
    private String kind = CommitmentKind.AGREEMENT.name();
    private String text = "";
    private String proposer = "";
    private String areaCode = "";
    private String dueDate = "";

    public String getKind() {
      return kind;
    }

    public void setKind(String kind) {
      this.kind = kind;
    }

    public String getText() {
      return text;
    }

    public void setText(String text) {
      this.text = text;
    }

    public String getProposer() {
      return proposer;
    }

    public void setProposer(String proposer) {
      this.proposer = proposer;
    }

    public String getAreaCode() {
      return areaCode;
    }

    public void setAreaCode(String areaCode) {
      this.areaCode = areaCode;
    }

    public String getDueDate() {
      return dueDate;
    }

    public void setDueDate(String dueDate) {
      this.dueDate = dueDate;
    }

    boolean isBlank() {
      return blank(text) && blank(proposer) && blank(areaCode) && blank(dueDate);
    }
  }

  static SessionForm empty() {
    SessionForm form = new SessionForm();
    for (int i = 0; i < FIRST_ROWS; i++) {
      form.rows.add(new Row());
    }
    return form;
  }

  void addRow() {
    rows.add(new Row());
  }

  /** Rows left completely empty are not agreements: they are dropped, not refused. */
  void dropBlankRows() {
    rows.removeIf(r -> r == null || r.isBlank());
  }

  RegisterSession session() {
    List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
    SessionType sessionType = null;
    try {
      sessionType = blank(type) ? null : SessionType.valueOf(type.strip());
    } catch (IllegalArgumentException e) {
      problems.add(
          new InvalidInputException.FieldProblem("type", "Elija ordinaria o extraordinaria."));
    }
    Integer sessionNumber = null;
    if (!blank(number)) {
      try {
        sessionNumber = Integer.valueOf(number.strip());
      } catch (NumberFormatException e) {
        problems.add(
            new InvalidInputException.FieldProblem(
                "number", "Escriba el número de la sesión en el año (1 para la Primera)."));
      }
    }
    LocalDate sessionDate = date(date, "date", problems);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return new RegisterSession(sessionType, sessionNumber, sessionDate);
  }

  /** The rows as commands; dates that cannot be read are every row's problem at once. */
  List<SessionCommitment> commitments() {
    List<InvalidInputException.FieldProblem> problems = new ArrayList<>();
    List<SessionCommitment> commands = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      CommitmentKind kind = null;
      try {
        kind = blank(row.kind) ? null : CommitmentKind.valueOf(row.kind.strip());
      } catch (IllegalArgumentException e) {
        problems.add(
            new InvalidInputException.FieldProblem(
                "[" + i + "].kind", "Fila " + (i + 1) + ": elija acuerdo o compromiso."));
      }
      LocalDate due = date(row.dueDate, "[" + i + "].dueDate", problems);
      commands.add(new SessionCommitment(kind, row.text, row.proposer, row.areaCode, due));
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return commands;
  }

  private static LocalDate date(
      String value, String field, List<InvalidInputException.FieldProblem> problems) {
    if (blank(value)) {
      return null;
    }
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      problems.add(
          new InvalidInputException.FieldProblem(
              field, "La fecha «" + value + "» no es válida; use el calendario."));
      return null;
    }
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  public String getType() {
    return type;
  }

  public void setType(String type) {
    this.type = type;
  }

  public String getNumber() {
    return number;
  }

  public void setNumber(String number) {
    this.number = number;
  }

  public String getDate() {
    return date;
  }

  public void setDate(String date) {
    this.date = date;
  }

  public boolean isConfirmPast() {
    return confirmPast;
  }

  public void setConfirmPast(boolean confirmPast) {
    this.confirmPast = confirmPast;
  }

  public List<Row> getRows() {
    return rows;
  }

  public void setRows(List<Row> rows) {
    this.rows = rows;
  }
}
