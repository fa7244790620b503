package mx.ine.cspen.seguimiento.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import mx.ine.cspen.seguimiento.area.Area;
import mx.ine.cspen.seguimiento.area.AreaRepository;
import mx.ine.cspen.seguimiento.commitment.CancelCommitment;
import mx.ine.cspen.seguimiento.commitment.CommitmentKind;
import mx.ine.cspen.seguimiento.commitment.ImportedCommitment;
import mx.ine.cspen.seguimiento.commitment.ImportedCommitment.AnnexProgress;
import mx.ine.cspen.seguimiento.commitment.ImportedCommitment.Outcome;
import mx.ine.cspen.seguimiento.commitment.RegisterCommitment;
import mx.ine.cspen.seguimiento.commitment.SubmitProgressReport;
import mx.ine.cspen.seguimiento.system.InputValidator;
import mx.ine.cspen.seguimiento.system.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Reads the rows of an annex table into commitments, each row on its own, collecting every problem
 * with its row and column. The limits and messages of the API's own commands apply (text and
 * narrative lengths, references), so an imported commitment could also have been registered by
 * hand.
 */
@Component
class AnnexRowParser {

  private final AreaRepository areas;
  private final InputValidator validator;

  AnnexRowParser(AreaRepository areas, InputValidator validator) {
    this.areas = areas;
    this.validator = validator;
  }

  /** The rows read, and the problems found; rows with a problem are left out. */
  record ParsedAnnex(
      List<AnnexRow> rows,
      List<ImportProblem> problems,
      Map<AnnexColumn, String> headings,
      int rowCount) {

    /** The column's heading as the file writes it. */
    String heading(AnnexColumn column) {
      return headings.getOrDefault(column, column.heading());
    }
  }

  /** Reads the annex of a commission: its areas are named by that commission's catalogue. */
  ParsedAnnex parse(AnnexTable table, long commissionId) {
    List<ImportProblem> problems = new ArrayList<>();
    Map<AnnexColumn, Integer> positions = new EnumMap<>(AnnexColumn.class);
    Map<AnnexColumn, String> headings = new EnumMap<>(AnnexColumn.class);
    readHeadings(table.headings(), positions, headings, problems);
    int rowCount = (int) table.rows().stream().filter(r -> !r.isBlank()).count();
    if (!problems.isEmpty()) {
      return new ParsedAnnex(List.of(), problems, headings, rowCount);
    }
    if (rowCount == 0) {
      problems.add(
          ImportProblem.ofFile("El archivo tiene encabezados pero ninguna fila de datos."));
    }
    Map<String, Area> areasByName = areasByName(commissionId);
    List<AnnexRow> rows = new ArrayList<>();
    for (AnnexTable.Row row : table.rows()) {
      if (row.isBlank()) {
        continue;
      }
      new RowReader(row, positions, headings, areasByName, problems).read().ifPresent(rows::add);
    }
    return new ParsedAnnex(rows, problems, headings, rowCount);
  }

  private static void readHeadings(
      List<String> typed,
      Map<AnnexColumn, Integer> positions,
      Map<AnnexColumn, String> headings,
      List<ImportProblem> problems) {
    String expected =
        java.util.Arrays.stream(AnnexColumn.values())
            .map(c -> "«" + c.heading() + "»" + (c.required() ? "" : " (opcional)"))
            .collect(Collectors.joining(", "));
    for (int i = 0; i < typed.size(); i++) {
      String heading = AnnexText.collapse(typed.get(i));
      if (heading.isEmpty()) {
        problems.add(
            new ImportProblem(
                0,
                null,
                "La columna "
                    + (i + 1)
                    + " no tiene encabezado. Los encabezados del anexo son: "
                    + expected
                    + "."));
        continue;
      }
      Optional<AnnexColumn> column = AnnexColumn.named(heading);
      if (column.isEmpty()) {
        problems.add(
            new ImportProblem(
                0,
                heading,
                "El encabezado «"
                    + heading
                    + "» no es del anexo. Los encabezados son: "
                    + expected
                    + "."));
      } else if (positions.containsKey(column.get())) {
        problems.add(
            new ImportProblem(0, heading, "El encabezado «" + heading + "» está repetido."));
      } else {
        positions.put(column.get(), i);
        headings.put(column.get(), heading);
      }
    }
    for (AnnexColumn column : AnnexColumn.values()) {
      if (column.required() && !positions.containsKey(column)) {
        problems.add(
            new ImportProblem(
                0,
                column.heading(),
                "Falta la columna «"
                    + column.heading()
                    + "». Los encabezados del anexo son: "
                    + expected
                    + "."));
      }
    }
  }

  private Map<String, Area> areasByName(long commissionId) {
    Map<String, Area> byName = new HashMap<>();
    for (Area area : areas.findByCommissionIdOrderByNameAsc(commissionId)) {
      byName.put(AnnexText.key(area.getName()), area);
      byName.put(AnnexText.key(area.getCode()), area);
    }
    return byName;
  }

  /** Reads one row, adding its problems to the list. */
  private final class RowReader {

    private final AnnexTable.Row row;
    private final Map<AnnexColumn, Integer> positions;
    private final Map<AnnexColumn, String> headings;
    private final Map<String, Area> areasByName;
    private final List<ImportProblem> problems;
    private boolean failed;

    RowReader(
        AnnexTable.Row row,
        Map<AnnexColumn, Integer> positions,
        Map<AnnexColumn, String> headings,
        Map<String, Area> areasByName,
        List<ImportProblem> problems) {
      this.row = row;
      this.positions = positions;
      this.headings = headings;
      this.areasByName = areasByName;
      this.problems = problems;
    }

    Optional<AnnexRow> read() {
      int columns = positions.size();
      if (row.cells().size() > columns) {
        problem(
            null,
            "La fila tiene "
                + row.cells().size()
                + " celdas y el encabezado "
                + columns
                + " columnas: sobran celdas (revise separadores o comillas en esta fila).");
        return Optional.empty();
      }
      AnnexCells.Reading<AnnexCells.SessionName> session =
          AnnexCells.session(cell(AnnexColumn.SESSION));
      check(AnnexColumn.SESSION, session);
      String text = cell(AnnexColumn.TEXT);
      if (text.isBlank()) {
        problem(AnnexColumn.TEXT, "Falta el texto del acuerdo o compromiso.");
      }
      Area area = area();
      AnnexCells.Reading<Outcome> outcome = AnnexCells.status(cell(AnnexColumn.STATUS));
      check(AnnexColumn.STATUS, outcome);
      AnnexCells.Reading<Integer> percent = AnnexCells.percent(cell(AnnexColumn.PERCENT));
      check(AnnexColumn.PERCENT, percent);
      String narrative = cell(AnnexColumn.PROGRESS);
      AnnexLinks.Parsed links = AnnexLinks.parse(cell(AnnexColumn.LINKS));
      links.problems().forEach(p -> problem(AnnexColumn.LINKS, p));
      if (failed) {
        return Optional.empty();
      }
      ImportedCommitment commitment =
          commitment(text, area, outcome.value(), percent.value(), narrative, links);
      return failed
          ? Optional.empty()
          : Optional.of(new AnnexRow(row.number(), session.value(), commitment));
    }

    private ImportedCommitment commitment(
        String text,
        Area area,
        Outcome outcome,
        int percent,
        String narrative,
        AnnexLinks.Parsed links) {
      CommitmentKind kind = kindOf(text);
      validate(new RegisterCommitment(0L, kind, text, null, null, null));
      if (outcome == Outcome.CANCELLED) {
        validate(new CancelCommitment(narrative.isBlank() ? null : narrative));
        return new ImportedCommitment(kind, text, area, outcome, null, narrative);
      }
      boolean reported = percent > 0 || !narrative.isBlank() || !links.references().isEmpty();
      if (outcome == Outcome.CONCLUDED && percent != 100) {
        problem(
            AnnexColumn.PERCENT,
            "Un compromiso «Concluido» tiene 100 % de avance; la fila indica "
                + percent
                + " %. Corrija el porcentaje o el estatus.");
      }
      if ((reported || outcome == Outcome.CONCLUDED) && area == null) {
        problem(
            AnnexColumn.AREA,
            outcome == Outcome.CONCLUDED
                ? "Indique el área responsable que dio cumplimiento al compromiso."
                : "Indique el área responsable: un compromiso con avance la necesita.");
      }
      AnnexProgress progress = null;
      if (reported || outcome == Outcome.CONCLUDED) {
        validate(
            new SubmitProgressReport(
                percent,
                narrative.isBlank() ? null : narrative,
                links.references(),
                outcome == Outcome.CONCLUDED,
                null));
        progress = new AnnexProgress(percent, narrative, links.references());
      }
      return new ImportedCommitment(kind, text, area, outcome, progress, null);
    }

    private Area area() {
      String typed = cell(AnnexColumn.AREA);
      if (typed.isBlank()) {
        return null;
      }
      Area area = areasByName.get(AnnexText.key(typed));
      if (area == null) {
        problem(
            AnnexColumn.AREA,
            "No existe el área «"
                + AnnexText.collapse(typed)
                + "». Escriba el nombre de una de estas: "
                + areasByName.values().stream()
                    .map(Area::getName)
                    .distinct()
                    .sorted()
                    .collect(Collectors.joining("; "))
                + ".");
      }
      return area;
    }

    /** The checks of the API's commands, reported on the annex's columns. */
    private void validate(Object command) {
      try {
        validator.check(command);
      } catch (InvalidInputException e) {
        e.problems().forEach(p -> problem(columnOf(p.field()), p.message()));
      }
    }

    private AnnexColumn columnOf(String field) {
      if (field.startsWith("references")) {
        return AnnexColumn.LINKS;
      }
      return switch (field) {
        case "text" -> AnnexColumn.TEXT;
        case "percent" -> AnnexColumn.PERCENT;
        default -> AnnexColumn.PROGRESS;
      };
    }

    private String cell(AnnexColumn column) {
      Integer position = positions.get(column);
      if (position == null || position >= row.cells().size()) {
        return "";
      }
      return AnnexText.cell(row.cells().get(position));
    }

    private void check(AnnexColumn column, AnnexCells.Reading<?> reading) {
      if (!reading.ok()) {
        problem(column, reading.problem());
      }
    }

    private void problem(AnnexColumn column, String message) {
      failed = true;
      problems.add(
          new ImportProblem(
              row.number(),
              column == null ? null : headings.getOrDefault(column, column.heading()),
              message));
    }
  }

  /**
   * The annex does not say whether a row is an agreement of the Commission or a commitment someone
   * asked for; the wording does: "pidió", "solicitó", "se comprometió".
   */
  static CommitmentKind kindOf(String text) {
    String plain = AnnexText.key(text);
    return plain.contains("pidio") || plain.contains("solicito") || plain.contains("se comprometio")
        ? CommitmentKind.COMMITMENT
        : CommitmentKind.AGREEMENT;
  }
}
